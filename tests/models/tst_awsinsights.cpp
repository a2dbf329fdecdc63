// Logs Insights: epoch-second StartQuery, polling until Complete, batches of <= 50 groups,
// rows mapped to FunctionStats (memory in bytes -> MB), scan estimate.
#include "awstestsupport.h"

#include "aws/insights.h"

#include <QtTest>

using namespace ll::aws;

class TestAwsInsights : public QObject {
    Q_OBJECT

    static SchedulerOptions fast()
    {
        SchedulerOptions o;
        o.controlRate = 200;
        o.controlBurst = 200;
        o.baseBackoffMs = 5;
        o.maxBackoffMs = 50;
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!lltest::pythonHas(QStringLiteral("json, http.server")))
            QSKIP("python3 is not available: the fault server cannot run");
    }

    void queriesArePolledUntilCompleteAndMapped_data()
    {
        QTest::addColumn<int>("groups");
        QTest::addColumn<int>("polls");
        QTest::addColumn<int>("expectedQueries");
        QTest::newRow("one batch that runs three polls") << 3 << 3 << 1;
        QTest::newRow("120 groups need three batches of at most 50") << 120 << 1 << 3;
        QTest::newRow("a query that completes on the first poll") << 2 << 0 << 1;
    }
    void queriesArePolledUntilCompleteAndMapped()
    {
        QFETCH(int, groups);
        QFETCH(int, polls);
        QFETCH(int, expectedQueries);
        lltest::FaultServer server;
        QVERIFY(server.start({QStringLiteral("--insights-polls"), QString::number(polls)}));
        auto scheduler = std::make_shared<RequestScheduler>(lltest::localSession(server.url()), fast());
        LogsClient client(scheduler);
        InsightsOptions o;
        for (int i = 0; i < groups; ++i)
            o.groups << QStringLiteral("/aws/lambda/svc-%1").arg(i, 3, 10, QLatin1Char('0'));
        o.startMs = 1710288000000;
        o.endMs = 1710291600000;
        o.pollIntervalMs = 20;
        o.maxConcurrent = 2;
        int progressCalls = 0;
        const InsightsResult r = runInsights(client, o, [&](int, int) { ++progressCalls; });
        QVERIFY2(!r.error, qPrintable(r.error.userMessage())); // the fake rejects millisecond start times
        QCOMPARE(r.queries, expectedQueries);
        QCOMPARE(progressCalls, expectedQueries);
        QCOMPARE(r.rows.size(), groups * 2);
        const FunctionBinStats& first = r.rows.first();
        QCOMPARE(first.function, QStringLiteral("svc-000"));
        QCOMPARE(first.binStartMs, o.startMs);
        QCOMPARE(r.rows.at(1).binStartMs, o.startMs + 300 * 1000);
        QCOMPARE(first.stats.invocations, uint64_t(10));
        QCOMPARE(first.stats.errors, uint64_t(1));
        QCOMPARE(first.stats.coldStarts, uint64_t(2));
        QCOMPARE(first.stats.durationMs.p50, 12.5);
        QCOMPARE(first.stats.durationMs.p95, 40.25);
        QCOMPARE(first.stats.durationMs.p99, 80.0);
        QCOMPARE(first.stats.maxMemoryUsedMb, uint32_t(67));   // 67,108,864 bytes
        QCOMPARE(first.stats.memorySizesMb, QVector<uint32_t>{134});
        QCOMPARE(first.stats.utilization, 0.5);
        QCOMPARE(server.countStatus(400), 0);
        // The server logs a request after answering it: wait for the last line to land.
        auto getResults = [&server] {
            int n = 0;
            for (const QString& l : server.requests())
                n += l.contains(QStringLiteral("GetQueryResults")) ? 1 : 0;
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(getResults(), expectedQueries * (polls + 1), 5000);
    }

    void cancellingStopsTheRunningQuery()
    {
        lltest::FaultServer server;
        QVERIFY(server.start({QStringLiteral("--insights-polls"), QStringLiteral("100000")}));
        auto scheduler = std::make_shared<RequestScheduler>(lltest::localSession(server.url()), fast());
        LogsClient client(scheduler);
        InsightsOptions o;
        o.groups << QStringLiteral("/aws/lambda/svc-000");
        o.startMs = 1710288000000;
        o.endMs = 1710291600000;
        o.pollIntervalMs = 20;
        std::atomic<bool> cancel{false};
        std::thread t([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancel = true;
        });
        const InsightsResult r = runInsights(client, o, {}, &cancel);
        t.join();
        QCOMPARE(r.error.kind, ErrorKind::Cancelled);
        bool stopped = false;
        for (const QString& l : server.requests())
            stopped = stopped || l.startsWith(QStringLiteral("REQ StopQuery 200"));
        QVERIFY(stopped);
    }

    void queryTimeoutStopsTheQuery()
    {
        lltest::FaultServer server;
        QVERIFY(server.start({QStringLiteral("--insights-polls"), QStringLiteral("100000")}));
        auto scheduler = std::make_shared<RequestScheduler>(lltest::localSession(server.url()), fast());
        LogsClient client(scheduler);
        InsightsOptions o;
        o.groups << QStringLiteral("/aws/lambda/svc-000");
        o.startMs = 1710288000000;
        o.pollIntervalMs = 20;
        o.timeoutMs = 200;
        const InsightsResult r = runInsights(client, o);
        QCOMPARE(r.error.kind, ErrorKind::Timeout);
        QCOMPARE(r.failedBatches, 1);
    }

    void queryStringAsksForReportStatistics()
    {
        const QString q = insightsQueryString(5);
        QVERIFY(q.startsWith(QStringLiteral("filter @type = \"REPORT\"")));
        QVERIFY(q.contains(QStringLiteral("by @log, bin(5m)")));
        QVERIFY(q.contains(QStringLiteral("count(@initDuration) as coldStarts")));
        QVERIFY(!insightsQueryString(0).contains(QStringLiteral("bin(")));
    }

    void scanEstimate_data()
    {
        QTest::addColumn<qint64>("stored");
        QTest::addColumn<qint64>("ageDays");
        QTest::addColumn<int>("retentionDays");
        QTest::addColumn<qint64>("windowHours");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("a 1 h window of a 10 h old group is a tenth") << qint64(10'000'000'000) << qint64(0) << 0 << qint64(1) << qint64(-10);
        QTest::newRow("retention limits the data's age") << qint64(7'000'000'000) << qint64(365) << 7 << qint64(24) << qint64(1'000'000'000);
        QTest::newRow("a window longer than the data scans everything") << qint64(5'000'000'000) << qint64(1) << 0 << qint64(24 * 30) << qint64(5'000'000'000);
    }
    void scanEstimate()
    {
        QFETCH(qint64, stored);
        QFETCH(qint64, ageDays);
        QFETCH(int, retentionDays);
        QFETCH(qint64, windowHours);
        QFETCH(qint64, expected);
        const qint64 now = 1800000000000;
        const qint64 hour = 3600 * 1000;
        LogGroupInfo g;
        g.name = QStringLiteral("/aws/lambda/a");
        g.storedBytes = stored;
        g.retentionDays = retentionDays;
        g.creationTimeMs = ageDays ? now - ageDays * 24 * hour : now - 10 * hour;
        const ScanEstimate e = estimateScan({g}, now - windowHours * hour, now, now);
        const qint64 want = expected < 0 ? stored / -expected : expected;
        QVERIFY2(std::llabs(e.estimatedBytes - want) <= want / 1000, qPrintable(QString::number(e.estimatedBytes)));
        QCOMPARE(e.storedBytes, stored);
        QCOMPARE(e.batches, 1);
        QVERIFY(std::abs(e.estimatedCostUsd - double(want) / 1e9 * 0.005) < 1e-6);
    }
};

QTEST_GUILESS_MAIN(TestAwsInsights)
#include "tst_awsinsights.moc"
