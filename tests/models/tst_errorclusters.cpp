#include "analysis/errorclusters.h"
#include "errorfleetscript.h"

#include <QObject>
#include <QTest>


using namespace ll;
using ll::testing::FleetScript;

namespace {

const ErrorCluster* byType(const std::vector<ErrorCluster>& clusters, const QString& type, ClusterKind kind = ClusterKind::Failure)
{
    for (const ErrorCluster& c : clusters) {
        if (c.errorType == type && c.kind == kind)
            return &c;
    }
    return nullptr;
}

QStringList requestIds(const Fleet& fleet, const ErrorCluster& c)
{
    QStringList ids;
    for (uint32_t row : c.invocations) {
        const std::string_view r = fleet.invocation(row).requestId;
        ids.append(QString::fromUtf8(r.data(), qsizetype(r.size())));
    }
    ids.sort();
    return ids;
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

} // namespace

class TestErrorClusters : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void signature_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("frames");
        QTest::newRow("node invoke error json")
            << QByteArray("2024-03-13T18:57:02.417Z\tabc\tERROR\tInvoke Error \t{\"errorType\":\"TypeError\",\"errorMessage\":\"x is bad\",\"stack\":[\"TypeError: x is bad\",\"    at f (file:///var/task/index.mjs:41:23)\"]}")
            << QStringLiteral("TypeError") << QStringLiteral("x is bad") << 1;
        QTest::newRow("python unhandled with traceback")
            << QByteArray("[ERROR] KeyError: 'amount'\nTraceback (most recent call last):\n\xc2\xa0\xc2\xa0" "File \"/var/task/app.py\", line 27, in handler\n    total = 1")
            << QStringLiteral("KeyError") << QStringLiteral("KeyError: 'amount'") << 1;
        QTest::newRow("python logger error line")
            << QByteArray("[ERROR]\t2024-01-01T00:00:00.123Z\tabc\tpayment declined for card 42")
            << QString() << QStringLiteral("payment declined for card 42") << 0;
        QTest::newRow("java exception first line")
            << QByteArray("woops: java.lang.RuntimeException\njava.lang.RuntimeException: woops\n\tat example.Handler.handleRequest(Handler.java:23)\n\n")
            << QStringLiteral("java.lang.RuntimeException") << QStringLiteral("woops: java.lang.RuntimeException") << 1;
        QTest::newRow("dotnet fail line")
            << QByteArray("2024-01-01T00:00:00.000Z\tabc\tfail\tSystem.InvalidOperationException: Sequence contains no elements\n   at Foo.Bar() in /src/Foo.cs:line 12")
            << QStringLiteral("System.InvalidOperationException") << QStringLiteral("System.InvalidOperationException: Sequence contains no elements") << 1;
        QTest::newRow("go error json after log prefix")
            << QByteArray("2024/01/01 00:00:00 {\"errorMessage\":\"something went wrong!\",\"errorType\":\"errorString\"}")
            << QStringLiteral("errorString") << QStringLiteral("something went wrong!") << 0;
        QTest::newRow("node json log format error record")
            << QByteArray("{\"timestamp\":\"2024-03-13T19:20:00.000Z\",\"level\":\"ERROR\",\"requestId\":\"abc\",\"message\":{\"errorType\":\"TypeError\",\"errorMessage\":\"x is bad\",\"stackTrace\":[\"TypeError: x is bad\",\"    at f (file:///var/task/index.mjs:4:1)\"]}}")
            << QStringLiteral("TypeError") << QStringLiteral("x is bad") << 1;
        QTest::newRow("python json log format error record")
            << QByteArray("{\"timestamp\":\"2024-03-13T19:20:00Z\",\"level\":\"ERROR\",\"message\":\"'amount'\",\"logger\":\"root\",\"requestId\":\"abc\",\"errorType\":\"KeyError\",\"stackTrace\":[\"  File \\\"/var/task/app.py\\\", line 27, in handler\\n\"]}")
            << QStringLiteral("KeyError") << QStringLiteral("'amount'") << 1;
        QTest::newRow("json log format plain error message")
            << QByteArray("{\"timestamp\":\"2024-03-13T19:20:00Z\",\"level\":\"ERROR\",\"message\":\"payment declined for card 42\"}")
            << QString() << QStringLiteral("payment declined for card 42") << 0;
        QTest::newRow("truncated json does not crash") << QByteArray("{\"errorType\":\"Type") << QString() << QStringLiteral("{\"errorType\":\"Type") << 0;
        QTest::newRow("invalid utf-8") << QByteArray("\xff\xfe ERROR \xc3") << QString() << QString::fromUtf8("\xff\xfe ERROR \xc3") << 0;
    }
    void signature()
    {
        QFETCH(QByteArray, message);
        QFETCH(QString, type);
        QFETCH(QString, text);
        QFETCH(int, frames);
        const ErrorSignature sig = errorSignature(std::string_view(message.constData(), size_t(message.size())));
        QCOMPARE(QString::fromStdString(sig.errorType), type);
        QCOMPARE(QString::fromUtf8(sig.message.data(), qsizetype(sig.message.size())), text);
        QCOMPARE(int(sig.frames.size()), frames);
        for (const std::string& f : sig.frames)
            QVERIFY2(f.find_first_of("0123456789") == std::string::npos, f.c_str());
    }

    void sameErrorDifferentIdsIsOneCluster()
    {
        FleetScript s;
        const std::string a = s.nodeError("orders", "NotFoundError", "Order o-1842 not found (request 6f1c0b9d-2e7a-4c51-b3d8-e0f2a4b6c8d0)");
        const std::string b = s.nodeError("orders", "NotFoundError", "Order o-77 not found (request 0d2f4b6a-8c1e-3a5c-7e9b-1d3f5a7c9e2b)", 44);
        s.ok("orders");
        const FleetPtr fleet = ll::testing::buildFleet(s.events);
        QVERIFY(fleet);
        ErrorClusterer clusterer;
        const auto clusters = clusterer.cluster(*fleet);
        QCOMPARE(int(clusters.size()), 1);
        const ErrorCluster& c = clusters.front();
        QCOMPARE(c.kind, ClusterKind::Failure);
        QCOMPARE(c.errorType, QStringLiteral("NotFoundError"));
        QCOMPARE(c.count, uint64_t(2));
        QCOMPARE(c.failedInvocations(), uint64_t(2));
        QCOMPARE(requestIds(*fleet, c), sorted({QString::fromStdString(a), QString::fromStdString(b)}));
        QVERIFY2(c.templateText.contains(QStringLiteral("not found")), qPrintable(c.templateText));
        QVERIFY(c.templateText.contains(QStringLiteral("<*>")));
        QCOMPARE(c.frames.size(), 2);
        QVERIFY(c.example.contains(QStringLiteral("Invoke Error")));
        QCOMPARE(int(c.functions.size()), 1);
        QCOMPARE(c.functions.front().second, 2u);
        QVERIFY(c.firstSeenMs <= c.lastSeenMs);
        QCOMPARE(int(c.times.size()), 2);
    }

    void differentTypesAreDifferentClusters()
    {
        FleetScript s;
        s.nodeError("orders", "TypeError", "bad input");
        s.nodeError("orders", "RangeError", "bad input");
        s.nodeError("orders", "TypeError", "bad input");
        const FleetPtr fleet = ll::testing::buildFleet(s.events);
        ErrorClusterer clusterer;
        const auto clusters = clusterer.cluster(*fleet);
        QCOMPARE(int(clusters.size()), 2);
        QCOMPARE(byType(clusters, QStringLiteral("TypeError"))->count, uint64_t(2));
        QCOMPARE(byType(clusters, QStringLiteral("RangeError"))->count, uint64_t(1));
        QVERIFY(clusters[0].id != clusters[1].id);
        // Impact order: most failed invocations first.
        QCOMPARE(clusters.front().errorType, QStringLiteral("TypeError"));
    }

    void differentTopFramesAreDifferentClusters()
    {
        FleetScript s;
        s.pythonError("payments", "amount", "handler");
        s.pythonError("payments", "amount", "refund");
        const FleetPtr fleet = ll::testing::buildFleet(s.events);
        ErrorClusterer clusterer;
        QCOMPARE(int(clusterer.cluster(*fleet).size()), 2);
    }

    void pythonKeysShareAClusterWithTopValues()
    {
        FleetScript s;
        s.pythonError("payments", "amount");
        s.pythonError("payments", "amount");
        s.pythonError("payments", "currency");
        const FleetPtr fleet = ll::testing::buildFleet(s.events);
        ErrorClusterer clusterer;
        const auto clusters = clusterer.cluster(*fleet);
        QCOMPARE(int(clusters.size()), 1);
        const ErrorCluster& c = clusters.front();
        QCOMPARE(c.errorType, QStringLiteral("KeyError"));
        QCOMPARE(c.templateText, QStringLiteral("KeyError: '<*>'"));
        QCOMPARE(int(c.slotValues.size()), 1);
        QCOMPARE(c.slotValues[0].front().value, QStringLiteral("amount"));
        QCOMPARE(c.slotValues[0].front().count, 2u);
        QCOMPARE(c.slotValues[0][1].value, QStringLiteral("currency"));
    }

    void timeoutsAreTheirOwnCluster()
    {
        FleetScript s;
        s.timeout("orders", "6.00");
        s.timeout("inventory", "3.00");
        s.nodeError("orders", "TypeError", "bad input");
        const FleetPtr fleet = ll::testing::buildFleet(s.events);
        ErrorClusterer clusterer;
        const auto clusters = clusterer.cluster(*fleet);
        QCOMPARE(int(clusters.size()), 2);
        const ErrorCluster* t = byType(clusters, QStringLiteral("Sandbox.Timedout"));
        QVERIFY(t);
        QCOMPARE(t->count, uint64_t(2));
        QCOMPARE(int(t->functions.size()), 2);
        QVERIFY2(t->templateText.contains(QStringLiteral("Task timed out after")), qPrintable(t->templateText));
    }

    void errorLinesOfSuccessfulInvocationsAreLogKind()
    {
        FleetScript s;
        s.ok("orders", {"{T}\t{R}\tERROR\tretrying payment provider after 503", "{T}\t{R}\tINFO\tdone"});
        s.ok("orders", {"{T}\t{R}\tERROR\tretrying payment provider after 502"});
        s.nodeError("orders", "TypeError", "retrying payment provider after 503");
        const FleetPtr fleet = ll::testing::buildFleet(s.events);
        ErrorClusterer clusterer;
        const auto clusters = clusterer.cluster(*fleet);
        QCOMPARE(int(clusters.size()), 2);
        int logs = 0;
        for (const ErrorCluster& c : clusters) {
            if (c.kind != ClusterKind::Log)
                continue;
            ++logs;
            QCOMPARE(c.count, uint64_t(2));
            QCOMPARE(c.failedInvocations(), uint64_t(0));
            QCOMPARE(int(c.invocations.size()), 2);
            QCOMPARE(c.templateText, QStringLiteral("retrying payment provider after <*>"));
        }
        QCOMPARE(logs, 1);
        // Failures outrank log noise.
        QCOMPARE(clusters.front().kind, ClusterKind::Failure);
    }

    void idsAreStableAcrossRunsAndUpdates()
    {
        FleetScript s;
        s.nodeError("orders", "TypeError", "bad input 1");
        s.timeout("orders", "6.00");
        const FleetPtr first = ll::testing::buildFleet(s.events);
        ErrorClusterer incremental;
        const auto before = incremental.cluster(*first);
        s.nodeError("orders", "TypeError", "bad input 2");
        s.nodeError("orders", "RangeError", "out of range");
        const FleetPtr second = ll::testing::buildFleet(s.events);
        const auto after = incremental.cluster(*second);
        ErrorClusterer fresh;
        const auto again = fresh.cluster(*second);
        QCOMPARE(after.size(), size_t(3));
        for (const ErrorCluster& b : before) {
            const auto it = std::find_if(after.begin(), after.end(), [&](const ErrorCluster& c) { return c.id == b.id; });
            QVERIFY2(it != after.end(), qPrintable(b.templateText));
            QVERIFY(it->count >= b.count);
        }
        QStringList a1, a2;
        for (const auto& c : after)
            a1.append(c.id);
        for (const auto& c : again)
            a2.append(c.id);
        QCOMPARE(sorted(a1), sorted(a2));
    }

    void newInsideWindowAndSorting()
    {
        FleetScript s;
        s.nodeError("orders", "TypeError", "old problem");
        s.nodeError("orders", "TypeError", "old problem");
        const int64_t from = s.t;
        s.nodeError("orders", "RangeError", "fresh problem");
        s.nodeError("orders", "TypeError", "old problem");
        const FleetPtr fleet = ll::testing::buildFleet(s.events);
        ErrorClusterer clusterer;
        auto clusters = clusterer.cluster(*fleet);
        markNew(clusters, from, s.t);
        QVERIFY(!byType(clusters, QStringLiteral("TypeError"))->isNew);
        QVERIFY(byType(clusters, QStringLiteral("RangeError"))->isNew);
        sortClusters(clusters, ClusterSort::Newest);
        QCOMPARE(clusters.front().errorType, QStringLiteral("RangeError"));
        sortClusters(clusters, ClusterSort::Count);
        QCOMPARE(clusters.front().errorType, QStringLiteral("TypeError"));
    }

    void logsInsightsQueryFiltersOnConstantText()
    {
        ErrorCluster c;
        c.errorType = QStringLiteral("TypeError");
        c.templateText = QStringLiteral("Cannot read properties of undefined (reading '<*>')");
        const QString q = logsInsightsQuery(c);
        QVERIFY(q.startsWith(QStringLiteral("fields @timestamp")));
        QVERIFY2(q.contains(QStringLiteral("@message like /TypeError/")), qPrintable(q));
        QVERIFY2(q.contains(QStringLiteral("Cannot read properties of undefined \\(reading")), qPrintable(q));
        QVERIFY(q.contains(QStringLiteral("| limit 100")));
        c.templateText = QStringLiteral("path a/b failed");
        QVERIFY2(logsInsightsQuery(c).contains(QStringLiteral("a\\/b")), qPrintable(logsInsightsQuery(c)));
    }

    void cancelledClusteringReturnsNothing()
    {
        FleetScript s;
        s.nodeError("orders", "TypeError", "bad input");
        const FleetPtr fleet = ll::testing::buildFleet(s.events);
        const std::atomic<bool> cancel{true};
        ErrorClusterer clusterer;
        QVERIFY(clusterer.cluster(*fleet, &cancel).empty());
        const std::atomic<bool> go{false};
        QCOMPARE(int(clusterer.cluster(*fleet, &go).size()), 1);
    }

    void emptyFleetHasNoClusters()
    {
        const FleetPtr fleet = ll::testing::buildFleet({});
        QVERIFY(fleet);
        ErrorClusterer clusterer;
        QVERIFY(clusterer.cluster(*fleet).empty());
    }
};

QTEST_GUILESS_MAIN(TestErrorClusters)
#include "tst_errorclusters.moc"
