// GetMetricData for AWS/Lambda: JSON 1.0 request, batches of <= 500 queries, NextToken paging.
#include "awstestsupport.h"

#include "aws/metrics.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace ll::aws;

class TestAwsMetrics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!lltest::pythonHas(QStringLiteral("json, http.server")))
            QSKIP("python3 is not available: the fault server cannot run");
    }

    void metricsAreBatchedAndPaginated_data()
    {
        QTest::addColumn<int>("functions");
        QTest::addColumn<int>("expectedRequests");
        QTest::newRow("two functions fit one call, two pages") << 2 << 2;
        QTest::newRow("100 functions x 6 metrics need two calls of <= 500") << 100 << 4;
    }
    void metricsAreBatchedAndPaginated()
    {
        QFETCH(int, functions);
        QFETCH(int, expectedRequests);
        QTemporaryDir dir;
        const QString capture = dir.filePath(QStringLiteral("c.json"));
        lltest::FaultServer server;
        QVERIFY(server.start({QStringLiteral("--capture"), capture}));
        SchedulerOptions so;
        so.controlRate = 100;
        RequestScheduler scheduler(lltest::localSession(server.url()), so);
        MetricsOptions o;
        for (int i = 0; i < functions; ++i)
            o.functions << QStringLiteral("fn-%1").arg(i);
        o.startMs = 1710288000000 + 12345; // aligned down to the period
        o.endMs = 1710291600000;
        o.periodS = 300;
        const MetricsResult r = fetchLambdaMetrics(scheduler, o);
        QVERIFY2(!r.error, qPrintable(r.error.userMessage()));
        QCOMPARE(r.requests, expectedRequests);
        QCOMPARE(r.series.size(), functions * 6);
        QCOMPARE(server.countStatus(400), 0);
        const MetricSeries& inv = r.series.first();
        QCOMPARE(inv.function, QStringLiteral("fn-0"));
        QCOMPARE(inv.metric, QStringLiteral("Invocations"));
        QCOMPARE(inv.stat, QStringLiteral("Sum"));
        // Page one then page two, sorted oldest first; epoch seconds became ms.
        QCOMPARE(inv.timestampsMs, (QVector<qint64>{1710288000000, 1710288060000}));
        QCOMPARE(inv.values, (QVector<double>{1.0, 2.0}));
        QCOMPARE(inv.statusCode, QStringLiteral("Complete"));
        QCOMPARE(r.series.at(4).stat, QStringLiteral("p99"));
        QCOMPARE(r.series.at(5).metric, QStringLiteral("ConcurrentExecutions"));

        QFile f(capture);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject req = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonObject body = QJsonDocument::fromJson(req.value(QStringLiteral("body")).toString().toUtf8()).object();
        QCOMPARE(body.value(QStringLiteral("StartTime")).toInteger(), 1710288000);
        QVERIFY(body.value(QStringLiteral("MetricDataQueries")).toArray().size() <= 500);
        QCOMPARE(body.value(QStringLiteral("NextToken")).toString(), QStringLiteral("page2"));
        bool queryMode = false;
        for (const QJsonValue& h : req.value(QStringLiteral("headers")).toArray())
            queryMode = queryMode || (h.toArray().at(0).toString().toLower() == QLatin1String("x-amzn-query-mode"));
        QVERIFY(queryMode);
    }

    void throttlingWithQueryErrorHeaderIsRetried()
    {
        lltest::FaultServer server;
        QVERIFY(server.start({QStringLiteral("--queue"), QStringLiteral("throttle,500")}));
        SchedulerOptions so;
        so.baseBackoffMs = 5;
        so.maxBackoffMs = 20;
        RequestScheduler scheduler(lltest::localSession(server.url()), so);
        MetricsOptions o;
        o.functions << QStringLiteral("f");
        o.startMs = 1710288000000;
        o.endMs = 1710291600000;
        const MetricsResult r = fetchLambdaMetrics(scheduler, o);
        QVERIFY(!r.error);
        QCOMPARE(scheduler.stats().throttles, qint64(1));
        QCOMPARE(scheduler.stats().retries, qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestAwsMetrics)
#include "tst_awsmetrics.moc"
