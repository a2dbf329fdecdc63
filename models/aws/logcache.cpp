#include "aws/logcache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace ll::aws {

namespace {

std::atomic<int> g_connectionCounter{0};

constexpr qint64 kWindowMs = 3600 * 1000; // eviction granularity
constexpr qint64 kRowOverhead = 96;       // ids, stream name, index entries: a rough per-row cost

} // namespace

QString LogCache::defaultPath()
{
    QString dir = QProcessEnvironment::systemEnvironment().value(QStringLiteral("LAMBDALENS_CACHE_DIR"));
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/cache");
    return dir + QStringLiteral("/cloudwatch.sqlite");
}

LogCache::LogCache(const QString& path)
    : m_path(path)
    , m_connection(QStringLiteral("ll-logcache-%1").arg(g_connectionCounter.fetch_add(1)))
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    if (!db.open()) {
        m_error = db.lastError().text();
        return;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_open = exec(QStringLiteral("PRAGMA journal_mode=WAL")) && exec(QStringLiteral("PRAGMA synchronous=NORMAL"))
        && ensureSchema();
}

LogCache::~LogCache()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool LogCache::exec(const QString& sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql)) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool LogCache::ensureSchema()
{
    return exec(QStringLiteral(
               "CREATE TABLE IF NOT EXISTS events ("
               " id INTEGER PRIMARY KEY, account TEXT NOT NULL, region TEXT NOT NULL, grp TEXT NOT NULL,"
               " stream TEXT NOT NULL, event_id BLOB NOT NULL, ts INTEGER NOT NULL, ingestion INTEGER NOT NULL,"
               " message BLOB NOT NULL, UNIQUE(account, region, grp, event_id))"))
        && exec(QStringLiteral("CREATE INDEX IF NOT EXISTS events_by_time ON events(account, region, grp, ts)"))
        && exec(QStringLiteral("CREATE INDEX IF NOT EXISTS events_ts ON events(ts)"))
        && exec(QStringLiteral(
               "CREATE TABLE IF NOT EXISTS checkpoints ("
               " account TEXT NOT NULL, region TEXT NOT NULL, grp TEXT NOT NULL, covered_from INTEGER NOT NULL,"
               " covered_to INTEGER NOT NULL, updated_at INTEGER NOT NULL, PRIMARY KEY(account, region, grp))"))
        && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)"))
        && exec(QStringLiteral("INSERT OR IGNORE INTO meta(key, value) VALUES('schema', '1')"));
}

namespace {
// A null QString binds as SQL NULL, which the NOT NULL origin columns refuse and which equals
// nothing in a WHERE: an empty account or region is stored and looked up as "".
QString notNull(const QString& s) { return s.isNull() ? QStringLiteral("") : s; }
} // namespace

int LogCache::commitPage(const QString& account, const QString& region, const QString& group,
                         const QVector<LogEventRecord>& events, const Checkpoint& checkpoint)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        m_error = db.lastError().text();
        return -1;
    }
    int added = 0;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO events(account, region, grp, stream, event_id, ts, ingestion, message)"
                                  " VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const LogEventRecord& e : events) {
        insert.bindValue(0, notNull(account));
        insert.bindValue(1, notNull(region));
        insert.bindValue(2, group);
        insert.bindValue(3, QString::fromUtf8(e.stream));
        insert.bindValue(4, e.eventId);
        insert.bindValue(5, e.timestampMs);
        insert.bindValue(6, e.ingestionTimeMs);
        insert.bindValue(7, e.message);
        if (!insert.exec()) {
            m_error = insert.lastError().text();
            db.rollback();
            return -1;
        }
        added += insert.numRowsAffected() > 0 ? 1 : 0;
    }
    if (checkpoint.isValid() && !setCheckpoint(checkpoint)) {
        db.rollback();
        return -1;
    }
    if (!db.commit()) {
        m_error = db.lastError().text();
        db.rollback();
        return -1;
    }
    return added;
}

bool LogCache::setCheckpoint(const Checkpoint& c)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO checkpoints(account, region, grp, covered_from, covered_to, updated_at)"
                             " VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(account, region, grp) DO UPDATE SET"
                             " covered_from = excluded.covered_from, covered_to = excluded.covered_to,"
                             " updated_at = excluded.updated_at"));
    q.addBindValue(c.account);
    q.addBindValue(c.region);
    q.addBindValue(c.group);
    q.addBindValue(c.coveredFromMs);
    q.addBindValue(c.coveredToMs);
    q.addBindValue(c.updatedAtMs ? c.updatedAtMs : QDateTime::currentMSecsSinceEpoch());
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

Checkpoint LogCache::checkpoint(const QString& account, const QString& region, const QString& group)
{
    Checkpoint c;
    c.account = account;
    c.region = region;
    c.group = group;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT covered_from, covered_to, updated_at FROM checkpoints WHERE account = ? AND region = ? AND grp = ?"));
    q.addBindValue(account);
    q.addBindValue(region);
    q.addBindValue(group);
    if (q.exec() && q.next()) {
        c.coveredFromMs = q.value(0).toLongLong();
        c.coveredToMs = q.value(1).toLongLong();
        c.updatedAtMs = q.value(2).toLongLong();
    }
    return c;
}

qint64 LogCache::replay(EventSink& sink, const ReplayFilter& filter, const std::atomic<bool>* cancel)
{
    QString sql = QStringLiteral("SELECT grp, stream, event_id, ts, ingestion, message FROM events WHERE 1=1");
    const bool byAccount = filter.exactOrigin || !filter.account.isEmpty();
    const bool byRegion = filter.exactOrigin || !filter.region.isEmpty();
    if (byAccount)
        sql += QStringLiteral(" AND account = :account");
    if (byRegion)
        sql += QStringLiteral(" AND region = :region");
    if (filter.fromMs > 0)
        sql += QStringLiteral(" AND ts >= :from");
    if (filter.toMs > 0)
        sql += QStringLiteral(" AND ts <= :to");
    sql += QStringLiteral(" ORDER BY grp, ts, id");
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(sql);
    if (byAccount)
        q.bindValue(QStringLiteral(":account"), notNull(filter.account));
    if (byRegion)
        q.bindValue(QStringLiteral(":region"), notNull(filter.region));
    if (filter.fromMs > 0)
        q.bindValue(QStringLiteral(":from"), filter.fromMs);
    if (filter.toMs > 0)
        q.bindValue(QStringLiteral(":to"), filter.toMs);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return -1;
    }
    qint64 delivered = 0;
    QString currentGroup;
    QByteArray function;
    bool groupWanted = true;
    while (q.next()) {
        if ((delivered & 1023) == 0 && cancel && cancel->load())
            break;
        const QString group = q.value(0).toString();
        if (group != currentGroup) {
            currentGroup = group;
            groupWanted = filter.groups.isEmpty() || filter.groups.contains(group);
            function = functionNameFromGroup(group).toUtf8();
            if (groupWanted)
                sink.setDefaultFunction(std::string_view(function.constData(), size_t(function.size())));
        }
        if (!groupWanted)
            continue;
        const QByteArray stream = q.value(1).toString().toUtf8();
        const QByteArray eventId = q.value(2).toByteArray();
        const QByteArray message = q.value(5).toByteArray();
        RawEvent e;
        e.timestampMs = q.value(3).toLongLong();
        e.ingestionTimeMs = q.value(4).toLongLong();
        e.message = std::string_view(message.constData(), size_t(message.size()));
        e.logStream = std::string_view(stream.constData(), size_t(stream.size()));
        e.function = std::string_view(function.constData(), size_t(function.size()));
        e.eventId = std::string_view(eventId.constData(), size_t(eventId.size()));
        sink.addEvent(e);
        ++delivered;
    }
    return delivered;
}

CacheInfo LogCache::info()
{
    CacheInfo info;
    info.path = m_path;
    for (const QString& suffix : {QString(), QStringLiteral("-wal")})
        info.fileBytes += QFileInfo(m_path + suffix).size();
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT account, region, grp, count(*), total(length(message)), min(ts), max(ts)"
                              " FROM events GROUP BY account, region, grp ORDER BY account, region, grp"))) {
        while (q.next()) {
            CacheGroupInfo g;
            g.account = q.value(0).toString();
            g.region = q.value(1).toString();
            g.group = q.value(2).toString();
            g.events = q.value(3).toLongLong();
            g.bytes = qint64(q.value(4).toDouble());
            g.firstMs = q.value(5).toLongLong();
            g.lastMs = q.value(6).toLongLong();
            info.events += g.events;
            info.messageBytes += g.bytes;
            info.groups.append(g);
        }
    }
    for (CacheGroupInfo& g : info.groups)
        g.checkpoint = checkpoint(g.account, g.region, g.group);
    return info;
}

qint64 LogCache::enforceSizeLimit(qint64 maxBytes)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    qint64 evicted = 0;
    for (int round = 0; round < 100000; ++round) {
        QSqlQuery size(db);
        if (!size.exec(QStringLiteral("SELECT total(length(message)) + count(*) * %1, min(ts) FROM events").arg(kRowOverhead)) || !size.next())
            break;
        const qint64 bytes = qint64(size.value(0).toDouble());
        if (bytes <= maxBytes || size.value(1).isNull())
            break;
        const qint64 cutoff = (size.value(1).toLongLong() / kWindowMs + 1) * kWindowMs;
        if (!db.transaction())
            break;
        QSqlQuery del(db);
        del.prepare(QStringLiteral("DELETE FROM events WHERE ts < ?"));
        del.addBindValue(cutoff);
        QSqlQuery moveFrom(db);
        moveFrom.prepare(QStringLiteral("UPDATE checkpoints SET covered_from = ? WHERE covered_from < ?"));
        moveFrom.addBindValue(cutoff);
        moveFrom.addBindValue(cutoff);
        // numRowsAffected() reads sqlite3_changes() lazily: take it before the next statement.
        const bool deleted = del.exec();
        const qint64 rows = deleted ? del.numRowsAffected() : 0;
        if (!deleted || !moveFrom.exec()) {
            m_error = del.lastError().text() + moveFrom.lastError().text();
            db.rollback();
            break;
        }
        evicted += rows;
        db.commit();
    }
    return evicted;
}

bool LogCache::clear()
{
    return exec(QStringLiteral("DELETE FROM events")) && exec(QStringLiteral("DELETE FROM checkpoints"))
        && exec(QStringLiteral("VACUUM"));
}

} // namespace ll::aws
