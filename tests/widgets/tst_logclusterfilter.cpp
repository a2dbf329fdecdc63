// The log browser follows the shared highlight: a selected error cluster (or a heatmap brush)
// restricts its lines to those invocations, shown as a chip that removes the restriction.
#include "../models/errorfleetscript.h"
#include "clusters/clusterpanel.h"
#include "itemmodels/clustermodel.h"
#include "logsearch/fleetlinesource.h"
#include "logview/filterbar.h"
#include "logview/logbrowser.h"
#include "logview/logview.h"
#include "selection/selection.h"

#include <QComboBox>
#include <QDir>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <set>

using namespace ll;
using ll::testing::FleetScript;
using ll::testing::buildFleet;

namespace {

FleetPtr sampleFleet()
{
    FleetScript s;
    s.ok("orders", { "{T}\t{R}\tINFO\tstarting order 1", "{T}\t{R}\tINFO\tdone" });
    s.nodeError("orders", "TypeError", "Cannot read properties of undefined (reading 'amount')");
    s.ok("billing");
    s.nodeError("checkout", "TypeError", "Cannot read properties of undefined (reading 'amount')");
    s.timeout("orders", "6.00");
    s.ok("orders", { "{T}\t{R}\tERROR\tretrying after 503", "{T}\t{R}\tINFO\tfine" });
    s.nodeError("billing", "RangeError", "Invalid currency code & amount");
    return buildFleet(s.events);
}

// Source rows whose invocation is one of `invocations`, ascending.
std::vector<uint32_t> linesOf(const LineSource& source, const std::vector<uint32_t>& invocations,
    LogLevel minLevel = LogLevel::None)
{
    const std::set<int64_t> wanted(invocations.begin(), invocations.end());
    std::vector<uint32_t> rows;
    for (uint32_t r = 0; r < source.count(); ++r) {
        if (wanted.count(source.invocation(r)) && (minLevel == LogLevel::None || source.level(r) >= minLevel))
            rows.push_back(r);
    }
    return rows;
}

std::vector<uint32_t> shownRows(const LogView* view)
{
    std::vector<uint32_t> rows;
    for (uint32_t i = 0; i < view->rowCount(); ++i)
        rows.push_back(view->sourceRowAt(i));
    return rows;
}

int viewRowOf(QTableView* view, const QString& id)
{
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        if (view->model()->index(r, 0).data(ClusterModel::ClusterIdRole).toString() == id)
            return r;
    }
    return -1;
}

} // namespace

class TestLogClusterFilter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void selectingAClusterFiltersTheLogBrowser_data()
    {
        QTest::addColumn<QString>("errorType");
        QTest::addColumn<bool>("throughSelection");
        QTest::newRow("cluster clicked in the panel shows only its invocations' lines") << QStringLiteral("TypeError") << false;
        QTest::newRow("cluster chosen elsewhere (Selection) filters the same way") << QStringLiteral("TypeError") << true;
        QTest::newRow("timeout cluster filters to the timed-out invocation") << QStringLiteral("Sandbox.Timedout") << false;
        QTest::newRow("an '&' in the template is no mnemonic") << QStringLiteral("RangeError") << true;
    }

    void selectingAClusterFiltersTheLogBrowser()
    {
        QFETCH(QString, errorType);
        QFETCH(bool, throughSelection);
        const FleetPtr fleet = sampleFleet();
        QVERIFY(fleet);
        Selection selection;
        ClusterPanel panel(&selection);
        LogBrowser browser;
        browser.resize(1200, 500);
        browser.setSelection(&selection);
        const auto source = std::make_shared<FleetLineSource>(fleet);
        browser.setSource(source);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QTRY_VERIFY(!browser.engine()->isRunning());
        const uint32_t all = source->count();
        QCOMPARE(browser.view()->rowCount(), all);

        ErrorClusterer clusterer;
        const std::vector<ErrorCluster> clusters = clusterer.cluster(*fleet);
        panel.setClusters(fleet, clusters);
        const ErrorCluster* cluster = nullptr;
        for (const ErrorCluster& c : clusters) {
            if (c.errorType == errorType)
                cluster = &c;
        }
        QVERIFY(cluster);
        QVERIFY(!cluster->invocations.empty());

        if (throughSelection) {
            selection.setCluster(cluster->id);
        } else {
            const int row = viewRowOf(panel.view(), cluster->id);
            QVERIFY(row >= 0);
            panel.view()->setCurrentIndex(panel.view()->model()->index(row, ClusterModel::Template));
        }
        QCOMPARE(selection.cluster(), cluster->id);
        QTRY_VERIFY(browser.engine()->currentSpec().invocations != nullptr);
        QTRY_VERIFY(!browser.engine()->isRunning());
        const std::vector<uint32_t> expected = linesOf(*source, cluster->invocations);
        QVERIFY(!expected.empty());
        QVERIFY(expected.size() < all);
        QCOMPARE(shownRows(browser.view()), expected);

        QToolButton* chip = browser.filterBar()->invocationChip();
        QVERIFY(!chip->isHidden());
        QVERIFY2(chip->text().startsWith(QStringLiteral("cluster: ")), qPrintable(chip->text()));
        const QString shownTemplate = QString(chip->text()).replace(QStringLiteral("&&"), QStringLiteral("&"));
        QVERIFY2(shownTemplate.contains(cluster->templateText.left(20)), qPrintable(chip->text()));

        // Combines with the other criteria: only the cluster's ERROR lines.
        QComboBox* level = browser.filterBar()->levelCombo();
        level->setCurrentIndex(level->findData(int(LogLevel::Error)));
        QTRY_VERIFY(!browser.engine()->isRunning());
        QTRY_COMPARE(browser.engine()->currentSpec().minLevel, LogLevel::Error);
        QCOMPARE(shownRows(browser.view()), linesOf(*source, cluster->invocations, LogLevel::Error));
        level->setCurrentIndex(0);
        QTRY_VERIFY(!browser.engine()->isRunning());

        // Removing the chip shows every line again.
        chip->click();
        QTRY_VERIFY(!browser.engine()->isRunning());
        QVERIFY(chip->isHidden());
        QVERIFY(browser.engine()->currentSpec().isEmpty());
        QCOMPARE(browser.view()->rowCount(), all);
    }

    void deselectingTheClusterRemovesTheFilter()
    {
        const FleetPtr fleet = sampleFleet();
        Selection selection;
        ClusterPanel panel(&selection);
        LogBrowser browser;
        browser.setSelection(&selection);
        const auto source = std::make_shared<FleetLineSource>(fleet);
        browser.setSource(source);
        ErrorClusterer clusterer;
        const auto clusters = clusterer.cluster(*fleet);
        panel.setClusters(fleet, clusters);
        selection.setCluster(clusters.front().id);
        QTRY_VERIFY(browser.engine()->currentSpec().invocations != nullptr);
        QTRY_VERIFY(!browser.engine()->isRunning());
        QVERIFY(browser.view()->rowCount() < source->count());
        selection.setCluster(QString());
        QTRY_VERIFY(!browser.engine()->isRunning());
        QVERIFY(browser.filterBar()->invocationChip()->isHidden());
        QCOMPARE(browser.view()->rowCount(), source->count());
    }

    void screenshot()
    {
        const QString dir = qEnvironmentVariable("LAMBDALENS_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set LAMBDALENS_SCREENSHOT_DIR to write screenshots");
        QDir().mkpath(dir);
        const FleetPtr fleet = sampleFleet();
        Selection selection;
        ClusterPanel panel(&selection);
        LogBrowser browser;
        browser.resize(1200, 500);
        browser.setSelection(&selection);
        browser.setSource(std::make_shared<FleetLineSource>(fleet));
        ErrorClusterer clusterer;
        const auto clusters = clusterer.cluster(*fleet);
        panel.setClusters(fleet, clusters);
        selection.setCluster(clusters.front().id);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QTRY_VERIFY(!browser.engine()->isRunning());
        QTest::qWait(300);
        QVERIFY(browser.grab().save(dir + QStringLiteral("/logview-cluster-chip.png")));
    }

    void heatmapBrushFiltersTheLogBrowser()
    {
        const FleetPtr fleet = sampleFleet();
        Selection selection;
        LogBrowser browser;
        browser.setSelection(&selection);
        const auto source = std::make_shared<FleetLineSource>(fleet);
        browser.setSource(source);
        QTRY_VERIFY(!browser.engine()->isRunning());
        // As the duration heatmap does: a set of invocation rows, no label.
        const std::vector<uint32_t> brushed { 0, 2, 3 };
        selection.setHighlighted(QSet<uint32_t>(brushed.begin(), brushed.end()));
        QTRY_VERIFY(browser.engine()->currentSpec().invocations != nullptr);
        QTRY_VERIFY(!browser.engine()->isRunning());
        QCOMPARE(shownRows(browser.view()), linesOf(*source, brushed));
        QToolButton* chip = browser.filterBar()->invocationChip();
        QVERIFY(!chip->isHidden());
        QVERIFY2(chip->text().contains(QLatin1Char('3')), qPrintable(chip->text()));
        selection.setHighlighted({});
        QTRY_VERIFY(!browser.engine()->isRunning());
        QVERIFY(chip->isHidden());
        QCOMPARE(browser.view()->rowCount(), source->count());
    }
};

QTEST_MAIN(TestLogClusterFilter)
#include "tst_logclusterfilter.moc"
