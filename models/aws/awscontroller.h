#pragma once

#include "aws/insights.h"
#include "aws/logsclient.h"
#include "aws/scheduler.h"
#include "aws/session.h"

#include <QMetaType>
#include <QObject>
#include <QVector>
#include <atomic>
#include <memory>
#include <thread>

namespace ll {
class JobRunner;
}

namespace ll::aws {

// What the window asks the connector to do (the CLI's sync / insights --dry-run / insights / tail).
enum class AwsAction { Discover, Sync, Estimate, Insights };

// One profile x region pair with the identifiers of where a group or row came from.
struct TargetInfo {
    QString profile;   // empty: default credentials
    QString region;
    QString account;   // Session::accountKey(): "profile:dev" or "env"
    QString label() const;
};

struct DiscoveredGroup {
    SessionOptions target;  // what to resolve again to reach this group
    TargetInfo origin;
    LogGroupInfo info;
};

struct AwsRequest {
    AwsAction action = AwsAction::Discover;
    QVector<SessionOptions> targets;     // one per profile x region
    QVector<DiscoveredGroup> groups;     // selected groups; a target with none selected: all /aws/lambda/ groups
    qint64 startMs = 0, endMs = 0;       // endMs 0: now
    int binMinutes = 5;                  // Insights
    int workers = 4;
    QString cachePath;                   // empty: LogCache::defaultPath()
    SchedulerOptions scheduler;          // used when a scheduler for the scope does not exist yet
    bool drillDown = false;              // Sync: raw events for a summary's functions (merged, not reloaded)
};

// An error of one target (or one group of it), ready for a banner line.
struct TargetFailure {
    QString where;                       // "dev · us-east-1" or "dev · us-east-1 · /aws/lambda/x"
    AwsError error;
};

struct InsightsRowOut {
    TargetInfo origin;
    SessionOptions target;               // what to resolve again to fetch this row's raw events
    FunctionBinStats row;
};

struct AwsOutcome {
    AwsAction action = AwsAction::Discover;
    quint64 generation = 0;
    QVector<TargetFailure> failures;
    bool cancelled = false;
    QVector<DiscoveredGroup> groups;     // Discover
    ScanEstimate estimate;               // Estimate, summed over targets
    QVector<InsightsRowOut> rows;        // Insights
    double bytesScanned = 0;
    int binMinutes = 0;                  // Insights
    qint64 startMs = 0, endMs = 0;       // the window the action covered (endMs 0 resolved to the time it ran)
    QString cachePath;                   // the cache a sync wrote to
    qint64 fetched = 0, added = 0;       // Sync
    int groupsSynced = 0;
    bool ok() const { return failures.isEmpty() && !cancelled; }
    // Failures that make the action worth retrying (an unknown log group alone is not).
    bool hasHardFailure() const;
    QString failureText(int maxLines = 6) const;
};

struct TailSnapshot {
    bool running = false;
    qint64 events = 0;        // events stored by the tail since it started
    qint64 lagMs = 0;
    int polls = 0;
    AwsError lastError;
};

// Runs the connector's actions in worker threads and reports on the UI thread: throttled
// progress, scheduler counters (requests, throttles, retries) every few hundred milliseconds,
// one outcome per action. Starting an action cancels the running one; results of a cancelled
// or superseded action are dropped. Live tail runs beside the actions and stores events in the
// cache. Knows no widgets.
class AwsController : public QObject {
    Q_OBJECT
public:
    explicit AwsController(QObject* parent = nullptr);
    ~AwsController() override;

    quint64 run(const AwsRequest& request);
    // Runs the last request that failed (or was cancelled) again.
    bool retry();
    void cancel();
    bool isRunning() const;
    bool waitForIdle(int timeoutMs = 30000);
    AwsAction currentAction() const { return m_current.action; }
    // The running request, or during finished() the one that finished.
    const AwsRequest& currentRequest() const { return m_current; }
    const AwsRequest& lastFailedRequest() const { return m_failed; }

    void startTail(const AwsRequest& request, int pollIntervalMs = 5000);
    void stopTail();
    bool isTailing() const { return m_tailThread.joinable(); }
    TailSnapshot tailSnapshot() const;

    // Counters summed over every account+region this controller has talked to.
    SchedulerStats stats() const;
    double eventsRateLimit() const;

Q_SIGNALS:
    void started(ll::aws::AwsAction action);
    void progress(double fraction, const QString& message);
    void statsChanged(const ll::aws::SchedulerStats& stats);
    void finished(const ll::aws::AwsOutcome& outcome);
    void tailChanged(const ll::aws::TailSnapshot& snapshot);

private:
    struct Shared;
    struct TailState;
    void poll();

    JobRunner* m_runner;
    std::shared_ptr<Shared> m_shared;
    AwsRequest m_current;
    AwsRequest m_failed;
    SchedulerStats m_lastStats;
    std::shared_ptr<TailState> m_tail;
    std::thread m_tailThread;
    TailSnapshot m_lastTail;
};

// The body of one action; blocking, called in the worker. Exposed for tests and the CLI.
AwsOutcome runAwsAction(const AwsRequest& request, const std::function<void(double, const QString&)>& progress,
                        const std::function<void(const std::shared_ptr<RequestScheduler>&)>& onScheduler,
                        const std::atomic<bool>* cancel);

} // namespace ll::aws

Q_DECLARE_METATYPE(ll::aws::AwsOutcome)
Q_DECLARE_METATYPE(ll::aws::SchedulerStats)
Q_DECLARE_METATYPE(ll::aws::TailSnapshot)
