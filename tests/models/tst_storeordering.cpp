// The store's ordering machinery: the linear radix order agrees with a stable sort; the lines
// are laid out by (stream, time, arrival) with their own text and time, duplicates dropped, both
// inline and on the threaded path of big loads; and the hash-ordered request index finds every
// invocation and marks retries, also when a hostile file repeats one request id thousands of
// times or in several functions.
#include "store/fleetbuilder.h"
#include "store/radixorder.h"

#include <QRandomGenerator>
#include <QTest>
#include <algorithm>
#include <numeric>
#include <string>
#include <vector>

class TestStoreOrdering : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void radixOrderIsStableSort_data();
    void radixOrderIsStableSort();
    void onlyEmptyMessages();
    void linesLaidOutByStreamAndTime_data();
    void linesLaidOutByStreamAndTime();
    void requestIndexAndRetries_data();
    void requestIndexAndRetries();
};

Q_DECLARE_METATYPE(std::vector<uint32_t>)

void TestStoreOrdering::radixOrderIsStableSort_data()
{
    QTest::addColumn<std::vector<uint32_t>>("keys");
    QTest::newRow("empty") << std::vector<uint32_t> {};
    QTest::newRow("one") << std::vector<uint32_t> { 7 };
    QTest::newRow("ties keep index order") << std::vector<uint32_t> { 5, 1, 5, 1, 5 };
    QTest::newRow("keys across the 16-bit boundary") << std::vector<uint32_t> { 0x10000, 0xFFFF, 0x1FFFF, 0, 0xFFFFFFFF, 0x10000 };
    QRandomGenerator rng(7);
    std::vector<uint32_t> random(100000);
    for (uint32_t& k : random)
        k = rng.generate();
    QTest::newRow("random 32-bit") << random;
    std::vector<uint32_t> smallRandom(5000);
    for (uint32_t& k : smallRandom)
        k = rng.generate() % 977; // below the counting passes' size, with ties
    QTest::newRow("small input with ties (comparison path)") << smallRandom;
    std::vector<uint32_t> atThreshold(16384);
    for (size_t i = 0; i < atThreshold.size(); ++i)
        atThreshold[i] = uint32_t((i * 7919) % 1000) << 12; // ties, all in the high half
    QTest::newRow("at the counting threshold, keys only in the high half") << atThreshold;
    std::vector<uint32_t> streams(60000);
    for (size_t i = 0; i < streams.size(); ++i)
        streams[i] = uint32_t((i % 3) * 1000 + i / 3) * 7; // three interleaved ascending runs
    QTest::newRow("interleaved ascending runs (lines of streams)") << streams;
}

void TestStoreOrdering::radixOrderIsStableSort()
{
    QFETCH(std::vector<uint32_t>, keys);
    std::vector<uint32_t> expected(keys.size());
    std::iota(expected.begin(), expected.end(), 0);
    std::stable_sort(expected.begin(), expected.end(), [&](uint32_t a, uint32_t b) { return keys[a] < keys[b]; });
    QCOMPARE(ll::radixOrder(keys.data(), keys.size()), expected);
}

void TestStoreOrdering::onlyEmptyMessages()
{
    // No message bytes at all: the text buffer is empty (the fuzzer's regress-only-empty-messages).
    ll::FleetBuilder builder;
    builder.setDefaultFunction("fn");
    for (int64_t t : {3, 1, 2}) {
        ll::RawEvent e;
        e.timestampMs = t;
        builder.addEvent(e);
    }
    const ll::FleetPtr fleet = builder.finish();
    QVERIFY(fleet);
    QCOMPARE(fleet->lineCount(), size_t(3));
    QCOMPARE(fleet->messageBytes(), uint64_t(0));
    for (uint32_t k = 0; k < 3; ++k) {
        QVERIFY(fleet->lineMessage(k).empty());
        QCOMPARE(fleet->lineTimeMs(k), int64_t(k + 1));
    }
}

void TestStoreOrdering::linesLaidOutByStreamAndTime_data()
{
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("streams");
    QTest::newRow("small (inline)") << 2000 << 5;
    QTest::newRow("one stream") << 3000 << 1;
    QTest::newRow("big (threaded layout, time order beside the walk)") << 400000 << 37;
}

void TestStoreOrdering::linesLaidOutByStreamAndTime()
{
    QFETCH(int, events);
    QFETCH(int, streams);
    struct Event {
        std::string stream, message, id;
        int64_t time;
    };
    // Arrival order interleaves streams and goes back in time; every 50th event arrives twice
    // (same id, stream and time) and must be kept once.
    QRandomGenerator rng(11);
    std::vector<Event> sent;
    sent.reserve(size_t(events) * 51 / 50 + 1);
    for (int i = 0; i < events; ++i) {
        Event e;
        e.stream = "2026/11/28/[$LATEST]" + std::to_string(rng.bounded(streams));
        e.time = 1795000000000 + rng.bounded(86400000);
        e.message = "line " + std::to_string(i) + std::string(size_t(rng.bounded(40)), 'x');
        e.id = std::to_string(e.time) + "-" + std::to_string(i);
        sent.push_back(e);
        if (i % 50 == 0)
            sent.push_back(e);
    }
    ll::FleetBuilder builder;
    builder.setDefaultFunction("fn");
    for (const Event& e : sent) {
        ll::RawEvent raw;
        raw.timestampMs = e.time;
        raw.message = e.message;
        raw.logStream = e.stream;
        raw.eventId = e.id;
        builder.addEvent(raw);
    }
    const ll::FleetPtr fleet = builder.finish();
    QVERIFY(fleet);
    QCOMPARE(fleet->lineCount(), size_t(events));
    QCOMPARE(fleet->duplicateEvents(), uint64_t(sent.size() - size_t(events)));

    // Expected: one of each, grouped by stream (streams in order of first arrival), by time
    // within a stream, ties in arrival order.
    std::vector<const Event*> unique;
    std::vector<std::string> streamOrder;
    for (size_t i = 0; i < sent.size(); ++i) {
        if (i > 0 && sent[i].id == sent[i - 1].id)
            continue;
        unique.push_back(&sent[i]);
        if (std::find(streamOrder.begin(), streamOrder.end(), sent[i].stream) == streamOrder.end())
            streamOrder.push_back(sent[i].stream);
    }
    auto rank = [&](const Event* e) { return std::find(streamOrder.begin(), streamOrder.end(), e->stream) - streamOrder.begin(); };
    std::vector<std::pair<int64_t, const Event*>> ranked;
    ranked.reserve(unique.size());
    for (const Event* e : unique)
        ranked.emplace_back(int64_t(rank(e)), e);
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : a.second->time < b.second->time;
    });
    for (uint32_t k = 0; k < fleet->lineCount(); ++k) {
        const Event& e = *ranked[k].second;
        if (fleet->lineMessage(k) != e.message || fleet->lineTimeMs(k) != e.time
            || fleet->streamName(fleet->lineStream(k)) != e.stream)
            QFAIL(qPrintable(QStringLiteral("line %1 is \"%2\" at %3, expected \"%4\" at %5")
                                 .arg(k)
                                 .arg(QString::fromStdString(std::string(fleet->lineMessage(k))))
                                 .arg(fleet->lineTimeMs(k))
                                 .arg(QString::fromStdString(e.message))
                                 .arg(e.time)));
    }
    // The global time order: every line once, times ascending, ties in line order.
    std::vector<uint8_t> seen(fleet->lineCount(), 0);
    for (uint32_t k = 0; k < fleet->lineCount(); ++k) {
        const uint32_t line = fleet->lineInTimeOrder(k);
        QVERIFY(!seen[line]);
        seen[line] = 1;
        if (k > 0) {
            const uint32_t before = fleet->lineInTimeOrder(k - 1);
            QVERIFY(fleet->lineTimeMs(before) < fleet->lineTimeMs(line)
                    || (fleet->lineTimeMs(before) == fleet->lineTimeMs(line) && before < line));
        }
    }
    QCOMPARE(fleet->firstTimeMs(), fleet->lineTimeMs(fleet->lineInTimeOrder(0)));
    QCOMPARE(fleet->lastTimeMs(), fleet->lineTimeMs(fleet->lineInTimeOrder(uint32_t(events - 1))));
}

void TestStoreOrdering::requestIndexAndRetries_data()
{
    QTest::addColumn<int>("functions");
    QTest::addColumn<int>("attemptsPerId");
    QTest::addColumn<int>("ids");
    QTest::newRow("distinct ids, no retries") << 1 << 1 << 500;
    QTest::newRow("each id twice: one retry each") << 1 << 2 << 300;
    QTest::newRow("same ids in two functions are not retries of each other") << 2 << 1 << 200;
    QTest::newRow("one id repeated 5000 times (hostile file)") << 1 << 5000 << 1;
    QTest::newRow("one id repeated in three functions") << 3 << 700 << 1;
}

void TestStoreOrdering::requestIndexAndRetries()
{
    QFETCH(int, functions);
    QFETCH(int, attemptsPerId);
    QFETCH(int, ids);
    ll::FleetBuilder builder;
    int64_t t = 1'700'000'000'000;
    for (int fn = 0; fn < functions; ++fn) {
        const std::string function = "fn-" + std::to_string(fn);
        for (int attempt = 0; attempt < attemptsPerId; ++attempt) {
            for (int id = 0; id < ids; ++id) {
                const std::string rid = "req-" + std::to_string(id);
                for (const std::string& message :
                    { "START RequestId: " + rid + " Version: $LATEST", "END RequestId: " + rid,
                        "REPORT RequestId: " + rid + "\tDuration: 2.00 ms\tBilled Duration: 2 ms\tMemory Size: 128 MB\tMax Memory Used: 60 MB\t" }) {
                    ll::RawEvent e;
                    e.timestampMs = t++;
                    e.function = function;
                    e.logStream = "stream";
                    e.message = message;
                    builder.addEvent(e);
                }
            }
        }
    }
    const ll::FleetPtr fleet = builder.finish();
    QCOMPARE(fleet->invocationCount(), size_t(functions) * size_t(attemptsPerId) * size_t(ids));
    const ll::InvocationColumns& c = fleet->columns();
    size_t retries = 0;
    for (size_t row = 0; row < c.size(); ++row) {
        if (!(c.flags[row] & ll::Retry)) {
            QCOMPARE(c.firstAttempt[row], int64_t(-1));
            continue;
        }
        ++retries;
        const int64_t first = c.firstAttempt[row];
        QVERIFY(first >= 0 && first < int64_t(row));
        QCOMPARE(c.function[size_t(first)], c.function[row]);
        QCOMPARE(fleet->string(c.requestId[size_t(first)]), fleet->string(c.requestId[row]));
        QVERIFY(!(c.flags[size_t(first)] & ll::Retry)); // always points at the first attempt
    }
    QCOMPARE(retries, size_t(functions) * size_t(attemptsPerId - 1) * size_t(ids));
    for (int id = 0; id < ids; ++id) {
        const std::string rid = "req-" + std::to_string(id);
        const int64_t row = fleet->findInvocation(rid);
        QVERIFY2(row >= 0, rid.c_str());
        QCOMPARE(fleet->string(c.requestId[size_t(row)]), std::string_view(rid));
    }
    QCOMPARE(fleet->findInvocation("no-such-request"), int64_t(-1));
}

QTEST_GUILESS_MAIN(TestStoreOrdering)
#include "tst_storeordering.moc"
