#include "timeline/timelineview.h"

#include "selection/selection.h"
#include "timeline/fleetsource.h"
#include "timeline/laneaggregate.h"
#include "timeline/timelabels.h"
#include "timeline/timelineformat.h"

#include <QFutureWatcher>
#include <QPainter>
#include <QScrollBar>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>
#include <limits>

namespace ll {

namespace {
constexpr const char* kShowOnlySelectedKey = "timeline/showOnlySelected";
}

TimelineView::TimelineView(QWidget* parent)
    : QWidget(parent)
    , m_scroll(new QScrollBar(Qt::Vertical, this))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_metrics.rightMargin = m_scroll->sizeHint().width();
    connect(m_scroll, &QScrollBar::valueChanged, this, [this] { relayout(); });
    m_showOnlySelected = QSettings().value(QLatin1String(kShowOnlySelectedKey), false).toBool();
    m_ownSelection = new Selection(this);
    setSelection(m_ownSelection);
    relayout();
}

TimelineView::~TimelineView()
{
    if (m_indexCancel)
        m_indexCancel->store(true);
}

void TimelineView::setFleet(FleetPtr fleet)
{
    setSource(timelineSourceFromFleet(fleet));
    if (!fleet)
        return;
    // The axis spans what the fleet covers even where no invocation is loaded, not 1970: a Logs
    // Insights summary's queried window (it has invocations only for the functions drilled
    // into), or the lines of logs without START/REPORT records.
    const bool rows = m_dataTo > m_dataFrom;
    const auto first = double(fleet->firstTimeMs()), last = double(fleet->lastTimeMs());
    double from = 0, to = 0;
    if (fleet->summary() && last > first) {
        from = first;
        to = last;
    } else if (!rows && fleet->lineCount() > 0) {
        const double pad = std::max(500.0, (last - first) * 0.02);
        from = first - pad;
        to = last + pad;
    } else {
        return;
    }
    m_dataFrom = rows ? std::min(m_dataFrom, from) : from;
    m_dataTo = rows ? std::max(m_dataTo, to) : to;
    m_axis.setLimits(m_dataFrom, m_dataTo);
    zoomToFit();
}

void TimelineView::setSource(TimelineSource source)
{
    m_source = std::move(source);
    m_layout.setSource(m_source);
    m_hoverRow = -1;
    // Data range including init segments, padded a little so edge marks are not cut.
    m_dataFrom = m_dataTo = 0;
    if (!m_source.isEmpty()) {
        const InvocationColumns& c = *m_source.columns;
        double lo = std::numeric_limits<double>::max(), hi = std::numeric_limits<double>::lowest();
        for (size_t r = 0; r < c.size(); ++r) {
            const double before = std::max({0.0f, c.initDurationMs[r], c.restoreDurationMs[r]});
            lo = std::min(lo, double(c.startMs[r]) - before);
            hi = std::max(hi, invocationEndMs(c, r));
        }
        const double pad = std::max(50.0, (hi - lo) * 0.02);
        m_dataFrom = lo - pad;
        m_dataTo = hi + pad;
        m_axis.setLimits(m_dataFrom, m_dataTo);
    } else {
        m_axis.setLimits(0, 0);
    }
    applyFunctionFilter();
    zoomToFit();
    scrollToSelectedFunctions();
    buildIndex();
}

void TimelineView::setIndexing(bool on)
{
    if (on == m_indexing)
        return;
    m_indexing = on;
    buildIndex();
    update();
}

void TimelineView::buildIndex()
{
    // Built off the UI thread; until it arrives (and for stream lanes) frames walk the rows.
    if (m_indexCancel)
        m_indexCancel->store(true);
    m_index.reset();
    m_indexCancel.reset();
    const quint64 generation = ++m_indexGeneration;
    m_frameDirty = true;
    if (m_source.isEmpty() || !m_indexing)
        return;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_indexCancel = cancel;
    auto* watcher = new QFutureWatcher<std::shared_ptr<const TimelineIndex>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        auto index = watcher->result();
        if (generation != m_indexGeneration || !index)
            return;
        m_index = std::move(index);
        m_frameDirty = true;
        update();
        Q_EMIT indexReady();
    });
    // The copy keeps the columns alive while the worker reads them.
    watcher->setFuture(QtConcurrent::run([source = m_source, cancel] { return TimelineIndex::build(source, cancel.get()); }));
}

void TimelineView::setSelection(Selection* selection)
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection ? selection : m_ownSelection;
    connect(m_selection, &Selection::invocationChanged, this, [this](int64_t row) {
        ensureVisible(row);
        update();
    });
    connect(m_selection, &Selection::timeRangeChanged, this, &TimelineView::onTimeRangeChanged);
    connect(m_selection, &Selection::highlightedChanged, this, [this] {
        m_frameDirty = true;
        update();
    });
    connect(m_selection, &Selection::functionsChanged, this, &TimelineView::onFunctionsChanged);
    onFunctionsChanged();
}

void TimelineView::onFunctionsChanged()
{
    const QVector<uint32_t>& functions = m_selection ? m_selection->functions() : QVector<uint32_t>();
    m_selectedFunctions = QSet<uint32_t>(functions.begin(), functions.end());
    applyFunctionFilter();
    scrollToSelectedFunctions();
}

void TimelineView::setShowOnlySelected(bool on)
{
    if (on == m_showOnlySelected)
        return;
    m_showOnlySelected = on;
    QSettings().setValue(QLatin1String(kShowOnlySelectedKey), on);
    applyFunctionFilter();
    scrollToSelectedFunctions();
    Q_EMIT showOnlySelectedChanged(on);
}

void TimelineView::applyFunctionFilter()
{
    // Only a filter naming some function of this source hides lanes: a selection made for
    // another fleet must not leave the timeline blank.
    QSet<uint32_t> filter;
    if (m_showOnlySelected)
        for (const TimelineFunction& f : m_source.functions)
            if (m_selectedFunctions.contains(f.id))
                filter.insert(f.id);
    m_layout.setFunctionFilter(filter);
    layoutChanged();
}

bool TimelineView::isLaneEmphasised(int lane) const
{
    return lane >= 0 && size_t(lane) < m_emphasised.size() && m_emphasised[size_t(lane)];
}

void TimelineView::scrollToSelectedFunctions()
{
    // Leave the scroll alone when a selected lane is already in full view.
    int firstLane = -1;
    const QRect area = m_geometry.laneArea();
    for (int i = 0; i < int(m_emphasised.size()); ++i) {
        if (!m_emphasised[size_t(i)])
            continue;
        const QRect row = m_geometry.laneRow(i);
        if (row.top() >= area.top() && row.bottom() <= area.bottom())
            return;
        if (firstLane < 0)
            firstLane = i;
    }
    if (firstLane < 0)
        return;
    // Its service header stays in sight above it, for context.
    int top = firstLane;
    if (top > 0 && m_layout.lanes()[size_t(top - 1)].kind == Lane::Kind::Service)
        --top;
    m_scroll->setValue(m_geometry.scrollY() + m_geometry.laneRow(top).top() - area.top());
}

void TimelineView::onTimeRangeChanged(int64_t fromMs, int64_t toMs)
{
    if (toMs > fromMs)
        setVisibleRange(double(fromMs), double(toMs));
    else
        zoomToFit();
}

void TimelineView::setVisibleRange(double fromMs, double toMs)
{
    m_axis.fit(fromMs, toMs);
    axisChanged();
}

void TimelineView::zoomToFit()
{
    if (m_dataTo > m_dataFrom)
        m_axis.fit(m_dataFrom, m_dataTo);
    axisChanged();
}

void TimelineView::setSort(LaneSort sort, bool descending)
{
    m_layout.setSort(sort, descending);
    layoutChanged();
}

void TimelineView::setServiceCollapsed(const QString& service, bool collapsed)
{
    m_layout.setServiceCollapsed(service, collapsed);
    layoutChanged();
}

void TimelineView::setFunctionExpanded(uint32_t function, bool expanded)
{
    m_layout.setFunctionExpanded(function, expanded);
    layoutChanged();
}

void TimelineView::layoutChanged()
{
    ++m_generation;
    // A selected function's lane, its environments, or the collapsed service that holds it.
    const auto& lanes = m_layout.lanes();
    m_emphasised.assign(lanes.size(), 0);
    for (uint32_t f : m_selectedFunctions) {
        const int lane = m_layout.laneOfFunction(f);
        if (lane < 0)
            continue;
        m_emphasised[size_t(lane)] = 1;
        for (size_t i = size_t(lane) + 1; i < lanes.size() && lanes[i].kind == Lane::Kind::Stream; ++i)
            m_emphasised[i] = 1;
    }
    relayout();
}

void TimelineView::relayout()
{
    m_geometry.update(m_layout, m_metrics, size(), m_scroll->value());
    const QRect area = m_geometry.laneArea();
    m_scroll->setGeometry(width() - m_metrics.rightMargin, area.top(), m_metrics.rightMargin, area.height());
    {
        const QSignalBlocker block(m_scroll);
        m_scroll->setRange(0, m_geometry.maxScrollY());
        m_scroll->setPageStep(std::max(1, area.height()));
        m_scroll->setSingleStep(m_metrics.functionLaneHeight);
        m_scroll->setValue(m_geometry.scrollY());
    }
    m_axis.setWidth(m_geometry.axisWidth());
    m_frameDirty = true;
    update();
}

void TimelineView::axisChanged()
{
    m_frameDirty = true;
    update();
    Q_EMIT visibleRangeChanged(m_axis.fromMs(), m_axis.toMs());
}

TimelineScene TimelineView::scene(qreal dpr) const
{
    TimelineScene s;
    s.source = &m_source;
    s.layout = &m_layout;
    s.geometry = &m_geometry;
    s.axis = m_axis;
    s.dpr = dpr;
    s.palette = palette();
    s.font = font();
    s.locale = locale();
    s.index = m_index.get();
    s.highlighted = m_selection ? &m_selection->highlighted() : nullptr;
    s.emphasisedLanes = &m_emphasised;
    s.selectedRow = m_selection ? m_selection->invocation() : -1;
    s.hoverRow = m_hoverRow;
    if (m_selection) {
        s.rangeFromMs = double(m_selection->fromMs());
        s.rangeToMs = double(m_selection->toMs());
    }
    if (m_drag == Drag::Band) {
        s.bandFromMs = m_bandFrom;
        s.bandToMs = m_bandTo;
    }
    s.generation = m_generation;
    return s;
}

void TimelineView::paintEvent(QPaintEvent*)
{
    const qreal dpr = devicePixelRatioF();
    const TimelineScene s = scene(dpr);
    if (m_frameDirty || m_frame.devicePixelRatio() != dpr || m_frame.size() != (QSizeF(size()) * dpr).toSize()) {
        m_painter.render(m_frame, s);
        m_frameDirty = false;
    }
    QPainter p(this);
    p.drawImage(0, 0, m_frame);
    m_painter.paintOverlay(p, s);
    if (m_source.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(m_geometry.laneArea(), Qt::AlignCenter, tr("No invocations loaded"));
    }
}

QImage TimelineView::renderImage(qreal dpr)
{
    QImage image;
    renderInto(image, dpr);
    return image;
}

void TimelineView::renderInto(QImage& image, qreal dpr)
{
    const TimelineScene s = scene(dpr);
    m_painter.render(image, s);
    QPainter p(&image);
    m_painter.paintOverlay(p, s);
    m_frameDirty = true;   // the painter's caches now hold this dpr
}

QRectF TimelineView::invocationRect(int64_t row) const { return m_painter.markRect(scene(1), row); }

int64_t TimelineView::invocationAt(QPoint pos) const
{
    if (m_source.isEmpty() || !m_geometry.laneArea().contains(pos))
        return -1;
    const int lane = m_geometry.laneAt(pos.y());
    if (lane < 0)
        return -1;
    return rowAt(*m_source.columns, m_layout.lanes()[size_t(lane)], m_axis, laneX(pos), 4);
}

QString TimelineView::toolTipTextAt(QPoint pos) const
{
    if (m_geometry.rulerArea().contains(pos))
        return TimeLabelFormat(locale()).full(m_axis.xToTime(laneX(pos))) + QStringLiteral(" UTC");
    const int lane = m_geometry.laneAt(pos.y());
    if (lane >= 0 && m_geometry.headerArea().contains(pos)) {
        const Lane& l = m_layout.lanes()[size_t(lane)];
        return l.label + QLatin1Char('\n')
            + tr("%n invocation(s)", nullptr, int(l.invocations)) + QStringLiteral(", ")
            + tr("%n failed", nullptr, int(l.failures)) + QStringLiteral(", ")
            + tr("%n cold start(s)", nullptr, int(l.coldStarts));
    }
    const int64_t row = invocationAt(pos);
    return row >= 0 ? invocationToolTip(m_source, uint32_t(row), locale()) : QString();
}

void TimelineView::navigate(bool forward, bool coldStarts)
{
    if (m_source.isEmpty() || !m_selection)
        return;
    const InvocationColumns& c = *m_source.columns;
    const int64_t selected = m_selection->invocation();
    int64_t refStart, refRow;
    if (selected >= 0 && size_t(selected) < c.size()) {
        refStart = c.startMs[size_t(selected)];
        refRow = selected;
    } else if (forward) {
        refStart = int64_t(std::floor(m_axis.fromMs()));
        refRow = -1;
    } else {
        refStart = int64_t(std::ceil(m_axis.toMs()));
        refRow = std::numeric_limits<int64_t>::max();
    }
    // With a cluster (or a brushed region) highlighted, n/N walk through its invocations only.
    const QSet<uint32_t>& highlighted = m_selection->highlighted();
    const int64_t row = findNeighbour(c, m_layout.functionRanges(), refStart, refRow, forward, [&](uint32_t r) {
        if (coldStarts)
            return (c.flags[r] & ColdStart) != 0;
        return isFailure(c.outcome[r]) && (highlighted.isEmpty() || highlighted.contains(r));
    });
    if (row < 0)
        return;
    m_selection->setInvocation(row);
    ensureVisible(row);
}

void TimelineView::ensureVisible(int64_t row)
{
    if (row < 0 || m_source.isEmpty() || size_t(row) >= m_source.columns->size())
        return;
    const InvocationColumns& c = *m_source.columns;
    const double start = double(c.startMs[size_t(row)]);
    const double end = invocationEndMs(c, size_t(row));
    if (start < m_axis.fromMs() || end > m_axis.toMs()) {
        if (end - start > m_axis.spanMs() * 0.8)
            m_axis.fit(start - (end - start) * 0.2, end + (end - start) * 0.2);
        else
            m_axis.centerOn((start + end) / 2);
        axisChanged();
    }
    const int lane = m_layout.laneOfRow(uint32_t(row));
    const QRect laneRow = m_geometry.laneRow(lane);
    const QRect area = m_geometry.laneArea();
    if (lane >= 0 && (laneRow.top() < area.top() || laneRow.bottom() > area.bottom()))
        m_scroll->setValue(m_geometry.scrollY() + laneRow.center().y() - area.center().y());
}

} // namespace ll
