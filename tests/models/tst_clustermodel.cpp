#include "errorfleetscript.h"
#include "itemmodels/clustermodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace ll;
using ll::testing::FleetScript;

namespace {
struct Loaded {
    FleetPtr fleet;
    std::vector<ErrorCluster> clusters;
};

Loaded threeClusters()
{
    FleetScript s;
    s.nodeError("orders", "TypeError", "bad input");
    s.nodeError("orders", "TypeError", "bad input");
    s.nodeError("checkout", "TypeError", "bad input");
    s.timeout("orders", "6.00");
    s.ok("orders", {"{T}\t{R}\tERROR\tretrying after 503"});
    Loaded l;
    l.fleet = buildFleet(s.events);
    ErrorClusterer clusterer;
    l.clusters = clusterer.cluster(*l.fleet);
    return l;
}
} // namespace

class TestClusterModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rowsHandOutNumbersThroughRoles()
    {
        ClusterModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        Loaded l = threeClusters();
        model.setClusters(l.fleet, l.clusters);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ClusterModel::ColumnCount));
        // Impact order from the clusterer: the TypeError cluster (3 failed invocations) first.
        QCOMPARE(model.index(0, ClusterModel::ErrorType).data().toString(), QStringLiteral("TypeError"));
        QCOMPARE(model.index(0, ClusterModel::Count).data(ClusterModel::ValueRole).toULongLong(), 3ull);
        QCOMPARE(model.index(0, ClusterModel::Failed).data(ClusterModel::ValueRole).toULongLong(), 3ull);
        QCOMPARE(model.index(0, ClusterModel::Failed).data(ClusterModel::FractionRole).toDouble(), 1.0);
        QCOMPARE(model.index(0, ClusterModel::Functions).data(ClusterModel::ValueRole).toInt(), 2);
        QVERIFY(model.index(0, ClusterModel::Functions).data().toString().startsWith(QStringLiteral("orders 2")));
        QCOMPARE(model.index(0, ClusterModel::FirstSeen).data(ClusterModel::ValueRole).toLongLong(), l.clusters[0].firstSeenMs);
        QCOMPARE(model.index(0, ClusterModel::FirstSeen).data().toDateTime().toMSecsSinceEpoch(), l.clusters[0].firstSeenMs);
        const auto activity = model.index(0, ClusterModel::Activity).data(ClusterModel::ActivityRole).value<QVector<int>>();
        QCOMPARE(activity.size(), ClusterModel::kActivityBins);
        int sum = 0;
        for (int v : activity)
            sum += v;
        QCOMPARE(sum, 3);
        QCOMPARE(model.index(0, 0).data(ClusterModel::InvocationsRole).value<QVector<uint>>().size(), 3);
        QCOMPARE(model.index(0, 0).data(ClusterModel::ClusterIdRole).toString(), l.clusters[0].id);
        QVERIFY(model.index(0, 0).data(ClusterModel::InsightsQueryRole).toString().contains(QStringLiteral("TypeError")));
        // The log cluster: no failed invocations.
        const int logRow = model.rowCount() - 1;
        QCOMPARE(model.index(logRow, ClusterModel::Kind).data(ClusterModel::KindRole).toInt(), int(ClusterKind::Log));
        QCOMPARE(model.index(logRow, ClusterModel::Kind).data(ClusterModel::ValueRole).toString(), QStringLiteral("log"));
        QCOMPARE(model.index(logRow, ClusterModel::Failed).data(ClusterModel::ValueRole).toULongLong(), 0ull);
        QCOMPARE(model.rowOf(l.clusters[1].id), 1);
        QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
        QVERIFY(model.headerData(ClusterModel::Template, Qt::Horizontal).toString().size() > 0);
    }

    void newWindowMarksRows()
    {
        ClusterModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Loaded l = threeClusters();
        model.setClusters(l.fleet, l.clusters);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setNewWindow(l.fleet->firstTimeMs(), l.fleet->lastTimeMs() + 1);
        QCOMPARE(changed.count(), 1);
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.index(r, 0).data(ClusterModel::IsNewRole).toBool());
        model.setNewWindow(l.fleet->lastTimeMs() + 1, l.fleet->lastTimeMs() + 2);
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(!model.index(r, 0).data(ClusterModel::IsNewRole).toBool());
    }

    void sortsByValueRoleThroughAProxy()
    {
        ClusterModel model;
        Loaded l = threeClusters();
        model.setClusters(l.fleet, l.clusters);
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(ClusterModel::ValueRole);
        proxy.sort(ClusterModel::Count, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, ClusterModel::Count).data(ClusterModel::ValueRole).toULongLong(), 1ull);
        QCOMPARE(proxy.index(2, ClusterModel::Count).data(ClusterModel::ValueRole).toULongLong(), 3ull);
    }

    void resetToNothing()
    {
        ClusterModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Loaded l = threeClusters();
        model.setClusters(l.fleet, l.clusters);
        model.setClusters(nullptr, {});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.cluster(0));
    }
};

QTEST_GUILESS_MAIN(TestClusterModel)
#include "tst_clustermodel.moc"
