#include "common/summaryhint.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ll {

SummaryHint::SummaryHint(QWidget* view)
    : QFrame(view)
    , m_label(new QLabel(this))
    , m_button(new QPushButton(this))
{
    setObjectName(QStringLiteral("summaryHint"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setForegroundRole(QPalette::ToolTipText);
    m_button->setObjectName(QStringLiteral("fetchRawEvents"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->addWidget(m_label);
    layout->addWidget(m_button, 0, Qt::AlignLeft);
    connect(m_button, &QPushButton::clicked, this, &SummaryHint::fetchRequested);
    view->installEventFilter(this);
    hide();
}

void SummaryHint::showHint(const QString& text, const QString& buttonText, bool buttonEnabled)
{
    m_label->setText(text);
    m_button->setText(buttonText);
    m_button->setVisible(!buttonText.isEmpty());
    m_button->setEnabled(buttonEnabled);
    place();
    show();
    raise();
}

QString SummaryHint::text() const { return m_label->text(); }

bool SummaryHint::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && (event->type() == QEvent::Resize || event->type() == QEvent::Show) && isVisible())
        place();
    return QFrame::eventFilter(watched, event);
}

void SummaryHint::place()
{
    const QWidget* view = parentWidget();
    const int width = std::clamp(view->width() - 32, 120, 560);
    const int height = std::min(heightForWidth(width) > 0 ? heightForWidth(width) : sizeHint().height(), std::max(40, view->height() - 16));
    setGeometry((view->width() - width) / 2, std::max(8, view->height() / 4 - height / 2), width, height);
}

} // namespace ll
