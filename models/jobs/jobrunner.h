#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariant>
#include <atomic>
#include <functional>
#include <memory>

namespace ll {

// Handed to a job's work function, in the worker thread.
class JobContext {
public:
    bool cancelled() const { return m_cancel.load(std::memory_order_relaxed); }
    const std::atomic<bool>* cancelFlag() const { return &m_cancel; }
    // Thread-safe; forwarded to the UI only when the permille moves (and at most ~20 times a second).
    void progress(double fraction, const QString& message = {});

private:
    friend class JobRunner;
    std::atomic<bool> m_cancel { false };
    std::function<void(double, const QString&)> m_report;
    std::atomic<int> m_lastPermille { -1 };
    QElapsedTimer m_clock;
    std::atomic<qint64> m_lastReportMs { -1000 };
};

// Runs one background job at a time for a view (hotspot's job tracker): starting a new job cancels
// the previous one, and a result that arrives for an older generation is dropped.
class JobRunner : public QObject {
    Q_OBJECT
public:
    explicit JobRunner(QObject* parent = nullptr);
    ~JobRunner() override;

    using Work = std::function<QVariant(JobContext&)>;
    quint64 start(const QString& title, Work work);
    void cancel();
    bool isRunning() const { return m_running; }
    quint64 generation() const { return m_generation; }
    // Blocks until the current job (if any) has finished; for tests and shutdown.
    bool waitForIdle(int timeoutMs = 30000);

Q_SIGNALS:
    void started(const QString& title);
    void progress(double fraction, const QString& message);
    void finished(const QVariant& result);
    void cancelled();

private:
    std::shared_ptr<JobContext> m_context;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace ll
