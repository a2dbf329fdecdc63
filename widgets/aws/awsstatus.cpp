#include "aws/awsstatus.h"

#include "aws/awscontroller.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace ll {

AwsStatus::AwsStatus(aws::AwsController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_budget(new QLabel(this))
    , m_tail(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_budget);
    layout->addWidget(m_tail);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    for (QLabel* l : {m_budget, m_tail})
        l->setTextFormat(Qt::PlainText);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(240);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the running AWS action; what was fetched stays in the cache"));
    m_cancel->hide();
    m_budget->hide();
    m_tail->hide();

    connect(m_cancel, &QToolButton::clicked, controller, &aws::AwsController::cancel);
    connect(controller, &aws::AwsController::started, this, [this] {
        m_progress->setValue(0);
        m_progress->setFormat(QStringLiteral("%p%"));
        m_progress->setToolTip(QString());
        m_progress->show();
        m_cancel->show();
    });
    connect(controller, &aws::AwsController::progress, this, [this](double fraction, const QString& message) {
        m_progress->setValue(int(fraction * 1000));
        if (!message.isEmpty()) {
            // The message names log groups (untrusted): the bar's format is plain text, so is the tooltip.
            m_progress->setFormat(QString(message).replace(QLatin1Char('%'), QStringLiteral("%%")) + QStringLiteral(" · %p%"));
            m_progress->setToolTip(message.toHtmlEscaped());
        }
    });
    connect(controller, &aws::AwsController::finished, this, [this] {
        m_progress->hide();
        m_cancel->hide();
    });
    connect(controller, &aws::AwsController::statsChanged, this, &AwsStatus::showStats);
    connect(controller, &aws::AwsController::tailChanged, this, &AwsStatus::showTail);
}

void AwsStatus::showStats(const aws::SchedulerStats& s)
{
    const QLocale locale;
    const double limit = m_controller->eventsRateLimit();
    // A rate over the first fraction of a second says nothing: show it once a second has passed.
    const QString rate = s.elapsedS >= 1.0 ? locale.toString(s.requestsPerSecond(), 'f', 1) : QStringLiteral("–");
    m_budget->setText(tr("AWS: %1 requests (%2/s, limit %3/s) · %4 throttled · %5 retries · %6 failed · %7 received")
                          .arg(locale.toString(s.requests), rate, locale.toString(limit, 'f', 0), locale.toString(s.throttles),
                               locale.toString(s.retries), locale.toString(s.failures), locale.formattedDataSize(s.bytesReceived)));
    m_budget->setVisible(s.requests > 0);
}

void AwsStatus::showTail(const aws::TailSnapshot& t)
{
    if (!t.running) {
        m_tail->hide();
        return;
    }
    QString text = tr("Live tail: %1 new events, lag %2 s")
                       .arg(QLocale().toString(t.events), QLocale().toString(double(t.lagMs) / 1000.0, 'f', 0));
    if (t.lastError)
        text += QStringLiteral(" · ") + t.lastError.userMessage();
    m_tail->setText(text);
    m_tail->show();
}

QString AwsStatus::budgetText() const { return m_budget->text(); }
QString AwsStatus::progressText() const { return m_progress->isVisible() ? m_progress->format() : QString(); }

} // namespace ll
