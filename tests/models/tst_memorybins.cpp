#include "analysis/memorybins.h"
#include "columnsfixture.h"

#include <QtTest>

using namespace ll;
using lltest::kMinute;
using lltest::kT0;
using lltest::Row;

Q_DECLARE_METATYPE(QVector<lltest::Row>)
Q_DECLARE_METATYPE(QVector<double>)
Q_DECLARE_METATYPE(QVector<uint>)

namespace {
// Spec covering [kT0, kT0 + bins minutes): one bin per minute.
MemoryBinSpec minuteBins(int bins, int buckets = 10)
{
    MemoryBinSpec spec;
    spec.fromMs = kT0;
    spec.toMs = kT0 + bins * kMinute;
    spec.bins = bins;
    spec.histogramBuckets = buckets;
    return spec;
}

MemorySeries run(const QVector<Row>& rows, const MemoryBinSpec& spec)
{
    lltest::ColumnsBuilder b;
    for (const Row& r : rows)
        b.add(r);
    const InvocationColumns c = b.finish();
    const auto ranges = functionRows(c);
    return ranges.empty() ? binMemory(c, FunctionRows {}, spec) : binMemory(c, ranges.front(), spec);
}

Row warm(int64_t atMs, uint16_t used, uint16_t size = 512)
{
    Row r;
    r.startMs = atMs;
    r.usedMb = used;
    r.sizeMb = size;
    return r;
}
}

class TestMemoryBins : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bands_data();
    void bands();
    void sizeSteps_data();
    void sizeSteps();
    void coldWarmAndOom();
    void utilizationHistogram_data();
    void utilizationHistogram();
    void sharedAxisForSeveralFunctions();
};

void TestMemoryBins::bands_data()
{
    QTest::addColumn<QVector<Row>>("rows");
    QTest::addColumn<int>("bins");
    QTest::addColumn<QVector<uint>>("counts");     // warm count per bin
    QTest::addColumn<QVector<double>>("p50");      // warm p50 per bin (ignored where count is 0)
    QTest::addColumn<QVector<double>>("p95");
    QTest::addColumn<QVector<double>>("max");

    QVector<Row> hundred;
    for (int i = 1; i <= 100; ++i)
        hundred << warm(kT0 + i * 100, uint16_t(i));
    QTest::newRow("one bin of 1..100 MB gives nearest-rank p50 50 and p95 95")
        << hundred << 1 << QVector<uint> { 100 } << QVector<double> { 50 } << QVector<double> { 95 }
        << QVector<double> { 100 };

    QTest::newRow("bins without invocations stay empty instead of repeating a neighbour")
        << QVector<Row> { warm(kT0 + 10, 100), warm(kT0 + 3 * kMinute + 10, 300) } << 4
        << QVector<uint> { 1, 0, 0, 1 } << QVector<double> { 100, 0, 0, 300 } << QVector<double> { 100, 0, 0, 300 }
        << QVector<double> { 100, 0, 0, 300 };

    QVector<Row> withIncomplete { warm(kT0, 100), warm(kT0 + 1, 200) };
    withIncomplete[1].outcome = Outcome::Incomplete;
    QTest::newRow("an invocation without REPORT has no memory figure and is not counted")
        << withIncomplete << 1 << QVector<uint> { 1 } << QVector<double> { 100 } << QVector<double> { 100 }
        << QVector<double> { 100 };

    QTest::newRow("rows outside the range are left out")
        << QVector<Row> { warm(kT0 - 5, 500), warm(kT0 + 5, 100), warm(kT0 + 2 * kMinute, 500) } << 2
        << QVector<uint> { 1, 0 } << QVector<double> { 100, 0 } << QVector<double> { 100, 0 } << QVector<double> { 100, 0 };

    QTest::newRow("no rows at all gives all empty bins")
        << QVector<Row> {} << 3 << QVector<uint> { 0, 0, 0 } << QVector<double> { 0, 0, 0 }
        << QVector<double> { 0, 0, 0 } << QVector<double> { 0, 0, 0 };
}

void TestMemoryBins::bands()
{
    QFETCH(QVector<Row>, rows);
    QFETCH(int, bins);
    QFETCH(QVector<uint>, counts);
    QFETCH(QVector<double>, p50);
    QFETCH(QVector<double>, p95);
    QFETCH(QVector<double>, max);
    const MemorySeries s = run(rows, minuteBins(bins));
    QCOMPARE(int(s.bins.size()), bins);
    for (int b = 0; b < bins; ++b) {
        const MemoryBand& w = s.bins[size_t(b)].warm;
        QCOMPARE(w.count, counts[b]);
        QCOMPARE(s.bins[size_t(b)].fromMs, kT0 + b * kMinute);
        if (w.count == 0)
            continue;
        QCOMPARE(w.p50, p50[b]);
        QCOMPARE(w.p95, p95[b]);
        QCOMPARE(w.max, max[b]);
        QVERIFY(w.min <= w.p50 && w.p50 <= w.p95 && w.p95 <= w.max);
    }
}

void TestMemoryBins::sizeSteps_data()
{
    QTest::addColumn<QVector<Row>>("rows");
    QTest::addColumn<QVector<qint64>>("stepTimes");
    QTest::addColumn<QVector<uint>>("stepSizes");
    QTest::addColumn<uint>("bin0Min");
    QTest::addColumn<uint>("bin0Max");

    QTest::newRow("a size change inside a bin keeps its exact time and both sizes in the bin")
        << QVector<Row> { warm(kT0 + 1000, 100, 512), warm(kT0 + 20000, 100, 1024), warm(kT0 + 2 * kMinute, 100, 1024) }
        << QVector<qint64> { kT0 + 1000, kT0 + 20000 } << QVector<uint> { 512, 1024 } << 512u << 1024u;
    QTest::newRow("the size before the range starts the step series at the range start")
        << QVector<Row> { warm(kT0 - kMinute, 100, 256), warm(kT0 + 2 * kMinute, 100, 256) }
        << QVector<qint64> { kT0 } << QVector<uint> { 256 } << 0u << 0u;
    QTest::newRow("a size going back and forth gives one step per change")
        << QVector<Row> { warm(kT0 + 1, 10, 128), warm(kT0 + 2, 10, 256), warm(kT0 + 3, 10, 256), warm(kT0 + kMinute + 1, 10, 128) }
        << QVector<qint64> { kT0 + 1, kT0 + 2, kT0 + kMinute + 1 } << QVector<uint> { 128, 256, 128 } << 128u << 256u;
}

void TestMemoryBins::sizeSteps()
{
    QFETCH(QVector<Row>, rows);
    QFETCH(QVector<qint64>, stepTimes);
    QFETCH(QVector<uint>, stepSizes);
    QFETCH(uint, bin0Min);
    QFETCH(uint, bin0Max);
    const MemorySeries s = run(rows, minuteBins(3));
    QCOMPARE(int(s.sizeSteps.size()), stepTimes.size());
    for (int i = 0; i < stepTimes.size(); ++i) {
        QCOMPARE(s.sizeSteps[size_t(i)].fromMs, stepTimes[i]);
        QCOMPARE(s.sizeSteps[size_t(i)].memorySizeMb, stepSizes[i]);
    }
    QCOMPARE(s.bins[0].minSizeMb, bin0Min);
    QCOMPARE(s.bins[0].maxSizeMb, bin0Max);
}

void TestMemoryBins::coldWarmAndOom()
{
    Row cold = warm(kT0 + 5, 400);
    cold.cold = true;
    cold.initMs = 300;
    Row oom = warm(kT0 + kMinute + 5, 512);
    oom.outcome = Outcome::OutOfMemory;
    const MemorySeries s = run({ warm(kT0 + 1, 100), cold, warm(kT0 + 9, 120), oom }, minuteBins(2));
    QCOMPARE(s.bins[0].warm.count, 2u);
    QCOMPARE(s.bins[0].cold.count, 1u);
    QCOMPARE(s.bins[0].cold.max, 400.0);
    QCOMPARE(s.bins[0].warm.max, 120.0);
    QCOMPARE(s.bins[0].oomKills, 0u);
    QCOMPARE(s.bins[1].oomKills, 1u);
    QCOMPARE(s.bins[1].oomMaxUsedMb, 512.0);
    QCOMPARE(s.oomKills, 1u);
    QCOMPARE(s.invocations, 4u);
    QCOMPARE(s.maxUsedMb, 512.0);
}

void TestMemoryBins::utilizationHistogram_data()
{
    QTest::addColumn<QVector<Row>>("rows");
    QTest::addColumn<QVector<uint>>("counts");   // 4 buckets of 25%
    QTest::newRow("quarter buckets by used over size")
        << QVector<Row> { warm(kT0, 10, 100), warm(kT0 + 1, 30, 100), warm(kT0 + 2, 55, 100), warm(kT0 + 3, 99, 100) }
        << QVector<uint> { 1, 1, 1, 1 };
    QTest::newRow("an OOM kill at used == size lands in the top bucket, not past it")
        << QVector<Row> { warm(kT0, 128, 128), warm(kT0 + 1, 130, 128) } << QVector<uint> { 0, 0, 0, 2 };
    QTest::newRow("utilization is relative to each invocation's own size")
        << QVector<Row> { warm(kT0, 100, 128), warm(kT0 + 1, 100, 1024) } << QVector<uint> { 1, 0, 0, 1 };
}

void TestMemoryBins::utilizationHistogram()
{
    QFETCH(QVector<Row>, rows);
    QFETCH(QVector<uint>, counts);
    const MemorySeries s = run(rows, minuteBins(1, 4));
    QCOMPARE(s.utilization.total, uint(rows.size()));
    QCOMPARE(int(s.utilization.counts.size()), 4);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(s.utilization.counts[size_t(i)], counts[i]);
}

void TestMemoryBins::sharedAxisForSeveralFunctions()
{
    lltest::ColumnsBuilder b;
    Row a = warm(kT0, 100);
    Row c = warm(kT0 + 10 * kMinute, 100);
    c.function = 1;
    b.add(a).add(c);
    const InvocationColumns cols = b.finish();
    MemoryBinSpec spec;
    spec.bins = 10;
    const auto series = binMemory(cols, functionRows(cols), spec);
    QCOMPARE(int(series.size()), 2);
    QCOMPARE(series[0].fromMs, series[1].fromMs);
    QCOMPARE(series[0].toMs, series[1].toMs);
    QCOMPARE(series[0].bins.front().warm.count, 1u);
    QCOMPARE(series[1].bins.back().warm.count, 1u);
}

QTEST_GUILESS_MAIN(TestMemoryBins)
#include "tst_memorybins.moc"
