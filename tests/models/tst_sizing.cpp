#include "analysis/sizing.h"
#include "columnsfixture.h"

#include <QtTest>
#include <functional>

using namespace ll;
using lltest::kDay;
using lltest::kT0;
using lltest::Row;

using Fixture = std::function<InvocationColumns()>;
Q_DECLARE_METATYPE(Fixture)

namespace {

Row run(uint16_t sizeMb, uint16_t usedMb, float durationMs)
{
    Row r;
    r.sizeMb = sizeMb;
    r.usedMb = usedMb;
    r.durationMs = durationMs;
    r.billedMs = std::ceil(durationMs);
    return r;
}

// First half of the day at `a`, second half at `b` (the current size is the later one).
InvocationColumns twoSizes(Row a, Row b, int n = 200)
{
    lltest::ColumnsBuilder builder;
    builder.addSpread(a, n, kT0, kDay / 2).addSpread(b, n, kT0 + kDay / 2, kDay / 2);
    return builder.finish();
}

InvocationColumns oneSize(Row r, int n = 400)
{
    lltest::ColumnsBuilder builder;
    builder.addSpread(r, n, kT0, kDay);
    return builder.finish();
}

SizingOptions dayOptions()
{
    SizingOptions o;
    o.prices = PriceTable::builtin();
    o.windowMs = kDay;
    return o;
}

FunctionSizing size(const InvocationColumns& c)
{
    return sizeFunction(c, functionRows(c).front(), dayOptions());
}

} // namespace

class TestSizing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundsToSteps_data();
    void roundsToSteps();
    void vcpuSteps();
    void recommendation_data();
    void recommendation();
    void costAgainstHandComputedFigures();
    void powerTuningCurveFromRealTraffic();
    void coldStartInitCountsInCost();
    void namesAndNoData();
};

void TestSizing::roundsToSteps_data()
{
    QTest::addColumn<double>("mb");
    QTest::addColumn<uint>("expected");
    QTest::newRow("nothing used still gets Lambda's minimum 128 MB") << 0.0 << 128u;
    QTest::newRow("one MB over a step goes to the next step") << 129.0 << 192u;
    QTest::newRow("an exact step stays") << 1024.0 << 1024u;
    QTest::newRow("more than Lambda allows is clamped to 10240 MB") << 20000.0 << 10240u;
}

void TestSizing::roundsToSteps()
{
    QFETCH(double, mb);
    QFETCH(uint, expected);
    QCOMPARE(roundMemoryUp(mb, 64), expected);
}

void TestSizing::vcpuSteps()
{
    QCOMPARE(vcpuStepsMb(), (std::vector<uint32_t> { 1769, 3538, 5307, 7076, 8845 }));
    QCOMPARE(vcpusFor(1769), 1.0);
}

void TestSizing::recommendation_data()
{
    QTest::addColumn<Fixture>("fixture");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<uint>("recommendedMb");
    QTest::addColumn<int>("cpuBound");     // -1 unknown, 0 false, 1 true
    QTest::addColumn<bool>("estimate");

    QTest::newRow("over-provisioned and measured flat at two sizes: lower to p99 + 20%")
        << Fixture([] { return twoSizes(run(512, 100, 100), run(1024, 100, 100)); }) << QStringLiteral("lower") << 128u << 0
        << true;
    QTest::newRow("CPU-bound (duration halves when memory doubles) is not lowered though memory fits")
        << Fixture([] { return twoSizes(run(512, 100, 400), run(1024, 100, 200)); }) << QStringLiteral("keep") << 1024u << 1
        << false;
    QTest::newRow("partly CPU-bound is not lowered either")
        << Fixture([] { return twoSizes(run(512, 100, 246), run(1024, 100, 200)); }) << QStringLiteral("keep") << 1024u << 1
        << false;
    QTest::newRow("measured at one size only: CPU use unknown, lowering is an estimate")
        << Fixture([] { return oneSize(run(1024, 200, 100)); }) << QStringLiteral("lower") << 256u << -1 << true;
    QTest::newRow("lowering to a size already measured uses the measured cost")
        << Fixture([] { return twoSizes(run(256, 200, 100), run(1024, 200, 100)); }) << QStringLiteral("lower") << 256u << 0
        << false;
    QTest::newRow("p99 used plus headroom above the size: raise")
        << Fixture([] { return oneSize(run(256, 240, 50)); }) << QStringLiteral("raise") << 320u << -1 << true;
    QTest::newRow("right-sized function is kept")
        << Fixture([] { return oneSize(run(256, 200, 50)); }) << QStringLiteral("keep") << 256u << -1 << false;
    QTest::newRow("out-of-memory kills raise the size by half even when p99 looks fine")
        << Fixture([] {
               lltest::ColumnsBuilder b;
               b.addSpread(run(256, 150, 50), 400, kT0, kDay);
               Row oom = run(256, 256, 80);
               oom.outcome = Outcome::OutOfMemory;
               oom.startMs = kT0 + 5;
               b.add(oom);
               return b.finish();
           })
        << QStringLiteral("raise") << 384u << -1 << true;
    QTest::newRow("too few invocations at the second size are no evidence")
        << Fixture([] {
               lltest::ColumnsBuilder b;
               b.addSpread(run(512, 100, 400), 5, kT0, 1000).addSpread(run(1024, 100, 200), 400, kT0 + 10000, kDay);
               return b.finish();
           })
        << QStringLiteral("lower") << 128u << -1 << true;
}

void TestSizing::recommendation()
{
    QFETCH(Fixture, fixture);
    QFETCH(QString, kind);
    QFETCH(uint, recommendedMb);
    QFETCH(int, cpuBound);
    QFETCH(bool, estimate);
    const FunctionSizing s = size(fixture());
    QCOMPARE(QLatin1String(recommendationKey(s.recommendation)), kind);
    QCOMPARE(s.recommendedMemoryMb, recommendedMb);
    QCOMPARE(s.cpuBound.has_value() ? int(*s.cpuBound) : -1, cpuBound);
    QCOMPARE(s.recommendedCostIsEstimate, estimate);
    QVERIFY(!s.reason.isEmpty());
    QVERIFY(!s.cpuEvidence.isEmpty());
    if (s.recommendation == Recommendation::Lower)
        QVERIFY(s.savingPerDayUsd > 0);
    if (s.recommendation == Recommendation::Keep)
        QCOMPARE(s.savingPerDayUsd, 0.0);
}

void TestSizing::costAgainstHandComputedFigures()
{
    // 400 runs a day at 1024 MB, 100 ms billed, 100 MB used.
    const FunctionSizing s = size(oneSize(run(1024, 100, 100)));
    QCOMPARE(s.invocations, 400u);
    QCOMPARE(s.invocationsPerDay, 400.0);
    QCOMPARE(s.memorySizeMb, 1024u);
    QCOMPARE(s.maxMemoryUsedMb, 100u);
    QCOMPARE(s.p99MemoryUsedMb, 100u);
    QCOMPARE(s.utilization, 100.0 / 1024.0);
    // GB-s per call = 1 GB x 0.1 s = 0.1; per day 40.
    QVERIFY(qAbs(s.gbSecondsPerDay - 40.0) < 1e-9);
    // per million = 0.20 + 0.1 x 0.0000166667 x 1e6 = 1.86667
    QVERIFY(qAbs(s.costPerMillionUsd - 1.86667) < 1e-9);
    QVERIFY(qAbs(s.costPerDayUsd - 400 * 1.86667e-6) < 1e-12);
    // arm64 estimate: 0.20 + 0.1 x 0.0000133334 x 1e6 = 1.53334 per million
    QVERIFY(qAbs(s.arm64CostPerDayUsd - 400 * 1.53334e-6) < 1e-12);
    // Recommended 128 MB: 0.20 + 0.125 x 0.1 x 16.6667 = 0.40833375 per million
    QCOMPARE(s.recommendedMemoryMb, 128u);
    QVERIFY(qAbs(s.recommendedCostPerMillionUsd - 0.40833375) < 1e-9);
    QVERIFY(qAbs(s.savingPerDayUsd - 400 * (1.86667 - 0.40833375) / 1e6) < 1e-12);
    QVERIFY(qAbs(s.vcpus - 1024.0 / 1769.0) < 1e-12);
}

void TestSizing::powerTuningCurveFromRealTraffic()
{
    lltest::ColumnsBuilder b;
    // 100 runs at 512 MB: durations 1..100 ms; 100 runs at 1024 MB: 0.5..50 ms.
    for (int i = 1; i <= 100; ++i) {
        Row r = run(512, 90, float(i));
        r.startMs = kT0 + i;
        b.add(r);
        Row q = run(1024, 90, float(i) / 2);
        q.startMs = kT0 + 1000 + i;
        b.add(q);
    }
    const InvocationColumns c = b.finish();
    const FunctionSizing s = size(c);
    QCOMPARE(int(s.sizes.size()), 2);
    const SizePoint& small = s.sizes[0];
    const SizePoint& big = s.sizes[1];
    QCOMPARE(small.memorySizeMb, 512u);
    QCOMPARE(small.invocations, 100u);
    QCOMPARE(small.p50DurationMs, 50.0);
    QCOMPARE(small.p99DurationMs, 99.0);
    QCOMPARE(small.p99BilledMs, 99.0);
    QCOMPARE(small.meanBilledMs, 50.5);
    QVERIFY(qAbs(small.costPerMillionUsd - (0.2 + 0.5 * 0.0505 * 16.6667)) < 1e-9);
    QCOMPARE(big.p50DurationMs, 25.0);
    QCOMPARE(big.p99BilledMs, 50.0);   // ceil(49.5)
    QVERIFY(s.durationExponent.has_value());
    QVERIFY(qAbs(*s.durationExponent + 1.0) < 1e-9);
    QCOMPARE(s.cpuBound, std::optional<bool>(true));
    QCOMPARE(s.memorySizeMb, 1024u);
    QCOMPARE(s.p50DurationMs, 25.0);
}

void TestSizing::coldStartInitCountsInCost()
{
    lltest::ColumnsBuilder b;
    Row cold = run(1024, 100, 100);
    cold.cold = true;
    cold.initMs = 900;   // old REPORT: billed 100 ms without init -> 1000 ms billed since Aug 2025
    cold.startMs = kT0;
    Row warm = run(1024, 100, 100);
    warm.startMs = kT0 + 1;
    b.add(cold).add(warm);
    const FunctionSizing s = size(b.finish());
    QCOMPARE(s.sizes.front().meanBilledMs, 550.0);
    QCOMPARE(s.coldStarts, 1u);
}

void TestSizing::namesAndNoData()
{
    lltest::ColumnsBuilder b;
    Row incomplete = run(512, 0, 0);
    incomplete.outcome = Outcome::Incomplete;
    b.add(incomplete);
    Row other = run(256, 100, 10);
    other.function = 1;
    b.add(other);
    SizingOptions o = dayOptions();
    const auto all = sizeFunctions(b.finish(), { QStringLiteral("orders-api") }, o);
    QCOMPARE(int(all.size()), 2);
    QCOMPARE(all[0].name, QStringLiteral("orders-api"));
    QCOMPARE(all[0].recommendation, Recommendation::NoData);
    QCOMPARE(all[1].name, QStringLiteral("#1"));
    QCOMPARE(all[1].invocations, 1u);
}

QTEST_GUILESS_MAIN(TestSizing)
#include "tst_sizing.moc"
