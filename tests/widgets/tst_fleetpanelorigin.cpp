// The fleet panel with orders-api from two regions: two rows named apart, the filter narrows by
// region, and selecting one row selects that function only (not its same-named twin).
#include "fleet/fleetpanel.h"
#include "itemmodels/fleetfilterproxy.h"
#include "itemmodels/fleetmodel.h"
#include "selection/selection.h"
#include "store/fleetbuilder.h"

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTest>
#include <QTreeView>

using namespace ll;

namespace {

FleetPtr twoRegionFleet()
{
    FleetBuilder b;
    int64_t t = 1710356183000;
    const struct {
        const char* region;
        int count;
    } origins[] = { { "eu-west-1", 3 }, { "us-east-1", 5 } };
    for (const auto& o : origins) {
        b.setOrigin(QStringLiteral("profile:prod"), QString::fromLatin1(o.region));
        for (int i = 0; i < o.count; ++i) {
            const std::string id = std::string(o.region) + "-" + std::to_string(i);
            const std::string report = "REPORT RequestId: " + id
                + "\tDuration: 5.00 ms\tBilled Duration: 5 ms\tMemory Size: 128 MB\tMax Memory Used: 60 MB\t";
            RawEvent e;
            e.timestampMs = t += 1000;
            e.message = report;
            e.logStream = "2024/03/13/[$LATEST]abc";
            e.function = "orders-api";
            b.addEvent(e);
        }
    }
    return b.finish();
}

} // namespace

class TestFleetPanelOrigin : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void selectingOneOriginSelectsOnlyThatFunction()
    {
        const FleetPtr fleet = twoRegionFleet();
        QCOMPARE(int(fleet->functionCount()), 2);
        Selection selection;
        FleetPanel panel(&selection);
        panel.setFleet(fleet);
        QAbstractItemModel* shown = panel.view()->model();
        QCOMPARE(shown->rowCount(), 1); // the "orders" service
        const QModelIndex service = shown->index(0, 0);
        QCOMPARE(shown->rowCount(service), 2);
        QStringList names;
        for (int r = 0; r < 2; ++r)
            names << shown->index(r, FleetModel::Name, service).data().toString();
        names.sort();
        QCOMPARE(names, (QStringList { QStringLiteral("orders-api (eu-west-1)"), QStringLiteral("orders-api (us-east-1)") }));

        auto* search = panel.findChild<QLineEdit*>();
        QVERIFY(search);
        QVERIFY(search->placeholderText().contains(QStringLiteral("region:")));
        search->setText(QStringLiteral("orders region:us-east"));
        QCOMPARE(shown->rowCount(shown->index(0, 0)), 1);
        const QModelIndex us = shown->index(0, FleetModel::Name, shown->index(0, 0));
        QCOMPARE(us.data().toString(), QStringLiteral("orders-api (us-east-1)"));
        QCOMPARE(us.siblingAtColumn(FleetModel::Invocations).data(FleetModel::ValueRole).toInt(), 5);

        panel.view()->selectionModel()->select(us, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const int id = fleet->functionId(QStringLiteral("profile:prod"), QStringLiteral("us-east-1"), QStringLiteral("orders-api"));
        QCOMPARE(selection.functions(), QVector<uint32_t> { uint32_t(id) });
    }

    void withoutOriginsTheHintStaysPlain()
    {
        FleetBuilder b;
        RawEvent e;
        e.timestampMs = 1710356183000;
        e.message = "REPORT RequestId: r1\tDuration: 5.00 ms\tBilled Duration: 5 ms\tMemory Size: 128 MB\tMax Memory Used: 60 MB\t";
        e.function = "orders-api";
        b.addEvent(e);
        Selection selection;
        FleetPanel panel(&selection);
        panel.setFleet(b.finish());
        QVERIFY(panel.view()->isColumnHidden(FleetModel::Region));
        QVERIFY(!panel.findChild<QLineEdit*>()->placeholderText().contains(QStringLiteral("region:")));
        QCOMPARE(panel.view()->model()->index(0, FleetModel::Name, panel.view()->model()->index(0, 0)).data().toString(),
                 QStringLiteral("orders-api"));
    }
};

QTEST_MAIN(TestFleetPanelOrigin)
#include "tst_fleetpanelorigin.moc"
