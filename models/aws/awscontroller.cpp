#include "aws/awscontroller.h"

#include "aws/livetail.h"
#include "aws/logcache.h"
#include "aws/logsync.h"
#include "jobs/jobrunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QTimer>
#include <mutex>

namespace ll::aws {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ll::aws::AwsController)
};
QString actionTitle(AwsAction action)
{
    switch (action) {
    case AwsAction::Discover: return Text::tr("Discovering log groups");
    case AwsAction::Sync: return Text::tr("Syncing into the cache");
    case AwsAction::Estimate: return Text::tr("Estimating the Logs Insights scan");
    case AwsAction::Insights: return Text::tr("Running Logs Insights");
    }
    return QString();
}

QString targetKey(const SessionOptions& o) { return o.profile + QLatin1Char('|') + o.region + QLatin1Char('|') + o.endpointUrl; }

QString optionsLabel(const SessionOptions& o)
{
    TargetInfo t;
    t.profile = o.profile;
    t.region = o.region;
    return t.label();
}

QStringList selectedGroups(const AwsRequest& request, const SessionOptions& target)
{
    QStringList names;
    for (const DiscoveredGroup& g : request.groups)
        if (targetKey(g.target) == targetKey(target))
            names << g.info.name;
    return names;
}

// The targets that have selected groups, or every target when nothing is selected.
QVector<SessionOptions> activeTargets(const AwsRequest& request)
{
    if (request.groups.isEmpty())
        return request.targets;
    QVector<SessionOptions> targets;
    for (const SessionOptions& t : request.targets)
        if (!selectedGroups(request, t).isEmpty())
            targets << t;
    for (const DiscoveredGroup& g : request.groups) // groups of targets no longer ticked still count
        if (std::none_of(targets.begin(), targets.end(), [&](const SessionOptions& t) { return targetKey(t) == targetKey(g.target); }))
            targets << g.target;
    return targets;
}

} // namespace

QString TargetInfo::label() const
{
    return (profile.isEmpty() ? Text::tr("default credentials") : profile) + QStringLiteral(" · ")
        + (region.isEmpty() ? Text::tr("profile region") : region);
}

bool AwsOutcome::hasHardFailure() const
{
    return std::any_of(failures.begin(), failures.end(), [](const TargetFailure& f) { return f.error.kind != ErrorKind::NotFound; });
}

QString AwsOutcome::failureText(int maxLines) const
{
    QStringList lines;
    for (const TargetFailure& f : failures) {
        if (lines.size() == maxLines) {
            lines << Text::tr("… and %1 more").arg(failures.size() - maxLines);
            break;
        }
        const QString message = f.error.kind == ErrorKind::NotFound ? Text::tr("log group not found (no logs yet?)") : f.error.userMessage();
        lines << f.where + QStringLiteral(": ") + message;
    }
    return lines.join(QLatin1Char('\n'));
}

AwsOutcome runAwsAction(const AwsRequest& request, const std::function<void(double, const QString&)>& progress,
                        const std::function<void(const std::shared_ptr<RequestScheduler>&)>& onScheduler,
                        const std::atomic<bool>* cancel)
{
    AwsOutcome out;
    out.action = request.action;
    const AwsConfig config;
    const QVector<SessionOptions> targets = request.action == AwsAction::Discover ? request.targets : activeTargets(request);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString cachePath = request.cachePath.isEmpty() ? LogCache::defaultPath() : request.cachePath;
    out.startMs = request.startMs;
    out.endMs = request.endMs > 0 ? request.endMs : now;
    out.binMinutes = request.binMinutes;
    out.cachePath = cachePath;
    auto report = [&](double f, const QString& m) {
        if (progress)
            progress(f, m);
    };
    for (int t = 0; t < targets.size(); ++t) {
        if (cancel && cancel->load())
            break;
        const SessionOptions& so = targets[t];
        const double base = double(t) / double(targets.size());
        const double span = 1.0 / double(targets.size());
        AwsError error;
        const Session session = config.resolve(so, &error);
        if (error) {
            out.failures.append({optionsLabel(so), error});
            continue;
        }
        TargetInfo origin{session.profile, session.region, session.accountKey()};
        const QString where = origin.label();
        auto scheduler = RequestScheduler::shared(session, request.scheduler);
        if (onScheduler)
            onScheduler(scheduler);
        LogsClient client(scheduler);
        report(base, where);

        if (request.action == AwsAction::Sync) {
            SyncOptions options;
            options.groups = selectedGroups(request, so);
            options.startMs = request.startMs;
            options.endMs = request.endMs;
            options.workers = request.workers;
            options.cachePath = cachePath;
            const SyncResult r = syncLogGroups(client, options, [&](const SyncProgress& p) {
                const double f = p.groupsTotal ? double(p.groupsDone) / double(p.groupsTotal) : 0.0;
                report(base + span * f, Text::tr("%1: %2/%3 groups, %4 events (%5 new)")
                                            .arg(where).arg(p.groupsDone).arg(p.groupsTotal).arg(p.fetched).arg(p.added));
            }, cancel);
            if (r.error && r.error.kind != ErrorKind::Cancelled)
                out.failures.append({where, r.error});
            for (const GroupSyncResult& g : r.groups) {
                if (g.error && g.error.kind != ErrorKind::Cancelled)
                    out.failures.append({where + QStringLiteral(" · ") + g.group, g.error});
                else if (!g.error)
                    ++out.groupsSynced;
            }
            out.fetched += r.fetched;
            out.added += r.added;
            out.cancelled = out.cancelled || r.cancelled;
            continue;
        }

        QVector<LogGroupInfo> groups;
        error = client.describeLogGroups(QStringLiteral("/aws/lambda/"), &groups, cancel);
        if (error) {
            if (error.kind == ErrorKind::Cancelled)
                out.cancelled = true;
            else
                out.failures.append({where, error});
            continue;
        }
        if (request.action == AwsAction::Discover) {
            for (const LogGroupInfo& g : groups)
                out.groups.append({so, origin, g});
            continue;
        }
        const QStringList wanted = selectedGroups(request, so);
        if (!wanted.isEmpty()) {
            QVector<LogGroupInfo> selected;
            for (const LogGroupInfo& g : groups)
                if (wanted.contains(g.name))
                    selected << g;
            for (const QString& w : wanted)
                if (std::none_of(groups.begin(), groups.end(), [&](const LogGroupInfo& g) { return g.name == w; }))
                    out.failures.append({where + QStringLiteral(" · ") + w,
                                         AwsError::make(ErrorKind::NotFound, QStringLiteral("ResourceNotFoundException"), w)});
            groups = selected;
        }
        if (groups.isEmpty())
            continue;
        if (request.action == AwsAction::Estimate) {
            const ScanEstimate e = estimateScan(groups, request.startMs, request.endMs, now);
            out.estimate.groups += e.groups;
            out.estimate.batches += e.batches;
            out.estimate.storedBytes += e.storedBytes;
            out.estimate.estimatedBytes += e.estimatedBytes;
            out.estimate.estimatedCostUsd += e.estimatedCostUsd;
            continue;
        }
        InsightsOptions options;
        for (const LogGroupInfo& g : groups)
            options.groups << g.name;
        options.startMs = request.startMs;
        options.endMs = out.endMs; // every batch and a later drill-down cover the same window
        options.binMinutes = request.binMinutes;
        const InsightsResult r = runInsights(client, options, [&](int done, int total) {
            report(base + span * double(done) / double(std::max(1, total)), Text::tr("%1: query %2/%3 done").arg(where).arg(done).arg(total));
        }, cancel);
        for (const FunctionBinStats& row : r.rows)
            out.rows.append({origin, so, row});
        out.bytesScanned += r.bytesScanned;
        if (r.error && r.error.kind != ErrorKind::Cancelled)
            out.failures.append({where, r.error});
    }
    if (cancel && cancel->load())
        out.cancelled = true;
    report(1.0, QString());
    return out;
}

// Schedulers used so far, by scope; read by the UI thread's poll timer.
struct AwsController::Shared {
    mutable std::mutex mutex;
    QHash<QString, std::shared_ptr<RequestScheduler>> schedulers;
    void add(const std::shared_ptr<RequestScheduler>& s)
    {
        std::lock_guard lock(mutex);
        schedulers.insert(s->session().scopeKey(), s);
    }
};

struct AwsController::TailState {
    std::atomic<bool> cancel{false};
    std::atomic<bool> done{false};
    std::atomic<qint64> events{0}, lagMs{0};
    std::atomic<int> polls{0};
    std::mutex mutex;
    AwsError lastError;
};

AwsController::AwsController(QObject* parent)
    : QObject(parent)
    , m_runner(new JobRunner(this))
    , m_shared(std::make_shared<Shared>())
{
    qRegisterMetaType<AwsOutcome>();
    qRegisterMetaType<SchedulerStats>();
    qRegisterMetaType<TailSnapshot>();
    connect(m_runner, &JobRunner::progress, this, &AwsController::progress);
    connect(m_runner, &JobRunner::finished, this, [this](const QVariant& result) {
        AwsOutcome outcome = result.value<AwsOutcome>();
        outcome.generation = m_runner->generation();
        if (outcome.hasHardFailure() || outcome.cancelled)
            m_failed = m_current;
        poll();
        Q_EMIT finished(outcome);
    });
    connect(m_runner, &JobRunner::cancelled, this, [this] {
        m_failed = m_current;
        AwsOutcome outcome;
        outcome.action = m_current.action;
        outcome.cancelled = true;
        outcome.generation = m_runner->generation();
        Q_EMIT finished(outcome);
    });
    auto* timer = new QTimer(this);
    timer->setInterval(250);
    connect(timer, &QTimer::timeout, this, &AwsController::poll);
    timer->start();
}

AwsController::~AwsController()
{
    m_runner->cancel();
    stopTail();
}

quint64 AwsController::run(const AwsRequest& request)
{
    m_runner->cancel(); // reports the running action as cancelled while m_current still names it
    m_current = request;
    std::shared_ptr<Shared> shared = m_shared;
    const quint64 generation = m_runner->start(actionTitle(request.action), [request, shared](JobContext& ctx) {
        const AwsOutcome outcome = runAwsAction(request, [&ctx](double f, const QString& m) { ctx.progress(f, m); },
            [&shared](const std::shared_ptr<RequestScheduler>& s) { shared->add(s); }, ctx.cancelFlag());
        return QVariant::fromValue(outcome);
    });
    Q_EMIT started(request.action);
    return generation;
}

bool AwsController::retry()
{
    if (m_failed.targets.isEmpty())
        return false;
    run(m_failed);
    return true;
}

void AwsController::cancel() { m_runner->cancel(); }
bool AwsController::isRunning() const { return m_runner->isRunning(); }
bool AwsController::waitForIdle(int timeoutMs) { return m_runner->waitForIdle(timeoutMs); }

SchedulerStats AwsController::stats() const
{
    SchedulerStats sum;
    std::lock_guard lock(m_shared->mutex);
    for (const auto& s : std::as_const(m_shared->schedulers)) {
        const SchedulerStats one = s->stats();
        sum.requests += one.requests;
        sum.throttles += one.throttles;
        sum.retries += one.retries;
        sum.failures += one.failures;
        sum.bytesSent += one.bytesSent;
        sum.bytesReceived += one.bytesReceived;
        sum.events += one.events;
        sum.elapsedS = std::max(sum.elapsedS, one.elapsedS);
    }
    return sum;
}

double AwsController::eventsRateLimit() const
{
    double rate = 0;
    std::lock_guard lock(m_shared->mutex);
    for (const auto& s : std::as_const(m_shared->schedulers))
        rate += s->options().eventsRate;
    return rate;
}

void AwsController::poll()
{
    const SchedulerStats s = stats();
    if (s.requests != m_lastStats.requests || s.throttles != m_lastStats.throttles || s.retries != m_lastStats.retries
        || s.failures != m_lastStats.failures || s.events != m_lastStats.events) {
        m_lastStats = s;
        Q_EMIT statsChanged(s);
    }
    const TailSnapshot t = tailSnapshot();
    if (t.running != m_lastTail.running || t.events != m_lastTail.events || t.polls != m_lastTail.polls) {
        m_lastTail = t;
        Q_EMIT tailChanged(t);
    }
}

TailSnapshot AwsController::tailSnapshot() const
{
    TailSnapshot t;
    if (!m_tail)
        return t;
    t.running = !m_tail->done.load();
    t.events = m_tail->events.load();
    t.lagMs = m_tail->lagMs.load();
    t.polls = m_tail->polls.load();
    std::lock_guard lock(m_tail->mutex);
    t.lastError = m_tail->lastError;
    return t;
}

void AwsController::startTail(const AwsRequest& request, int pollIntervalMs)
{
    stopTail();
    auto state = std::make_shared<TailState>();
    m_tail = state;
    std::shared_ptr<Shared> shared = m_shared;
    // One polling loop per target on its own thread: a tail runs for hours and must not hold a
    // slot of the global pool that imports and syncs share.
    m_tailThread = std::thread([request, state, shared, pollIntervalMs] {
        const AwsConfig config;
        const QString cachePath = request.cachePath.isEmpty() ? LogCache::defaultPath() : request.cachePath;
        std::vector<std::thread> loops;
        for (const SessionOptions& so : activeTargets(request)) {
            AwsError error;
            const Session session = config.resolve(so, &error);
            if (error) {
                std::lock_guard lock(state->mutex);
                state->lastError = error;
                continue;
            }
            auto scheduler = RequestScheduler::shared(session, request.scheduler);
            shared->add(scheduler);
            QStringList groups = selectedGroups(request, so);
            loops.emplace_back([scheduler, groups, state, cachePath, pollIntervalMs]() mutable {
                LogsClient client(scheduler);
                const Session& session = scheduler->session();
                if (groups.isEmpty()) {
                    QVector<LogGroupInfo> infos;
                    const AwsError e = client.describeLogGroups(QStringLiteral("/aws/lambda/"), &infos, &state->cancel);
                    if (e) {
                        std::lock_guard lock(state->mutex);
                        state->lastError = e;
                        return;
                    }
                    for (const LogGroupInfo& g : infos)
                        groups << g.name;
                }
                LogCache cache(cachePath);
                TailOptions options;
                options.groups = groups;
                options.pollIntervalMs = pollIntervalMs;
                runLiveTail(client, options, [&](const QString& group, const QVector<LogEventRecord>& events) {
                    // Stored without moving the sync checkpoint: coverage stays what sync proved.
                    const Checkpoint cp = cache.checkpoint(session.accountKey(), session.region, group);
                    const int added = cache.commitPage(session.accountKey(), session.region, group, events, cp);
                    if (added > 0)
                        state->events.fetch_add(added);
                }, [&](const TailStatus& s) {
                    state->lagMs = s.lagMs;
                    state->polls.fetch_add(1);
                    std::lock_guard lock(state->mutex);
                    state->lastError = s.lastError;
                }, &state->cancel);
            });
        }
        for (std::thread& t : loops)
            t.join();
        state->done = true;
    });
}

void AwsController::stopTail()
{
    if (m_tail)
        m_tail->cancel = true;
    if (m_tailThread.joinable())
        m_tailThread.join();
    poll();
}

} // namespace ll::aws
