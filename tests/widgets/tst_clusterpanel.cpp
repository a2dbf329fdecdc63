#include "../models/errorfleetscript.h"
#include "clusters/clusterpanel.h"
#include "itemmodels/clustermodel.h"
#include "selection/selection.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace ll;
using ll::testing::FleetScript;
using ll::testing::buildFleet;

namespace {
FleetPtr sampleFleet()
{
    FleetScript s;
    s.nodeError("orders", "TypeError", "bad input");
    s.nodeError("orders", "TypeError", "bad input");
    s.nodeError("checkout", "TypeError", "bad input");
    s.timeout("orders", "6.00");
    s.ok("orders", {"{T}\t{R}\tERROR\tretrying after 503"});
    return buildFleet(s.events);
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

class TestClusterPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void clusteringRunsInTheBackground()
    {
        Selection selection;
        ClusterPanel panel(&selection);
        QSignalSpy ready(&panel, &ClusterPanel::clustersReady);
        panel.setFleet(sampleFleet());
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 10000);
        QCOMPARE(panel.model()->rowCount(), 3);
    }

    void staleFleetResultsAreDropped()
    {
        Selection selection;
        ClusterPanel panel(&selection);
        QSignalSpy ready(&panel, &ClusterPanel::clustersReady);
        panel.setFleet(sampleFleet());
        panel.setFleet(buildFleet({}));
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 10000);
        QTest::qWait(50);
        QCOMPARE(ready.count(), 1);
        QCOMPARE(panel.model()->rowCount(), 0);
    }

    void selectingAClusterSelectsAndHighlightsItsInvocations()
    {
        Selection selection;
        ClusterPanel panel(&selection);
        const FleetPtr fleet = sampleFleet();
        ErrorClusterer clusterer;
        const auto clusters = clusterer.cluster(*fleet);
        panel.setClusters(fleet, clusters);
        QSignalSpy highlighted(&selection, &Selection::highlightedChanged);
        const int row = viewRowOf(panel.view(), clusters.front().id);
        panel.view()->setCurrentIndex(panel.view()->model()->index(row, ClusterModel::Template));
        QCOMPARE(selection.cluster(), clusters.front().id);
        QCOMPARE(selection.highlighted().size(), 3);
        QVERIFY(highlighted.count() >= 1);
        for (uint32_t r : clusters.front().invocations)
            QVERIFY(selection.highlighted().contains(r));
    }

    void selectedClusterListsItsInvocationsAndOpensThem()
    {
        Selection selection;
        ClusterPanel panel(&selection);
        const FleetPtr fleet = sampleFleet();
        ErrorClusterer clusterer;
        const auto clusters = clusterer.cluster(*fleet);
        panel.setClusters(fleet, clusters);
        QCOMPARE(panel.invocationList()->count(), 0);
        const int row = viewRowOf(panel.view(), clusters.front().id);
        panel.view()->setCurrentIndex(panel.view()->model()->index(row, ClusterModel::Template));
        QListWidget* list = panel.invocationList();
        QCOMPARE(size_t(list->count()), clusters.front().invocations.size());
        for (int i = 0; i < list->count(); ++i) {
            const uint32_t inv = clusters.front().invocations[size_t(i)];
            QCOMPARE(list->item(i)->data(Qt::UserRole).toLongLong(), qlonglong(inv));
            QVERIFY(list->item(i)->text().contains(QString::fromUtf8(fleet->invocation(inv).requestId.data(),
                                                                     qsizetype(fleet->invocation(inv).requestId.size()))));
        }
        list->itemClicked(list->item(1));
        QCOMPARE(selection.invocation(), int64_t(clusters.front().invocations[1]));
        panel.view()->selectionModel()->clear();
        QCOMPARE(panel.invocationList()->count(), 0);
    }

    void clusterChosenElsewhereIsSelectedHere()
    {
        Selection selection;
        ClusterPanel panel(&selection);
        const FleetPtr fleet = sampleFleet();
        ErrorClusterer clusterer;
        const auto clusters = clusterer.cluster(*fleet);
        panel.setClusters(fleet, clusters);
        selection.setCluster(clusters.back().id);
        QCOMPARE(panel.view()->currentIndex().row(), viewRowOf(panel.view(), clusters.back().id));
        selection.setCluster(QString());
        QVERIFY(!panel.view()->selectionModel()->hasSelection());
    }

    void copyAsLogsInsightsQuery()
    {
        Selection selection;
        ClusterPanel panel(&selection);
        const FleetPtr fleet = sampleFleet();
        ErrorClusterer clusterer;
        const auto clusters = clusterer.cluster(*fleet);
        panel.setClusters(fleet, clusters);
        QVERIFY(panel.copyInsightsQuery().isEmpty());  // nothing selected
        selection.setCluster(clusters.front().id);
        const QString query = panel.copyInsightsQuery();
        QVERIFY2(query.contains(QStringLiteral("TypeError")), qPrintable(query));
        QCOMPARE(QGuiApplication::clipboard()->text(), query);
    }

    void paintsWithoutData()
    {
        Selection selection;
        ClusterPanel panel(&selection);
        panel.resize(900, 400);
        panel.setClusters(sampleFleet(), {});
        QVERIFY(!panel.grab().isNull());
        ErrorClusterer clusterer;
        const FleetPtr fleet = sampleFleet();
        panel.setClusters(fleet, clusterer.cluster(*fleet));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(!panel.grab().isNull());
    }
};

QTEST_MAIN(TestClusterPanel)
#include "tst_clusterpanel.moc"
