// Live tail by polling: every event exactly once, none lost at window edges, even when events
// become visible some time after their timestamp.
#include "awstestsupport.h"

#include "aws/livetail.h"

#include <QDateTime>
#include <QSet>
#include <QtTest>

using namespace ll::aws;

class TestAwsLiveTail : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!lltest::pythonHas(QStringLiteral("json, http.server")))
            QSKIP("python3 is not available: the fault server cannot run");
    }

    void tailDeliversEveryEventOnceWithoutGaps_data()
    {
        QTest::addColumn<int>("lateMs");
        QTest::newRow("events visible at once") << 0;
        QTest::newRow("events ingested 400 ms late, inside the overlap") << 400;
    }
    void tailDeliversEveryEventOnceWithoutGaps()
    {
        QFETCH(int, lateMs);
        lltest::FaultServer server;
        QVERIFY(server.start({QStringLiteral("--live-ms"), QStringLiteral("50"), QStringLiteral("--late-ms"), QString::number(lateMs)}));
        SchedulerOptions so;
        so.eventsRate = 100;
        auto scheduler = std::make_shared<RequestScheduler>(lltest::localSession(server.url()), so);
        LogsClient client(scheduler);
        TailOptions o;
        o.groups << QStringLiteral("/aws/lambda/live");
        o.startMs = QDateTime::currentMSecsSinceEpoch() - 60 * 1000; // before the server's first event
        o.pollIntervalMs = 150;
        o.overlapMs = 2000;
        o.maxPolls = 12;
        QList<int> ids;
        QSet<QByteArray> unique;
        int statusCalls = 0;
        TailStatus last;
        runLiveTail(client, o, [&](const QString& group, const QVector<LogEventRecord>& events) {
            QCOMPARE(group, QStringLiteral("/aws/lambda/live"));
            for (const LogEventRecord& e : events) {
                ids << e.eventId.mid(5).toInt();
                unique.insert(e.eventId);
            }
        }, [&](const TailStatus& s) {
            ++statusCalls;
            last = s;
        });
        QCOMPARE(statusCalls, 12);
        QVERIFY(ids.size() > 10);
        QCOMPARE(unique.size(), ids.size()); // no duplicates
        std::sort(ids.begin(), ids.end());
        for (int i = 0; i < ids.size(); ++i)
            QCOMPARE(ids.at(i), i); // no gaps from the first event on
        QCOMPARE(last.events, qint64(ids.size()));
        QVERIFY(last.lagMs >= 0);
        QCOMPARE(last.ingestionLagMs, qint64(lateMs));
        QVERIFY(!last.lastError);
    }
};

QTEST_GUILESS_MAIN(TestAwsLiveTail)
#include "tst_awslivetail.moc"
