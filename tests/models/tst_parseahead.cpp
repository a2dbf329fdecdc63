// Large aws-CLI exports are parsed ahead in other threads: whatever the file holds, the sink
// must receive exactly what the single-threaded reader delivers, in the same order.

#include "parse/lambdaline.h"
#include "sources/fileimporter.h"

#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <string>

namespace {

// Everything the sink sees, folded into a hash that depends on order.
class RecordingSink final : public ll::EventSink {
public:
    void setDefaultFunction(std::string_view name) override { mix(name); }
    void addEvent(const ll::RawEvent& e) override
    {
        ++events;
        mix(std::to_string(e.timestampMs));
        mix(std::to_string(e.ingestionTimeMs));
        mix(e.message);
        mix(e.logStream);
        mix(e.function);
        mix(e.eventId);
    }
    void addSkipped(const ll::SkippedInput& s) override { skipped << s.reason; }
    // With parsedWanted, lines parsed in the helper threads must equal parsing here.
    bool wantsParsedLines() const override { return parsedWanted; }
    void addParsedEvent(const ll::RawEvent& e, const ll::ParsedLine& p) override
    {
        ++parsedEvents;
        const ll::ParsedLine q = ll::parseLambdaLine(e.message);
        const auto inside = [&e](std::string_view v) {
            return v.empty() || (v.data() >= e.message.data() && v.data() + v.size() <= e.message.data() + e.message.size());
        };
        const bool same = p.kind == q.kind && p.level == q.level && p.json == q.json && p.requestId == q.requestId
            && p.durationMs == q.durationMs && p.memorySizeMb == q.memorySizeMb && p.status == q.status
            && p.errorType == q.errorType && p.traceId == q.traceId && p.unhandledError == q.unhandledError
            && inside(p.requestId) && inside(p.status) && inside(p.errorType) && inside(p.traceId);
        parsedMismatches += same ? 0 : 1;
        addEvent(e);
    }
    bool parsedWanted = false;
    uint64_t parsedEvents = 0, parsedMismatches = 0;
    void mix(std::string_view s)
    {
        for (const unsigned char c : s)
            hash = (hash ^ c) * 1099511628211ull;
        hash = (hash ^ 0xFF) * 1099511628211ull;
    }
    uint64_t hash = 1469598103934665603ull;
    uint64_t events = 0;
    QStringList skipped;
};

// A pretty-printed export (the CLI's layout) of about `bytes` bytes; `damage(i)` may replace
// event i's text.
template <typename Damage>
void writeExport(const QString& path, size_t bytes, Damage damage)
{
    std::string out = "{\n    \"events\": [\n";
    int64_t ts = 1710356183000;
    for (size_t i = 0; out.size() < bytes; ++i) {
        std::string event = "        {\n            \"logStreamName\": \"2024/03/13/[$LATEST]" + std::to_string(i % 7)
            + "\",\n            \"timestamp\": " + std::to_string(ts + int64_t(i)) + ",\n            \"message\": \"START RequestId: r-"
            + std::to_string(i) + " \\u00e9 \\\"quoted\\\" tab\\t line\\n\",\n            \"ingestionTime\": "
            + std::to_string(ts + int64_t(i) + 9) + ",\n            \"eventId\": \"" + std::to_string(i * 7919) + "\"\n        }";
        damage(i, event);
        out += i ? ",\n" : "";
        out += event;
    }
    out += "\n    ],\n    \"searchedLogStreams\": [\n        {\n            \"logStreamName\": \"a\",\n"
           "            \"searchedCompletely\": true\n        },\n        {\n            \"logStreamName\": \"b\",\n"
           "            \"searchedCompletely\": true\n        }\n    ]\n}\n";
    FILE* f = std::fopen(QFile::encodeName(path).constData(), "wb");
    QVERIFY(f);
    QCOMPARE(std::fwrite(out.data(), 1, out.size(), f), out.size());
    std::fclose(f);
}

} // namespace

class TestParseAhead : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameEventsAsOneThread_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("clean export with escapes delivers the same events in the same order") << 0;
        QTest::newRow("damaged events resynchronise the same way and are reported once") << 1;
        QTest::newRow("messages of nearly 2 MiB across piece boundaries") << 2;
        QTest::newRow("nested objects laid out like events are not taken for events") << 3;
        QTest::newRow("oversized messages are skipped with the same message") << 4;
        QTest::newRow("invalid escapes and log groups are handled as by the reader") << 5;
    }
    void sameEventsAsOneThread()
    {
        QFETCH(int, kind);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("orders-api.json"));
        writeExport(path, size_t(48) << 20, [kind](size_t i, std::string& event) {
            if (kind == 1 && i % 40009 == 17)
                event = "        {\n            \"timestamp\": 12,\n            \"message\": \"broken\n        }";
            if (kind == 2 && i % 30011 == 5)
                event.insert(event.find("\"message\": \"") + 12, std::string((size_t(19) << 20) / 10, 'x'));
            if (kind == 3 && i % 20011 == 3)
                event.insert(event.find("        }", 10), "            ,\"nested\": [\n        {\n            \"timestamp\": 1\n        },\n        {\n"
                                                         "            \"timestamp\": 2\n        }\n            ]\n");
            if (kind == 4 && i % 25013 == 9)
                event.insert(event.find("\"message\": \"") + 12, std::string(size_t(3) << 20, 'y'));
            if (kind == 5 && i % 15013 == 11)
                event.replace(event.find("\\u00e9"), 6, "\\uZZZZ");
            if (kind == 5 && i % 9001 == 1)
                event.insert(10, "\"logGroupName\": \"/aws/lambda/other-fn\", ");
        });
        RecordingSink one, many, three;
        ll::ImportControl sequential;
        sequential.parseThreads = 1;
        const ll::ImportResult a = ll::importFiles({path}, one, sequential);
        ll::ImportControl parallel;
        parallel.parseThreads = 2;
        const ll::ImportResult b = ll::importFiles({path}, many, parallel);
        parallel.parseThreads = 3;
        const ll::ImportResult c = ll::importFiles({path}, three, parallel);
        QVERIFY(one.events > 90000);
        QCOMPARE(many.events, one.events);
        QCOMPARE(three.events, one.events);
        QCOMPARE(many.hash, one.hash);
        QCOMPARE(three.hash, one.hash);
        QCOMPARE(many.skipped, one.skipped);
        QCOMPARE(three.skipped, one.skipped);
        QCOMPARE(b.events, a.events);
        QCOMPARE(b.bytes, a.bytes);
        QCOMPARE(c.bytes, a.bytes);
        QCOMPARE(one.skipped.isEmpty(), kind == 0 || kind == 2 || kind == 3);

        // A sink that takes lines parsed in the helper threads gets the same events, and
        // lines parsed exactly as it would parse them itself.
        RecordingSink parsedAhead;
        parsedAhead.parsedWanted = true;
        parallel.parseThreads = 2;
        (void)ll::importFiles({path}, parsedAhead, parallel);
        QCOMPARE(parsedAhead.hash, one.hash);
        QCOMPARE(parsedAhead.skipped, one.skipped);
        if (kind == 0)
            QVERIFY(parsedAhead.parsedEvents > parsedAhead.events / 2); // most pieces were parsed ahead
        QCOMPARE(parsedAhead.parsedMismatches, uint64_t(0));
    }

    void cancelStopsTheHelpers()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("orders-api.json"));
        writeExport(path, size_t(40) << 20, [](size_t, std::string&) {});
        RecordingSink sink;
        std::atomic<bool> cancel{false};
        ll::ImportControl control;
        control.parseThreads = 2;
        control.cancel = &cancel;
        control.progress = [&](uint64_t done, uint64_t) {
            if (done > (uint64_t(10) << 20))
                cancel = true;
        };
        const ll::ImportResult result = ll::importFiles({path}, sink, control);
        QVERIFY(result.cancelled);
        QVERIFY(sink.events > 0);
    }
};

QTEST_GUILESS_MAIN(TestParseAhead)
#include "tst_parseahead.moc"
