#include "logview/logview.h"

#include "logsearch/jsonfields.h"
#include "logview/logtext.h"
#include "logview/logviewparts.h"

#include <QFontDatabase>
#include <QFutureWatcher>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace ll {

namespace {
constexpr int kStripWidth = 12;
constexpr int kMaxDensityBuckets = 4096;
}

LogView::LogView(QWidget* parent)
    : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_header = new LogHeader(this);
    m_strip = new MatchStrip(this);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &LogView::onScrollValueChanged);
    m_densityTimer.setSingleShot(true);
    m_densityTimer.setInterval(100);  // coalesce bursts of tail updates
    connect(&m_densityTimer, &QTimer::timeout, this, &LogView::computeDensity);
    layoutColumns();
    updateGeometries();
}

LogView::~LogView() = default;

void LogView::setSource(LineSourcePtr source)
{
    m_source = std::move(source);
    m_functionNames.clear();
    m_current = -1;
    m_expanded.clear();
    m_heights.clear();
    setRows(nullptr, m_source ? m_source->count() : 0);
}

void LogView::replaceSource(LineSourcePtr source)
{
    const bool following = m_follow;
    const uint32_t before = m_source ? uint32_t(m_source->count()) : 0;
    const uint32_t newLines = m_newLines;
    m_stickToEnd = following;
    m_restoreScroll = following ? -1 : verticalScrollBar()->value();
    setSource(std::move(source));
    const uint32_t after = m_source ? uint32_t(m_source->count()) : 0;
    if (!following && after > before) {
        m_newLines = newLines + (after - before);
        Q_EMIT newLinesChanged(m_newLines);
    }
}

void LogView::setRows(RowsPtr rows, uint32_t count)
{
    const int64_t keep = m_current;
    m_rows = std::move(rows);
    m_count = m_rows ? uint32_t(std::min<size_t>(count, m_rows->size())) : count;
    // Programmatic scrolling below: not the user's, so it must not end a live refresh's follow.
    m_settingRange = true;
    updateScrollRange();
    if (keep >= 0 && indexOfSourceRow(uint32_t(keep), true) >= 0) {
        const int64_t idx = indexOfSourceRow(uint32_t(keep), true);
        verticalScrollBar()->setValue(int(idx - visibleRowCapacity() / 2));
    } else if (m_stickToEnd) {
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    } else if (m_restoreScroll >= 0) {
        verticalScrollBar()->setValue(m_restoreScroll);
    } else {
        verticalScrollBar()->setValue(0);
    }
    m_settingRange = false;
    setFollow(verticalScrollBar()->value() >= verticalScrollBar()->maximum());
    if (m_newLines && m_restoreScroll < 0) {
        m_newLines = 0;
        Q_EMIT newLinesChanged(0);
    }
    invalidate();
    scheduleDensity();
}

void LogView::appendRows(RowsPtr rows, uint32_t count, uint32_t added)
{
    const bool following = m_follow;
    m_rows = std::move(rows);
    m_count = m_rows ? uint32_t(std::min<size_t>(count, m_rows->size())) : count;
    if (m_source && int(m_functionNames.size()) < int(m_source->functionCount()))
        m_functionNames.clear();
    m_settingRange = true;
    updateScrollRange();
    if (following)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    m_settingRange = false;
    if (!following && added) {
        m_newLines += added;
        Q_EMIT newLinesChanged(m_newLines);
    }
    invalidate();
    scheduleDensity();
}

void LogView::setHighlighters(QVector<TextMatcherPtr> highlighters)
{
    m_highlighters = std::move(highlighters);
    invalidate();
}

void LogView::setMarks(RowsPtr marks)
{
    m_marks = std::move(marks);
    scheduleDensity();
}

void LogView::setJsonColumns(const QStringList& keys)
{
    m_jsonKeys = keys;
    layoutColumns();
    invalidate();
    m_header->update();
}

int LogView::firstVisibleIndex() const { return verticalScrollBar()->value(); }

int LogView::visibleRowCapacity() const
{
    return std::max(1, (viewport()->height() + m_lineHeight - 1) / m_lineHeight);
}

void LogView::updateScrollRange()
{
    const int fullRows = std::max(1, viewport()->height() / m_lineHeight);
    const int64_t max = std::max<int64_t>(0, int64_t(m_count) - rowsFittingAtEnd());
    verticalScrollBar()->setRange(0, int(std::min<int64_t>(max, INT_MAX)));
    verticalScrollBar()->setPageStep(fullRows);
    verticalScrollBar()->setSingleStep(1);
}

void LogView::layoutColumns()
{
    const QFontMetrics fm(font());
    m_lineHeight = fm.height() + 4;
    m_heights.clear();  // wrapped heights depend on the message column's width and the font
    m_charWidth = std::max(1, fm.horizontalAdvance(QLatin1Char('0')));
    const int pad = 12;
    // Narrow panels: the message keeps at least ~45% of the width; the function column
    // shrinks and the request column (also in the detail pane) goes first.
    const int width = viewport()->width();
    const int fixedWide = fm.horizontalAdvance(QStringLiteral("00:00:00.000")) + 28 * m_charWidth
        + fm.horizontalAdvance(QStringLiteral("FATAL")) + 4 * pad + int(m_jsonKeys.size()) * (14 * m_charWidth + pad);
    const bool narrow = width - fixedWide < std::max(300, width * 45 / 100);
    m_colW = { fm.horizontalAdvance(QStringLiteral("00:00:00.000")) + pad, (narrow ? 12 : 18) * m_charWidth + pad,
        narrow ? 0 : 10 * m_charWidth + pad, fm.horizontalAdvance(QStringLiteral("FATAL")) + pad, 0 };
    for (int i = 0; i < m_jsonKeys.size(); ++i)
        m_colW.append((narrow ? 10 : 14) * m_charWidth + pad);
    // Message last on screen, whatever its enum value: fixed columns, JSON columns, message.
    m_colX.resize(m_colW.size());
    int x = 0;
    for (int c = 0; c < m_colW.size(); ++c) {
        if (c == Message)
            continue;
        m_colX[c] = x;
        x += m_colW[c];
    }
    m_colX[Message] = x;
    m_colW[Message] = std::max(200, viewport()->width() - x);
}

int LogView::columnX(int column) const { return m_colX.value(column); }
int LogView::columnWidth(int column) const { return m_colW.value(column); }

QString LogView::columnTitle(int column) const
{
    switch (column) {
    case Time:
        return tr("Time (UTC)");
    case Function:
        return tr("Function");
    case RequestId:
        return tr("Request");
    case Level:
        return tr("Level");
    case Message:
        return tr("Message");
    default:
        return visibleControls(m_jsonKeys.value(column - FixedColumnCount));
    }
}

void LogView::updateGeometries()
{
    const int headerHeight = m_lineHeight + 4;
    setViewportMargins(0, headerHeight, kStripWidth, 0);
    const QRect vp = viewport()->geometry();
    m_header->setGeometry(vp.x(), vp.y() - headerHeight, vp.width() + kStripWidth, headerHeight);
    m_strip->setGeometry(vp.right() + 1, vp.y(), kStripWidth, vp.height());
}

void LogView::invalidate()
{
    m_cacheValid = false;
    viewport()->update();
    m_strip->update();
}

QString LogView::functionName(uint32_t function) const
{
    if (!m_source)
        return {};
    if (m_functionNames.isEmpty()) {
        for (uint32_t f = 0; f < m_source->functionCount(); ++f)
            m_functionNames.append(visibleControls(m_source->functionName(f)));
    }
    return function < uint32_t(m_functionNames.size()) ? m_functionNames[int(function)] : QString();
}

void LogView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateGeometries();
    layoutColumns();
    m_header->update();
    m_settingRange = true;
    updateScrollRange();
    m_settingRange = false;
    if (m_follow)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    invalidate();
    scheduleDensity();
}

void LogView::scrollContentsBy(int, int)
{
    invalidate();
}

void LogView::onScrollValueChanged(int value)
{
    invalidate();
    if (m_settingRange)
        return;
    m_stickToEnd = false;
    m_restoreScroll = -1;
    setFollow(value >= verticalScrollBar()->maximum());
    if (m_follow && m_newLines) {
        m_newLines = 0;
        Q_EMIT newLinesChanged(0);
    }
}

void LogView::setFollow(bool follow)
{
    if (follow == m_follow)
        return;
    m_follow = follow;
    Q_EMIT followChanged(follow);
}

void LogView::scrollToBottom()
{
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

int64_t LogView::indexOfSourceRow(uint32_t sourceRow, bool exact) const
{
    if (m_count == 0)
        return -1;
    if (!m_rows)
        return sourceRow < m_count ? int64_t(sourceRow) : (exact ? -1 : int64_t(m_count) - 1);
    const auto end = m_rows->begin() + m_count;
    const auto it = std::lower_bound(m_rows->begin(), end, sourceRow);
    if (exact && (it == end || *it != sourceRow))
        return -1;
    return it == end ? int64_t(m_count) - 1 : int64_t(it - m_rows->begin());
}

void LogView::setCurrentSourceRow(int64_t row)
{
    if (row == m_current)
        return;
    m_current = row;
    const int64_t idx = row >= 0 ? indexOfSourceRow(uint32_t(row), true) : -1;
    if (idx >= 0)
        ensureIndexVisible(idx);
    invalidate();
    Q_EMIT currentRowChanged(row);
}

void LogView::scrollToSourceRow(uint32_t sourceRow)
{
    const int64_t idx = indexOfSourceRow(sourceRow, false);
    if (idx < 0)
        return;
    verticalScrollBar()->setValue(int(idx) - std::min(3, visibleRowCapacity() / 4));
    setCurrentSourceRow(sourceRowAt(uint32_t(idx)));
}

void LogView::moveCurrent(int delta)
{
    if (m_count == 0)
        return;
    int64_t idx = m_current >= 0 ? indexOfSourceRow(uint32_t(m_current), false) : firstVisibleIndex();
    idx = std::clamp<int64_t>(idx + delta, 0, int64_t(m_count) - 1);
    setCurrentSourceRow(sourceRowAt(uint32_t(idx)));
}

void LogView::nextMark(bool forward)
{
    if (!m_marks || m_marks->empty())
        return;
    const uint32_t from = m_current >= 0 ? uint32_t(m_current) : sourceRowAt(uint32_t(firstVisibleIndex()));
    const Rows& marks = *m_marks;
    if (forward) {
        const auto it = std::upper_bound(marks.begin(), marks.end(), from);
        if (it != marks.end())
            setCurrentSourceRow(*it);
    } else {
        const auto it = std::lower_bound(marks.begin(), marks.end(), from);
        if (it != marks.begin())
            setCurrentSourceRow(*(it - 1));
    }
}

void LogView::keyPressEvent(QKeyEvent* event)
{
    const int page = std::max(1, viewport()->height() / m_lineHeight - 1);
    switch (event->key()) {
    case Qt::Key_Up:
        moveCurrent(-1);
        break;
    case Qt::Key_Down:
        moveCurrent(1);
        break;
    case Qt::Key_PageUp:
        moveCurrent(-page);
        break;
    case Qt::Key_PageDown:
        moveCurrent(page);
        break;
    case Qt::Key_Home:
        moveCurrent(-int(std::min<uint32_t>(m_count, INT_MAX)));
        break;
    case Qt::Key_End:
        moveCurrent(int(std::min<uint32_t>(m_count, INT_MAX)));
        scrollToBottom();
        break;
    case Qt::Key_F3:
        nextMark(!(event->modifiers() & Qt::ShiftModifier));
        break;
    case Qt::Key_Slash:
        Q_EMIT filterRequested();
        break;
    case Qt::Key_W:
        if (event->modifiers() & Qt::ShiftModifier)
            setWrapAll(!m_wrapAll);
        else
            toggleCurrentRowWrap();
        break;
    case Qt::Key_Escape:
        Q_EMIT clearFilterRequested();
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current >= 0 && m_source && uint32_t(m_current) < m_source->count())
            Q_EMIT invocationActivated(m_source->invocation(uint32_t(m_current)));
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

void LogView::mousePressEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (m_newLines > 0 && newLinesBadgeRect().contains(pos)) {
        scrollToBottom();
        return;
    }
    const int64_t idx = indexAtY(pos.y());
    if (idx >= 0 && idx < int64_t(m_count))
        setCurrentSourceRow(sourceRowAt(uint32_t(idx)));
    setFocus(Qt::MouseFocusReason);
}

void LogView::mouseDoubleClickEvent(QMouseEvent* event)
{
    mousePressEvent(event);
    if (m_current >= 0 && m_source && uint32_t(m_current) < m_source->count())
        Q_EMIT invocationActivated(m_source->invocation(uint32_t(m_current)));
}

void LogView::changeEvent(QEvent* event)
{
    QAbstractScrollArea::changeEvent(event);
    if (!m_header)
        return;  // still constructing
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange
        || event->type() == QEvent::StyleChange) {
        layoutColumns();
        updateGeometries();
        invalidate();
    }
}

bool LogView::viewportEvent(QEvent* event)
{
    // No tooltips over log text: a tooltip would interpret HTML in the message.
    if (event->type() == QEvent::ToolTip)
        return true;
    return QAbstractScrollArea::viewportEvent(event);
}

void LogView::scheduleDensity()
{
    m_densityTimer.start();
}

void LogView::computeDensity()
{
    if (!m_source) {
        m_errorDensity = {};
        m_markDensity = {};
        return;
    }
    const int buckets = std::clamp(m_strip->height(), 1, kMaxDensityBuckets);
    const uint64_t generation = ++m_densityGeneration;
    const LineSourcePtr source = m_source;
    const RowsPtr rows = m_rows;
    const RowsPtr marks = m_marks;
    const uint32_t count = m_count;
    using Pair = std::pair<MatchDensity, MatchDensity>;
    auto* watcher = new QFutureWatcher<Pair>(this);
    connect(watcher, &QFutureWatcher<Pair>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_densityGeneration)
            return;  // stale
        const Pair result = watcher->result();
        m_errorDensity = result.first;
        m_markDensity = result.second;
        m_strip->update();
    });
    watcher->setFuture(QtConcurrent::run([source, rows, marks, count, buckets] {
        Pair out;
        out.first = MatchDensity::fromLevels(*source, rows.get(), count, LogLevel::Error, buckets);
        if (marks)
            out.second = MatchDensity::fromMarks(rows.get(), count, *marks, buckets);
        return out;
    }));
}

} // namespace ll
