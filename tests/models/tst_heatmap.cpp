#include "analysis/heatmap.h"
#include "columnsfixture.h"

#include <QtTest>

using namespace ll;
using lltest::kMinute;
using lltest::kT0;
using lltest::Row;

class TestHeatmap : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void logAxisRows_data();
    void logAxisRows();
    void axisCoversDataInDecades();
    void cellsAndOverlays();
    void brushedRegionMapsBackToRows_data();
    void brushedRegionMapsBackToRows();
    void everyCountedRowIsInExactlyOneCell();
};

void TestHeatmap::logAxisRows_data()
{
    QTest::addColumn<double>("durationMs");
    QTest::addColumn<int>("row");
    // 1 ms .. 1000 ms in 3 rows: one decade per row.
    QTest::newRow("below the axis goes to the first row") << 0.2 << 0;
    QTest::newRow("5 ms is in the first decade") << 5.0 << 0;
    QTest::newRow("exactly 10 ms starts the second decade") << 10.0 << 1;
    QTest::newRow("999 ms is in the last decade") << 999.0 << 2;
    QTest::newRow("above the axis goes to the last row") << 50000.0 << 2;
    QTest::newRow("a negative duration (unknown) does not crash") << -1.0 << 0;
}

void TestHeatmap::logAxisRows()
{
    QFETCH(double, durationMs);
    QFETCH(int, row);
    const LogDurationAxis axis { 1, 1000, 3 };
    QCOMPARE(axis.rowOf(durationMs), row);
    QVERIFY(qAbs(axis.rowLowerMs(1) - 10) < 1e-9);
    QVERIFY(qAbs(axis.rowLowerMs(3) - 1000) < 1e-9);
}

void TestHeatmap::axisCoversDataInDecades()
{
    const LogDurationAxis a = LogDurationAxis::covering(3.2, 2500, 40);
    QCOMPARE(a.loMs, 1.0);
    QCOMPARE(a.hiMs, 10000.0);
    const LogDurationAxis same = LogDurationAxis::covering(100, 100, 10);
    QVERIFY(same.hiMs > same.loMs);
}

void TestHeatmap::cellsAndOverlays()
{
    lltest::ColumnsBuilder b;
    Row r;
    r.startMs = kT0;
    r.durationMs = 5;
    b.add(r);
    r.startMs = kT0 + kMinute + 1;
    r.durationMs = 500;
    r.cold = true;
    b.add(r);
    r.cold = false;
    r.outcome = Outcome::Timeout;
    r.startMs = kT0 + kMinute + 2;
    b.add(r);
    r.outcome = Outcome::Incomplete;
    b.add(r);
    const InvocationColumns c = b.finish();
    HeatmapSpec spec;
    spec.fromMs = kT0;
    spec.toMs = kT0 + 2 * kMinute;
    spec.columns = 2;
    spec.rows = 3;
    spec.minDurationMs = 1;
    spec.maxDurationMs = 1000;
    const HeatmapGrid m = buildHeatmap(c, functionRows(c), spec);
    QCOMPARE(m.total, 3u);
    QCOMPARE(m.counts[m.cell(0, 0)], 1u);
    QCOMPARE(m.counts[m.cell(1, 2)], 2u);
    QCOMPARE(m.coldStarts[m.cell(1, 2)], 1u);
    QCOMPARE(m.failures[m.cell(1, 2)], 1u);
    QCOMPARE(m.failures[m.cell(0, 0)], 0u);
    QCOMPARE(m.maxCount, 2u);
}

void TestHeatmap::brushedRegionMapsBackToRows_data()
{
    QTest::addColumn<int>("c0");
    QTest::addColumn<int>("c1");
    QTest::addColumn<int>("r0");
    QTest::addColumn<int>("r1");
    QTest::addColumn<int>("expected");
    // 10 columns x 3 decades; one invocation per column, durations cycling 5, 50, 500 ms.
    QTest::newRow("the whole map selects every finished row") << 0 << 9 << 0 << 2 << 10;
    QTest::newRow("the slow decade only") << 0 << 9 << 2 << 2 << 3;
    QTest::newRow("a region dragged right to left is the same region") << 9 << 0 << 2 << 2 << 3;
    QTest::newRow("one cell") << 1 << 1 << 1 << 1 << 1;
    QTest::newRow("an empty cell selects nothing") << 1 << 1 << 0 << 0 << 0;
    QTest::newRow("a region outside the map is clamped to it") << -5 << 50 << -1 << 99 << 10;
}

void TestHeatmap::brushedRegionMapsBackToRows()
{
    QFETCH(int, c0);
    QFETCH(int, c1);
    QFETCH(int, r0);
    QFETCH(int, r1);
    QFETCH(int, expected);
    lltest::ColumnsBuilder b;
    const float durations[] = { 5, 50, 500 };
    for (int i = 0; i < 10; ++i) {
        Row r;
        r.startMs = kT0 + i * kMinute + 7;
        r.durationMs = durations[i % 3];
        b.add(r);
    }
    const InvocationColumns c = b.finish();
    HeatmapSpec spec { kT0, kT0 + 10 * kMinute, 10, 3, 1, 1000 };
    const auto fns = functionRows(c);
    const HeatmapGrid m = buildHeatmap(c, fns, spec);
    const auto rows = rowsInRegion(c, fns, m, { c0, c1, r0, r1 });
    QCOMPARE(int(rows.size()), expected);
    for (uint32_t row : rows) {
        const int col = m.columnOf(c.startMs[row]);
        QVERIFY(col >= qMin(c0, c1) && col <= qMax(c0, c1));
    }
}

void TestHeatmap::everyCountedRowIsInExactlyOneCell()
{
    // Awkward spans (not divisible by the column count) must not lose rows at column edges.
    lltest::ColumnsBuilder b;
    for (int i = 0; i < 997; ++i) {
        Row r;
        r.startMs = kT0 + i * 13;
        r.durationMs = float(1 + (i * 37) % 3000);
        r.function = uint32_t(i % 3);
        b.add(r);
    }
    const InvocationColumns c = b.finish();
    const auto fns = functionRows(c);
    HeatmapSpec spec;
    spec.columns = 7;
    spec.rows = 5;
    const HeatmapGrid m = buildHeatmap(c, fns, spec);
    QCOMPARE(m.total, 997u);
    uint64_t sum = 0;
    for (int col = 0; col < m.columns; ++col) {
        const auto rows = rowsInRegion(c, fns, m, { col, col, 0, m.axis.rows - 1 });
        uint32_t cells = 0;
        for (int r = 0; r < m.axis.rows; ++r)
            cells += m.counts[m.cell(col, r)];
        QCOMPARE(uint32_t(rows.size()), cells);
        sum += rows.size();
    }
    QCOMPARE(sum, 997u);
}

QTEST_GUILESS_MAIN(TestHeatmap)
#include "tst_heatmap.moc"
