// Cluster ids across incremental updates: a cluster keeps the id it was first given when its
// template generalises, and clusters that converge keep the older id (the other becomes an alias).
#include "analysis/errorclusters.h"
#include "errorfleetscript.h"

#include <QObject>
#include <QTest>

using namespace ll;
using ll::testing::FleetScript;

namespace {

QSet<QString> requestIds(const Fleet& fleet, const ErrorCluster& c)
{
    QSet<QString> ids;
    for (uint32_t row : c.invocations) {
        const std::string_view r = fleet.invocation(row).requestId;
        ids.insert(QString::fromUtf8(r.data(), qsizetype(r.size())));
    }
    return ids;
}

// Adds one invocation per message: failures (Node errors) or ERROR lines of successful ones.
void add(FleetScript& s, const QStringList& messages, bool failures)
{
    for (const QString& m : messages) {
        if (failures)
            s.nodeError("orders", "AccessError", m.toStdString());
        else
            s.ok("orders", { "{T}\t{R}\tERROR\t" + m.toStdString() });
    }
}

const ErrorCluster* holding(const std::vector<ErrorCluster>& clusters, const QString& id)
{
    for (const ErrorCluster& c : clusters) {
        if (c.id == id || c.aliases.contains(id))
            return &c;
    }
    return nullptr;
}

const ErrorCluster* withExample(const std::vector<ErrorCluster>& clusters, const QString& text)
{
    for (const ErrorCluster& c : clusters) {
        if (c.example.contains(text))
            return &c;
    }
    return nullptr;
}

} // namespace

class TestClusterIds : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void idsSurviveIncrementalUpdates_data()
    {
        QTest::addColumn<bool>("failures");
        QTest::addColumn<QStringList>("first");
        QTest::addColumn<QStringList>("then");
        QTest::addColumn<int>("clustersBefore");
        QTest::addColumn<int>("clustersAfter");
        // The run-1 cluster (by a message of it) whose id the merged cluster must carry.
        QTest::addColumn<QString>("survivor");
        QTest::addColumn<bool>("templateGeneralises");
        QTest::addColumn<int>("aliases");

        const QStringList alice { QStringLiteral("Access denied for alice") };
        const QStringList aliceBob { QStringLiteral("Access denied for alice"), QStringLiteral("Access denied for bob") };
        const QStringList carolDave { QStringLiteral("Access denied for carol"), QStringLiteral("Access denied for dave") };
        const QStringList bobCarolDave = QStringList { QStringLiteral("Access denied for bob") } + carolDave;
        for (bool failures : { true, false }) {
            const QByteArray kind = failures ? "failure" : "log line";
            QTest::newRow(QByteArray(kind + ": template that generalises keeps its first id").constData()) << failures << alice << bobCarolDave
                                                                                  << 1 << 1 << alice.first() << true << 0;
            QTest::newRow(QByteArray(kind + ": two clusters that merge keep the older id").constData()) << failures << aliceBob << carolDave << 2
                                                                               << 1 << aliceBob.first() << true << 1;
            QTest::newRow(QByteArray(kind + ": more of the same changes no id").constData()) << failures << alice << alice << 1 << 1
                                                                     << alice.first() << false << 0;
            QTest::newRow(QByteArray(kind + ": an unrelated new error leaves the old id alone").constData())
                << failures << alice << QStringList { QStringLiteral("Disk quota exceeded while writing the export") }
                << 1 << 2 << alice.first() << false << 0;
        }
    }

    void idsSurviveIncrementalUpdates()
    {
        QFETCH(bool, failures);
        QFETCH(QStringList, first);
        QFETCH(QStringList, then);
        QFETCH(int, clustersBefore);
        QFETCH(int, clustersAfter);
        QFETCH(QString, survivor);
        QFETCH(bool, templateGeneralises);
        QFETCH(int, aliases);

        FleetScript s;
        add(s, first, failures);
        const FleetPtr fleet1 = ll::testing::buildFleet(s.events);
        add(s, then, failures);
        const FleetPtr fleet2 = ll::testing::buildFleet(s.events);
        QVERIFY(fleet1 && fleet2);

        ErrorClusterer clusterer;
        const std::vector<ErrorCluster> before = clusterer.cluster(*fleet1);
        QCOMPARE(int(before.size()), clustersBefore);
        const ErrorCluster* expected = withExample(before, survivor);
        QVERIFY(expected);
        const QString survivorId = expected->id;
        const QString survivorTemplate = expected->templateText;

        const std::vector<ErrorCluster> after = clusterer.cluster(*fleet2);
        QCOMPARE(int(after.size()), clustersAfter);

        // Every earlier id still finds its cluster, which holds all it held before.
        for (const ErrorCluster& b : before) {
            const ErrorCluster* a = holding(after, b.id);
            QVERIFY2(a, qPrintable(b.templateText));
            QCOMPARE(clusterer.resolve(b.id), a->id);
            const QSet<QString> had = requestIds(*fleet1, b);
            QVERIFY(requestIds(*fleet2, *a).contains(had));
        }
        // The older id is the one that survives; absorbed ones are aliases, not live ids.
        const ErrorCluster* merged = holding(after, survivorId);
        QVERIFY(merged);
        QCOMPARE(merged->id, survivorId);
        QCOMPARE(merged->templateText != survivorTemplate, templateGeneralises);
        if (templateGeneralises)
            QVERIFY2(merged->templateText.contains(QStringLiteral("<*>")), qPrintable(merged->templateText));
        QSet<QString> live;
        for (const ErrorCluster& a : after) {
            QVERIFY2(!live.contains(a.id), "ids are unique");
            live.insert(a.id);
        }
        for (const ErrorCluster& a : after) {
            for (const QString& alias : a.aliases)
                QVERIFY(!live.contains(alias));
        }
        QCOMPARE(int(merged->aliases.size()), aliases);
    }

    void aFreshClustererGivesTheSameIdsForUnchangedTemplates()
    {
        // Stable ids do not change what a first run calls a cluster (the CLI's ids).
        FleetScript s;
        add(s, { QStringLiteral("Access denied for alice") }, true);
        s.timeout("orders", "6.00");
        const FleetPtr fleet = ll::testing::buildFleet(s.events);
        ErrorClusterer a, b;
        const auto x = a.cluster(*fleet);
        const auto y = b.cluster(*fleet);
        QCOMPARE(x.size(), y.size());
        for (size_t i = 0; i < x.size(); ++i)
            QCOMPARE(x[i].id, y[i].id);
        QCOMPARE(a.resolve(QStringLiteral("no-such-id")), QStringLiteral("no-such-id"));
    }

    void mergedIdResolvesOverSeveralUpdates()
    {
        FleetScript s;
        add(s, { QStringLiteral("Access denied for alice") }, false);
        const FleetPtr f1 = ll::testing::buildFleet(s.events);
        ErrorClusterer clusterer;
        const QString aliceId = clusterer.cluster(*f1).front().id;
        add(s, { QStringLiteral("Access denied for bob") }, false);
        const FleetPtr f2 = ll::testing::buildFleet(s.events);
        const auto second = clusterer.cluster(*f2);
        QCOMPARE(int(second.size()), 2);  // not yet a variable: two variants only
        QString bobId;
        for (const ErrorCluster& c : second) {
            if (c.id != aliceId)
                bobId = c.id;
        }
        QVERIFY(!bobId.isEmpty());
        add(s, { QStringLiteral("Access denied for carol"), QStringLiteral("Access denied for dave") }, false);
        const FleetPtr f3 = ll::testing::buildFleet(s.events);
        const auto third = clusterer.cluster(*f3);
        QCOMPARE(int(third.size()), 1);
        QCOMPARE(third.front().id, aliceId);
        QVERIFY(third.front().aliases.contains(bobId));
        QCOMPARE(clusterer.resolve(bobId), aliceId);
        // And it stays so on the next update.
        add(s, { QStringLiteral("Access denied for erin") }, false);
        const auto fourth = clusterer.cluster(*ll::testing::buildFleet(s.events));
        QCOMPARE(int(fourth.size()), 1);
        QCOMPARE(fourth.front().id, aliceId);
        QVERIFY(fourth.front().aliases.contains(bobId));
    }
};

QTEST_GUILESS_MAIN(TestClusterIds)
#include "tst_clusterids.moc"
