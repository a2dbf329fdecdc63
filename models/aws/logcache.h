#pragma once

#include "aws/logsclient.h"
#include "domain/logevent.h"

#include <QSqlDatabase>
#include <QString>
#include <QVector>
#include <atomic>

namespace ll::aws {

// What the cache holds for one (account, region, group): events in [coveredFromMs, coveredToMs]
// were fetched completely (up to the late-ingestion overlap of the next sync).
struct Checkpoint {
    QString account;
    QString region;
    QString group;
    qint64 coveredFromMs = 0;
    qint64 coveredToMs = 0;
    qint64 updatedAtMs = 0;
    bool isValid() const { return coveredToMs > 0; }
};

struct CacheGroupInfo {
    QString account, region, group;
    qint64 events = 0;
    qint64 bytes = 0;
    qint64 firstMs = 0, lastMs = 0;
    Checkpoint checkpoint;
};

struct CacheInfo {
    QString path;
    qint64 fileBytes = 0;       // database + WAL
    qint64 events = 0;
    qint64 messageBytes = 0;
    QVector<CacheGroupInfo> groups;
};

struct ReplayFilter {
    QString account;            // empty: all
    QString region;             // empty: all
    bool exactOrigin = false;   // account and region match as given, empty ones included
    QStringList groups;         // empty: all
    qint64 fromMs = 0, toMs = 0; // 0: unbounded
};

// The local CloudWatch cache: SQLite (WAL) via QtSql. Only log events and sync checkpoints are
// stored, never credentials. Each instance owns one connection and must be used from the thread
// that created it; several instances (threads or processes) may share a file.
class LogCache {
public:
    // The default file: $LAMBDALENS_CACHE_DIR/cloudwatch.sqlite or AppDataLocation/cache/...
    static QString defaultPath();

    explicit LogCache(const QString& path = defaultPath());
    ~LogCache();
    LogCache(const LogCache&) = delete;
    LogCache& operator=(const LogCache&) = delete;

    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }

    // Stores one page and moves the checkpoint in the same transaction, so a kill never leaves
    // events without their checkpoint or a checkpoint past missing events. Returns the number of
    // events that were new (duplicates by eventId are ignored), or -1 on error.
    int commitPage(const QString& account, const QString& region, const QString& group,
                   const QVector<LogEventRecord>& events, const Checkpoint& checkpoint);
    bool setCheckpoint(const Checkpoint& checkpoint);
    Checkpoint checkpoint(const QString& account, const QString& region, const QString& group);

    // Delivers cached events, ordered by group then time, to a sink (function = group name
    // without /aws/lambda/). Returns the number of events delivered; stops when cancel is set.
    qint64 replay(EventSink& sink, const ReplayFilter& filter = {}, const std::atomic<bool>* cancel = nullptr);

    CacheInfo info();
    // Drops the oldest hour-windows until the stored message bytes are <= maxBytes; moves the
    // affected checkpoints' coveredFrom forward. Returns the number of events evicted.
    qint64 enforceSizeLimit(qint64 maxBytes);
    bool clear();

private:
    bool exec(const QString& sql);
    bool ensureSchema();

    QString m_path;
    QString m_connection;
    QString m_error;
    bool m_open = false;
};

} // namespace ll::aws
