#pragma once

#include <QString>
#include <vector>

namespace ll {

class TimeLabelFormat;

struct TimeTick {
    double timeMs = 0;   // epoch milliseconds
    double x = 0;        // pixel position on the axis
    bool major = false;
    QString label;       // empty for minor ticks
};

struct TimeTicks {
    double majorStepMs = 0;
    double minorStepMs = 0;
    std::vector<TimeTick> ticks;   // ascending, majors and minors interleaved
};

// Time-to-pixel mapping of the timeline: a visible range [from, to) of epoch milliseconds (double,
// so sub-millisecond zoom stays exact enough) over `width` pixels. A plain value: copy it, scale it
// for high-DPI rasters, test it without widgets. Every change is clamped: the span stays within
// [MinSpanMs, maxSpanMs()] and, when limits are set, the range stays inside them.
class TimeAxis {
public:
    static constexpr double MinSpanMs = 1.0;
    static constexpr double WeekMs = 7.0 * 24 * 3600 * 1000;

    TimeAxis() = default;
    TimeAxis(double fromMs, double toMs, int widthPx);

    double fromMs() const { return m_from; }
    double toMs() const { return m_to; }
    double spanMs() const { return m_to - m_from; }
    int width() const { return m_width; }
    double msPerPixel() const { return spanMs() / double(m_width); }

    void setWidth(int widthPx);
    // The range the view may show (usually the data range); from >= to removes the limits.
    void setLimits(double fromMs, double toMs);
    bool hasLimits() const { return m_limitTo > m_limitFrom; }
    double limitFromMs() const { return m_limitFrom; }
    double limitToMs() const { return m_limitTo; }
    // Largest span: the limits' span when set (at least MinSpanMs), a week otherwise.
    double maxSpanMs() const;

    double timeToX(double timeMs) const { return (timeMs - m_from) * double(m_width) / spanMs(); }
    double xToTime(double x) const { return m_from + x * spanMs() / double(m_width); }

    // Show [fromMs, toMs), clamped.
    void setRange(double fromMs, double toMs);
    // factor > 1 zooms in; the time under x stays under x unless a limit forbids it.
    void zoomAbout(double x, double factor);
    // Positive dx drags the content right, i.e. shows earlier times.
    void panByPixels(double dx);
    void fit(double fromMs, double toMs) { setRange(fromMs, toMs); }
    // Keep the span, put timeMs in the middle.
    void centerOn(double timeMs);

    // Nice ticks for the visible range: majors at least minMajorPx apart (labelled), minors at
    // least minMinorPx apart. utcOffsetMs shifts labels and day boundaries to a local zone.
    // Labels in the C locale; the overload writes them with `format` (e.g. the UI's language).
    TimeTicks ticks(double minMajorPx = 110, double minMinorPx = 12, double utcOffsetMs = 0) const;
    TimeTicks ticks(double minMajorPx, double minMinorPx, double utcOffsetMs, const TimeLabelFormat& format) const;
    // "2026-11-28 09:16:04.123": the full time of a position, language-neutral (ruler context);
    // tooltips use TimeLabelFormat::full.
    static QString formatFull(double timeMs, double utcOffsetMs = 0);

    bool operator==(const TimeAxis& o) const = default;

private:
    void clampInPlace();

    double m_from = 0;
    double m_to = 1000;
    int m_width = 1;
    double m_limitFrom = 0;
    double m_limitTo = 0;
};

} // namespace ll
