#include "timeline/timelinepainter.h"

#include "common/palette.h"
#include "timeline/rasterfill.h"
#include "timeline/timelabels.h"
#include "timeline/timelineformat.h"

#include <QPainter>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <QPainterPath>
#include <array>
#include <cmath>
#include <cstring>
#include <optional>

namespace ll {

namespace {

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

int padOf(const Lane& lane, int height)
{
    return lane.kind == Lane::Kind::Stream ? 3 : std::max(3, height / 5);
}

constexpr int kShades = 32;
using Shades = std::array<std::array<QRgb, kShades + 1>, OutcomeCount>;

// Heat of one aggregated lane, written row by row (cache friendly): a body shaded by how many
// invocations run in each column, a failure strip on top and a cold-start strip at the bottom.
// Every row it covers is composed whole (background, grid, heat), so the background fill skips them.
void paintHeat(RasterFill& raster, const LaneAggregate& agg, int ox, int y0, int y1, const std::vector<uint8_t>& shadeOf,
               const Shades& shades, QRgb failure, QRgb cold, int strip, const std::vector<QRgb>& rowColor,
               const std::vector<int>& gridX, QRgb grid)
{
    const QRect clip = raster.clip();
    const int xmin = clip.left(), xmax = clip.right();
    // Columns of the lane inside the clip, and per column the colour of each layer (0: none).
    const int c0 = std::max(0, xmin - ox);
    const int c1 = std::min(int(agg.columns.size()), xmax + 1 - ox);
    if (c1 <= c0)
        return;
    const auto n = size_t(c1 - c0);
    thread_local std::vector<QRgb> body, failed, started;
    body.resize(n);
    failed.resize(n);
    started.resize(n);
    const QRgb failureOpaque = failure | 0xff000000u, coldOpaque = cold | 0xff000000u;
    const size_t lastShade = shadeOf.size() - 1;
    for (size_t k = 0; k < n; ++k) {
        const PixelColumn& pc = agg.columns[size_t(c0) + k];
        body[k] = pc.active ? shades[size_t(pc.dominant)][shadeOf[std::min<size_t>(pc.active, lastShade)]] | 0xff000000u : 0;
        failed[k] = pc.failures ? failureOpaque : 0;
        started[k] = pc.coldStarts ? coldOpaque : 0;
    }
    // Rows fall into five kinds (strip above, failure over body, body, cold over body, strip
    // below); within a lane all rows of a kind look alike, so compose the first and copy it.
    auto kindOf = [&](int y) { return y < y0 ? 0 : y < y0 + strip ? 1 : y < y1 - strip ? 2 : y < y1 ? 3 : 4; };
    std::array<int, 5> composed = {-1, -1, -1, -1, -1};
    const size_t bytes = size_t(xmax - xmin + 1) * sizeof(QRgb);
    for (int y = std::max(y0 - strip, clip.top()); y < std::min(y1 + strip / 2, clip.bottom() + 1); ++y) {
        QRgb* line = raster.scanLine(y);
        const int kind = kindOf(y);
        if (composed[size_t(kind)] >= 0) {
            std::memcpy(line + xmin, raster.scanLine(composed[size_t(kind)]) + xmin, bytes);
            continue;
        }
        composed[size_t(kind)] = y;
        fillPixels(line + xmin, xmax + 1 - xmin, rowColor[size_t(y)]);
        for (int x : gridX)
            if (x >= xmin && x <= xmax)
                line[x] = grid;
        // Top strips show failures over the body, bottom strips cold starts; outside the body
        // only those. Selects, not branches: which columns have what is as good as random.
        QRgb* out = line + ox + c0;
        const QRgb* over = kind <= 1 ? failed.data() : kind >= 3 ? started.data() : nullptr;
        const bool inBody = kind >= 1 && kind <= 3;
        if (over && inBody)
            for (size_t k = 0; k < n; ++k)
                out[k] = over[k] ? over[k] : body[k] ? body[k] : out[k];
        else if (over)
            for (size_t k = 0; k < n; ++k)
                out[k] = over[k] ? over[k] : out[k];
        else
            for (size_t k = 0; k < n; ++k)
                out[k] = body[k] ? body[k] : out[k];
    }
}

} // namespace

void TimelinePainter::render(QImage& image, const TimelineScene& scene)
{
    const QSize device = (QSizeF(scene.geometry->size()) * scene.dpr).toSize();
    if (image.size() != device || image.format() != QImage::Format_ARGB32_Premultiplied)
        image = QImage(device, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scene.dpr);
    const Key key{device, scene.dpr, scene.geometry->scrollY(), scene.generation, scene.palette.cacheKey()};
    if (m_background.isNull() || !(key == m_backgroundKey)) {
        renderBackground(scene);
        m_backgroundKey = key;
    }
    copyBackground(image, scene);
    const TimeTicks ticks = scene.axis.ticks(110, 10, 0, TimeLabelFormat(scene.locale));
    paintLanes(image, scene, ticks);
    QPainter p(&image);
    p.setFont(scene.font);
    paintRuler(p, scene, ticks);
    p.setClipRect(scene.geometry->laneArea());
    paintRetryLinks(p, scene);
    paintHighlights(p, scene);
}

void TimelinePainter::copyBackground(QImage& image, const TimelineScene& scene) const
{
    // The lane area's background is horizontal stripes, filled by fillLaneRows (write only)
    // where no heat lane composes its rows: copy just the header column, the ruler and the margin.
    const QRect area = scene.geometry->laneArea();
    const int top = int(std::lround(area.top() * scene.dpr));
    const int left = int(std::lround(area.left() * scene.dpr));
    const int right = std::min(image.width(), int(std::lround((area.right() + 1) * scene.dpr)));
    const size_t stride = size_t(image.bytesPerLine());
    std::memcpy(image.bits(), m_background.constBits(), stride * size_t(std::min(top, image.height())));
    for (int y = top; y < image.height(); ++y) {
        auto* dst = reinterpret_cast<QRgb*>(image.scanLine(y));
        const auto* src = reinterpret_cast<const QRgb*>(m_background.constScanLine(y));
        std::memcpy(dst, src, size_t(left) * sizeof(QRgb));
        std::memcpy(dst + right, src + right, size_t(image.width() - right) * sizeof(QRgb));
    }
}

void TimelinePainter::fillLaneRows(QImage& image, const TimelineScene& scene, const std::vector<uint8_t>& owned) const
{
    // Rows a heat lane composes itself (owned) are not written twice.
    const QRect area = scene.geometry->laneArea();
    const int top = int(std::lround(area.top() * scene.dpr));
    const int left = int(std::lround(area.left() * scene.dpr));
    const int right = std::min(image.width(), int(std::lround((area.right() + 1) * scene.dpr)));
    for (int y = top; y < image.height(); ++y) {
        if (size_t(y) < owned.size() && owned[size_t(y)])
            continue;
        auto* dst = reinterpret_cast<QRgb*>(image.scanLine(y));
        fillPixels(dst + left, right - left, m_rowColor[size_t(y)]);
    }
}

void TimelinePainter::renderBackground(const TimelineScene& scene)
{
    const TimelineGeometry& g = *scene.geometry;
    const QPalette& pal = scene.palette;
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor window = pal.color(QPalette::Window);
    const QColor highlight = pal.color(QPalette::Highlight);
    const QColor line = mix(base, text, 0.16);
    m_background = QImage((QSizeF(g.size()) * scene.dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
    m_background.setDevicePixelRatio(scene.dpr);
    m_background.fill(window);
    QPainter p(&m_background);
    const QRect lanes = g.laneArea();
    p.fillRect(lanes, base);
    p.fillRect(g.headerArea(), mix(window, base, 0.5));

    QFont bold = scene.font;
    bold.setBold(true);
    QFont small = scene.font;
    small.setPointSizeF(scene.font.pointSizeF() * 0.9);
    const int hw = g.metrics().headerWidth;
    const auto [first, last] = g.visibleLanes();
    const auto& laneList = scene.layout->lanes();
    int functionIndex = 0;
    for (int i = 0; i < first; ++i)
        functionIndex += laneList[size_t(i)].kind == Lane::Kind::Function;
    p.setClipRect(QRect(0, lanes.top(), g.size().width(), lanes.height()));
    for (int i = first; i < last; ++i) {
        const Lane& lane = laneList[size_t(i)];
        const QRect row = g.laneRow(i);
        const QRect header(0, row.top(), hw, row.height());
        const QRect body(lanes.left(), row.top(), lanes.width(), row.height());
        QColor fill = base;
        int indent = 20;
        if (lane.kind == Lane::Kind::Service) {
            fill = mix(base, text, 0.06);
            p.fillRect(header, mix(window, text, 0.07));
            p.fillRect(QRect(0, row.top(), row.width(), 1), line);
        } else if (lane.kind == Lane::Kind::Function) {
            fill = (functionIndex++ % 2) ? mix(base, text, 0.025) : base;
            indent = 34;
        } else {
            fill = mix(base, text, 0.04);
            indent = 48;
        }
        const bool emphasised = scene.emphasisedLanes && size_t(i) < scene.emphasisedLanes->size()
            && (*scene.emphasisedLanes)[size_t(i)];
        if (emphasised) {
            // A selected function (from the fleet panel): tinted with the selection colour and
            // marked at the left edge, so it stands out among 200 lanes.
            fill = mix(fill, highlight, 0.14);
            p.fillRect(header, mix(lane.kind == Lane::Kind::Service ? mix(window, text, 0.07) : window, highlight, 0.28));
            p.fillRect(QRect(0, row.top(), 4, row.height()), highlight);
        }
        p.fillRect(body, fill);

        // Header text: disclosure arrow, name, and the failure count where there are failures.
        const QRect textRect = header.adjusted(indent, 0, -8, 0);
        QString right;
        if (lane.failures > 0)
            right = QString::number(lane.failures) + QStringLiteral(" ✕");
        p.setFont(lane.kind == Lane::Kind::Stream ? small : scene.font);
        const int rightWidth = right.isEmpty() ? 0 : p.fontMetrics().horizontalAdvance(right) + 6;
        if (!right.isEmpty()) {
            p.setPen(outcomeColor(Outcome::Error));
            p.drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, right);
        }
        if (lane.kind != Lane::Kind::Stream) {
            p.setPen(mix(text, base, 0.45));
            p.drawText(QRect(indent - 16, row.top(), 14, row.height()), Qt::AlignCenter,
                       lane.open ? QStringLiteral("▾") : QStringLiteral("▸"));
        }
        p.setFont(lane.kind == Lane::Kind::Service ? bold : lane.kind == Lane::Kind::Stream ? small : scene.font);
        p.setPen(lane.kind == Lane::Kind::Stream ? mix(text, base, 0.35) : text);
        const QRect nameRect = textRect.adjusted(0, 0, -rightWidth, 0);
        const QString label = lane.kind == Lane::Kind::Stream ? shortStreamName(lane.label) : lane.label;
        p.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(label, Qt::ElideMiddle, nameRect.width()));
    }
    p.setClipping(false);
    p.fillRect(QRect(hw - 1, 0, 1, g.size().height()), line);
    p.fillRect(QRect(0, g.metrics().rulerHeight - 1, g.size().width(), 1), line);
    p.end();
    // Each device row's lane-area colour, read back from what was just drawn.
    const int sampleX = std::min(m_background.width() - 1, int(std::lround((lanes.left() + 1) * scene.dpr)));
    m_rowColor.resize(size_t(m_background.height()));
    for (int y = 0; y < m_background.height(); ++y)
        m_rowColor[size_t(y)] = reinterpret_cast<const QRgb*>(m_background.constScanLine(y))[sampleX];
}

void TimelinePainter::paintRuler(QPainter& p, const TimelineScene& scene, const TimeTicks& ticks) const
{
    const TimelineGeometry& g = *scene.geometry;
    const QColor text = scene.palette.color(QPalette::Text);
    const QColor base = scene.palette.color(QPalette::Base);
    const QRect ruler = g.rulerArea();
    const int hw = g.metrics().headerWidth;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    // Corner: the date of the visible start and the visible span, the context every label lacks.
    QFont small = scene.font;
    small.setPointSizeF(scene.font.pointSizeF() * 0.9);
    p.setFont(small);
    const QRect corner(8, 0, hw - 16, ruler.height() - 1);
    p.setPen(text);
    // Ticks below a minute are labelled without the hour (".250", ":15"): the corner carries it.
    const double span = scene.axis.spanMs();
    const int chars = span >= 86400000.0 ? 10 : span >= 60000.0 ? 16 : 19;
    p.drawText(corner, Qt::AlignLeft | Qt::AlignVCenter, TimeAxis::formatFull(scene.axis.fromMs()).left(chars));
    p.setPen(mix(text, base, 0.4));
    p.drawText(corner, Qt::AlignRight | Qt::AlignVCenter, formatDurationMs(scene.axis.spanMs()));

    p.setClipRect(ruler);
    const int bottom = ruler.bottom();
    const QColor minorColor = mix(text, base, 0.6);
    const QFontMetrics fm(small);
    for (const TimeTick& t : ticks.ticks) {
        const int x = ruler.left() + int(std::floor(t.x));
        if (!t.major) {
            p.fillRect(QRect(x, bottom - 4, 1, 4), minorColor);
            continue;
        }
        p.fillRect(QRect(x, bottom - 9, 1, 9), text);
        if (x + 4 + fm.horizontalAdvance(t.label) > ruler.right())
            continue;
        p.setPen(text);
        p.drawText(QPoint(x + 4, bottom - 10 - fm.descent() + 1 - (ruler.height() - 14 - fm.height()) / 2), t.label);
    }
    p.restore();
}

void TimelinePainter::paintLanes(QImage& image, const TimelineScene& scene, const TimeTicks& ticks)
{
    m_stats = {};
    m_retries.clear();
    m_labels.clear();
    const TimelineGeometry& g = *scene.geometry;
    thread_local std::vector<uint8_t> owned;
    owned.assign(size_t(image.height()), 0);
    if (!scene.source || scene.source->isEmpty()) {
        fillLaneRows(image, scene, owned);
        return;
    }
    const InvocationColumns& c = *scene.source->columns;
    const qreal dpr = scene.dpr;
    const QRect area = g.laneArea();
    const QRect deviceArea(int(std::lround(area.left() * dpr)), int(std::lround(area.top() * dpr)),
                           int(std::lround(area.width() * dpr)), int(std::lround(area.height() * dpr)));
    RasterFill raster(image, deviceArea);
    const int ox = deviceArea.left();
    TimeAxis dev = scene.axis;
    dev.setWidth(deviceArea.width());
    const int w = dev.width();

    const QColor base = scene.palette.color(QPalette::Base);
    const QColor text = scene.palette.color(QPalette::Text);
    // Major tick grid: orientation without noise.
    const QRgb grid = mix(base, text, 0.09).rgb() | 0xff000000u;
    std::vector<int> gridX;
    for (const TimeTick& t : ticks.ticks)
        if (t.major)
            gridX.push_back(ox + int(std::floor(t.x * dpr)));

    std::array<QRgb, OutcomeCount> solid{}, edge{};
    Shades shades{};
    for (int o = 0; o < OutcomeCount; ++o) {
        const QColor col = outcomeColor(Outcome(o));
        solid[size_t(o)] = col.rgb();
        edge[size_t(o)] = col.darker(135).rgb();
        for (int k = 0; k <= kShades; ++k)
            shades[size_t(o)][size_t(k)] = mix(base, col, 0.22 + 0.78 * double(k) / kShades).rgb();
    }
    const QRgb cold = coldStartColor().rgb();
    const QRgb coldEdge = coldStartColor().darker(140).rgb();
    const QRgb failure = outcomeColor(Outcome::Error).rgb();
    const int unit = std::max(1, int(std::lround(dpr)));

    const auto [first, last] = g.visibleLanes();
    const auto& lanes = scene.layout->lanes();
    // Pass 1: decide per lane; aggregate the dense ones and find the busiest column overall so
    // every lane shares one intensity scale.
    std::vector<int> mode(size_t(std::max(0, last - first)), 0);
    if (m_aggregates.size() < mode.size())
        m_aggregates.resize(mode.size());
    uint32_t maxActive = 1, maxServiceActive = 1;
    std::vector<int> heatLanes;
    std::vector<const LaneIndex*> heatIndex(mode.size(), nullptr);
    const bool indexed = scene.index && scene.index->columns() == &c;
    size_t heatRows = 0;
    for (int i = first; i < last; ++i) {
        const Lane& lane = lanes[size_t(i)];
        // An open service's header is a label row: its functions show the activity below it.
        if (lane.kind == Lane::Kind::Service && lane.open)
            continue;
        const size_t n = countCandidateRows(c, lane, dev.fromMs(), dev.toMs());
        // A mark needs about three device pixels to be seen as one; denser lanes become heat.
        const bool detail = lane.kind != Lane::Kind::Service && n * 3 <= size_t(w);
        mode[size_t(i - first)] = detail ? 1 : 2;
        if (!detail) {
            heatLanes.push_back(i);
            // With an index a lane costs a few lookups per column instead of a visit per row:
            // worth it once the lane has a couple of rows per column (bench_laneaggregate).
            const LaneIndex* index = indexed ? scene.index->find(lane) : nullptr;
            heatIndex[size_t(i - first)] = index && n > size_t(w) * 2 ? index : nullptr;
            heatRows += heatIndex[size_t(i - first)] ? size_t(w) * 4 : n;
        }
    }
    std::optional<ColumnBounds> bounds;
    if (std::any_of(heatIndex.begin(), heatIndex.end(), [](const LaneIndex* x) { return x != nullptr; }))
        bounds.emplace(dev);
    // Lanes aggregate independently over read-only columns: spread big frames over the cores.
    auto aggregate = [&](int i) {
        if (const LaneIndex* index = heatIndex[size_t(i - first)])
            aggregateIndexed(*index, *bounds, m_aggregates[size_t(i - first)], false);
        else
            aggregateLane(c, lanes[size_t(i)], dev, m_aggregates[size_t(i - first)]);
    };
    if (heatRows > 200000 && heatLanes.size() > 1 && QThreadPool::globalInstance()->maxThreadCount() > 1)
        QtConcurrent::blockingMap(heatLanes, aggregate);
    else
        std::for_each(heatLanes.begin(), heatLanes.end(), aggregate);
    for (int i : heatLanes) {
        uint32_t& m = lanes[size_t(i)].kind == Lane::Kind::Service ? maxServiceActive : maxActive;
        m = std::max(m, m_aggregates[size_t(i - first)].maxActive);
    }
    // Active count -> shade index on a log scale, so one busy lane does not wash out the rest.
    // Service lanes sum their functions and get their own scale.
    auto logScale = [](uint32_t max) {
        std::vector<uint8_t> lut(size_t(max) + 1);
        const double logMax = std::log1p(double(max));
        for (uint32_t a = 0; a <= max; ++a)
            lut[a] = uint8_t(std::clamp(int(std::lround(std::log1p(double(a)) / logMax * kShades)), 0, kShades));
        return lut;
    };
    const std::vector<uint8_t> shadeOf = logScale(maxActive);
    const std::vector<uint8_t> serviceShadeOf = logScale(maxServiceActive);

    // Background of the lane rows no heat lane composes, then the grid over them.
    const int strip = std::max(2, int(std::lround(2 * dpr)));
    auto heatRowRange = [&](int i) {
        const QRect row = g.laneRow(i);
        const int pad = padOf(lanes[size_t(i)], row.height());
        const int y0 = int(std::lround((row.top() + pad) * dpr));
        const int y1 = int(std::lround((row.bottom() + 1 - pad) * dpr));
        return std::make_pair(std::max(y0 - strip, raster.clip().top()), std::min(y1 + strip / 2, raster.clip().bottom() + 1));
    };
    for (int i : heatLanes) {
        const auto [from, to] = heatRowRange(i);
        for (int y = from; y < to; ++y)
            owned[size_t(y)] = 1;
    }
    fillLaneRows(image, scene, owned);
    for (int x : gridX)
        raster.fill(x, deviceArea.top(), x + 1, deviceArea.bottom() + 1, grid);

    for (int i = first; i < last; ++i) {
        const Lane& lane = lanes[size_t(i)];
        const QRect row = g.laneRow(i);
        const int pad = padOf(lane, row.height());
        const int y0 = int(std::lround((row.top() + pad) * dpr));
        const int y1 = int(std::lround((row.bottom() + 1 - pad) * dpr));
        if (mode[size_t(i - first)] == 0)
            continue;
        if (mode[size_t(i - first)] == 2) {
            ++m_stats.aggregateLanes;
            paintHeat(raster, m_aggregates[size_t(i - first)], ox, y0, y1,
                      lane.kind == Lane::Kind::Service ? serviceShadeOf : shadeOf, shades, failure, cold, strip,
                      m_rowColor, gridX, grid);
            continue;
        }
        ++m_stats.detailLanes;
        const double lx = ox;
        forEachCandidateRow(c, lane, dev.fromMs(), dev.toMs(), [&](uint32_t r) {
            // Clamped: a 15-minute invocation at a 1 ms zoom is billions of pixels long.
            const double xs = std::clamp(lx + dev.timeToX(double(c.startMs[r])), -1e6, 1e6);
            const double xe = std::clamp(lx + dev.timeToX(invocationEndMs(c, r)), -1e6, 1e6);
            const int ix0 = int(std::floor(xs));
            // At least two device pixels: a lone failure must stay visible when zoomed out.
            const int ix1 = std::max(ix0 + 2 * unit, int(std::ceil(xe)));
            const bool restored = c.restoreDurationMs[r] >= 0;
            const double before = restored ? c.restoreDurationMs[r] : c.initDurationMs[r];
            const auto o = size_t(c.outcome[r]);
            if (ix1 - ix0 >= 6 * unit) {
                raster.fill(ix0, y0, ix1, y1, edge[o]);
                raster.fill(ix0 + unit, y0 + unit, ix1 - unit, y1 - unit, solid[o]);
                if (c.outcome[r] == Outcome::Incomplete)
                    raster.hatch(ix0 + unit, y0 + unit, ix1 - unit, y1 - unit, edge[o], 3 * unit);
                if ((ix1 - ix0) / dpr > 64)
                    m_labels.emplace_back(r, QRectF(ix0 / dpr, y0 / dpr, (ix1 - ix0) / dpr, (y1 - y0) / dpr));
            } else {
                raster.fill(ix0, y0, ix1, y1, solid[o]);
            }
            if (before >= 0) {
                // The init (or restore) phase: a thinner segment ending where the handler starts,
                // with a full-height cap where the environment came up. The cap stays visible
                // (just left of the mark) however short the phase is at this zoom.
                const int ixi = std::min(
                    ix0 - 2 * unit, int(std::floor(std::clamp(lx + dev.timeToX(double(c.startMs[r]) - before), -1e6, 1e6))));
                const int mid0 = y0 + (y1 - y0) * 3 / 10, mid1 = y1 - (y1 - y0) * 3 / 10;
                if (restored)
                    raster.hatch(ixi, mid0, ix0, mid1, cold, std::max(2, unit * 2));
                else
                    raster.fill(ixi, mid0, ix0, mid1, cold);
                raster.fill(ixi, y0 - unit, ixi + 2 * unit, y1 + unit, coldEdge);
            }
            if (c.firstAttempt[r] >= 0)
                m_retries.push_back(r);
            ++m_stats.marks;
        });
    }

    if (!m_labels.empty()) {
        QPainter p(&image);
        QFont small = scene.font;
        small.setPointSizeF(scene.font.pointSizeF() * 0.85);
        p.setFont(small);
        p.setClipRect(area);
        p.setPen(Qt::white);
        std::vector<QRectF> drawn;
        for (const auto& [r, rect] : m_labels) {
            // Label the visible part: a mark that starts off-screen still says what it is.
            const QRectF visible = rect.intersected(QRectF(area));
            const QString label = formatDurationMs(c.durationMs[size_t(r)]);
            const double textWidth = p.fontMetrics().horizontalAdvance(label);
            const QRectF textRect(visible.left() + 4, visible.top(), textWidth, visible.height());
            // Concurrent invocations overlap in a function lane: one label per spot stays legible.
            const bool clash = std::any_of(drawn.begin(), drawn.end(), [&](const QRectF& d) { return d.intersects(textRect); });
            if (textWidth + 8 < visible.width() && !clash) {
                p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, label);
                drawn.push_back(textRect.adjusted(-4, 0, 4, 0));
            }
        }
    }
}

QRectF TimelinePainter::markRect(const TimelineScene& scene, int64_t row) const
{
    if (!scene.source || !scene.source->columns || row < 0 || size_t(row) >= scene.source->columns->size())
        return {};
    const InvocationColumns& c = *scene.source->columns;
    const int lane = scene.layout->laneOfRow(uint32_t(row));
    if (lane < 0)
        return {};
    const QRect laneRow = scene.geometry->laneRow(lane);
    const int pad = padOf(scene.layout->lanes()[size_t(lane)], laneRow.height());
    const double left = scene.geometry->laneArea().left();
    const double x0 = left + scene.axis.timeToX(double(c.startMs[size_t(row)]));
    const double x1 = std::max(left + scene.axis.timeToX(invocationEndMs(c, size_t(row))), x0 + 1);
    return QRectF(QPointF(x0, laneRow.top() + pad), QPointF(x1, laneRow.bottom() + 1 - pad));
}

void TimelinePainter::paintRetryLinks(QPainter& p, const TimelineScene& scene) const
{
    if (m_retries.empty())
        return;
    const InvocationColumns& c = *scene.source->columns;
    QColor link = scene.palette.color(QPalette::Text);
    link.setAlphaF(0.55f);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(link, 1.2));
    p.setBrush(Qt::NoBrush);
    // An arc from the end of the first attempt to the start of the retry, over the lane.
    for (uint32_t r : m_retries) {
        const QRectF to = markRect(scene, r);
        const QRectF from = markRect(scene, c.firstAttempt[r]);
        if (to.isEmpty() || from.isEmpty())
            continue;
        // A first attempt far off-screen gets a stub from the edge: huge paths are slow to clip.
        const double edge = scene.geometry->laneArea().left() - 24.0;
        const QPointF a(std::max(from.right(), edge), from.top());
        const QPointF b(to.left(), to.top());
        const double lift = std::min(12.0, 4 + std::abs(b.x() - a.x()) / 6);
        QPainterPath path(a);
        path.cubicTo(a + QPointF(0, -lift), b + QPointF(0, -lift), b);
        p.drawPath(path);
        p.setBrush(link);
        p.drawPolygon(QPolygonF({b, b + QPointF(-3, -4), b + QPointF(3, -4)}));
        p.setBrush(Qt::NoBrush);
    }
    p.restore();
}

void TimelinePainter::paintHighlights(QPainter& p, const TimelineScene& scene) const
{
    if (!scene.highlighted || scene.highlighted->isEmpty())
        return;
    const QColor ink = scene.palette.color(QPalette::Text);
    const QRectF area = scene.geometry->laneArea();
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(QPen(ink, 2));
    p.setBrush(Qt::NoBrush);
    int drawn = 0;
    // Highlights are few (a cluster, a filter); bounded anyway so a huge set cannot stall a frame.
    for (uint32_t row : *scene.highlighted) {
        const QRectF r = markRect(scene, row);
        if (r.isEmpty() || !r.intersects(area))
            continue;
        p.drawRect(r.adjusted(-2, -2, 2, 2));
        if (++drawn > 5000)
            break;
    }
    p.restore();
}

void TimelinePainter::paintOverlay(QPainter& p, const TimelineScene& scene) const
{
    const TimelineGeometry& g = *scene.geometry;
    const QRect area = g.laneArea();
    const QRect span(area.left(), 0, area.width(), g.size().height());
    const QColor highlight = scene.palette.color(QPalette::Highlight);
    p.save();
    p.setClipRect(span);
    p.setRenderHint(QPainter::Antialiasing, false);
    const double left = area.left();
    // Outside the shared time range: dimmed, so zooming out keeps the selection in sight.
    if (scene.rangeToMs > scene.rangeFromMs) {
        QColor dim = scene.palette.color(QPalette::Text);
        dim.setAlphaF(0.07f);
        const double a = left + scene.axis.timeToX(scene.rangeFromMs);
        const double b = left + scene.axis.timeToX(scene.rangeToMs);
        if (a > left)
            p.fillRect(QRectF(left, area.top(), a - left, area.height()), dim);
        if (b < area.right())
            p.fillRect(QRectF(b, area.top(), area.right() - b, area.height()), dim);
    }
    if (scene.bandToMs != scene.bandFromMs) {
        const double a = left + scene.axis.timeToX(std::min(scene.bandFromMs, scene.bandToMs));
        const double b = left + scene.axis.timeToX(std::max(scene.bandFromMs, scene.bandToMs));
        QColor fill = highlight;
        fill.setAlphaF(0.18f);
        p.fillRect(QRectF(a, 0, b - a, g.size().height()), fill);
        p.fillRect(QRectF(a, 0, 1, g.size().height()), highlight);
        p.fillRect(QRectF(b, 0, 1, g.size().height()), highlight);
        p.setPen(scene.palette.color(QPalette::HighlightedText));
        const QString label = formatDurationMs(std::abs(scene.bandToMs - scene.bandFromMs));
        const QRectF tag(a, 2, std::max(b - a, p.fontMetrics().horizontalAdvance(label) + 8.0), g.metrics().rulerHeight - 6);
        p.fillRect(tag, highlight);
        p.drawText(tag, Qt::AlignCenter, label);
    }
    p.setClipRect(area);
    if (scene.hoverRow >= 0 && scene.hoverRow != scene.selectedRow) {
        const QRectF r = markRect(scene, scene.hoverRow);
        if (!r.isEmpty()) {
            p.setPen(QPen(scene.palette.color(QPalette::Text), 1));
            p.drawRect(r.adjusted(-1.5, -1.5, 1.5, 1.5));
        }
    }
    if (scene.selectedRow >= 0) {
        const QRectF r = markRect(scene, scene.selectedRow);
        if (!r.isEmpty()) {
            QColor guide = highlight;
            guide.setAlphaF(0.5f);
            p.setClipRect(span);
            p.fillRect(QRectF(r.left(), 0, 1, g.size().height()), guide);
            p.setClipRect(area);
            p.setPen(QPen(highlight, 2));
            p.drawRect(r.adjusted(-2, -2, 2, 2));
        }
    }
    p.restore();
}

} // namespace ll
