#include "fixtureevents.h"

#include <QTest>
#include <algorithm>
#include <random>

using namespace ll;
using namespace ll::testing;

Q_DECLARE_METATYPE(ll::Outcome)

class TestInvocationAssembly : public QObject {
    Q_OBJECT

private:
    static QString fixturePath() { return QStringLiteral(LAMBDALENS_TEST_DATA "/reference_fixtures.txt"); }

    static const Invocation* find(const Fleet& fleet, std::vector<Invocation>& storage, std::string_view id)
    {
        const int64_t row = fleet.findInvocation(id);
        if (row < 0)
            return nullptr;
        storage.push_back(fleet.invocation(uint32_t(row)));
        return &storage.back();
    }

private Q_SLOTS:
    void referenceInvocations_data()
    {
        QTest::addColumn<QString>("requestId");
        QTest::addColumn<QString>("function");
        QTest::addColumn<ll::Outcome>("outcome");
        QTest::addColumn<bool>("cold");
        QTest::addColumn<double>("duration");
        QTest::addColumn<int>("memorySize");
        QTest::addColumn<QString>("errorType");

        auto row = [](const char* name, const char* id, const char* fn, Outcome o, bool cold, double d, int mem, const char* type) {
            QTest::newRow(name) << QString::fromLatin1(id) << QString::fromLatin1(fn) << o << cold << d << mem << QString::fromLatin1(type);
        };
        row("node cold start with init duration is ok", "8f5b0c2e-3d7a-4e1b-9c4f-2a6d8e0b1c3f", "orders-api", Outcome::Ok, true, 134.52, 512, "");
        row("node Invoke Error is an error with its type", "1c3e5a7b-9d2f-4b6e-8a1c-3e5f7a9b2d4c", "orders-api", Outcome::Error, false, 18.20, 512, "TypeError");
        row("task timed out is a timeout", "d4e6f8a0-2b4c-4d6e-9f1a-3b5c7d9e1f2a", "orders-api", Outcome::Timeout, false, 6000.0, 512, "Sandbox.Timedout");
        row("suppressed init failure is a cold error", "b5d7f9a1-c3e5-47a9-b1d3-f5a7c9e1b3d5", "orders-api", Outcome::Error, true, 122.11, 512, "Runtime.UserCodeSyntaxError");
        row("python traceback without request id is an error", "6b8d0f2a-4c6e-48a0-b2d4-6f8a0c2e4b6d", "payments-worker", Outcome::Error, true, 41.88, 256, "KeyError");
        row("report status error with OutOfMemory is oom", "9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "payments-worker", Outcome::OutOfMemory, false, 2811.43, 256, "Runtime.OutOfMemory");
        row("signal killed after report is the older oom form", "2f4a6c8e-0b2d-4f6a-8c0e-2a4c6e8b0d2f", "payments-worker", Outcome::OutOfMemory, false, 2954.10, 256, "Runtime.OutOfMemory");
        row("java snapstart restore is cold and the stack trace an error", "7c9e1a3b-5d7f-4a9c-b1e3-5a7c9e1b3d5f", "catalog-api", Outcome::Error, true, 306.34, 1024, "com.example.catalog.ItemNotFoundException");
        row("go errorString json is an error", "e3f5a7c9-1b3d-45f7-a9c1-e3b5d7f9a1c3", "feed-poller", Outcome::Error, false, 1033.60, 128, "errorString");
        row("dotnet fail with exception is an error", "4c6e8a0b-2d4f-46a8-b0c2-e4f6a8b0c2d4", "batch-importer", Outcome::Error, false, 171.09, 1024, "System.InvalidOperationException");
        row("json platform report failure is an error", "0a2b4c6d-8e0f-4a2b-9c4d-6e8f0a2b4c6d", "orders-api-json", Outcome::Error, true, 134.52, 512, "TypeError");
    }

    void referenceInvocations()
    {
        QFETCH(QString, requestId);
        QFETCH(QString, function);
        QFETCH(ll::Outcome, outcome);
        QFETCH(bool, cold);
        QFETCH(double, duration);
        QFETCH(int, memorySize);
        QFETCH(QString, errorType);

        const auto events = loadFixture(fixturePath());
        QVERIFY(!events.empty());
        const FleetPtr fleet = buildFleet(events);
        const std::string id = requestId.toStdString();
        int64_t row = -1;
        // The same request id appears in another function (refunds) as an orphan line.
        for (uint32_t r = 0; r < fleet->invocationCount(); ++r) {
            const Invocation inv = fleet->invocation(r);
            if (inv.requestId == id && fleet->function(inv.function).name == function)
                row = r;
        }
        QVERIFY2(row >= 0, qPrintable(requestId));
        const Invocation inv = fleet->invocation(uint32_t(row));
        QCOMPARE(inv.outcome, outcome);
        QCOMPARE(inv.cold(), cold);
        QVERIFY(inv.finished());
        QCOMPARE(qRound(inv.durationMs * 100), qRound(duration * 100));
        QCOMPARE(int(inv.memorySizeMb), memorySize);
        QCOMPARE(QString::fromUtf8(inv.errorType.data(), qsizetype(inv.errorType.size())), errorType);
    }

    void reportFigures()
    {
        const FleetPtr fleet = buildFleet(loadFixture(fixturePath()));
        const int64_t row = fleet->findInvocation("8f5b0c2e-3d7a-4e1b-9c4f-2a6d8e0b1c3f");
        QVERIFY(row >= 0);
        const Invocation inv = fleet->invocation(uint32_t(row));
        QCOMPARE(inv.billedDurationMs, 366.0);
        QCOMPARE(inv.maxMemoryUsedMb, 96u);
        QCOMPARE(qRound(inv.initDurationMs * 100), 23107);
        QCOMPARE(inv.traceId, std::string_view("1-65f1f6a7-3c5e7a9b1d3f5a7c9e1b3d5f"));
        QCOMPARE(fleet->function(inv.function).runtime, QStringLiteral("nodejs:20.v22"));
        // The invocation owns its lines from START to REPORT; its init lines come before.
        QCOMPARE(inv.lineCount, 4u);
        const auto [initBegin, initEnd] = fleet->initLines(uint32_t(row));
        QCOMPARE(initEnd - initBegin, 3u);
        QCOMPARE(fleet->line(initBegin).kind, LineKind::InitStart);

        const int64_t snap = fleet->findInvocation("7c9e1a3b-5d7f-4a9c-b1e3-5a7c9e1b3d5f");
        const Invocation s = fleet->invocation(uint32_t(snap));
        QVERIFY(s.flags & Restored);
        QCOMPARE(qRound(s.restoreDurationMs * 100), 41255);
        QCOMPARE(s.billedRestoreDurationMs, 131.0);
    }

    void functionStatistics_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<int>("invocations");
        QTest::addColumn<int>("cold");
        QTest::addColumn<int>("errors");
        QTest::addColumn<int>("timeouts");
        QTest::addColumn<int>("oom");
        QTest::addColumn<int>("crashes");
        QTest::newRow("orders-api") << QStringLiteral("orders-api") << 4 << 2 << 2 << 1 << 0 << 0;
        QTest::newRow("payments-worker") << QStringLiteral("payments-worker") << 3 << 1 << 1 << 0 << 2 << 0;
        QTest::newRow("catalog-api") << QStringLiteral("catalog-api") << 1 << 1 << 1 << 0 << 0 << 0;
        QTest::newRow("refunds has lines but no invocation") << QStringLiteral("refunds") << 0 << 0 << 0 << 0 << 0 << 0;
    }

    void functionStatistics()
    {
        QFETCH(QString, function);
        QFETCH(int, invocations);
        QFETCH(int, cold);
        QFETCH(int, errors);
        QFETCH(int, timeouts);
        QFETCH(int, oom);
        QFETCH(int, crashes);
        const FleetPtr fleet = buildFleet(loadFixture(fixturePath()));
        const int id = fleet->functionId(function);
        QVERIFY(id >= 0);
        const FunctionStats& s = fleet->stats(uint32_t(id));
        QCOMPARE(int(s.invocations), invocations);
        QCOMPARE(int(s.coldStarts), cold);
        QCOMPARE(int(s.errors), errors);
        QCOMPARE(int(s.timeouts), timeouts);
        QCOMPARE(int(s.outOfMemory), oom);
        QCOMPARE(int(s.crashes), crashes);
        QCOMPARE(int(s.failed()), errors + timeouts + oom + crashes);
    }

    void orderOfArrivalDoesNotMatter_data()
    {
        QTest::addColumn<int>("seed");
        for (int seed = 1; seed <= 5; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("shuffle %1").arg(seed))) << seed;
    }

    void orderOfArrivalDoesNotMatter()
    {
        QFETCH(int, seed);
        auto events = loadFixture(fixturePath());
        const FleetPtr ordered = buildFleet(events);
        std::mt19937 rng(seed);
        std::shuffle(events.begin(), events.end(), rng);
        const FleetPtr shuffled = buildFleet(events);
        QCOMPARE(shuffled->invocationCount(), ordered->invocationCount());
        QCOMPARE(shuffled->lineCount(), ordered->lineCount());
        for (uint32_t f = 0; f < ordered->functionCount(); ++f) {
            const int g = shuffled->functionId(ordered->function(f).name);
            QVERIFY(g >= 0);
            QCOMPARE(shuffled->stats(uint32_t(g)).failed(), ordered->stats(f).failed());
            QCOMPARE(shuffled->stats(uint32_t(g)).coldStarts, ordered->stats(f).coldStarts);
            QCOMPARE(shuffled->stats(uint32_t(g)).invocations, ordered->stats(f).invocations);
        }
    }

    void duplicateEventsAreDroppedByEventId()
    {
        auto events = loadFixture(fixturePath());
        const size_t original = events.size();
        const auto copy = events;
        events.insert(events.end(), copy.begin(), copy.begin() + 20);
        const FleetPtr fleet = buildFleet(events);
        QCOMPARE(fleet->lineCount(), original);
        QCOMPARE(fleet->duplicateEvents(), 20u);
        QCOMPARE(fleet->stats(uint32_t(fleet->functionId(QStringLiteral("orders-api")))).invocations, 4u);
    }

    void robustness_data()
    {
        QTest::addColumn<QStringList>("messages");
        QTest::addColumn<int>("finished");
        QTest::addColumn<int>("incomplete");
        QTest::addColumn<int>("retries");

        const QString a = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
        const QString b = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000002");
        auto report = [](const QString& id) {
            return QStringLiteral("REPORT RequestId: %1\tDuration: 10.00 ms\tBilled Duration: 10 ms\tMemory Size: 128 MB\tMax Memory Used: 50 MB\t").arg(id);
        };
        auto start = [](const QString& id) { return QStringLiteral("START RequestId: %1 Version: $LATEST").arg(id); };
        auto end = [](const QString& id) { return QStringLiteral("END RequestId: %1").arg(id); };
        QTest::newRow("start without report is incomplete, not finished") << QStringList { start(a) } << 0 << 1 << 0;
        QTest::newRow("report without start still counts") << QStringList { report(a) } << 1 << 0 << 0;
        QTest::newRow("start cut by the next start is incomplete")
            << QStringList { start(a), start(b), end(b), report(b) } << 1 << 1 << 0;
        QTest::newRow("same request id in a later cycle is a retry")
            << QStringList { start(a), end(a), report(a), start(a), end(a), report(a) } << 2 << 0 << 1;
        QTest::newRow("empty and garbage lines are app lines")
            << QStringList { QString(), QStringLiteral("\x01\x02 garbage {"), start(a), QStringLiteral("{\"broken"), report(a) } << 1 << 0 << 0;
    }

    void robustness()
    {
        QFETCH(QStringList, messages);
        QFETCH(int, finished);
        QFETCH(int, incomplete);
        QFETCH(int, retries);
        std::vector<FixtureEvent> events;
        int64_t t = 1000;
        for (const QString& m : messages)
            events.push_back(makeEvent("fn", "s1", t += 5, m.toStdString()));
        const FleetPtr fleet = buildFleet(events);
        const FunctionStats& s = fleet->stats(0);
        QCOMPARE(int(s.invocations), finished);
        QCOMPARE(int(s.incomplete), incomplete);
        QCOMPARE(int(s.retries), retries);
    }

    void interleavedStreamsAreSeparateEnvironments()
    {
        // Two concurrent invocations of one function in two environments, lines interleaved.
        std::vector<FixtureEvent> e {
            makeEvent("fn", "env-1", 100, "START RequestId: r1 Version: $LATEST"),
            makeEvent("fn", "env-2", 101, "START RequestId: r2 Version: $LATEST"),
            makeEvent("fn", "env-1", 102, "2026-11-27T00:00:00.102Z\tr1\tINFO\thello from r1"),
            makeEvent("fn", "env-2", 103, "2026-11-27T00:00:00.103Z\tr2\tERROR\tInvoke Error \t{\"errorType\":\"Boom\",\"errorMessage\":\"x\"}"),
            makeEvent("fn", "env-2", 104, "END RequestId: r2"),
            makeEvent("fn", "env-1", 105, "END RequestId: r1"),
            makeEvent("fn", "env-2", 106, "REPORT RequestId: r2\tDuration: 5.00 ms\tBilled Duration: 5 ms\tMemory Size: 128 MB\tMax Memory Used: 20 MB"),
            makeEvent("fn", "env-1", 107, "REPORT RequestId: r1\tDuration: 7.00 ms\tBilled Duration: 7 ms\tMemory Size: 128 MB\tMax Memory Used: 21 MB"),
        };
        const FleetPtr fleet = buildFleet(e);
        QCOMPARE(fleet->invocationCount(), 2u);
        const Invocation r1 = fleet->invocation(uint32_t(fleet->findInvocation("r1")));
        const Invocation r2 = fleet->invocation(uint32_t(fleet->findInvocation("r2")));
        QCOMPARE(r1.outcome, Outcome::Ok);
        QCOMPARE(r2.outcome, Outcome::Error);
        QCOMPARE(r2.errorType, std::string_view("Boom"));
        QVERIFY(r1.stream != r2.stream);
        QCOMPARE(r1.lineCount, 4u);
        QCOMPARE(fleet->line(r1.firstLine + 1).invocation, int64_t(r1.index));
        QCOMPARE(fleet->line(r1.firstLine + 1).level, LogLevel::Info);
    }

    void crashIsRuntimeExit()
    {
        std::vector<FixtureEvent> e {
            makeEvent("fn", "s", 1, "START RequestId: c1 Version: $LATEST"),
            makeEvent("fn", "s", 2, "RequestId: c1 Error: Runtime exited with error: exit status 1\nRuntime.ExitError"),
            makeEvent("fn", "s", 3, "END RequestId: c1"),
            makeEvent("fn", "s", 4, "REPORT RequestId: c1\tDuration: 5.00 ms\tBilled Duration: 5 ms\tMemory Size: 128 MB\tMax Memory Used: 20 MB\tStatus: error\tError Type: Runtime.ExitError"),
        };
        const FleetPtr fleet = buildFleet(e);
        QCOMPARE(fleet->invocation(0).outcome, Outcome::Crash);
        QCOMPARE(fleet->stats(0).crashes, 1u);
    }

    void memoryBudgetKeepsWhatFitsAndSaysSo()
    {
        FleetBuilder builder;
        builder.setMemoryBudget(64 * 1024);
        const std::string filler(200, 'x');
        int added = 0;
        for (int i = 0; i < 5000 && builder.wantsMore(); ++i, ++added) {
            const std::string id = "r" + std::to_string(i);
            RawEvent e;
            e.function = "fn";
            e.logStream = "s";
            e.timestampMs = i;
            const std::string m = "START RequestId: " + id + " Version: $LATEST " + filler;
            e.message = m;
            builder.addEvent(e);
        }
        QVERIFY(!builder.wantsMore());
        QVERIFY(added < 5000);
        const FleetPtr fleet = builder.finish();
        QVERIFY(fleet->lineCount() > 100);
        QVERIFY(fleet->memoryBytes() < 2 * 64 * 1024);
        QCOMPARE(fleet->skipped().size(), 1);
        QVERIFY(fleet->skipped().first().reason.contains(QStringLiteral("memory budget")));
    }

    void timeRangeQueryIsByStart()
    {
        std::vector<FixtureEvent> e;
        for (int i = 0; i < 100; ++i) {
            const std::string id = "r" + std::to_string(i);
            e.push_back(makeEvent("fn", "s", i * 100, "START RequestId: " + id + " Version: $LATEST"));
            e.push_back(makeEvent("fn", "s", i * 100 + 50, "REPORT RequestId: " + id + "\tDuration: 50.00 ms\tBilled Duration: 50 ms\tMemory Size: 128 MB\tMax Memory Used: 20 MB"));
        }
        const FleetPtr fleet = buildFleet(e);
        const auto [b, en] = fleet->invocationRange(0, 1000, 2000);
        QCOMPARE(en - b, 10u);
        QCOMPARE(fleet->invocation(b).startMs, int64_t(1000));
        const auto [pb, pe] = fleet->neighboursInStream(b);
        QCOMPARE(pb, int64_t(b) - 1);
        QCOMPARE(pe, int64_t(b) + 1);
    }
};

QTEST_GUILESS_MAIN(TestInvocationAssembly)
#include "tst_invocationassembly.moc"
