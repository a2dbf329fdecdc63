#include "logview/logviewparts.h"

#include "domain/logline.h"
#include "logview/logview.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

namespace ll {

namespace {
QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
        float(a.blueF() * (1 - t) + b.blueF() * t));
}
const QColor kError(0xd3, 0x2f, 0x2f);
const QColor kWarn(0xe0, 0x8e, 0x00);
const QColor kMark(0xf2, 0xc0, 0x1e);
}

QColor levelTextColor(uint8_t level, const QPalette& palette)
{
    const QColor text = palette.color(QPalette::Text);
    switch (static_cast<LogLevel>(level)) {
    case LogLevel::Fatal:
    case LogLevel::Error:
        return mix(text, kError, 0.85);
    case LogLevel::Warn:
        return mix(text, kWarn, 0.8);
    case LogLevel::Trace:
    case LogLevel::Debug:
        return mix(text, palette.color(QPalette::Base), 0.45);
    default:
        return text;
    }
}

QColor levelRowColor(uint8_t level, const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    switch (static_cast<LogLevel>(level)) {
    case LogLevel::Fatal:
        return mix(base, kError, 0.22);
    case LogLevel::Error:
        return mix(base, kError, 0.12);
    case LogLevel::Warn:
        return mix(base, kWarn, 0.10);
    default:
        return QColor();
    }
}

LogHeader::LogHeader(LogView* view)
    : QWidget(view)
    , m_view(view)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void LogHeader::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Button));
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(0, height() - 1, width(), height() - 1);
    QFont f = font();
    f.setBold(true);
    p.setFont(f);
    p.setPen(palette().color(QPalette::ButtonText));
    const int offset = m_view->viewport()->x() - x();
    for (int c = 0; c < m_view->columnCount(); ++c) {
        if (m_view->columnWidth(c) <= 8)
            continue;  // hidden in a narrow view
        const QRect r(offset + m_view->columnX(c) + 4, 0, m_view->columnWidth(c) - 8, height());
        const QString title = p.fontMetrics().elidedText(m_view->columnTitle(c), Qt::ElideRight, r.width());
        p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, title);
    }
}

MatchStrip::MatchStrip(LogView* view)
    : QWidget(view)
    , m_view(view)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Where errors (red) and matches (yellow) are; click to jump"));
}

void MatchStrip::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::AlternateBase));
    const uint32_t rows = m_view->rowCount();
    const int h = height();
    if (rows == 0 || h <= 0)
        return;
    // One bucket per pixel row: paint no more than there are pixels.
    const MatchDensity& errors = m_view->errorDensity();
    const MatchDensity& marks = m_view->markDensity();
    const int half = width() / 2;
    auto paintDensity = [&](const MatchDensity& d, const QColor& color, int x, int w) {
        if (d.buckets() == 0 || d.maxCount == 0)
            return;
        for (int b = 0; b < d.buckets(); ++b) {
            if (!d.counts[size_t(b)])
                continue;
            QColor c = color;
            // Linear in the bucket's share of the fullest one, so spikes stand out in busy logs;
            // a floor keeps a single line visible.
            c.setAlphaF(float(0.12 + 0.88 * d.level(b)));
            const int y0 = b * h / d.buckets();
            const int y1 = std::max(y0 + 1, (b + 1) * h / d.buckets());
            p.fillRect(x, y0, w, y1 - y0, c);
        }
    };
    paintDensity(errors, QColor(0xd3, 0x2f, 0x2f), 0, marks.total ? half : width());
    paintDensity(marks, QColor(0xe0, 0xa8, 0x00), half, width() - half);
    // The visible window.
    const int first = m_view->firstVisibleIndex();
    const int shown = m_view->visibleRowCapacity();
    const int y0 = int(int64_t(first) * h / rows);
    const int y1 = std::max(y0 + 3, int(std::min<int64_t>(int64_t(first) + shown, rows) * h / rows));
    QColor frame = palette().color(QPalette::Highlight);
    p.setPen(frame);
    frame.setAlpha(50);
    p.setBrush(frame);
    p.drawRect(0, y0, width() - 1, y1 - y0 - 1);
}

void MatchStrip::jumpTo(int y)
{
    const uint32_t rows = m_view->rowCount();
    if (rows == 0 || height() <= 0)
        return;
    const int64_t index = std::clamp<int64_t>(int64_t(y) * rows / height(), 0, rows - 1);
    m_view->verticalScrollBar()->setValue(int(index - m_view->visibleRowCapacity() / 2));
}

void MatchStrip::mousePressEvent(QMouseEvent* event) { jumpTo(event->position().toPoint().y()); }

void MatchStrip::mouseMoveEvent(QMouseEvent* event)
{
    if (event->buttons() & Qt::LeftButton)
        jumpTo(event->position().toPoint().y());
}

} // namespace ll
