// Percentiles by selection (statscalculator's percentiles()) agree with the nearest-rank
// definition on sorted data, for the shapes real durations take.
#include "analysis/statscalculator.h"

#include <QRandomGenerator>
#include <QTest>
#include <algorithm>
#include <vector>

using ll::percentileSorted;
using ll::percentiles;

class TestPercentiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesSortedDefinition_data();
    void matchesSortedDefinition();
    void emptyGivesZero();
};

Q_DECLARE_METATYPE(std::vector<double>)

void TestPercentiles::matchesSortedDefinition_data()
{
    QTest::addColumn<std::vector<double>>("values");
    QTest::newRow("one value") << std::vector<double> { 42 };
    QTest::newRow("two values") << std::vector<double> { 9, 1 };
    QTest::newRow("three values descending") << std::vector<double> { 3, 2, 1 };
    QTest::newRow("all equal") << std::vector<double>(1000, 7.5);
    std::vector<double> ascending(5000);
    for (size_t i = 0; i < ascending.size(); ++i)
        ascending[i] = double(i);
    QTest::newRow("already ascending") << ascending;
    std::vector<double> descending(ascending.rbegin(), ascending.rend());
    QTest::newRow("descending") << descending;
    QRandomGenerator rng(20261128);
    std::vector<double> tail(20011);
    for (double& v : tail)
        v = rng.bounded(100) < 98 ? 20 + rng.bounded(30.0) : 3000 + rng.bounded(30000.0); // a long tail
    QTest::newRow("long tail, odd size") << tail;
    std::vector<double> few(997);
    for (double& v : few)
        v = double(rng.bounded(4)); // many duplicates around each rank
    QTest::newRow("few distinct values") << few;
}

void TestPercentiles::matchesSortedDefinition()
{
    QFETCH(std::vector<double>, values);
    std::vector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    std::vector<double> work = values;
    const std::vector<double> got = percentiles(work, { 50, 95, 99, 100 });
    QCOMPARE(got.size(), size_t(4));
    QCOMPARE(got[0], percentileSorted(sorted, 50));
    QCOMPARE(got[1], percentileSorted(sorted, 95));
    QCOMPARE(got[2], percentileSorted(sorted, 99));
    QCOMPARE(got[3], sorted.back());
    std::sort(work.begin(), work.end());
    QCOMPARE(work, sorted); // reordered, nothing lost
    std::vector<double> single = values;
    QCOMPARE(percentiles(single, { 99 }).front(), percentileSorted(sorted, 99));
}

void TestPercentiles::emptyGivesZero()
{
    std::vector<double> none;
    const std::vector<double> got = percentiles(none, { 50, 99 });
    QCOMPARE(got, (std::vector<double> { 0, 0 }));
}

QTEST_GUILESS_MAIN(TestPercentiles)
#include "tst_percentiles.moc"
