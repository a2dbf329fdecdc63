#include "aws/livetail.h"

#include "aws/ratelimiter.h"

#include <QDateTime>
#include <QHash>

namespace ll::aws {

TailStatus runLiveTail(LogsClient& client, const TailOptions& options,
                       const std::function<void(const QString&, const QVector<LogEventRecord>&)>& onEvents,
                       const std::function<void(const TailStatus&)>& onStatus, const std::atomic<bool>* cancel)
{
    TailStatus status;
    struct GroupState {
        qint64 windowEndMs = 0;
        QHash<QByteArray, qint64> seen; // eventId -> timestamp, pruned below the overlap
    };
    QHash<QString, GroupState> state;
    const qint64 first = options.startMs > 0 ? options.startMs : QDateTime::currentMSecsSinceEpoch() - options.overlapMs;
    for (const QString& g : options.groups)
        state[g].windowEndMs = first + options.overlapMs; // so the first poll starts at `first`

    while (!(cancel && cancel->load())) {
        qint64 oldestEnd = 0;
        for (const QString& group : options.groups) {
            GroupState& gs = state[group];
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            FilterParams p;
            p.group = group;
            p.startMs = gs.windowEndMs - options.overlapMs;
            p.endMs = now;
            QVector<LogEventRecord> fresh;
            const AwsError e = client.filterLogEvents(p, [&](const EventPage& page) {
                for (const LogEventRecord& r : page.events) {
                    if (gs.seen.contains(r.eventId))
                        continue;
                    gs.seen.insert(r.eventId, r.timestampMs);
                    fresh.append(r);
                    status.ingestionLagMs = r.ingestionTimeMs > 0 ? std::max<qint64>(0, r.ingestionTimeMs - r.timestampMs) : status.ingestionLagMs;
                }
                return true;
            }, cancel);
            if (e) {
                if (e.kind == ErrorKind::Cancelled)
                    return status;
                status.lastError = e; // keep the window: the next poll retries it
            } else {
                gs.windowEndMs = now;
                for (auto it = gs.seen.begin(); it != gs.seen.end();) {
                    if (it.value() < now - 2 * options.overlapMs)
                        it = gs.seen.erase(it);
                    else
                        ++it;
                }
            }
            oldestEnd = oldestEnd ? std::min(oldestEnd, gs.windowEndMs) : gs.windowEndMs;
            if (!fresh.isEmpty()) {
                status.events += fresh.size();
                onEvents(group, fresh);
            }
        }
        ++status.polls;
        status.lagMs = std::max<qint64>(0, QDateTime::currentMSecsSinceEpoch() - oldestEnd);
        if (onStatus)
            onStatus(status);
        if (options.maxPolls > 0 && status.polls >= options.maxPolls)
            break;
        if (!sleepCancellable(std::chrono::milliseconds(options.pollIntervalMs), cancel))
            break;
    }
    return status;
}

} // namespace ll::aws
