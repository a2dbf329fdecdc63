// CloudWatch response bodies with out-of-range numbers (found by fuzz_logsresponse): values that
// do not fit are clamped, never converted with undefined behaviour.
#include "aws/logsclient.h"
#include "aws/metrics.h"

#include <QTest>

#include <limits>

using namespace ll::aws;

class TestAwsResponses : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void outOfRangeTimestampsAreClamped_data()
    {
        QTest::addColumn<QByteArray>("timestamp");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("a float far above qint64 (1.7643e+24, the fuzzer's input)")
            << QByteArray("1764300000001764300000100") << std::numeric_limits<qint64>::max();
        QTest::newRow("1e300") << QByteArray("1e300") << std::numeric_limits<qint64>::max();
        QTest::newRow("-1e30") << QByteArray("-1e30") << std::numeric_limits<qint64>::min();
        QTest::newRow("2^64-1 as an unsigned integer") << QByteArray("18446744073709551615") << std::numeric_limits<qint64>::max();
        QTest::newRow("an ordinary epoch millisecond value") << QByteArray("1764300000001") << qint64(1764300000001);
        QTest::newRow("a fractional one is truncated") << QByteArray("1764300000001.9") << qint64(1764300000001);
    }
    void outOfRangeTimestampsAreClamped()
    {
        QFETCH(QByteArray, timestamp);
        QFETCH(qint64, expected);
        EventPage page;
        const AwsError e = LogsClient::parseFilterPage(
            "{\"events\":[{\"logStreamName\":\"s\",\"timestamp\":" + timestamp + ",\"ingestionTime\":" + timestamp
                + ",\"message\":\"m\",\"eventId\":\"1\"}]}",
            &page);
        QVERIFY2(!e, qPrintable(e.userMessage()));
        QCOMPARE(page.events.size(), 1);
        QCOMPARE(page.events[0].timestampMs, expected);
        QCOMPARE(page.events[0].ingestionTimeMs, expected);
    }

    void outOfRangeMetricTimestampsAreClamped()
    {
        MetricSeries s;
        QHash<QString, MetricSeries*> byId{{QStringLiteral("inv_0"), &s}};
        QByteArray next;
        const AwsError e = parseMetricDataPage(
            "{\"MetricDataResults\":[{\"Id\":\"inv_0\",\"Timestamps\":[1e300,-1e300,1764300000],\"Values\":[1,2,3]}],\"NextToken\":\"n\"}",
            byId, &next);
        QVERIFY(!e);
        QCOMPARE(next, QByteArray("n"));
        QCOMPARE(s.timestampsMs.size(), 3);
        QVERIFY(s.timestampsMs[0] > 0);
        QVERIFY(s.timestampsMs[1] < 0);
        QCOMPARE(s.timestampsMs[2], qint64(1764300000000));
        QCOMPARE(s.values, (QVector<double>{1, 2, 3}));
    }
};

QTEST_GUILESS_MAIN(TestAwsResponses)
#include "tst_awsresponses.moc"
