// The store's ordering machinery: the linear radix order agrees with a stable sort, and the
// hash-ordered request index finds every invocation and marks retries, also when a hostile file
// repeats one request id thousands of times or in several functions.
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
