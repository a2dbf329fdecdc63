// The window's fleet from Logs Insights aggregates: functions per (account, region, name) with
// statistics merged over time bins, no invocations; sparklines from the bins; and the same
// summary with the raw events of a drilled-into function swapped in.
#include "analysis/pricing.h"
#include "aws/insightsfleet.h"
#include "itemmodels/fleetmodel.h"
#include "store/fleetbuilder.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ll;

namespace {

constexpr qint64 kStart = 1710288000000; // 2024-03-13 00:00Z
constexpr qint64 kMinute = 60 * 1000;

PriceTable prices()
{
    PriceTable p;
    p.region = QStringLiteral("test");
    p.gbSecondUsd = {0.00001, 0.000008};
    p.perMillionRequestsUsd = {0.2, 0.2};
    return p;
}

aws::InsightsRowOut row(const QString& account, const QString& region, const QString& function, int bin, uint64_t invocations,
                        uint64_t failures, double p50, double p99, uint32_t maxUsedMb, uint32_t sizeMb, double billedMs)
{
    aws::InsightsRowOut r;
    r.origin.profile = account.section(QLatin1Char(':'), 1);
    r.origin.account = account;
    r.origin.region = region;
    r.row.function = function;
    r.row.logGroup = QStringLiteral("/aws/lambda/") + function;
    r.row.binStartMs = kStart + bin * 5 * kMinute;
    FunctionStats& s = r.row.stats;
    s.invocations = invocations;
    s.errors = failures;
    s.coldStarts = invocations / 5;
    s.durationMs = {p50, p99 * 0.8, p99, p99 * 1.5};
    s.maxMemoryUsedMb = maxUsedMb;
    s.memorySizesMb = {sizeMb};
    s.utilization = double(maxUsedMb) / sizeMb;
    s.gbSeconds = cost::gbSeconds(sizeMb, billedMs);
    s.firstMs = r.row.binStartMs;
    s.lastMs = r.row.binStartMs + 5 * kMinute;
    return r;
}

aws::AwsOutcome outcome()
{
    aws::AwsOutcome o;
    o.action = aws::AwsAction::Insights;
    o.binMinutes = 5;
    o.startMs = kStart;
    o.endMs = kStart + 60 * kMinute;
    o.bytesScanned = 3.2e9;
    const QString dev = QStringLiteral("profile:dev"), prod = QStringLiteral("profile:prod");
    const QString use1 = QStringLiteral("us-east-1");
    o.rows << row(dev, use1, QStringLiteral("orders-api"), 0, 100, 2, 10, 50, 60, 128, 1200)
           << row(dev, use1, QStringLiteral("orders-api"), 3, 300, 0, 30, 200, 90, 256, 9000)
           << row(dev, use1, QStringLiteral("orders-worker"), 11, 10, 10, 100, 900, 120, 128, 1000)
           // The same name in another account is another function.
           << row(prod, use1, QStringLiteral("orders-api"), 1, 7, 0, 5, 8, 40, 128, 70);
    return o;
}

FleetPtr rawFleet(const QString& account, const QString& region, const std::string& function, int invocations)
{
    FleetBuilder builder;
    builder.setOrigin(account, region);
    std::vector<std::string> texts;
    texts.reserve(size_t(invocations) * 3);
    for (int i = 0; i < invocations; ++i) {
        const std::string id = "req-" + std::to_string(i);
        texts.push_back("START RequestId: " + id + " Version: $LATEST");
        texts.push_back("END RequestId: " + id);
        texts.push_back("REPORT RequestId: " + id + "\tDuration: 12.00 ms\tBilled Duration: 13 ms\tMemory Size: 128 MB\tMax Memory Used: 64 MB");
    }
    for (size_t k = 0; k < texts.size(); ++k) {
        RawEvent e;
        e.timestampMs = kStart + 20 * kMinute + int64_t(k) * 100;
        e.message = texts[k];
        e.logStream = "2024/03/13/[$LATEST]abc";
        e.function = function;
        builder.addEvent(e);
    }
    return builder.finish();
}

} // namespace

class TestInsightsFleet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void binsMergeIntoOneFunctionPerAccountRegionAndName()
    {
        const FleetPtr fleet = InsightsFleet::build(outcome(), prices());
        QVERIFY(fleet->summary());
        QCOMPARE(fleet->functionCount(), size_t(3));
        QCOMPARE(fleet->invocationCount(), size_t(0));
        QCOMPARE(fleet->lineCount(), size_t(0));
        const int dev = InsightsFleet::findFunction(*fleet, QStringLiteral("profile:dev"), QStringLiteral("us-east-1"), QStringLiteral("orders-api"));
        const int prod = InsightsFleet::findFunction(*fleet, QStringLiteral("profile:prod"), QStringLiteral("us-east-1"), QStringLiteral("orders-api"));
        QVERIFY(dev >= 0 && prod >= 0 && dev != prod);
        QCOMPARE(fleet->function(uint32_t(dev)).service, QStringLiteral("orders"));
        QCOMPARE(fleet->summary()->logGroups[size_t(dev)], QStringLiteral("/aws/lambda/orders-api"));
        QCOMPARE(fleet->firstTimeMs(), kStart);
        QCOMPARE(fleet->lastTimeMs(), kStart + 60 * kMinute);
    }

    void mergedStatistics_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("function");
        QTest::addColumn<qint64>("invocations");
        QTest::addColumn<qint64>("failed");
        QTest::addColumn<qint64>("coldStarts");
        QTest::addColumn<double>("p50");
        QTest::addColumn<double>("p99");
        QTest::addColumn<int>("maxUsed");
        QTest::addColumn<QVector<uint32_t>>("sizes");
        QTest::addColumn<double>("gbSeconds");
        // p50: (100 x 10 + 300 x 30) / 400 = 25; p99: the larger bin p99.
        QTest::newRow("two bins add counts, weight medians by invocations and keep the worst p99")
            << "profile:dev" << "orders-api" << qint64(400) << qint64(2) << qint64(80) << 25.0 << 200.0 << 90
            << QVector<uint32_t>{128, 256} << (0.125 * 1.2 + 0.25 * 9.0);
        QTest::newRow("a single bin is taken as it is")
            << "profile:dev" << "orders-worker" << qint64(10) << qint64(10) << qint64(2) << 100.0 << 900.0 << 120
            << QVector<uint32_t>{128} << 0.125;
        QTest::newRow("the same name in another account keeps its own numbers")
            << "profile:prod" << "orders-api" << qint64(7) << qint64(0) << qint64(1) << 5.0 << 8.0 << 40
            << QVector<uint32_t>{128} << 0.125 * 0.07;
    }
    void mergedStatistics()
    {
        QFETCH(QString, account);
        QFETCH(QString, function);
        QFETCH(qint64, invocations);
        QFETCH(qint64, failed);
        QFETCH(qint64, coldStarts);
        QFETCH(double, p50);
        QFETCH(double, p99);
        QFETCH(int, maxUsed);
        QFETCH(QVector<uint32_t>, sizes);
        QFETCH(double, gbSeconds);
        const PriceTable p = prices();
        const FleetPtr fleet = InsightsFleet::build(outcome(), p);
        const int id = InsightsFleet::findFunction(*fleet, account, QStringLiteral("us-east-1"), function);
        QVERIFY(id >= 0);
        const FunctionStats& s = fleet->stats(uint32_t(id));
        QCOMPARE(qint64(s.invocations), invocations);
        QCOMPARE(qint64(s.failed()), failed);
        QCOMPARE(qint64(s.coldStarts), coldStarts);
        QCOMPARE(s.durationMs.p50, p50);
        QCOMPARE(s.durationMs.p99, p99);
        QCOMPARE(int(s.maxMemoryUsedMb), maxUsed);
        QCOMPARE(s.memorySizesMb, sizes);
        QVERIFY(qAbs(s.gbSeconds - gbSeconds) < 1e-9);
        const double expectedCost = gbSeconds * p.gbSecond(Architecture::X86_64) + double(invocations) * p.perRequest(Architecture::X86_64);
        QVERIFY(qAbs(s.costUsd - expectedCost) < 1e-12);
    }

    void totalsCoverEveryFunction()
    {
        const FleetPtr fleet = InsightsFleet::build(outcome(), prices());
        QCOMPARE(fleet->totals().invocations, uint64_t(417));
        QCOMPARE(fleet->totals().failed(), uint64_t(12));
        QCOMPARE(fleet->totals().durationMs.p99, 900.0);
        QVERIFY(qAbs(fleet->summary()->scanCostUsd - 0.016) < 1e-12);
    }

    void fleetTableShowsTheSummaryWithBinSparklines()
    {
        FleetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFleet(InsightsFleet::build(outcome(), prices()));
        QCOMPARE(model.rowCount(), 1); // all three are "orders"
        const QModelIndex orders = model.index(0, 0);
        QCOMPARE(model.rowCount(orders), 3);
        QCOMPARE(model.index(0, FleetModel::Invocations).data(FleetModel::ValueRole).toLongLong(), qint64(417));
        int devApi = -1;
        for (int r = 0; r < 3; ++r)
            if (model.index(r, FleetModel::Name, orders).data().toString().startsWith(QStringLiteral("orders-api ("))  // qualified: the name is shared
                && model.index(r, FleetModel::Account, orders).data().toString() == QStringLiteral("profile:dev"))
                devApi = r;
        QVERIFY(devApi >= 0);
        QCOMPARE(model.index(devApi, FleetModel::Region, orders).data().toString(), QStringLiteral("us-east-1"));
        QCOMPARE(model.index(devApi, FleetModel::DurationP99, orders).data(FleetModel::ValueRole).toDouble(), 200.0);
        QCOMPARE(model.index(devApi, FleetModel::MemorySize, orders).data(FleetModel::ValueRole).toInt(), 256);
        QVERIFY(model.index(devApi, FleetModel::DurationP99, orders).data(Qt::ToolTipRole).toString().contains(QStringLiteral("upper bound")));
        // 60 minutes in 5-minute bins: one bar per bin, each bin's counts in its bar.
        const auto activity = model.index(devApi, FleetModel::Activity, orders).data(FleetModel::ActivityRole).value<QVector<int>>();
        const auto failures = model.index(devApi, FleetModel::Activity, orders).data(FleetModel::FailureActivityRole).value<QVector<int>>();
        QCOMPARE(activity.size(), 12);
        QCOMPARE(activity[0], 100);
        QCOMPARE(activity[3], 300);
        QCOMPARE(failures[0], 2);
        QCOMPARE(std::accumulate(activity.begin(), activity.end(), 0), 400);
        const auto service = model.index(0, FleetModel::Activity).data(FleetModel::ActivityRole).value<QVector<int>>();
        QCOMPARE(service.size(), 12);
        QCOMPARE(service[11], 10);
        QCOMPARE(service[1], 7);
    }

    void drilledFunctionGetsItsInvocationsOthersKeepSummaryRows()
    {
        const FleetPtr summary = InsightsFleet::build(outcome(), prices());
        const FleetPtr raw = rawFleet(QStringLiteral("profile:dev"), QStringLiteral("us-east-1"), "orders-worker", 4);
        QCOMPARE(raw->invocationCount(), size_t(4));
        const FleetPtr mixed = InsightsFleet::withRaw(summary, raw);
        QVERIFY(mixed->summary());
        QCOMPARE(mixed->functionCount(), size_t(3));
        QCOMPARE(mixed->invocationCount(), size_t(4));
        const int worker = InsightsFleet::findFunction(*mixed, QStringLiteral("profile:dev"), QStringLiteral("us-east-1"), QStringLiteral("orders-worker"));
        const int api = InsightsFleet::findFunction(*mixed, QStringLiteral("profile:dev"), QStringLiteral("us-east-1"), QStringLiteral("orders-api"));
        QVERIFY(worker >= 0 && api >= 0);
        QVERIFY(mixed->summary()->hasRaw(uint32_t(worker)));
        QVERIFY(!mixed->summary()->hasRaw(uint32_t(api)));
        QCOMPARE(mixed->summary()->rawCount(), size_t(1));
        const auto [b, e] = mixed->invocationRange(uint32_t(worker));
        QCOMPARE(e - b, 4u);
        const auto [ab, ae] = mixed->invocationRange(uint32_t(api));
        QCOMPARE(ae - ab, 0u);
        QCOMPARE(mixed->stats(uint32_t(worker)).invocations, uint64_t(4));    // exact, from its events
        QCOMPARE(mixed->stats(uint32_t(api)).invocations, uint64_t(400));     // the summary row
        QCOMPARE(mixed->totals().invocations, uint64_t(417));                 // server-side totals
        QCOMPARE(mixed->summary()->logGroups[size_t(worker)], QStringLiteral("/aws/lambda/orders-worker"));

        FleetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFleet(mixed);
        const QModelIndex workerIndex = model.indexOfFunction(uint32_t(worker));
        const auto activity = workerIndex.siblingAtColumn(FleetModel::Activity).data(FleetModel::ActivityRole).value<QVector<int>>();
        QCOMPARE(activity.size(), 12);
        QCOMPARE(std::accumulate(activity.begin(), activity.end(), 0), 4);
        QCOMPARE(activity[4], 4); // minute 20 of the hour
    }

    void emptyOutcomeGivesAnEmptySummary()
    {
        aws::AwsOutcome o;
        o.action = aws::AwsAction::Insights;
        o.startMs = kStart;
        o.endMs = kStart + kMinute;
        const FleetPtr fleet = InsightsFleet::build(o, prices());
        QCOMPARE(fleet->functionCount(), size_t(0));
        FleetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFleet(fleet);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestInsightsFleet)
#include "tst_insightsfleet.moc"
