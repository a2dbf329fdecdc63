#pragma once

#include "aws/logsclient.h"

#include <QSet>
#include <QStringList>
#include <atomic>
#include <functional>

namespace ll::aws {

struct TailOptions {
    QStringList groups;
    qint64 startMs = 0;              // 0: now - overlap
    int pollIntervalMs = 5000;
    qint64 overlapMs = 60 * 1000;    // re-read window for late-ingested events (deduped)
    int maxPolls = 0;                // 0: until cancelled (tests bound it)
};

struct TailStatus {
    int polls = 0;
    qint64 events = 0;
    qint64 lagMs = 0;                // now - the end of the last completed poll window
    qint64 ingestionLagMs = 0;       // newest event: ingestionTime - timestamp
    AwsError lastError;              // the last failed poll (the tail keeps going)
};

// Live tail by polling FilterLogEvents per group every few seconds. Each poll re-reads the
// overlap before the previous window end and drops events already delivered (eventId), so
// events are neither lost at window edges nor repeated. Blocking; callbacks on this thread.
TailStatus runLiveTail(LogsClient& client, const TailOptions& options,
                       const std::function<void(const QString& group, const QVector<LogEventRecord>& events)>& onEvents,
                       const std::function<void(const TailStatus&)>& onStatus = {},
                       const std::atomic<bool>* cancel = nullptr);

} // namespace ll::aws
