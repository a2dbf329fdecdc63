#pragma once

#include <QColor>
#include <QImage>
#include <QRect>
#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ll {

// Fills n pixels with one colour, 16 per step where SSE2 is there: a frame fills millions of
// pixels and the compiler's -O2 scalar loop writes one per cycle.
inline void fillPixels(QRgb* p, qsizetype n, QRgb rgb)
{
#if defined(__SSE2__)
    const __m128i v = _mm_set1_epi32(int(rgb));
    for (; n >= 16; n -= 16, p += 16) {
        _mm_storeu_si128(reinterpret_cast<__m128i*>(p), v);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(p + 4), v);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(p + 8), v);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(p + 12), v);
    }
#endif
    std::fill_n(p, n, rgb);
}

// Box filling straight into a 32-bit raster: the timeline draws thousands of one-pixel-wide
// boxes per frame, where QPainter's per-call overhead would dominate. Coordinates are device
// pixels; everything is clipped to `clip`. Colours are opaque (or blended with an alpha).
class RasterFill {
public:
    RasterFill(QImage& image, QRect clip)
        : m_bits(image.bits())
        , m_stride(image.bytesPerLine() / 4)
        , m_clip(clip.intersected(QRect(QPoint(0, 0), image.size())))
    {
    }

    // Fills [x0, x1) x [y0, y1).
    void fill(int x0, int y0, int x1, int y1, QRgb rgb)
    {
        if (!clipTo(x0, y0, x1, y1))
            return;
        for (int y = y0; y < y1; ++y)
            fillPixels(line(y) + x0, x1 - x0, rgb | 0xff000000u);
    }

    // Blends an opaque colour over what is there with alpha in [0, 255].
    void blend(int x0, int y0, int x1, int y1, QRgb rgb, int alpha)
    {
        if (alpha >= 255)
            return fill(x0, y0, x1, y1, rgb);
        if (alpha <= 0 || !clipTo(x0, y0, x1, y1))
            return;
        const int a = alpha, ia = 255 - alpha;
        const uint r = qRed(rgb) * uint(a), g = qGreen(rgb) * uint(a), b = qBlue(rgb) * uint(a);
        for (int y = y0; y < y1; ++y) {
            QRgb* p = line(y);
            for (int x = x0; x < x1; ++x) {
                const QRgb d = p[x];
                p[x] = qRgb(int((r + qRed(d) * uint(ia)) / 255), int((g + qGreen(d) * uint(ia)) / 255),
                            int((b + qBlue(d) * uint(ia)) / 255));
            }
        }
    }

    // Every other `period` pixels along x: a hatch that tells a SnapStart restore from an init.
    void hatch(int x0, int y0, int x1, int y1, QRgb rgb, int period)
    {
        if (!clipTo(x0, y0, x1, y1))
            return;
        for (int y = y0; y < y1; ++y) {
            QRgb* p = line(y);
            for (int x = x0; x < x1; ++x)
                if (((x + y) / period) % 2 == 0)
                    p[x] = rgb | 0xff000000u;
        }
    }

    const QRect& clip() const { return m_clip; }
    // Raw row access for callers that clip themselves.
    QRgb* scanLine(int y) { return line(y); }

private:
    QRgb* line(int y) { return reinterpret_cast<QRgb*>(m_bits) + qsizetype(y) * m_stride; }
    bool clipTo(int& x0, int& y0, int& x1, int& y1) const
    {
        x0 = std::max(x0, m_clip.left());
        y0 = std::max(y0, m_clip.top());
        x1 = std::min(x1, m_clip.right() + 1);
        y1 = std::min(y1, m_clip.bottom() + 1);
        return x0 < x1 && y0 < y1;
    }

    uchar* m_bits;
    qsizetype m_stride;
    QRect m_clip;
};

} // namespace ll
