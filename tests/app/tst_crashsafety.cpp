// Crash safety: `lambdalens` is killed with SIGKILL in the middle of a sync into the cache and in
// the middle of an import, then the cache is checked against the source: SQLite integrity, nothing
// committed lost, and a resumed sync that neither duplicates nor drops events. The source is
// tests/tools/faultserver.py (a local CloudWatch Logs fake whose events are known exactly).
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/types.h>

namespace {

constexpr qint64 kBaseMs = 1710288000000; // faultserver.py --base-ms default: 2024-03-13T00:00:00Z

QString binary() { return QStringLiteral(LAMBDALENS_BINARY); }

bool pythonAvailable()
{
    QProcess p;
    p.start(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral("import json, http.server")});
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// faultserver.py on a free loopback port; killed (this process only) on destruction.
class SourceServer {
public:
    ~SourceServer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    bool start(int groups, int events, int page)
    {
        m_process.start(QStringLiteral("python3"),
                        {QStringLiteral(LAMBDALENS_SOURCE_DIR "/tests/tools/faultserver.py"), QStringLiteral("--groups"),
                         QString::number(groups), QStringLiteral("--events"), QString::number(events), QStringLiteral("--page"),
                         QString::number(page), QStringLiteral("--lifetime"), QStringLiteral("240")});
        QByteArray out;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 15000 && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(200);
            out += m_process.readAllStandardOutput();
            const qsizetype nl = out.indexOf('\n');
            if (nl > 0 && out.startsWith("PORT ")) {
                m_port = out.mid(5, nl - 5).trimmed().toInt();
                return m_port > 0;
            }
        }
        return false;
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    void drain() { m_process.readAllStandardOutput(); } // the request log is not needed; keep the pipe empty

private:
    QProcess m_process;
    int m_port = 0;
};

// One event as stored: what the source sent for it, so the cache can be compared field by field.
struct Row {
    QString group;
    QByteArray eventId;
    qint64 ts = 0;
    QByteArray message;
    bool operator==(const Row& o) const { return group == o.group && eventId == o.eventId && ts == o.ts && message == o.message; }
};
size_t qHash(const Row& r, size_t seed = 0) { return qHashMulti(seed, r.group, r.eventId, r.ts); }

// What faultserver.py serves for `groups` groups of `events` events each.
QSet<Row> sourceRows(int groups, int events)
{
    QSet<Row> rows;
    for (int g = 0; g < groups; ++g) {
        const QString group = QStringLiteral("/aws/lambda/svc-%1").arg(g, 3, 10, QLatin1Char('0'));
        for (int i = 0; i < events; ++i)
            rows.insert({group, (group + QStringLiteral("-%1").arg(i)).toUtf8(), kBaseMs + i * 1000LL,
                         QStringLiteral("REPORT RequestId: r-%1\tDuration: 1.0 ms\n").arg(i).toUtf8()});
    }
    return rows;
}

// A look at the cache from outside the app, as a second process would (it only reads).
class CacheReader {
public:
    explicit CacheReader(const QString& path)
        : m_name(QStringLiteral("crashsafety-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        // Read-write: after a SIGKILL the WAL index may need the recovery a read-only handle cannot do.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        m_open = QFileInfo::exists(path) && db.open();
    }
    ~CacheReader()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    // -1 while the file or the table does not exist yet.
    qint64 count()
    {
        if (!m_open)
            return -1;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(QStringLiteral("SELECT count(*) FROM events")) && q.next() ? q.value(0).toLongLong() : -1;
    }
    QString integrity()
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
            return q.lastError().text();
        QStringList lines;
        while (q.next())
            lines << q.value(0).toString();
        return lines.join(QLatin1Char('\n'));
    }
    QList<Row> rows()
    {
        QList<Row> out;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(QStringLiteral("SELECT grp, event_id, ts, message FROM events ORDER BY grp, ts, event_id")))
            return out;
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toByteArray(), q.value(2).toLongLong(), q.value(3).toByteArray()});
        return out;
    }
    QStringList checkpoints()
    {
        QStringList out;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (q.exec(QStringLiteral("SELECT grp, covered_from, covered_to FROM checkpoints ORDER BY grp")))
            while (q.next())
                out << QStringLiteral("%1 %2 %3").arg(q.value(0).toString()).arg(q.value(1).toLongLong()).arg(q.value(2).toLongLong());
        return out;
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_open = false;
};

// Per group: (ts) pairs seen more than once; faultserver sends one event per second per group.
QStringList duplicates(const QList<Row>& rows)
{
    QSet<QString> seen;
    QStringList dups;
    for (const Row& r : rows) {
        const QString key = r.group + QLatin1Char('@') + QString::number(r.ts);
        if (seen.contains(key))
            dups << key;
        seen.insert(key);
    }
    return dups;
}

// Byte offset of the open file `path` in process `pid` (from /proc/<pid>/fdinfo); -1 if not open.
qint64 fileOffset(qint64 pid, const QString& path)
{
    const QString fdDir = QStringLiteral("/proc/%1/fd").arg(pid);
    const QStringList fds = QDir(fdDir).entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot);
    for (const QString& fd : fds) {
        if (QFileInfo(fdDir + QLatin1Char('/') + fd).symLinkTarget() != path)
            continue;
        QFile info(QStringLiteral("/proc/%1/fdinfo/%2").arg(pid).arg(fd));
        if (!info.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray& line : info.readAll().split('\n'))
            if (line.startsWith("pos:"))
                return line.mid(4).trimmed().toLongLong();
    }
    return -1;
}

} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* var : {"AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL",
                                "AWS_ENDPOINT_URL_CLOUDWATCH_LOGS", "AWS_ROLE_ARN", "AWS_WEB_IDENTITY_TOKEN_FILE"})
            env.remove(QString::fromLatin1(var));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("AWS_CONFIG_FILE"), m_home.filePath(QStringLiteral("no-config")));
        env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), m_home.filePath(QStringLiteral("no-credentials")));
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDCRASHTEST"));
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("crash-test-secret"));
        env.insert(QStringLiteral("AWS_REGION"), QStringLiteral("us-east-1"));
        env.insert(QStringLiteral("LAMBDALENS_CACHE_DIR"), m_home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }
    QString cachePath() const { return m_home.filePath(QStringLiteral("cache/cloudwatch.sqlite")); }

    QStringList syncArguments(const SourceServer& server, const QString& rate) const
    {
        return {QStringLiteral("sync"), QStringLiteral("--endpoint-url"), server.url(), QStringLiteral("--start"),
                QStringLiteral("2024-03-13T00:00:00Z"), QStringLiteral("--end"), QStringLiteral("2024-03-14T00:00:00Z"),
                QStringLiteral("--rate"), rate, QStringLiteral("--workers"), QStringLiteral("2")};
    }

    // Runs a sync to its end; returns its exit code (-1 on a crash or hang).
    int syncToEnd(SourceServer& server, QByteArray* output)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(binary(), syncArguments(server, QStringLiteral("200")));
        const bool finished = p.waitForFinished(120000);
        server.drain();
        *output = p.readAll();
        return finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    // Starts a slow sync and SIGKILLs it once the cache holds at least `atLeast` committed events
    // (and not all of them). Returns the number committed when it was killed, -1 if it never got there.
    qint64 syncAndKill(SourceServer& server, qint64 atLeast, qint64 total)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(binary(), syncArguments(server, QStringLiteral("4")));
        if (!p.waitForStarted(10000))
            return -1;
        QElapsedTimer t;
        t.start();
        qint64 seen = -1;
        while (t.elapsed() < 60000 && p.state() == QProcess::Running) {
            {
                CacheReader cache(cachePath());
                seen = cache.count();
            }
            if (seen >= atLeast && seen < total) {
                ::kill(pid_t(p.processId()), SIGKILL);
                p.waitForFinished(10000);
                server.drain();
                return p.exitStatus() == QProcess::CrashExit ? seen : -1;
            }
            server.drain();
            QThread::msleep(20);
        }
        p.kill();
        p.waitForFinished(10000);
        qWarning("sync was not caught mid-way: %lld events when it %s; output: %s", seen,
                 p.state() == QProcess::NotRunning ? "ended" : "timed out", p.readAll().constData());
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        if (!QFileInfo::exists(binary()))
            QSKIP("the lambdalens binary is not built");
        if (!pythonAvailable())
            QSKIP("python3 is not available: the local CloudWatch Logs fake (tests/tools/faultserver.py) cannot run");
    }

    void init()
    {
        QDir(m_home.filePath(QStringLiteral("cache"))).removeRecursively();
    }

    void syncKilledMidwayResumesWithoutLossOrDuplicates_data()
    {
        QTest::addColumn<QList<int>>("killsAtPercent");
        QTest::newRow("killed right after the first committed page") << QList<int>{1};
        QTest::newRow("killed half-way, then again while resuming") << QList<int>{40, 70};
    }
    void syncKilledMidwayResumesWithoutLossOrDuplicates()
    {
        QFETCH(QList<int>, killsAtPercent);
        constexpr int groups = 2, events = 300, page = 10;
        SourceServer server;
        QVERIFY2(server.start(groups, events, page), "faultserver.py did not start");
        const QSet<Row> source = sourceRows(groups, events);

        QSet<Row> committed;
        for (const int percent : killsAtPercent) {
            const qint64 killedAt = syncAndKill(server, std::max<qint64>(1, source.size() * percent / 100), source.size());
            QVERIFY2(killedAt > 0, "the sync could not be killed while it was running");
            CacheReader cache(cachePath());
            QCOMPARE(cache.integrity(), QStringLiteral("ok"));
            const QList<Row> rows = cache.rows();
            QVERIFY2(qint64(rows.size()) >= killedAt, "events seen committed before the kill are gone");
            QCOMPARE(duplicates(rows), QStringList());
            for (const Row& r : rows)
                QVERIFY2(source.contains(r), qPrintable(QStringLiteral("not from the source: %1 %2").arg(r.group, QString::fromUtf8(r.eventId))));
            const QSet<Row> now(rows.begin(), rows.end());
            QVERIFY2(now.contains(committed), "an event committed before an earlier kill is gone");
            committed = now;
        }

        QByteArray output;
        QCOMPARE(syncToEnd(server, &output), 0);
        CacheReader cache(cachePath());
        QCOMPARE(cache.integrity(), QStringLiteral("ok"));
        const QList<Row> rows = cache.rows();
        QCOMPARE(duplicates(rows), QStringList());
        QCOMPARE(qsizetype(rows.size()), source.size());
        const QSet<Row> final(rows.begin(), rows.end());
        QVERIFY2(final == source, output.constData());
        QVERIFY(final.contains(committed));
        QCOMPARE(cache.checkpoints().size(), groups);
    }

    void importKilledMidwayLeavesTheCacheUntouched()
    {
        // A cache with known content first.
        SourceServer server;
        QVERIFY2(server.start(1, 50, 25), "faultserver.py did not start");
        QByteArray output;
        QCOMPARE(syncToEnd(server, &output), 0);
        QList<Row> before;
        QStringList checkpointsBefore;
        {
            CacheReader cache(cachePath());
            before = cache.rows();
            checkpointsBefore = cache.checkpoints();
        }
        QCOMPARE(before.size(), 50);

        // A big log file, so that the import is still reading when it is killed.
        const QString big = m_home.filePath(QStringLiteral("big.log"));
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray block;
            for (int i = 0; i < 2000; ++i) {
                const QByteArray id = QByteArray::number(i).rightJustified(8, '0');
                block += "START RequestId: 0000" + id + "-aaaa-bbbb-cccc-dddddddddddd Version: $LATEST\n"
                         "2024-03-13T10:00:00.000Z\t0000" + id + "-aaaa-bbbb-cccc-dddddddddddd\tINFO\tworking on it\n"
                         "REPORT RequestId: 0000" + id + "-aaaa-bbbb-cccc-dddddddddddd\tDuration: 12.5 ms\tBilled Duration: 13 ms\t"
                         "Memory Size: 128 MB\tMax Memory Used: 64 MB\t\n";
            }
            while (f.size() < 96 * 1024 * 1024)
                QCOMPARE(f.write(block), block.size());
        }
        const qint64 size = QFileInfo(big).size();

        QProcess p;
        p.setProcessEnvironment(environment());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(binary(), {QStringLiteral("invocations"), QStringLiteral("--cache"), big});
        QVERIFY(p.waitForStarted(10000));
        QElapsedTimer t;
        t.start();
        qint64 offset = -1;
        while (t.elapsed() < 60000 && p.state() == QProcess::Running) {
            offset = fileOffset(p.processId(), QFileInfo(big).canonicalFilePath());
            if (offset > 0 && offset < size)
                break;
            QThread::msleep(2);
        }
        if (!(offset > 0 && offset < size))
            QSKIP("the import ended before it could be caught reading (the machine is too fast for a 96 MB file)");
        ::kill(pid_t(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);

        {
            CacheReader cache(cachePath());
            QCOMPARE(cache.integrity(), QStringLiteral("ok"));
            QCOMPARE(cache.rows(), before);
            QCOMPARE(cache.checkpoints(), checkpointsBefore);
        }
        // And the app still reads it.
        QProcess again;
        again.setProcessEnvironment(environment());
        again.setProcessChannelMode(QProcess::MergedChannels);
        again.start(binary(), {QStringLiteral("invocations"), QStringLiteral("--cache"), QStringLiteral("--json")});
        QVERIFY(again.waitForFinished(60000));
        const QByteArray out = again.readAll();
        QVERIFY2(again.exitStatus() == QProcess::NormalExit && again.exitCode() == 0, out.constData());
        QVERIFY2(out.contains("\"r-0\"") && out.contains("\"r-49\""), out.left(2000).constData());
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
