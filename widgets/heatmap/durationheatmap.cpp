#include "heatmap/durationheatmap.h"

#include "jobs/jobrunner.h"
#include "selection/selection.h"

#include <QDateTime>
#include <QMouseEvent>
#include <QPainter>
#include <cmath>

Q_DECLARE_METATYPE(std::shared_ptr<ll::HeatmapGrid>)

namespace ll {

namespace {
constexpr int kLeft = 64, kRight = 10, kTop = 8, kBottom = 34;
const QColor kCold(0x56, 0xB4, 0xE9);
const QColor kFailure(0xD5, 0x5E, 0x00);

QString durationLabel(double ms)
{
    if (ms >= 600'000)
        return QStringLiteral("%1 min").arg(ms / 60'000, 0, 'g', 3);
    if (ms >= 1000)
        return QStringLiteral("%1 s").arg(ms / 1000, 0, 'g', 3);
    return QStringLiteral("%1 ms").arg(ms, 0, 'g', 3);
}
}

DurationHeatmap::DurationHeatmap(QWidget* parent)
    : QWidget(parent)
    , m_job(new JobRunner(this))
{
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setMouseTracking(false);
    connect(m_job, &JobRunner::finished, this, [this](const QVariant& result) {
        if (auto map = result.value<std::shared_ptr<ll::HeatmapGrid>>())
            setMap(std::move(*map));
    });
}

DurationHeatmap::~DurationHeatmap() = default;

void DurationHeatmap::setSelection(Selection* selection) { m_selection = selection; }

void DurationHeatmap::setData(std::shared_ptr<const InvocationColumns> columns)
{
    m_columns = std::move(columns);
    rebin();
}

void DurationHeatmap::setFleet(const FleetPtr& fleet)
{
    setData(fleet ? std::shared_ptr<const InvocationColumns>(fleet, &fleet->columns()) : nullptr);
}

void DurationHeatmap::setFunctions(const QVector<uint32_t>& functions)
{
    m_functions = functions;
    rebin();
}

void DurationHeatmap::setTimeRange(int64_t fromMs, int64_t toMs)
{
    m_fromMs = fromMs;
    m_toMs = toMs;
    rebin();
}

bool DurationHeatmap::waitForIdle(int timeoutMs) { return m_job->waitForIdle(timeoutMs); }

QRect DurationHeatmap::plotRect() const
{
    return QRect(kLeft, kTop, std::max(1, width() - kLeft - kRight), std::max(1, height() - kTop - kBottom));
}

std::vector<FunctionRows> DurationHeatmap::selectedRows() const
{
    std::vector<FunctionRows> rows;
    if (!m_columns)
        return rows;
    for (const FunctionRows& r : functionRows(*m_columns)) {
        if (m_functions.isEmpty() || m_functions.contains(r.function))
            rows.push_back(r);
    }
    return rows;
}

void DurationHeatmap::rebin()
{
    if (!m_columns) {
        m_job->cancel();
        setMap({});
        return;
    }
    HeatmapSpec spec;
    spec.fromMs = m_fromMs;
    spec.toMs = m_toMs;
    // About 6 px per cell: enough to see a cell, few enough to stay cheap.
    spec.columns = std::clamp(plotRect().width() / 6, 10, 400);
    spec.rows = std::clamp(plotRect().height() / 8, 8, 80);
    m_job->start(tr("Binning durations"), [columns = m_columns, rows = selectedRows(), spec](JobContext&) {
        return QVariant::fromValue(std::make_shared<ll::HeatmapGrid>(buildHeatmap(*columns, rows, spec)));
    });
}

void DurationHeatmap::setMap(ll::HeatmapGrid map)
{
    m_map = std::move(map);
    m_brushCells = {};
    renderCells();
    update();
    Q_EMIT mapChanged();
}

void DurationHeatmap::renderCells()
{
    if (m_map.columns <= 0 || m_map.axis.rows <= 0 || m_map.counts.empty()) {
        m_cells = QImage();
        return;
    }
    m_cells = QImage(m_map.columns, m_map.axis.rows, QImage::Format_ARGB32_Premultiplied);
    m_cells.fill(Qt::transparent);
    const double top = std::log1p(double(std::max<uint32_t>(1, m_map.maxCount)));
    const QColor base(0x00, 0x72, 0xB2);
    for (int r = 0; r < m_map.axis.rows; ++r) {
        for (int c = 0; c < m_map.columns; ++c) {
            const uint32_t n = m_map.counts[m_map.cell(c, r)];
            if (!n)
                continue;
            // Log shade: a few slow invocations must stay visible next to thousands of fast ones.
            const double t = 0.15 + 0.85 * std::log1p(double(n)) / top;
            QColor col = base;
            col.setAlphaF(std::clamp(t, 0.0, 1.0));
            // Image rows go down; slow durations go up.
            m_cells.setPixelColor(c, m_map.axis.rows - 1 - r, col);
        }
    }
}

void DurationHeatmap::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (m_columns)
        rebin();
}

QPoint DurationHeatmap::cellAt(const QPoint& pos) const
{
    const QRect plot = plotRect();
    if (m_map.columns <= 0 || m_map.axis.rows <= 0)
        return {};
    const int c = std::clamp(int(double(pos.x() - plot.left()) * m_map.columns / plot.width()), 0, m_map.columns - 1);
    const int rFromTop = std::clamp(int(double(pos.y() - plot.top()) * m_map.axis.rows / plot.height()), 0, m_map.axis.rows - 1);
    return { c, m_map.axis.rows - 1 - rFromTop };
}

void DurationHeatmap::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QRect plot = plotRect();
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(plot.adjusted(0, 0, -1, -1));
    if (m_cells.isNull()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(plot, Qt::AlignCenter, tr("No invocations to show."));
        return;
    }
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    p.drawImage(plot, m_cells);

    const double cw = double(plot.width()) / m_map.columns;
    const double ch = double(plot.height()) / m_map.axis.rows;
    auto cellRect = [&](int c, int r) {
        return QRectF(plot.left() + c * cw, plot.top() + (m_map.axis.rows - 1 - r) * ch, cw, ch);
    };
    // Overlays.
    for (int r = 0; r < m_map.axis.rows; ++r) {
        for (int c = 0; c < m_map.columns; ++c) {
            const size_t k = m_map.cell(c, r);
            if (m_map.failures[k]) {
                p.setPen(QPen(kFailure, 1.5));
                p.setBrush(Qt::NoBrush);
                p.drawRect(cellRect(c, r).adjusted(0.5, 0.5, -0.5, -0.5));
            }
            if (m_map.coldStarts[k]) {
                const QRectF rc = cellRect(c, r);
                p.fillRect(QRectF(rc.left(), rc.top(), std::max(2.0, rc.width() / 3), std::max(2.0, rc.height() / 3)), kCold);
            }
        }
    }
    // Duration ticks at decades.
    p.setPen(palette().color(QPalette::Text));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    for (double d = m_map.axis.loMs; d <= m_map.axis.hiMs * 1.0001; d *= 10) {
        const int y = int(plot.bottom() - m_map.axis.fraction(d) * plot.height());
        p.drawLine(plot.left() - 4, y, plot.left(), y);
        p.drawText(QRect(0, y - 8, kLeft - 6, 16), Qt::AlignRight | Qt::AlignVCenter, durationLabel(d));
    }
    // Time ticks: five across the range.
    const QString fmt = m_map.toMs - m_map.fromMs > 12 * 3'600'000 ? QStringLiteral("MMM d HH:mm") : QStringLiteral("HH:mm:ss");
    for (int k = 0; k <= 4; ++k) {
        const int x = plot.left() + plot.width() * k / 4;
        const int64_t t = m_map.fromMs + (m_map.toMs - m_map.fromMs) * k / 4;
        const Qt::Alignment align = k == 0 ? Qt::AlignLeft : k == 4 ? Qt::AlignRight : Qt::AlignHCenter;
        const QRect box = k == 0 ? QRect(x, plot.bottom() + 4, 120, 14)
            : k == 4 ? QRect(x - 120, plot.bottom() + 4, 120, 14) : QRect(x - 60, plot.bottom() + 4, 120, 14);
        p.drawLine(x, plot.bottom(), x, plot.bottom() + 3);
        p.drawText(box, align | Qt::AlignTop, QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).toString(fmt));
    }
    // Key, under the time axis.
    const QRect key(plot.left(), plot.bottom() + 16, plot.width(), 14);
    p.fillRect(QRect(key.left() + plot.width() / 2 - 190, key.top() + 3, 9, 9), QColor(0x00, 0x72, 0xB2));
    p.drawText(key.adjusted(plot.width() / 2 - 176, 0, 0, 0), Qt::AlignLeft, tr("invocations (log shade)"));
    p.setPen(QPen(kFailure, 1.5));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRect(key.left() + plot.width() / 2 - 20, key.top() + 3, 9, 9));
    p.setPen(palette().color(QPalette::Text));
    p.drawText(key.adjusted(plot.width() / 2 - 6, 0, 0, 0), Qt::AlignLeft, tr("failures"));
    p.fillRect(QRect(key.left() + plot.width() / 2 + 60, key.top() + 3, 5, 5), kCold);
    p.drawText(key.adjusted(plot.width() / 2 + 72, 0, 0, 0), Qt::AlignLeft, tr("cold starts"));

    // Brush.
    QRect brush;
    if (m_dragging)
        brush = QRect(m_dragStart, m_dragEnd).normalized();
    else if (!m_brushCells.isNull()) {
        const QRectF a = cellRect(m_brushCells.left(), m_brushCells.bottom());
        const QRectF b = cellRect(m_brushCells.right(), m_brushCells.top());
        brush = a.united(b).toAlignedRect();
    }
    if (!brush.isNull()) {
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlpha(50);
        p.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DashLine));
        p.setBrush(fill);
        p.drawRect(brush);
    }
}

void DurationHeatmap::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !plotRect().contains(event->position().toPoint()))
        return QWidget::mousePressEvent(event);
    m_dragging = true;
    m_dragStart = m_dragEnd = event->position().toPoint();
    update();
}

void DurationHeatmap::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_dragging)
        return QWidget::mouseMoveEvent(event);
    m_dragEnd = event->position().toPoint();
    update();
}

void DurationHeatmap::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_dragging || event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    m_dragging = false;
    m_dragEnd = event->position().toPoint();
    const QPoint a = cellAt(m_dragStart);
    const QPoint b = cellAt(m_dragEnd);
    m_brushCells = QRect(QPoint(std::min(a.x(), b.x()), std::min(a.y(), b.y())),
                         QPoint(std::max(a.x(), b.x()), std::max(a.y(), b.y())));
    std::vector<uint32_t> rows;
    if (m_columns)
        rows = rowsInRegion(*m_columns, selectedRows(), m_map, { a.x(), b.x(), a.y(), b.y() });
    if (m_selection) {
        QSet<uint32_t> set;
        set.reserve(qsizetype(rows.size()));
        for (uint32_t r : rows)
            set.insert(r);
        m_selection->setHighlighted(std::move(set));
    }
    update();
    Q_EMIT brushed(rows);
}

} // namespace ll
