#include "aws/logsync.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <mutex>
#include <thread>

namespace ll::aws {

int SyncResult::failedGroups() const
{
    return int(std::count_if(groups.begin(), groups.end(), [](const GroupSyncResult& g) {
        return g.error.isError() && g.error.kind != ErrorKind::NotFound;
    }));
}

namespace {

GroupSyncResult syncOne(LogsClient& client, LogCache& cache, const QString& group, const SyncOptions& options,
                        qint64 endMs, const std::function<void(qint64 fetched, qint64 added)>& onPage,
                        const std::atomic<bool>* cancel)
{
    const Session& session = client.scheduler().session();
    const QString account = session.accountKey();
    GroupSyncResult r;
    r.group = group;
    const Checkpoint old = cache.checkpoint(account, session.region, group);
    const bool incremental = old.isValid() && old.coveredFromMs <= options.startMs && old.coveredToMs >= options.startMs;
    Checkpoint cp = old;
    cp.account = account;
    cp.region = session.region;
    cp.group = group;
    if (incremental) {
        r.fromMs = std::max(options.startMs, old.coveredToMs - options.overlapMs);
    } else {
        r.fromMs = options.startMs;
        cp.coveredFromMs = options.startMs;
        cp.coveredToMs = options.startMs;
    }
    r.toMs = endMs;
    if (r.fromMs >= endMs)
        return r;

    FilterParams params;
    params.group = group;
    params.startMs = r.fromMs;
    params.endMs = endMs;
    params.limit = options.pageLimit;
    bool ordered = true;
    qint64 lastTs = 0;
    r.error = client.filterLogEvents(params, [&](const EventPage& page) {
        ++r.pages;
        // AWS returns events in time order, so the page's last timestamp is a safe resume point.
        // A server that does not (emulators without interleaving) stops the checkpoint moving
        // until the group is complete.
        for (const LogEventRecord& e : page.events) {
            ordered = ordered && e.timestampMs >= lastTs;
            lastTs = std::max(lastTs, e.timestampMs);
        }
        if (ordered)
            cp.coveredToMs = std::max(cp.coveredToMs, std::min(lastTs, endMs));
        cp.updatedAtMs = QDateTime::currentMSecsSinceEpoch();
        const int added = cache.commitPage(account, session.region, group, page.events, cp);
        if (added < 0) {
            r.error = AwsError::make(ErrorKind::Client, QStringLiteral("CacheError"), cache.errorString());
            return false;
        }
        r.fetched += page.events.size();
        r.added += added;
        onPage(page.events.size(), added);
        return true;
    }, cancel);
    if (!r.error) {
        cp.coveredToMs = std::max(cp.coveredToMs, endMs);
        cp.updatedAtMs = QDateTime::currentMSecsSinceEpoch();
        if (!cache.setCheckpoint(cp))
            r.error = AwsError::make(ErrorKind::Client, QStringLiteral("CacheError"), cache.errorString());
    }
    return r;
}

} // namespace

SyncResult syncLogGroups(LogsClient& client, const SyncOptions& options,
                         const std::function<void(const SyncProgress&)>& progress, const std::atomic<bool>* cancel)
{
    SyncResult result;
    const qint64 endMs = options.endMs > 0 ? options.endMs : QDateTime::currentMSecsSinceEpoch();
    {
        LogCache cache(options.cachePath); // creates the schema once before the workers open theirs
        if (!cache.isOpen()) {
            result.error = AwsError::make(ErrorKind::Client, QStringLiteral("CacheError"),
                                          QCoreApplication::translate("ll::aws::LogSync", "cannot open the cache %1: %2")
                                              .arg(options.cachePath, cache.errorString()));
            return result;
        }
    }
    QStringList groups = options.groups;
    if (groups.isEmpty()) {
        QVector<LogGroupInfo> infos;
        result.error = client.describeLogGroups(options.groupPrefix, &infos, cancel);
        if (result.error) {
            result.cancelled = result.error.kind == ErrorKind::Cancelled;
            return result;
        }
        for (const LogGroupInfo& g : infos)
            groups << g.name;
    }
    result.groups.resize(groups.size());

    std::mutex mutex;
    SyncProgress shared;
    shared.groupsTotal = int(groups.size());
    std::atomic<int> next{0};
    auto worker = [&] {
        LogCache cache(options.cachePath);
        while (true) {
            const int i = next.fetch_add(1);
            if (i >= groups.size() || (cancel && cancel->load()))
                return;
            if (!cache.isOpen()) {
                result.groups[i].group = groups[i];
                result.groups[i].error = AwsError::make(ErrorKind::Client, QStringLiteral("CacheError"), cache.errorString());
                continue;
            }
            GroupSyncResult r = syncOne(client, cache, groups[i], options, endMs, [&](qint64 fetched, qint64 added) {
                std::lock_guard lock(mutex);
                shared.fetched += fetched;
                shared.added += added;
                shared.group = groups[i];
                if (progress)
                    progress(shared);
            }, cancel);
            std::lock_guard lock(mutex);
            result.groups[i] = r;
            ++shared.groupsDone;
            shared.group = groups[i];
            if (progress)
                progress(shared);
        }
    };
    const int threads = std::clamp(options.workers, 1, 16);
    std::vector<std::thread> pool;
    for (int t = 0; t < std::min<int>(threads, int(groups.size())); ++t)
        pool.emplace_back(worker);
    for (std::thread& t : pool)
        t.join();

    for (const GroupSyncResult& g : result.groups) {
        result.fetched += g.fetched;
        result.added += g.added;
        if (g.error.kind == ErrorKind::Cancelled)
            result.cancelled = true;
    }
    if (cancel && cancel->load())
        result.cancelled = true;
    if (options.maxCacheBytes > 0) {
        LogCache cache(options.cachePath);
        result.evicted = cache.enforceSizeLimit(options.maxCacheBytes);
    }
    return result;
}

} // namespace ll::aws
