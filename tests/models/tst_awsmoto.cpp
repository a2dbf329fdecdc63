// End-to-end sync against a local moto server (loopback only): fill with boto3, sync into a
// temporary cache, compare, sync again incrementally, resume after an interruption, and make
// sure no secret reaches the cache files.
#include "awstestsupport.h"

#include "aws/logcache.h"
#include "aws/logsclient.h"
#include "aws/logsync.h"
#include "sources/sourceloader.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace ll::aws;

namespace {

const QString kSecret = QStringLiteral("SECRETKEY-lambdalens-moto-9f8e7d6c5b4a");
const QString kToken = QStringLiteral("SESSIONTOKEN-lambdalens-moto-1a2b3c4d5e6f");

// Key of one event as put and as cached.
using EventKey = QString;
EventKey key(const QString& group, const QString& stream, qint64 ts, const QString& message)
{
    return group + QLatin1Char('|') + stream + QLatin1Char('|') + QString::number(ts) + QLatin1Char('|') + message;
}

class CapturingSink : public ll::EventSink {
public:
    QString defaultFunction;
    QStringList keys;
    QSet<QString> functions;
    void setDefaultFunction(std::string_view name) override { defaultFunction = QString::fromUtf8(name.data(), qsizetype(name.size())); }
    void addEvent(const ll::RawEvent& e) override
    {
        const QString function = QString::fromUtf8(e.function.data(), qsizetype(e.function.size()));
        functions.insert(function);
        keys << key(QStringLiteral("/aws/lambda/") + function, QString::fromUtf8(e.logStream.data(), qsizetype(e.logStream.size())),
                    e.timestampMs, QString::fromUtf8(e.message.data(), qsizetype(e.message.size())));
    }
    void addSkipped(const ll::SkippedInput&) override {}
};

} // namespace

class TestAwsMoto : public QObject {
    Q_OBJECT

    QProcess m_moto;
    int m_port = 0;
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

    bool python(const QStringList& args, QByteArray* out = nullptr, int timeoutMs = 120000)
    {
        QProcess p;
        p.start(QStringLiteral("python3"), args);
        if (!p.waitForFinished(timeoutMs) || p.exitCode() != 0) {
            qWarning() << "python3 failed:" << args << p.readAllStandardError().right(2000);
            return false;
        }
        if (out)
            *out = p.readAllStandardOutput();
        return true;
    }

    QSet<EventKey> fill(int groups, int streams, int events, qint64 baseMs, const QString& tag,
                        const QString& region = QStringLiteral("us-east-1"))
    {
        QByteArray out;
        QSet<EventKey> put;
        if (!python({lltest::toolPath(QStringLiteral("moto_fill.py")), url(), region, QString::number(groups),
                     QString::number(streams), QString::number(events), QString::number(baseMs), QStringLiteral("--tag"), tag}, &out))
            return put;
        const QJsonArray list = QJsonDocument::fromJson(out).array();
        for (const QJsonValue& v : list) {
            const QJsonArray e = v.toArray();
            put.insert(key(e.at(0).toString(), e.at(1).toString(), qint64(e.at(2).toDouble()), e.at(3).toString()));
        }
        return put;
    }

    static std::shared_ptr<CredentialSource> fakeSessionCredentials()
    {
        Credentials c;
        c.accessKeyId = QStringLiteral("ASIAMOTOTESTKEY");
        c.secretAccessKey = kSecret;
        c.sessionToken = kToken;
        c.source = QStringLiteral("test");
        return std::make_shared<StaticCredentialSource>(c);
    }

    static QStringList cached(const QString& path, CapturingSink* sinkOut = nullptr)
    {
        LogCache cache(path);
        CapturingSink sink;
        cache.replay(sink);
        if (sinkOut)
            *sinkOut = sink;
        return sink.keys;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!lltest::pythonHas(QStringLiteral("moto, boto3")))
            QSKIP("python3 -c 'import moto, boto3' fails: install python3-moto and python3-boto3 to run the moto sync tests");
        QByteArray port;
        QVERIFY(python({QStringLiteral("-c"), QStringLiteral("import socket; s=socket.socket(); s.bind(('127.0.0.1',0)); print(s.getsockname()[1])")}, &port));
        m_port = port.trimmed().toInt();
        m_moto.setStandardOutputFile(QProcess::nullDevice());
        m_moto.setStandardErrorFile(QProcess::nullDevice());
        m_moto.start(QStringLiteral("python3"), {QStringLiteral("-m"), QStringLiteral("moto.server"), QStringLiteral("-H"),
                                                 QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port)});
        QVERIFY(m_moto.waitForStarted(10000));
        // Ready when POST /moto-api/reset answers.
        QVERIFY2(python({QStringLiteral("-c"), QStringLiteral(
            "import time, urllib.request\n"
            "for i in range(300):\n"
            "    try:\n"
            "        urllib.request.urlopen(urllib.request.Request('%1/moto-api/reset', method='POST'), timeout=1); break\n"
            "    except Exception: time.sleep(0.1)\n"
            "else: raise SystemExit('moto did not start')\n").arg(url())}), "moto server did not become ready");
    }

    void cleanupTestCase()
    {
        if (m_moto.state() != QProcess::NotRunning) {
            m_moto.kill();
            m_moto.waitForFinished(5000);
        }
    }

    void init()
    {
        QVERIFY(python({QStringLiteral("-c"), QStringLiteral(
            "import urllib.request; urllib.request.urlopen(urllib.request.Request('%1/moto-api/reset', method='POST'), timeout=10)").arg(url())}));
    }

    void syncMatchesWhatWasPutAndIncrementalSyncAddsOnlyNewEvents()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QSet<EventKey> first = fill(3, 2, 40, now - 30 * 60 * 1000, QStringLiteral("a"));
        QCOMPARE(first.size(), 3 * 2 * 40);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        auto scheduler = std::make_shared<RequestScheduler>(lltest::localSession(url(), fakeSessionCredentials(), QStringLiteral("moto")));
        LogsClient client(scheduler);
        SyncOptions options;
        options.cachePath = path;
        options.startMs = now - 3600 * 1000;
        options.workers = 2;
        options.pageLimit = 17;
        SyncResult r = syncLogGroups(client, options);
        QVERIFY2(!r.error, qPrintable(r.error.userMessage()));
        QCOMPARE(r.groups.size(), 3);
        QCOMPARE(r.failedGroups(), 0);
        QCOMPARE(r.added, qint64(first.size()));
        CapturingSink sink;
        QStringList keys = cached(path, &sink);
        QCOMPARE(keys.size(), first.size());
        QCOMPARE(QSet<EventKey>(keys.begin(), keys.end()), first);
        QCOMPARE(sink.functions, (QSet<QString>{QStringLiteral("fn-000"), QStringLiteral("fn-001"), QStringLiteral("fn-002")}));

        // Nothing new: the overlap is re-read but nothing is added.
        options.startMs = now - 3600 * 1000;
        options.endMs = 0;
        r = syncLogGroups(client, options);
        QVERIFY(!r.error);
        QCOMPARE(r.added, qint64(0));
        QCOMPARE(cached(path).size(), first.size());

        // New events (one minute old, inside the overlap window) arrive: only they are added.
        const QSet<EventKey> second = fill(3, 1, 5, QDateTime::currentMSecsSinceEpoch() - 60 * 1000, QStringLiteral("b"));
        r = syncLogGroups(client, options);
        QVERIFY(!r.error);
        QCOMPARE(r.added, qint64(second.size()));
        QVERIFY(r.fetched < qint64(first.size())); // incremental: not everything again
        keys = cached(path);
        QCOMPARE(keys.size(), first.size() + second.size());
        QCOMPARE(QSet<EventKey>(keys.begin(), keys.end()), first + second);
        QVERIFY(scheduler->stats().requests > 0);
        QCOMPARE(scheduler->stats().throttles, qint64(0));
    }

    void anInterruptedSyncResumesWithoutDuplicatesOrGaps()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QSet<EventKey> put = fill(2, 3, 60, now - 50 * 60 * 1000, QStringLiteral("r"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        auto scheduler = std::make_shared<RequestScheduler>(lltest::localSession(url(), fakeSessionCredentials(), QStringLiteral("moto")));
        LogsClient client(scheduler);
        SyncOptions options;
        options.cachePath = path;
        options.startMs = now - 3600 * 1000;
        options.workers = 1;
        options.pageLimit = 25;
        options.overlapMs = 0; // the resume must be exact even without the late-ingestion overlap
        std::atomic<bool> cancel{false};
        SyncResult r = syncLogGroups(client, options, [&](const SyncProgress& p) {
            if (p.fetched >= 75)
                cancel = true; // like a kill after three committed pages
        }, &cancel);
        QVERIFY(r.cancelled);
        const qint64 partial = cached(path).size();
        QVERIFY(partial >= 75 && partial < put.size());
        {
            LogCache cache(path);
            const Checkpoint cp = cache.checkpoint(QStringLiteral("profile:moto"), QStringLiteral("us-east-1"), QStringLiteral("/aws/lambda/fn-000"));
            QVERIFY(cp.isValid());
            QVERIFY(cp.coveredToMs < now);
        }
        r = syncLogGroups(client, options);
        QVERIFY2(!r.error, qPrintable(r.error.userMessage()));
        QVERIFY(!r.cancelled);
        const QStringList keys = cached(path);
        QCOMPARE(keys.size(), put.size());
        QCOMPARE(QSet<EventKey>(keys.begin(), keys.end()), put);
        QCOMPARE(r.added, qint64(put.size()) - partial);
    }

    void noSecretReachesTheCacheFiles()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        fill(2, 1, 10, now - 10 * 60 * 1000, QStringLiteral("s"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        {
            auto scheduler = std::make_shared<RequestScheduler>(lltest::localSession(url(), fakeSessionCredentials(), QStringLiteral("moto")));
            LogsClient client(scheduler);
            SyncOptions options;
            options.cachePath = path;
            options.startMs = now - 3600 * 1000;
            QVERIFY(!syncLogGroups(client, options).error);
            LogCache keepOpen(path); // the WAL and shm files exist while a connection is open
            int hits = 0;
            int files = 0;
            const QFileInfoList entries = QDir(dir.path()).entryInfoList(QDir::Files);
            for (const QFileInfo& fi : entries) {
                QFile f(fi.filePath());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray data = f.readAll();
                ++files;
                hits += data.count(kSecret.toUtf8()) + data.count(kToken.toUtf8());
            }
            QVERIFY(files >= 1);
            QCOMPARE(hits, 0);
            QVERIFY(keepOpen.info().events == 20);
        }
    }

    void sameGroupInTwoRegionsBecomesTwoFunctions()
    {
        // moto keeps one backend per region (the signing region): fn-000 exists in both.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QSet<EventKey> us = fill(1, 1, 7, now - 20 * 60 * 1000, QStringLiteral("u"), QStringLiteral("us-east-1"));
        const QSet<EventKey> eu = fill(1, 2, 2, now - 20 * 60 * 1000, QStringLiteral("e"), QStringLiteral("eu-west-1"));
        QCOMPARE(us.size(), 7);
        QCOMPARE(eu.size(), 4);
        QTemporaryDir dir;
        for (const QString& region : {QStringLiteral("us-east-1"), QStringLiteral("eu-west-1")}) {
            Session session = lltest::localSession(url(), fakeSessionCredentials(), QStringLiteral("moto"));
            session.region = region;
            LogsClient client(std::make_shared<RequestScheduler>(session));
            SyncOptions options;
            options.cachePath = dir.filePath(QStringLiteral("cloudwatch.sqlite"));
            options.startMs = now - 3600 * 1000;
            const SyncResult r = syncLogGroups(client, options);
            QVERIFY2(!r.error, qPrintable(r.error.userMessage()));
            QCOMPARE(r.added, qint64(region == QLatin1String("us-east-1") ? us.size() : eu.size()));
        }
        qputenv("LAMBDALENS_CACHE_DIR", dir.path().toUtf8());
        ll::LoadRequest request;
        request.cache = true;
        const ll::FleetPtr fleet = ll::loadSources(request);
        qunsetenv("LAMBDALENS_CACHE_DIR");
        QVERIFY(fleet);
        QCOMPARE(int(fleet->functionCount()), 2);
        const QString account = QStringLiteral("profile:moto"), name = QStringLiteral("fn-000");
        const int east = fleet->functionId(account, QStringLiteral("us-east-1"), name);
        const int west = fleet->functionId(account, QStringLiteral("eu-west-1"), name);
        QVERIFY(east >= 0 && west >= 0);
        QCOMPARE(int(fleet->stats(uint32_t(east)).invocations + fleet->stats(uint32_t(east)).incomplete), 7);
        QCOMPARE(int(fleet->stats(uint32_t(west)).invocations + fleet->stats(uint32_t(west)).incomplete), 4);
        QCOMPARE(fleet->displayName(uint32_t(west)), QStringLiteral("fn-000 (eu-west-1)"));
        QCOMPARE(fleet->functionsMatching(QStringLiteral("us-east-1/fn-000")), std::vector<uint32_t>{uint32_t(east)});
    }

    void unknownGroupIsReportedAsNoLogsYet()
    {
        QTemporaryDir dir;
        auto scheduler = std::make_shared<RequestScheduler>(lltest::localSession(url(), fakeSessionCredentials(), QStringLiteral("moto")));
        LogsClient client(scheduler);
        SyncOptions options;
        options.cachePath = dir.filePath(QStringLiteral("cache.sqlite"));
        options.startMs = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
        options.groups = QStringList{QStringLiteral("/aws/lambda/never-invoked")};
        const SyncResult r = syncLogGroups(client, options);
        QVERIFY(!r.error);
        QCOMPARE(r.groups.size(), 1);
        QCOMPARE(r.groups.first().error.kind, ErrorKind::NotFound);
        QCOMPARE(r.failedGroups(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAwsMoto)
#include "tst_awsmoto.moc"
