// LogView's wrapped rows: which rows wrap, their measured heights, and the geometry that follows
// (scroll range, hit testing, scrolling a row into view) once rows may differ in height.
#include "logview/logview.h"

#include "logview/logtext.h"

#include <QPainter>
#include <QScrollBar>
#include <QTextLayout>

#include <algorithm>

namespace ll {

namespace {
constexpr int kMaxWrapLines = 200;
// Measured heights kept; beyond this the cache starts over (wrap-all over millions of rows).
constexpr int kMaxCachedHeights = 200000;
}

void LogView::setWrapAll(bool wrap)
{
    if (wrap == m_wrapAll)
        return;
    m_wrapAll = wrap;
    wrapChanged();
    Q_EMIT wrapAllChanged(wrap);
}

void LogView::setRowExpanded(uint32_t sourceRow, bool expanded)
{
    if (expanded == m_expanded.contains(sourceRow))
        return;
    if (expanded)
        m_expanded.insert(sourceRow);
    else
        m_expanded.remove(sourceRow);
    wrapChanged();
    if (m_current >= 0)
        ensureIndexVisible(indexOfSourceRow(uint32_t(m_current), true));
}

void LogView::toggleCurrentRowWrap()
{
    if (m_current < 0)
        return;
    setRowExpanded(uint32_t(m_current), !m_expanded.contains(uint32_t(m_current)));
}

void LogView::wrapChanged()
{
    m_settingRange = true;
    updateScrollRange();
    m_settingRange = false;
    invalidate();
}

int LogView::wrapWidth() const
{
    return std::max(40, m_colW.value(Message) - 8);
}

int LogView::wrappedHeight(uint32_t sourceRow, std::string_view message) const
{
    const auto it = m_heights.constFind(sourceRow);
    if (it != m_heights.constEnd())
        return it.value();
    QString text = makeDisplayText(message, {}, LogView::WrapBytes, true).text;
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(text, font());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    int lines = 0;
    while (lines < kMaxWrapLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(wrapWidth());
        ++lines;
    }
    layout.endLayout();
    const int height = std::max(m_lineHeight, std::max(1, lines) * QFontMetrics(font()).lineSpacing() + 4);
    if (m_heights.size() >= kMaxCachedHeights)
        m_heights.clear();
    m_heights.insert(sourceRow, height);
    return height;
}

int LogView::sourceRowHeight(uint32_t sourceRow) const
{
    if (!isWrapped(sourceRow) || !m_source || sourceRow >= m_source->count())
        return m_lineHeight;
    const auto it = m_heights.constFind(sourceRow);
    if (it != m_heights.constEnd())
        return it.value();
    return wrappedHeight(sourceRow, m_source->message(sourceRow));
}

int LogView::rowHeightAt(uint32_t index) const
{
    return index < m_count ? sourceRowHeight(sourceRowAt(index)) : m_lineHeight;
}

int LogView::rowsFittingAtEnd() const
{
    const int height = std::max(1, viewport()->height());
    if (!m_wrapAll && m_expanded.isEmpty())
        return std::max(1, height / m_lineHeight);
    // Walk up from the last row: at most a screenful of rows is looked at.
    int used = 0, rows = 0;
    for (int64_t i = int64_t(m_count) - 1; i >= 0; --i) {
        used += rowHeightAt(uint32_t(i));
        if (used > height)
            break;
        ++rows;
    }
    return std::max(1, rows);
}

int64_t LogView::indexAtY(int y) const
{
    if (y < 0)
        return -1;
    int top = 0;
    for (int64_t i = firstVisibleIndex(); i < int64_t(m_count); ++i) {
        top += rowHeightAt(uint32_t(i));
        if (y < top)
            return i;
        if (top > viewport()->height())
            break;
    }
    return -1;
}

QRect LogView::rowRect(uint32_t index) const
{
    const int64_t first = firstVisibleIndex();
    if (int64_t(index) < first || index >= m_count)
        return {};
    int top = 0;
    for (int64_t i = first; i < int64_t(index); ++i) {
        top += rowHeightAt(uint32_t(i));
        if (top >= viewport()->height())
            return {};
    }
    return QRect(0, top, viewport()->width(), rowHeightAt(index));
}

// Scrolls as little as possible so the row at `index` is on screen (its top, when taller).
void LogView::ensureIndexVisible(int64_t index)
{
    if (index < 0 || index >= int64_t(m_count))
        return;
    const int first = firstVisibleIndex();
    if (index < first) {
        verticalScrollBar()->setValue(int(index));
        return;
    }
    const int height = viewport()->height();
    int bottom = 0;
    for (int64_t i = first; i <= index; ++i) {
        bottom += rowHeightAt(uint32_t(i));
        if (bottom > height)
            break;
    }
    if (bottom <= height)
        return;  // already fully shown
    // The first index from which rows down to `index` fit on screen.
    int used = 0;
    int64_t top = index;
    for (int64_t i = index; i >= first; --i) {
        used += rowHeightAt(uint32_t(i));
        if (used > height)
            break;
        top = i;
    }
    verticalScrollBar()->setValue(int(std::max<int64_t>(top, first + 1)));
}

void LogView::paintWrappedMessage(QPainter& p, const QRect& r, const DisplayText& text, const QColor& color)
{
    const QRect inner = r.adjusted(4, 2, -4, -2);
    QString shown = text.text;
    shown.replace(QLatin1Char('\n'), QChar::LineSeparator);
    if (text.truncated)
        shown += QChar(0x2026);
    QTextLayout layout(shown, p.font());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QList<QTextLayout::FormatRange> formats;
    for (const auto& h : text.highlights) {
        QTextLayout::FormatRange f;
        f.start = h.first;
        f.length = h.second - h.first;
        f.format.setBackground(QColor(0xff, 0xd5, 0x4f));
        formats.append(f);
    }
    layout.setFormats(formats);
    layout.beginLayout();
    qreal y = 0;
    const qreal spacing = p.fontMetrics().lineSpacing();
    while (y + spacing <= inner.height() + 1) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(inner.width());
        line.setPosition(QPointF(0, y));
        y += spacing;
    }
    layout.endLayout();
    p.save();
    p.setClipRect(r);
    p.setPen(color);
    layout.draw(&p, inner.topLeft());
    p.restore();
}

} // namespace ll
