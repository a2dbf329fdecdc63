#include "fixtureevents.h"
#include "itemmodels/fleetmodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace ll;
using namespace ll::testing;

class TestFleetModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void servicesGroupFunctions()
    {
        FleetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFleet(buildFleet(loadFixture(QStringLiteral(LAMBDALENS_TEST_DATA "/reference_fixtures.txt"))));
        // orders-api and orders-api-json share the "orders" service.
        int ordersRow = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, 0).data().toString() == QStringLiteral("orders"))
                ordersRow = r;
        }
        QVERIFY(ordersRow >= 0);
        const QModelIndex orders = model.index(ordersRow, 0);
        QCOMPARE(model.rowCount(orders), 2);
        QCOMPARE(model.index(0, FleetModel::Name, orders).data().toString(), QStringLiteral("orders-api"));
        QCOMPARE(model.index(0, FleetModel::Invocations, orders).data(FleetModel::ValueRole).toInt(), 4);
        QCOMPARE(model.index(ordersRow, FleetModel::Invocations).data(FleetModel::ValueRole).toInt(), 5);
        QCOMPARE(model.index(ordersRow, FleetModel::Failed).data(FleetModel::ValueRole).toInt(), 4);
        QCOMPARE(model.index(0, FleetModel::FailureRate, orders).data(FleetModel::FormatRole).toInt(), int(FleetModel::Percent));
        const auto activity = model.index(0, FleetModel::Activity, orders).data(FleetModel::ActivityRole).value<QVector<int>>();
        QCOMPARE(activity.size(), FleetModel::kActivityBins);
        int sum = 0;
        for (int v : activity)
            sum += v;
        QCOMPARE(sum, 4);
        const int fid = model.index(0, 0, orders).data(FleetModel::FunctionIdRole).toInt();
        QCOMPARE(model.indexOfFunction(uint32_t(fid)), model.index(0, 0, orders));
    }

    void sortsByNumbersThroughAProxy()
    {
        FleetModel model;
        model.setFleet(buildFleet(loadFixture(QStringLiteral(LAMBDALENS_TEST_DATA "/reference_fixtures.txt"))));
        QSortFilterProxyModel proxy;
        proxy.setSortRole(FleetModel::ValueRole);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(FleetModel::Invocations, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, FleetModel::Name).data().toString(), QStringLiteral("orders"));
        QCOMPARE(proxy.index(0, FleetModel::Invocations).data(FleetModel::ValueRole).toInt(), 5);
    }

    void resetToEmpty()
    {
        FleetModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFleet(buildFleet(loadFixture(QStringLiteral(LAMBDALENS_TEST_DATA "/reference_fixtures.txt"))));
        model.setFleet(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFleetModel)
#include "tst_fleetmodel.moc"
