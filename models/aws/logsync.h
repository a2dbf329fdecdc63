#pragma once

#include "aws/logcache.h"
#include "aws/logsclient.h"

#include <QString>
#include <QStringList>
#include <QVector>
#include <atomic>
#include <functional>

namespace ll::aws {

struct SyncOptions {
    QStringList groups;                       // empty: every group under groupPrefix
    QString groupPrefix = QStringLiteral("/aws/lambda/");
    qint64 startMs = 0;                       // required
    qint64 endMs = 0;                         // 0: now
    qint64 overlapMs = 5 * 60 * 1000;         // re-read before the checkpoint: late-ingested events
    int workers = 4;                          // groups fetched in parallel (the rate limit is shared)
    QString cachePath = LogCache::defaultPath();
    qint64 maxCacheBytes = 0;                 // 0: no limit
    int pageLimit = 10000;                    // FilterLogEvents limit (tests use small pages)
};

struct GroupSyncResult {
    QString group;
    qint64 fromMs = 0, toMs = 0;              // the window actually requested
    int pages = 0;
    qint64 fetched = 0;                       // events received (overlap included)
    qint64 added = 0;                         // new in the cache
    AwsError error;
};

struct SyncProgress {
    int groupsDone = 0;
    int groupsTotal = 0;
    qint64 fetched = 0;
    qint64 added = 0;
    QString group;                            // the group that just moved
};

struct SyncResult {
    AwsError error;                           // listing/cache failure: nothing was synced
    QVector<GroupSyncResult> groups;
    qint64 fetched = 0;
    qint64 added = 0;
    qint64 evicted = 0;
    bool cancelled = false;
    int failedGroups() const;
};

// Fetches new events of many log groups into the cache. Each page is committed with its
// checkpoint; a later (or resumed) run starts at the checkpoint minus the overlap and dedupes by
// eventId, so nothing is duplicated or dropped. Blocking; progress is called from worker
// threads (serialised).
SyncResult syncLogGroups(LogsClient& client, const SyncOptions& options,
                         const std::function<void(const SyncProgress&)>& progress = {},
                         const std::atomic<bool>* cancel = nullptr);

} // namespace ll::aws
