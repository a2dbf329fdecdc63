// LogView's painting: the cached text area, rows, cells and the "new lines" badge.
#include "logview/logview.h"

#include "logsearch/jsonfields.h"
#include "logview/logtext.h"
#include "logview/logviewparts.h"

#include <QPainter>
#include <QScrollBar>

namespace ll {

namespace {
QString formatTime(int64_t ms)
{
    // UTC wall-clock time of day; cheaper than QDateTime for every visible row.
    int64_t day = ms % 86400000;
    if (day < 0)
        day += 86400000;
    const int h = int(day / 3600000), m = int(day / 60000 % 60), s = int(day / 1000 % 60), z = int(day % 1000);
    return QStringLiteral("%1:%2:%3.%4")
        .arg(h, 2, 10, QLatin1Char('0'))
        .arg(m, 2, 10, QLatin1Char('0'))
        .arg(s, 2, 10, QLatin1Char('0'))
        .arg(z, 3, 10, QLatin1Char('0'));
}
} // namespace

QString LogView::cellText(uint32_t sourceRow, int column) const
{
    if (!m_source || sourceRow >= m_source->count())
        return {};
    const LineRecord line = m_source->record(sourceRow);
    switch (column) {
    case Time:
        return formatTime(line.timestampMs);
    case Function:
        return functionName(line.function);
    case RequestId:
        return line.invocation >= 0 ? visibleControls(QString::fromUtf8(m_source->requestId(line.invocation)))
                                    : QString();
    case Level:
        return QString::fromLatin1(levelKey(line.level));
    case Message:
        return makeDisplayText(line.message, {}, 1 << 30).text;
    default:
        return visibleControls(JsonFields::value(line.message, m_jsonKeys.value(column - FixedColumnCount)));
    }
}

void LogView::paintEvent(QPaintEvent*)
{
    const qreal dpr = viewport()->devicePixelRatioF();
    if (!m_cacheValid || m_cache.size() != viewport()->size() * dpr || m_cache.devicePixelRatio() != dpr)
        renderCache();
    QPainter p(viewport());
    p.drawPixmap(0, 0, m_cache);
    if (m_newLines > 0)
        paintNewLinesBadge(p);
}

void LogView::renderCache()
{
    const qreal dpr = viewport()->devicePixelRatioF();
    m_cache = QPixmap(viewport()->size() * dpr);
    m_cache.setDevicePixelRatio(dpr);
    m_cache.fill(palette().color(QPalette::Base));
    QPainter p(&m_cache);
    p.setFont(font());
    const uint32_t first = uint32_t(firstVisibleIndex());
    const uint32_t n = first < m_count ? std::min<uint32_t>(uint32_t(visibleRowCapacity()), m_count - first) : 0;
    if (m_source && n > 0) {
        // One batch for everything on screen.
        m_fetchRows.resize(n);
        for (uint32_t i = 0; i < n; ++i)
            m_fetchRows[i] = sourceRowAt(first + i);
        m_source->fetch(m_fetchRows.data(), n, &m_fetched);
        int y = 0;
        for (uint32_t i = 0; i < m_fetched.size() && y < viewport()->height(); ++i) {
            const LineRecord& line = m_fetched[i];
            const int h = isWrapped(line.row) ? wrappedHeight(line.row, line.message) : m_lineHeight;
            paintRow(p, line, y, h, int64_t(line.row) == m_current);
            y += h;
        }
    } else if (m_source) {
        p.setPen(levelTextColor(uint8_t(LogLevel::Debug), palette()));
        p.drawText(QRect(0, 0, viewport()->width(), m_lineHeight * 4), Qt::AlignCenter, tr("No matching lines"));
    }
    QColor grid = palette().color(QPalette::Mid);
    grid.setAlpha(60);
    p.setPen(grid);
    for (int c = 0; c < columnCount(); ++c) {
        if (c != Message && m_colW[c] > 0)
            p.drawLine(m_colX[c] + m_colW[c] - 1, 0, m_colX[c] + m_colW[c] - 1, viewport()->height());
    }
    m_cacheValid = true;
}

void LogView::paintRow(QPainter& p, const LineRecord& line, int y, int height, bool current)
{
    const QRect row(0, y, viewport()->width(), height);
    const auto level = static_cast<uint8_t>(line.level);
    if (current) {
        p.fillRect(row, palette().color(QPalette::Highlight).lighter(170));
    } else if (const QColor bg = levelRowColor(level, palette()); bg.isValid()) {
        p.fillRect(row, bg);
    }
    const QColor text = palette().color(QPalette::Text);
    const QColor dim = levelTextColor(uint8_t(LogLevel::Debug), palette());
    auto cell = [&](int c) { return QRect(m_colX[c], y, m_colW[c], m_lineHeight); };
    paintCell(p, cell(Time), formatTime(line.timestampMs), dim);
    paintCell(p, cell(Function), functionName(line.function), text);
    if (line.invocation >= 0) {
        paintCell(p, cell(RequestId), visibleControls(QString::fromUtf8(m_source->requestId(line.invocation))), dim);
    }
    paintCell(p, cell(Level), QString::fromLatin1(levelKey(line.level)), levelTextColor(level, palette()));
    for (int k = 0; k < m_jsonKeys.size(); ++k) {
        paintCell(p, cell(FixedColumnCount + k), visibleControls(JsonFields::value(line.message, m_jsonKeys[k])),
            text);
    }
    const QColor messageColor = level >= uint8_t(LogLevel::Error) ? levelTextColor(level, palette()) : text;
    if (height > m_lineHeight || isWrapped(line.row)) {
        const QRect r(m_colX[Message], y, m_colW[Message], height);
        paintWrappedMessage(p, r, makeDisplayText(line.message, m_highlighters, WrapBytes, true), messageColor);
        return;
    }
    const int fits = cell(Message).width() / m_charWidth + 8;
    // Decode only what can show (a 1 MB line costs no more than a short one).
    paintMessage(p, cell(Message), makeDisplayText(line.message, m_highlighters, std::max(256, fits * 4)),
        messageColor);
}

void LogView::paintCell(QPainter& p, const QRect& r, const QString& text, const QColor& color)
{
    if (text.isEmpty() || r.width() <= 8)
        return;
    const QRect inner = r.adjusted(4, 0, -4, 0);
    p.setPen(color);
    p.drawText(inner, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
        p.fontMetrics().elidedText(text, Qt::ElideRight, inner.width()));
}

void LogView::paintMessage(QPainter& p, const QRect& r, const DisplayText& text, const QColor& color)
{
    const QRect inner = r.adjusted(4, 0, -4, 0);
    const QFontMetrics fm = p.fontMetrics();
    const QString shown = fm.elidedText(text.text, Qt::ElideRight, inner.width());
    const bool elided = shown != text.text || text.truncated;
    const int limitX = inner.x() + fm.horizontalAdvance(shown) - (elided ? fm.horizontalAdvance(QChar(0x2026)) : 0);
    const QColor mark(0xff, 0xd5, 0x4f);
    for (const auto& h : text.highlights) {
        const int x0 = inner.x() + fm.horizontalAdvance(text.text.left(h.first));
        if (x0 >= limitX)
            break;
        const int x1 = std::min(limitX, inner.x() + fm.horizontalAdvance(text.text.left(h.second)));
        p.fillRect(QRect(x0, r.y() + 1, std::max(1, x1 - x0), r.height() - 2), mark);
    }
    p.setPen(color);
    QString drawn = shown;
    if (text.truncated && !drawn.endsWith(QChar(0x2026)))
        drawn += QChar(0x2026);
    p.drawText(inner, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, drawn);
}

QRect LogView::newLinesBadgeRect() const
{
    const QFontMetrics fm(font());
    const QString text = tr("%n new line(s) \u2193", nullptr, int(m_newLines));
    const int w = fm.horizontalAdvance(text) + 24;
    const int h = fm.height() + 10;
    return QRect((viewport()->width() - w) / 2, viewport()->height() - h - 10, w, h);
}

void LogView::paintNewLinesBadge(QPainter& p)
{
    const QRect r = newLinesBadgeRect();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(palette().color(QPalette::Highlight));
    p.drawRoundedRect(r, r.height() / 2.0, r.height() / 2.0);
    p.setPen(palette().color(QPalette::HighlightedText));
    p.drawText(r, Qt::AlignCenter, tr("%n new line(s) \u2193", nullptr, int(m_newLines)));
}

} // namespace ll
