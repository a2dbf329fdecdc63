#include "fixtureevents.h"
#include "report/fleetreport.h"

#include <QJsonArray>
#include <QTest>

using namespace ll;
using namespace ll::testing;

class TestFleetReport : public QObject {
    Q_OBJECT

    static QJsonObject functionNamed(const QJsonObject& report, const QString& name)
    {
        for (const QJsonValue& v : report.value(QStringLiteral("functions")).toArray()) {
            if (v.toObject().value(QStringLiteral("name")).toString() == name)
                return v.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void handCheckedFigures()
    {
        const FleetPtr fleet = buildFleet(loadFixture(QStringLiteral(LAMBDALENS_TEST_DATA "/reference_fixtures.txt")));
        const QJsonObject report = fleetReportJson(*fleet);
        const QJsonObject orders = functionNamed(report, QStringLiteral("orders-api"));
        QVERIFY(!orders.isEmpty());
        QCOMPARE(orders.value(QStringLiteral("invocations")).toInt(), 4);
        QCOMPARE(orders.value(QStringLiteral("incomplete")).toInt(), 0);
        QCOMPARE(orders.value(QStringLiteral("cold_starts")).toInt(), 2);
        QCOMPARE(orders.value(QStringLiteral("failed")).toInt(), 3);
        QCOMPARE(orders.value(QStringLiteral("errors")).toInt(), 2);
        QCOMPARE(orders.value(QStringLiteral("timeouts")).toInt(), 1);
        QCOMPARE(orders.value(QStringLiteral("runtime")).toString(), QStringLiteral("nodejs:20.v22"));
        // Durations 18.20, 122.11, 134.52, 6000.00: nearest-rank p50 is the 2nd, p95/p99/max the 4th.
        const QJsonObject d = orders.value(QStringLiteral("duration_ms")).toObject();
        QCOMPARE(d.value(QStringLiteral("p50")).toDouble(), 122.11);
        QCOMPARE(d.value(QStringLiteral("p95")).toDouble(), 6000.0);
        QCOMPARE(d.value(QStringLiteral("max")).toDouble(), 6000.0);
        const QJsonObject init = orders.value(QStringLiteral("init_duration_ms")).toObject();
        QCOMPARE(init.value(QStringLiteral("max")).toDouble(), 231.07);
        QCOMPARE(orders.value(QStringLiteral("memory_sizes_mb")).toArray(), QJsonArray { 512 });
        QCOMPARE(orders.value(QStringLiteral("max_memory_used_mb")).toInt(), 101);
        // GB-s = 0.5 GB x (366 + 19 + 6000 + 123) ms = 0.5 x 6.508 s = 3.254
        QCOMPARE(orders.value(QStringLiteral("gb_seconds")).toDouble(), 3.254);
        const double cost = 3.254 * 0.0000166667 + 4 * 0.2 / 1e6;
        QVERIFY(qAbs(orders.value(QStringLiteral("cost_usd")).toDouble() - cost) < 1e-12);

        const QJsonObject payments = functionNamed(report, QStringLiteral("payments-worker"));
        QCOMPARE(payments.value(QStringLiteral("out_of_memory")).toInt(), 2);
        QCOMPARE(payments.value(QStringLiteral("failed")).toInt(), 3);
        QCOMPARE(payments.value(QStringLiteral("max_memory_used_mb")).toInt(), 256);

        const QJsonObject totals = report.value(QStringLiteral("totals")).toObject();
        // 4 orders-api + 3 payments + 1 catalog + 1 feed + 1 batch + 1 orders-api-json
        QCOMPARE(totals.value(QStringLiteral("invocations")).toInt(), 11);
        QCOMPARE(totals.value(QStringLiteral("failed")).toInt(), 10);
        QCOMPARE(totals.value(QStringLiteral("cold_starts")).toInt(), 5);
        QCOMPARE(report.value(QStringLiteral("skipped")).toArray().size(), 0);
    }

    void textReportListsEveryFunction()
    {
        const FleetPtr fleet = buildFleet(loadFixture(QStringLiteral(LAMBDALENS_TEST_DATA "/reference_fixtures.txt")));
        const QString text = fleetReportText(*fleet);
        for (uint32_t f = 0; f < fleet->functionCount(); ++f)
            QVERIFY2(text.contains(fleet->function(f).name), qPrintable(fleet->function(f).name));
        QVERIFY(text.contains(QStringLiteral("TOTAL")));
    }
};

QTEST_GUILESS_MAIN(TestFleetReport)
#include "tst_fleetreport.moc"
