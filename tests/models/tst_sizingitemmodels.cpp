#include "columnsfixture.h"
#include "itemmodels/insightsmodel.h"
#include "itemmodels/sizingmodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace ll;
using lltest::kDay;
using lltest::kT0;
using lltest::Row;

namespace {
InvocationColumns twoFunctions()
{
    lltest::ColumnsBuilder b;
    Row big;
    big.sizeMb = 2048;
    big.usedMb = 200;
    big.durationMs = 300;
    big.billedMs = 300;
    b.addSpread(big, 100, kT0, kDay);
    Row tight;
    tight.function = 1;
    tight.sizeMb = 128;
    tight.usedMb = 120;
    b.addSpread(tight, 100, kT0, kDay);
    return b.finish();
}
}

class TestSizingItemModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sizingModelExposesNumbers_data();
    void sizingModelExposesNumbers();
    void sizingModelSortsBySaving();
    void insightsModel();
};

void TestSizingItemModels::sizingModelExposesNumbers_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("memory size is an integer MB") << 0 << int(SizingModel::MemorySize) << QVariant(2048u);
    QTest::newRow("recommended size for an over-provisioned function") << 0 << int(SizingModel::RecommendedMemory) << QVariant(256u);
    QTest::newRow("unknown CPU evidence is -1, not false") << 0 << int(SizingModel::CpuBound) << QVariant(-1);
    QTest::newRow("a tight function is told to raise") << 1 << int(SizingModel::RecommendedMemory) << QVariant(192u);
    QTest::newRow("invocations as a count") << 1 << int(SizingModel::Invocations) << QVariant(qulonglong(100));
}

void TestSizingItemModels::sizingModelExposesNumbers()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QVariant, expected);
    SizingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SizingOptions o;
    o.prices = PriceTable::builtin();
    model.setSizings(sizeFunctions(twoFunctions(), { QStringLiteral("big"), QStringLiteral("tight") }, o));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(SizingModel::ColumnCount));
    const QModelIndex idx = model.index(row, column);
    QCOMPARE(idx.data(SizingModel::ValueRole), expected);
    QCOMPARE(idx.data(Qt::DisplayRole), expected);
    QCOMPARE(idx.data(SizingModel::FunctionIdRole).toUInt(), uint(row));
    QCOMPARE(idx.data(SizingModel::UsedQuantilesRole).toList().size(), 5);
    QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
}

void TestSizingItemModels::sizingModelSortsBySaving()
{
    SizingModel model;
    SizingOptions o;
    o.prices = PriceTable::builtin();
    model.setSizings(sizeFunctions(twoFunctions(), { QStringLiteral("big"), QStringLiteral("tight") }, o));
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSortRole(SizingModel::ValueRole);
    proxy.sort(SizingModel::SavingPerDay, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, SizingModel::Name).data().toString(), QStringLiteral("big"));
    QVERIFY(proxy.index(0, SizingModel::SavingPerDay).data().toDouble() > 0);
    QVERIFY(proxy.index(1, SizingModel::SavingPerDay).data().toDouble() < 0);   // raising costs more
    QVERIFY(proxy.index(0, SizingModel::SavingPerDay).data(SizingModel::EstimateRole).toBool());
}

void TestSizingItemModels::insightsModel()
{
    InsightsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    InvocationColumns c = twoFunctions();
    InsightInput in;
    in.columns = &c;
    in.functionNames = { QStringLiteral("big"), QStringLiteral("tight") };
    model.setInsights(evaluateRules(in, {}));
    QVERIFY(model.rowCount() >= 2);   // big: over-provisioned; tight: memory pressure
    bool overProvisioned = false, pressure = false;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString key = model.index(r, 0).data(InsightsModel::RuleKeyRole).toString();
        const QString fn = model.index(r, InsightsModel::Function).data().toString();
        overProvisioned |= key == QLatin1String("over-provisioned") && fn == QLatin1String("big");
        pressure |= key == QLatin1String("memory-pressure") && fn == QLatin1String("tight");
        QVERIFY(model.index(r, 0).data(InsightsModel::EvidenceToRole).toLongLong()
                > model.index(r, 0).data(InsightsModel::EvidenceFromRole).toLongLong());
        QCOMPARE(model.index(r, 0).data(InsightsModel::EvidenceRowsRole).toList().size(),
                 int(model.index(r, InsightsModel::EvidenceCount).data().toULongLong()));
    }
    QVERIFY(overProvisioned);
    QVERIFY(pressure);
    model.setInsights({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestSizingItemModels)
#include "tst_sizingitemmodels.moc"
