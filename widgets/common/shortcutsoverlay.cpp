#include "common/shortcutsoverlay.h"

#include <QEvent>
#include <QKeyEvent>
#include <QPainter>

namespace ll {

ShortcutsOverlay::ShortcutsOverlay(QWidget* parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_NoSystemBackground);
    parent->installEventFilter(this);
    hide();
}

QList<QPair<QString, QString>> ShortcutsOverlay::shortcuts()
{
    return {
        { tr("n / Shift+N"), tr("Next / previous failed invocation") },
        { tr("c / Shift+C"), tr("Next / previous cold start") },
        { tr("← →"), tr("Pan the timeline") },
        { tr("+ / -"), tr("Zoom in / out") },
        { tr("Double-click"), tr("Zoom to fit") },
        { tr("Shift+drag"), tr("Select a time range") },
        { tr("Enter"), tr("Open the invocation under the cursor") },
        { tr("/"), tr("Focus the log filter") },
        { tr("Esc"), tr("Clear the filter") },
        { tr("Alt+← / Alt+→"), tr("Back / forward in the selection history") },
        { tr("Ctrl+O"), tr("Open log files") },
        { tr("?"), tr("Show or hide this help") },
    };
}

void ShortcutsOverlay::toggle()
{
    if (isVisible()) {
        hide();
        return;
    }
    setGeometry(parentWidget()->rect());
    raise();
    show();
    setFocus();
}

bool ShortcutsOverlay::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void ShortcutsOverlay::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0, 0, 0, 150));
    const auto list = shortcuts();
    const QFontMetrics fm(font());
    const int rowH = fm.height() + 10;
    int keyW = 0, textW = 0;
    for (const auto& [key, text] : list) {
        keyW = std::max(keyW, fm.horizontalAdvance(key));
        textW = std::max(textW, fm.horizontalAdvance(text));
    }
    const int w = keyW + textW + 80;
    const int h = rowH * (int(list.size()) + 2);
    const QRect box((width() - w) / 2, (height() - h) / 2, w, h);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(palette().color(QPalette::Window));
    p.setPen(palette().color(QPalette::Mid));
    p.drawRoundedRect(box, 8, 8);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(box.left(), box.top() + 6, box.width(), rowH), Qt::AlignCenter, tr("Keyboard shortcuts"));
    int y = box.top() + rowH + 10;
    for (const auto& [key, text] : list) {
        p.setFont(bold);
        p.drawText(QRect(box.left() + 24, y, keyW, rowH), Qt::AlignLeft | Qt::AlignVCenter, key);
        p.setFont(font());
        p.drawText(QRect(box.left() + 40 + keyW, y, textW + 20, rowH), Qt::AlignLeft | Qt::AlignVCenter, text);
        y += rowH;
    }
}

void ShortcutsOverlay::mousePressEvent(QMouseEvent*) { hide(); }

void ShortcutsOverlay::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_Question)
        hide();
    else
        QWidget::keyPressEvent(event);
}

} // namespace ll
