#include "common/banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace ll {

Banner::Banner(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("banner"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setFlat(true);
    m_close->setToolTip(tr("Dismiss"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    connect(m_action, &QPushButton::clicked, this, [this] {
        hide();
        if (m_callback)
            m_callback();
    });
    connect(m_close, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
    });
    hide();
}

void Banner::showMessage(Kind kind, const QString& text, const QString& actionText, std::function<void()> action)
{
    const char* colors[] = { "#dbeafe", "#fef3c7", "#fee2e2" };
    const char* borders[] = { "#60a5fa", "#f59e0b", "#ef4444" };
    const int k = int(kind);
    setStyleSheet(QStringLiteral("QFrame#banner { background: %1; border: 1px solid %2; border-radius: 4px; } "
                                 "QFrame#banner QLabel { color: #111827; }")
                      .arg(QLatin1String(colors[k]), QLatin1String(borders[k])));
    m_label->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty() && action);
    m_callback = std::move(action);
    show();
}

QString Banner::text() const { return m_label->text(); }

} // namespace ll
