// The SQLite cache: dedupe by eventId, checkpoints in the same transaction, eviction of the
// oldest windows, replay into an EventSink with bytes kept as stored.
#include "aws/logcache.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ll::aws;

namespace {

struct Captured {
    QString function;
    QByteArray message, stream, eventId;
    qint64 ts;
};

class Sink : public ll::EventSink {
public:
    QVector<Captured> events;
    QStringList defaults;
    void setDefaultFunction(std::string_view name) override { defaults << QString::fromUtf8(name.data(), qsizetype(name.size())); }
    void addEvent(const ll::RawEvent& e) override
    {
        events.append({QString::fromUtf8(e.function.data(), qsizetype(e.function.size())),
                       QByteArray(e.message.data(), qsizetype(e.message.size())),
                       QByteArray(e.logStream.data(), qsizetype(e.logStream.size())),
                       QByteArray(e.eventId.data(), qsizetype(e.eventId.size())), e.timestampMs});
    }
    void addSkipped(const ll::SkippedInput&) override {}
};

QVector<LogEventRecord> events(int from, int to, qint64 baseMs, qint64 stepMs, const QByteArray& prefix = "e")
{
    QVector<LogEventRecord> list;
    for (int i = from; i < to; ++i) {
        LogEventRecord r;
        r.eventId = prefix + QByteArray::number(i);
        r.stream = "2024/03/13/[$LATEST]abc";
        r.timestampMs = baseMs + i * stepMs;
        r.message = "message " + QByteArray::number(i) + QByteArray(200, 'x');
        list.append(r);
    }
    return list;
}

Checkpoint cp(const QString& group, qint64 from, qint64 to)
{
    Checkpoint c;
    c.account = QStringLiteral("profile:t");
    c.region = QStringLiteral("eu-west-1");
    c.group = group;
    c.coveredFromMs = from;
    c.coveredToMs = to;
    return c;
}

} // namespace

class TestAwsCache : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void duplicatesByEventIdAreIgnored()
    {
        QTemporaryDir dir;
        LogCache cache(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY2(cache.isOpen(), qPrintable(cache.errorString()));
        const QString g = QStringLiteral("/aws/lambda/orders");
        QCOMPARE(cache.commitPage(QStringLiteral("profile:t"), QStringLiteral("eu-west-1"), g, events(0, 10, 1000, 10), cp(g, 1, 1090)), 10);
        QCOMPARE(cache.commitPage(QStringLiteral("profile:t"), QStringLiteral("eu-west-1"), g, events(5, 15, 1000, 10), cp(g, 1, 1140)), 5);
        // Same ids in another region or account are different events.
        QCOMPARE(cache.commitPage(QStringLiteral("profile:t"), QStringLiteral("us-east-1"), g, events(0, 3, 1000, 10), Checkpoint{}), 3);
        QCOMPARE(cache.info().events, qint64(18));
        const Checkpoint c = cache.checkpoint(QStringLiteral("profile:t"), QStringLiteral("eu-west-1"), g);
        QCOMPARE(c.coveredFromMs, qint64(1));
        QCOMPARE(c.coveredToMs, qint64(1140));
    }

    void replayDeliversBytesAsStoredWithTheFunctionName()
    {
        QTemporaryDir dir;
        LogCache cache(dir.filePath(QStringLiteral("c.sqlite")));
        QVector<LogEventRecord> list = events(0, 3, 5000, 1);
        list[1].message = QByteArray("bad utf-8 \xff\xfe and a NUL \0 byte", 30);
        cache.commitPage(QStringLiteral("a"), QStringLiteral("r"), QStringLiteral("/aws/lambda/pay-ments"), list, Checkpoint{});
        cache.commitPage(QStringLiteral("a"), QStringLiteral("r"), QStringLiteral("custom-group"), events(0, 2, 9000, 1), Checkpoint{});
        Sink sink;
        QCOMPARE(cache.replay(sink), qint64(5));
        QCOMPARE(sink.defaults, (QStringList{QStringLiteral("pay-ments"), QStringLiteral("custom-group")}));
        QCOMPARE(sink.events.at(1).message, list[1].message);
        QCOMPARE(sink.events.at(1).function, QStringLiteral("pay-ments"));
        QCOMPARE(sink.events.at(1).stream, QByteArray("2024/03/13/[$LATEST]abc"));
        QCOMPARE(sink.events.at(1).eventId, QByteArray("e1"));
        QCOMPARE(sink.events.at(4).function, QStringLiteral("custom-group"));

        Sink filtered;
        ReplayFilter f;
        f.groups = QStringList{QStringLiteral("/aws/lambda/pay-ments")};
        f.fromMs = 5001;
        QCOMPARE(cache.replay(filtered, f), qint64(2));
        QCOMPARE(filtered.events.first().ts, qint64(5001));
    }

    void evictionDropsTheOldestHoursFirst()
    {
        QTemporaryDir dir;
        LogCache cache(dir.filePath(QStringLiteral("c.sqlite")));
        const QString g = QStringLiteral("/aws/lambda/x");
        const qint64 hour = 3600 * 1000;
        const qint64 base = 1710288000000; // an hour boundary
        // 10 hours with 20 events each.
        QCOMPARE(cache.commitPage(QStringLiteral("a"), QStringLiteral("r"), g, events(0, 200, base, hour / 20), cp(g, base, base + 10 * hour)), 200);
        const qint64 before = cache.info().messageBytes;
        const qint64 evicted = cache.enforceSizeLimit(before / 2);
        QVERIFY2(evicted >= 100 && evicted < 200, qPrintable(QString::number(evicted) + cache.errorString()));
        QCOMPARE(evicted % 20, qint64(0)); // whole hours only
        QVERIFY(cache.info().messageBytes <= before / 2);
        Sink sink;
        cache.replay(sink);
        QCOMPARE(sink.events.size(), 200 - int(evicted));
        QCOMPARE(sink.events.first().ts, base + (evicted / 20) * hour);
        QCOMPARE(cache.checkpoint(QStringLiteral("profile:t"), QStringLiteral("eu-west-1"), g).coveredFromMs, base + (evicted / 20) * hour);
        QCOMPARE(cache.enforceSizeLimit(qint64(1) << 40), qint64(0));
    }

    void twoConnectionsShareOneFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        LogCache a(path);
        LogCache b(path);
        QCOMPARE(a.commitPage(QStringLiteral("a"), QStringLiteral("r"), QStringLiteral("g"), events(0, 5, 1, 1), Checkpoint{}), 5);
        QCOMPARE(b.commitPage(QStringLiteral("a"), QStringLiteral("r"), QStringLiteral("g"), events(3, 8, 1, 1), Checkpoint{}), 3);
        QCOMPARE(a.info().events, qint64(8));
        QVERIFY(b.clear());
        QCOMPARE(a.info().events, qint64(0));
    }

    void aCorruptFileIsAnErrorNotACrash()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, '\x5a'));
        f.close();
        LogCache cache(path);
        QVERIFY(!cache.isOpen());
        QVERIFY(!cache.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAwsCache)
#include "tst_awscache.moc"
