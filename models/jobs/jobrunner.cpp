#include "jobs/jobrunner.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMetaObject>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace ll {

void JobContext::progress(double fraction, const QString& message)
{
    const int permille = int(std::clamp(fraction, 0.0, 1.0) * 1000);
    if (permille == m_lastPermille.load(std::memory_order_relaxed))
        return;
    const qint64 now = m_clock.elapsed();
    if (permille < 1000 && now - m_lastReportMs.load(std::memory_order_relaxed) < 50)
        return;
    m_lastPermille = permille;
    m_lastReportMs = now;
    if (m_report)
        m_report(permille / 1000.0, message);
}

JobRunner::JobRunner(QObject* parent)
    : QObject(parent)
{
}

JobRunner::~JobRunner()
{
    if (m_context)
        m_context->m_cancel = true;
}

quint64 JobRunner::start(const QString& title, Work work)
{
    cancel();
    const quint64 generation = ++m_generation;
    auto context = std::make_shared<JobContext>();
    context->m_clock.start();
    QPointer<JobRunner> self(this);
    context->m_report = [self, generation](double fraction, const QString& message) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, fraction, message] {
                if (self && self->m_generation == generation)
                    Q_EMIT self->progress(fraction, message);
            },
            Qt::QueuedConnection);
    };
    m_context = context;
    m_running = true;
    Q_EMIT started(title);
    (void)QtConcurrent::run([self, generation, context, work = std::move(work)]() mutable {
        QVariant result = work(*context);
        const bool wasCancelled = context->cancelled();
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, result = std::move(result), wasCancelled] {
                if (!self || self->m_generation != generation)
                    return; // stale: a newer job owns the view now
                self->m_running = false;
                self->m_context.reset();
                if (wasCancelled)
                    Q_EMIT self->cancelled();
                else
                    Q_EMIT self->finished(result);
            },
            Qt::QueuedConnection);
    });
    return generation;
}

void JobRunner::cancel()
{
    if (!m_context)
        return;
    m_context->m_cancel = true;
    m_context.reset();
    if (m_running) {
        m_running = false;
        ++m_generation; // the cancelled job's result is stale from now on
        Q_EMIT cancelled();
    }
}

bool JobRunner::waitForIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_running && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return !m_running;
}

} // namespace ll
