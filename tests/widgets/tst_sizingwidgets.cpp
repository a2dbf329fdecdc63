#include "../models/columnsfixture.h"
#include "analysis/sizing.h"
#include "heatmap/durationheatmap.h"
#include "insights/insightspanel.h"
#include "itemmodels/insightsmodel.h"
#include "itemmodels/sizingmodel.h"
#include "memory/memorychart.h"
#include "selection/selection.h"
#include "store/fleetbuilder.h"
#include "sizing/sizingchart.h"
#include "sizing/sizingview.h"

#include <QDir>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>
#include <cmath>

using namespace ll;
using lltest::kDay;
using lltest::kHour;
using lltest::kMinute;
using lltest::kT0;
using lltest::Row;

namespace {

const QStringList kNames { QStringLiteral("orders-api"), QStringLiteral("payments-worker"), QStringLiteral("catalog-api"),
                           QStringLiteral("image-resizer"), QStringLiteral("feed-poller"), QStringLiteral("batch-importer") };

// A small fleet whose sizing answers are known: over-provisioned, CPU-bound at two sizes, tight
// with OOM kills, flat at two sizes, a size change mid-window, a busy well-sized function.
std::shared_ptr<InvocationColumns> fleetColumns()
{
    lltest::ColumnsBuilder b;
    uint32_t seed = 7;
    auto noise = [&seed](double spread) {
        seed = seed * 1664525u + 1013904223u;
        return 1.0 + spread * (double(seed >> 8) / double(1u << 24) - 0.5);
    };
    for (int i = 0; i < 2000; ++i) {
        const int64_t t = kT0 + int64_t(i) * (kDay / 2000);
        Row r;
        r.startMs = t;
        // orders-api: 1024 MB, uses ~150 MB, 80 ms.
        r.function = 0;
        r.sizeMb = 1024;
        r.usedMb = uint16_t(150 * noise(0.3));
        r.durationMs = float(80 * noise(0.5));
        r.billedMs = std::ceil(r.durationMs);
        r.cold = i % 97 == 0;
        r.initMs = r.cold ? 400 : -1;
        if (r.cold)
            r.usedMb += 40;
        b.add(r);
        // payments-worker: CPU-bound, 512 MB then 1024 MB.
        r = Row {};
        r.startMs = t;
        r.function = 1;
        r.sizeMb = i < 1000 ? 512 : 1024;
        r.usedMb = uint16_t(180 * noise(0.2));
        r.durationMs = float((i < 1000 ? 800 : 400) * noise(0.2));
        r.billedMs = std::ceil(r.durationMs);
        b.add(r);
        // catalog-api: 256 MB, near the limit, OOM kills.
        r = Row {};
        r.startMs = t;
        r.function = 2;
        r.sizeMb = 256;
        r.usedMb = uint16_t(std::min(256.0, 225 * noise(0.2)));
        r.outcome = i % 150 == 3 ? Outcome::OutOfMemory : i % 40 == 0 ? Outcome::Error : Outcome::Ok;
        if (r.outcome == Outcome::OutOfMemory)
            r.usedMb = 256;
        r.durationMs = float(120 * noise(0.4));
        r.billedMs = std::ceil(r.durationMs);
        b.add(r);
        // image-resizer: 3008 MB then 2048 MB, duration flat.
        r = Row {};
        r.startMs = t;
        r.function = 3;
        r.sizeMb = i < 800 ? 3008 : 2048;
        r.usedMb = uint16_t(700 * noise(0.3));
        r.durationMs = float(900 * noise(0.3));
        r.billedMs = std::ceil(r.durationMs);
        b.add(r);
        if (i % 4 == 0) {   // feed-poller: quiet, 128 MB, well sized
            r = Row {};
            r.startMs = t;
            r.function = 4;
            r.sizeMb = 128;
            r.usedMb = uint16_t(70 * noise(0.2));
            r.durationMs = float(15 * noise(0.5));
            r.billedMs = std::ceil(r.durationMs);
            b.add(r);
        }
        if (i < 600 || i > 1400) {   // batch-importer: bursts with a gap, 10 GB, timeouts
            r = Row {};
            r.startMs = t;
            r.function = 5;
            r.sizeMb = 10240;
            r.usedMb = uint16_t(2500 * noise(0.6));
            r.durationMs = float(20000 * noise(0.8));
            r.outcome = i % 90 == 0 ? Outcome::Timeout : Outcome::Ok;
            r.billedMs = std::ceil(r.durationMs);
            b.add(r);
        }
    }
    return std::make_shared<InvocationColumns>(b.finish());
}

QString shot(QWidget* w, const QString& name)
{
    const QString path = QDir(QCoreApplication::applicationDirPath()).filePath(name);
    w->grab().save(path);
    return path;
}

SizingOptions options()
{
    SizingOptions o;
    o.prices = PriceTable::builtin();
    o.windowMs = kDay;
    return o;
}

} // namespace

class TestSizingWidgets : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sizingViewScreenshot();
    void sizingChartAxis_data();
    void sizingChartAxis();
    void memoryChartBinsInWorker();
    void memoryChartDropsStaleResults();
    void heatmapBrushHighlightsRows();
    void insightsEvidenceSelects();
    void liveTailNotifiesOnlyNewInsights();
};

void TestSizingWidgets::sizingViewScreenshot()
{
    const auto cols = fleetColumns();
    SizingView view;
    view.resize(1500, 520);
    view.setSizings(sizeFunctions(*cols, kNames, options()));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.proxy()->rowCount(), 6);
    // Sorted by saving, largest first: the 10 GB batch-importer using a quarter of it saves most.
    QCOMPARE(view.proxy()->index(0, SizingModel::Name).data().toString(), QStringLiteral("batch-importer"));
    for (int r = 1; r < view.proxy()->rowCount(); ++r)
        QVERIFY(view.proxy()->index(r - 1, SizingModel::SavingPerDay).data().toDouble()
                >= view.proxy()->index(r, SizingModel::SavingPerDay).data().toDouble());
    const QString path = shot(&view, QStringLiteral("sizingview.png"));
    QImage img(path);
    QVERIFY(!img.isNull());
    QVERIFY(img.width() >= 1500);
    qInfo("screenshot: %s", qPrintable(path));
}

void TestSizingWidgets::sizingChartAxis_data()
{
    QTest::addColumn<double>("mb");
    QTest::addColumn<double>("fraction");
    QTest::newRow("128 MB is the left edge") << 128.0 << 0.0;
    QTest::newRow("10240 MB is the right edge") << 10240.0 << 1.0;
    QTest::newRow("below Lambda's minimum is clamped") << 10.0 << 0.0;
    QTest::newRow("geometric middle is the middle") << std::sqrt(128.0 * 10240.0) << 0.5;
}

void TestSizingWidgets::sizingChartAxis()
{
    QFETCH(double, mb);
    QFETCH(double, fraction);
    QVERIFY(qAbs(SizingChart::fractionOf(mb) - fraction) < 1e-9);
}

void TestSizingWidgets::memoryChartBinsInWorker()
{
    const auto cols = fleetColumns();
    MemoryChart chart;
    chart.resize(1200, 420);
    QSignalSpy spy(&chart, &MemoryChart::seriesChanged);
    chart.setData(cols, kNames);
    chart.setFunctions({ 0, 2, 3 });
    QVERIFY(chart.waitForIdle());
    QTRY_VERIFY(!chart.series().empty());
    QCOMPARE(int(chart.series().size()), 3);
    QVERIFY(chart.series()[1].oomKills > 0);          // catalog-api
    QCOMPARE(int(chart.series()[2].sizeSteps.size()), 2);   // image-resizer changed size
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    qInfo("screenshot: %s", qPrintable(shot(&chart, QStringLiteral("memorychart.png"))));
}

void TestSizingWidgets::memoryChartDropsStaleResults()
{
    const auto cols = fleetColumns();
    MemoryChart chart;
    chart.resize(800, 300);
    chart.setData(cols, kNames);
    // Several requests in a row: only the last one's result may land.
    chart.setFunctions({ 0 });
    chart.setFunctions({ 1 });
    chart.setFunctions({ 5 });
    QVERIFY(chart.waitForIdle());
    QTRY_COMPARE(int(chart.series().size()), 1);
    QCOMPARE(chart.series().front().function, 5u);
    QTest::qWait(50);
    QCOMPARE(chart.series().front().function, 5u);
}

void TestSizingWidgets::heatmapBrushHighlightsRows()
{
    const auto cols = fleetColumns();
    Selection selection;
    ll::DurationHeatmap heatmap;
    heatmap.setSelection(&selection);
    heatmap.resize(900, 360);
    heatmap.show();
    QVERIFY(QTest::qWaitForWindowExposed(&heatmap));
    heatmap.setData(cols);
    heatmap.setFunctions({ 2, 5 });
    QVERIFY(heatmap.waitForIdle());
    QTRY_VERIFY(heatmap.map().total > 0);
    QSignalSpy brushed(&heatmap, &ll::DurationHeatmap::brushed);
    QSignalSpy highlighted(&selection, &Selection::highlightedChanged);
    // Drag over the whole plot: every counted invocation of the two functions.
    const QRect plot = heatmap.plotRect();
    QTest::mousePress(&heatmap, Qt::LeftButton, {}, plot.topLeft() + QPoint(1, 1));
    QTest::mouseMove(&heatmap, plot.center());
    QTest::mouseRelease(&heatmap, Qt::LeftButton, {}, plot.bottomRight() - QPoint(1, 1));
    QCOMPARE(brushed.count(), 1);
    QCOMPARE(uint64_t(selection.highlighted().size()), heatmap.map().total);
    for (uint32_t row : selection.highlighted())
        QVERIFY(cols->function[row] == 2 || cols->function[row] == 5);
    // A drag in the upper half (slow invocations) selects only slow ones.
    QTest::mousePress(&heatmap, Qt::LeftButton, {}, plot.topLeft() + QPoint(1, 1));
    QTest::mouseRelease(&heatmap, Qt::LeftButton, {}, QPoint(plot.right() - 1, plot.top() + plot.height() / 4));
    QVERIFY(!selection.highlighted().isEmpty());
    double slowest = 0;
    for (uint32_t row : selection.highlighted())
        slowest = std::max(slowest, double(cols->durationMs[row]));
    for (uint32_t row : selection.highlighted())
        QVERIFY(cols->durationMs[row] >= heatmap.map().axis.rowLowerMs(heatmap.map().axis.rows * 3 / 4 - 1));
    qInfo("screenshot: %s", qPrintable(shot(&heatmap, QStringLiteral("heatmap.png"))));
}

void TestSizingWidgets::insightsEvidenceSelects()
{
    const auto cols = fleetColumns();
    InsightInput in;
    in.columns = cols.get();
    in.functionNames = kNames;
    Selection selection;
    InsightsPanel panel;
    panel.setSelection(&selection);
    panel.setInsights(evaluateRules(in, {}));
    panel.resize(1000, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    int oomRow = -1;
    for (int r = 0; r < panel.model()->rowCount(); ++r) {
        if (panel.model()->index(r, 0).data(InsightsModel::RuleKeyRole).toString() == QLatin1String("out-of-memory"))
            oomRow = r;
    }
    QVERIFY(oomRow >= 0);
    panel.showEvidence(oomRow);
    QCOMPARE(selection.functions(), QVector<uint32_t> { 2 });
    QVERIFY(!selection.highlighted().isEmpty());
    for (uint32_t row : selection.highlighted())
        QCOMPARE(cols->outcome[row], Outcome::OutOfMemory);
    QVERIFY(selection.fromMs() < selection.toMs());
    qInfo("screenshot: %s", qPrintable(shot(&panel, QStringLiteral("insights.png"))));
}

namespace {
// A fleet of `n` invocations of one function at 512 MB using 300 MB; `oomAt` (if >= 0) is killed.
FleetPtr liveFleet(int n, int oomAt)
{
    FleetBuilder b;
    b.setDefaultFunction("orders-api");
    const std::string stream = "2026/11/27/[$LATEST]0123456789abcdef0123456789abcdef";
    std::vector<std::string> keep;
    auto add = [&](int64_t t, std::string message) {
        keep.push_back(std::move(message));
        RawEvent e;
        e.timestampMs = t;
        e.message = keep.back();
        e.logStream = stream;
        b.addEvent(e);
    };
    keep.reserve(size_t(n) * 3);
    for (int i = 0; i < n; ++i) {
        const int64_t t = kT0 + i * 1000;
        const std::string id = "req-" + std::to_string(i);
        add(t, "START RequestId: " + id + " Version: $LATEST\n");
        add(t + 10, "END RequestId: " + id + "\n");
        add(t + 11, "REPORT RequestId: " + id + "\tDuration: 10.00 ms\tBilled Duration: 10 ms\tMemory Size: 512 MB\tMax Memory Used: "
                        + (i == oomAt ? std::string("512 MB\tStatus: error\tError Type: Runtime.OutOfMemory\n") : std::string("300 MB\t\n")));
    }
    return b.finish();
}
}

void TestSizingWidgets::liveTailNotifiesOnlyNewInsights()
{
    InsightsPanel panel;
    panel.setLive(true);
    QSignalSpy spy(&panel, &InsightsPanel::newInsights);
    panel.setFleet(liveFleet(40, -1));
    QVERIFY(panel.waitForIdle());
    QTRY_COMPARE(panel.model()->rowCount(), 0);   // healthy: 59% used, no failures
    // More data arrives, with an out-of-memory kill: one new insight (plus the error rate it causes).
    panel.setFleet(liveFleet(60, 50));
    QVERIFY(panel.waitForIdle());
    QTRY_COMPARE(spy.count(), 1);
    bool oom = false;
    for (const Insight& in : spy.at(0).at(0).value<std::vector<Insight>>())
        oom |= in.rule == RuleId::OutOfMemory;
    QVERIFY(oom);
    // Same problem, more data: nothing new to notify.
    panel.setFleet(liveFleet(70, 50));
    QVERIFY(panel.waitForIdle());
    QTest::qWait(20);
    QCOMPARE(spy.count(), 1);
    QVERIFY(panel.model()->rowCount() >= 1);
}

QTEST_MAIN(TestSizingWidgets)
#include "tst_sizingwidgets.moc"
