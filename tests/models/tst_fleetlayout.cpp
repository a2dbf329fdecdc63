// The Fleet keeps lines in narrow columns (32-bit times and text offsets, streams as line
// ranges, request ids as pieces of the text): what comes out must be exactly what went in.

#include "store/fleetbuilder.h"

#include <QTest>
#include <map>
#include <random>
#include <string>
#include <vector>

using namespace ll;

namespace {

RawEvent rawEvent(int64_t ts, std::string_view message, std::string_view stream, std::string_view id = {})
{
    RawEvent e;
    e.timestampMs = ts;
    e.message = message;
    e.logStream = stream;
    e.eventId = id;
    return e;
}

} // namespace

class TestFleetLayout : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void linesComeBackExactly_data()
    {
        QTest::addColumn<qint64>("spanMs");
        QTest::newRow("lines within a day use the 32-bit time column") << qint64(86400000);
        QTest::newRow("lines spanning more than 49 days keep their exact times") << qint64(60) * 86400000;
        QTest::newRow("lines spanning centuries keep their exact times") << qint64(4000000000000);
    }
    void linesComeBackExactly()
    {
        QFETCH(qint64, spanMs);
        std::mt19937_64 rng(7);
        const std::vector<std::string> streams = {"s/a", "s/b", "s/c"};
        struct Line {
            int64_t ts;
            std::string message;
        };
        std::map<std::string, std::vector<Line>> expected;
        std::vector<std::string> messages, ids;
        std::vector<std::pair<int64_t, std::string>> order;
        for (int i = 0; i < 3000; ++i) {
            const int64_t ts = 1700000000000 + int64_t(rng() % uint64_t(spanMs));
            std::string message = i % 97 == 0 ? std::string() : "line " + std::to_string(i) + std::string(rng() % 40, 'x');
            messages.push_back(message);
            order.push_back({ts, streams[rng() % streams.size()]});
            ids.push_back("id-" + std::to_string(i));
        }
        FleetBuilder builder;
        builder.setDefaultFunction("fn");
        for (size_t i = 0; i < messages.size(); ++i) {
            builder.addEvent(rawEvent(order[i].first, messages[i], order[i].second, ids[i]));
            expected[order[i].second].push_back({order[i].first, messages[i]});
            if (i % 10 == 3) // a duplicate of the same event: dropped
                builder.addEvent(rawEvent(order[i].first, messages[i], order[i].second, ids[i]));
        }
        const FleetPtr fleet = builder.finish();
        QVERIFY(fleet);
        QCOMPARE(fleet->lineCount(), messages.size());
        QCOMPARE(fleet->duplicateEvents(), uint64_t(300));
        uint64_t bytes = 0;
        std::map<std::string, std::vector<Line>> actual;
        for (uint32_t l = 0; l < fleet->lineCount(); ++l) {
            const LogLine line = fleet->line(l);
            QCOMPARE(line.timestampMs, fleet->lineTimeMs(l));
            QCOMPARE(line.stream, fleet->lineStream(l));
            QCOMPARE(line.message, fleet->lineMessage(l));
            bytes += line.message.size();
            actual[std::string(fleet->streamName(line.stream))].push_back({line.timestampMs, std::string(line.message)});
        }
        QCOMPARE(fleet->messageBytes(), bytes);
        for (auto& [stream, lines] : expected) {
            std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.ts < b.ts; });
            const std::vector<Line>& got = actual[stream];
            QCOMPARE(got.size(), lines.size());
            for (size_t k = 0; k < lines.size(); ++k) {
                QCOMPARE(got[k].ts, lines[k].ts);
                QCOMPARE(got[k].message, lines[k].message);
            }
        }
        int64_t previous = INT64_MIN;
        for (uint32_t k = 0; k < fleet->lineCount(); ++k) {
            const int64_t ts = fleet->lineTimeMs(fleet->lineInTimeOrder(k));
            QVERIFY(ts >= previous);
            previous = ts;
        }
        QCOMPARE(fleet->firstTimeMs(), fleet->lineTimeMs(fleet->lineInTimeOrder(0)));
        QCOMPARE(fleet->lastTimeMs(), previous);
    }

    void requestIdsArePiecesOfTheirLines()
    {
        FleetBuilder builder;
        builder.setDefaultFunction("orders-api");
        const std::string s = "2024/03/13/[$LATEST]abc";
        const std::string start1 = "START RequestId: 11111111-2222-3333-4444-555555555555 Version: $LATEST\n";
        const std::string report1 = "REPORT RequestId: 11111111-2222-3333-4444-555555555555\tDuration: 10.00 ms\tBilled Duration: 11 ms\tMemory Size: 128 MB\tMax Memory Used: 60 MB\t\n";
        builder.addEvent(rawEvent(1000, start1, s));
        builder.addEvent(rawEvent(1010, report1, s));
        builder.addEvent(rawEvent(2000, start1, s)); // the same request again: a retry
        builder.addEvent(rawEvent(2010, report1, s));
        const FleetPtr fleet = builder.finish();
        QVERIFY(fleet);
        QCOMPARE(fleet->invocationCount(), size_t(2));
        const Invocation first = fleet->invocation(0);
        const Invocation retry = fleet->invocation(1);
        QCOMPARE(first.requestId, std::string_view("11111111-2222-3333-4444-555555555555"));
        QCOMPARE(retry.requestId, first.requestId);
        const std::string_view line = fleet->lineMessage(first.firstLine);
        QVERIFY(first.requestId.data() >= line.data() && first.requestId.data() < line.data() + line.size());
        QVERIFY(!first.retry());
        QVERIFY(retry.retry());
        QCOMPARE(fleet->columns().firstAttempt[1], int64_t(0));
        QCOMPARE(fleet->findInvocation(first.requestId), int64_t(1));
        QCOMPARE(fleet->findInvocation("nope"), int64_t(-1));
        QCOMPARE(first.durationMs, 10.0);
        QCOMPARE(first.endMs, int64_t(1010));
        QCOMPARE(fleet->string(fleet->columns().requestId[0]), first.requestId);
    }
};

QTEST_GUILESS_MAIN(TestFleetLayout)
#include "tst_fleetlayout.moc"
