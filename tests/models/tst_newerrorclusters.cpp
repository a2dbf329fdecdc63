#include "analysis/newerrorclusters.h"
#include "errorfleetscript.h"
#include "store/fleet.h"

#include <QtTest>

using namespace ll;
using ll::testing::FleetScript;
using Step = std::function<void(FleetScript&)>;
Q_DECLARE_METATYPE(Step)

// Live data arrives in batches: each batch appends invocations to the same script, and the rule
// sees the grown fleet, as InsightsPanel does on every live-tail or sync update.
class TestNewErrorClusters : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void batches_data();
    void batches();
    void evidenceIsTheClustersInvocations();
    void trackerNotifiesANewClusterOnce();
    void resetMakesTheNextUpdateABaseline();
    void mutedRuleStaysSilent();
};

namespace {

std::vector<Insight> newClusters(const std::vector<Insight>& all)
{
    std::vector<Insight> out;
    for (const Insight& in : all) {
        if (in.rule == RuleId::NewErrorCluster)
            out.push_back(in);
    }
    return out;
}

void healthy(FleetScript& s)
{
    for (int i = 0; i < 5; ++i)
        s.ok("orders-api");
}

} // namespace

void TestNewErrorClusters::batches_data()
{
    QTest::addColumn<Step>("first");
    QTest::addColumn<Step>("second");
    QTest::addColumn<int>("expected");         // new-cluster insights after the second batch
    QTest::addColumn<QString>("templateText"); // part of the message when one is expected

    QTest::newRow("first batch clean, second brings a TypeError: one new cluster")
        << Step(healthy)
        << Step([](FleetScript& s) {
               healthy(s);
               s.nodeError("orders-api", "TypeError", "Cannot read properties of undefined (reading 'price')");
               s.nodeError("orders-api", "TypeError", "Cannot read properties of undefined (reading 'price')");
           })
        << 1 << QStringLiteral("Cannot read properties of undefined");
    QTest::newRow("known error repeats in the second batch: nothing new")
        << Step([](FleetScript& s) {
               healthy(s);
               s.pythonError("billing", "customer_id");
           })
        << Step([](FleetScript& s) {
               s.pythonError("billing", "customer_id");
               healthy(s);
           })
        << 0 << QString();
    QTest::newRow("known error repeats and a second template appears: only the new one")
        << Step([](FleetScript& s) { s.pythonError("billing", "customer_id"); })
        << Step([](FleetScript& s) {
               s.pythonError("billing", "customer_id");
               s.nodeError("orders-api", "RangeError", "Invalid array length");
           })
        << 1 << QStringLiteral("Invalid array length");
    QTest::newRow("a timeout after a clean batch is a new cluster too")
        << Step(healthy) << Step([](FleetScript& s) { s.timeout("orders-api", "3.00"); }) << 1 << QString();
    QTest::newRow("clean batches stay clean") << Step(healthy) << Step(healthy) << 0 << QString();
}

void TestNewErrorClusters::batches()
{
    QFETCH(Step, first);
    QFETCH(Step, second);
    QFETCH(int, expected);
    QFETCH(QString, templateText);

    FleetScript script;
    first(script);
    NewErrorClusterRule rule;
    const FleetPtr a = ll::testing::buildFleet(script.events);
    QVERIFY(rule.update(*a, insightInputFromFleet(*a), {}).empty());   // the baseline
    QVERIFY(rule.primed());

    second(script);
    const FleetPtr b = ll::testing::buildFleet(script.events);
    const std::vector<Insight> found = rule.update(*b, insightInputFromFleet(*b), {});
    QCOMPARE(int(found.size()), expected);
    for (const Insight& in : found) {
        QCOMPARE(in.rule, RuleId::NewErrorCluster);
        QVERIFY(!in.subject.isEmpty());
        QVERIFY2(in.message.contains(templateText), qPrintable(in.message));
        QVERIFY(in.evidence.totalRows > 0);
    }
}

void TestNewErrorClusters::evidenceIsTheClustersInvocations()
{
    FleetScript script;
    healthy(script);
    NewErrorClusterRule rule;
    const FleetPtr a = ll::testing::buildFleet(script.events);
    rule.update(*a, insightInputFromFleet(*a), {});
    const std::string r1 = script.nodeError("orders-api", "TypeError", "x is not a function");
    healthy(script);
    const std::string r2 = script.nodeError("orders-api", "TypeError", "x is not a function");
    const FleetPtr b = ll::testing::buildFleet(script.events);
    const std::vector<Insight> found = rule.update(*b, insightInputFromFleet(*b), {});
    QCOMPARE(found.size(), size_t(1));
    const Insight& in = found.front();
    QCOMPARE(in.functionName, QStringLiteral("orders-api"));
    QCOMPARE(in.evidence.totalRows, 2u);
    QCOMPARE(in.evidence.rows.size(), size_t(2));
    QCOMPARE(b->findInvocation(r1), int64_t(in.evidence.rows[0]));
    QCOMPARE(b->findInvocation(r2), int64_t(in.evidence.rows[1]));
    QVERIFY(in.evidence.fromMs < in.evidence.toMs);
    QVERIFY(in.message.contains(QStringLiteral("TypeError")));
}

void TestNewErrorClusters::trackerNotifiesANewClusterOnce()
{
    // The InsightsPanel path: evaluateRules with the hook, InsightTracker deciding what is new.
    auto rule = std::make_shared<NewErrorClusterRule>();
    InsightTracker tracker;
    tracker.setErrorClusterHook(newErrorClusterHook(rule));
    FleetScript script;
    healthy(script);
    FleetPtr f = ll::testing::buildFleet(script.events);
    QVERIFY(newClusters(tracker.update(insightInputFromFleet(*f), {})).empty());

    script.nodeError("orders-api", "TypeError", "Cannot read properties of null (reading 'id')");
    f = ll::testing::buildFleet(script.events);
    QCOMPARE(newClusters(tracker.update(insightInputFromFleet(*f), {})).size(), size_t(1));

    // The same error again: still listed, not newly triggered.
    script.nodeError("orders-api", "TypeError", "Cannot read properties of null (reading 'id')");
    healthy(script);
    f = ll::testing::buildFleet(script.events);
    QVERIFY(newClusters(tracker.update(insightInputFromFleet(*f), {})).empty());
    const std::vector<Insight> listed = newClusters(tracker.current());
    QCOMPARE(listed.size(), size_t(1));
    QCOMPARE(listed.front().evidence.totalRows, 2u);
}

void TestNewErrorClusters::resetMakesTheNextUpdateABaseline()
{
    NewErrorClusterRule rule;
    FleetScript script;
    healthy(script);
    FleetPtr f = ll::testing::buildFleet(script.events);
    rule.update(*f, insightInputFromFleet(*f), {});
    script.pythonError("billing", "customer_id");
    f = ll::testing::buildFleet(script.events);
    rule.reset();
    QVERIFY(!rule.primed());
    QVERIFY(rule.update(*f, insightInputFromFleet(*f), {}).empty());
}

void TestNewErrorClusters::mutedRuleStaysSilent()
{
    auto rule = std::make_shared<NewErrorClusterRule>();
    const ErrorClusterHook hook = newErrorClusterHook(rule);
    FleetScript script;
    healthy(script);
    FleetPtr f = ll::testing::buildFleet(script.events);
    RuleSettings settings;
    evaluateRules(insightInputFromFleet(*f), settings, hook);
    script.pythonError("billing", "customer_id");
    f = ll::testing::buildFleet(script.events);
    settings.setMuted(RuleId::NewErrorCluster, true);
    QVERIFY(newClusters(evaluateRules(insightInputFromFleet(*f), settings, hook)).empty());
    settings.setMuted(RuleId::NewErrorCluster, false);
    QCOMPARE(newClusters(evaluateRules(insightInputFromFleet(*f), settings, hook)).size(), size_t(1));
}

QTEST_GUILESS_MAIN(TestNewErrorClusters)
#include "tst_newerrorclusters.moc"
