#include "analysis/templateminer.h"
#include "analysis/tokenmasker.h"

#include <QObject>
#include <QTest>

#include <string>
#include <vector>

using ll::TemplateMiner;
using ll::TokenMasker;

namespace {
QByteArray masked(const QByteArray& message)
{
    TokenMasker m;
    m.mask(std::string_view(message.constData(), size_t(message.size())));
    const std::string_view text = m.maskedText();
    return QByteArray(text.data(), qsizetype(text.size()));
}

// Feeds `background` several times so the miner has seen ordinary traffic, then the lines.
std::vector<uint32_t> mine(TemplateMiner& miner, const QList<QByteArray>& lines)
{
    std::vector<uint32_t> ids;
    for (const QByteArray& l : lines)
        ids.push_back(miner.add(std::string_view(l.constData(), size_t(l.size()))));
    for (uint32_t& id : ids)
        id = miner.canonical(id);
    return ids;
}
} // namespace

class TestTemplateMiner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void masking_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain words stay") << QByteArray("Connection closed by peer") << QByteArray("Connection closed by peer");
        QTest::newRow("integers and decimals") << QByteArray("took 12 and 3.5 units") << QByteArray("took <*> and <*> units");
        QTest::newRow("hex with 0x") << QByteArray("addr 0x7ffde3a0 bad") << QByteArray("addr <*> bad");
        QTest::newRow("hex id without digits") << QByteArray("etag deadbeefcafe") << QByteArray("etag <*>");
        QTest::newRow("uuid request id") << QByteArray("RequestId: 6f1c0b9d-2e7a-4c51-b3d8-e0f2a4b6c8d0 done")
                                         << QByteArray("RequestId: <*> done");
        QTest::newRow("ipv4 with port is one value") << QByteArray("from 10.0.0.12:5432 ok") << QByteArray("from <*> ok");
        QTest::newRow("host name with port") << QByteArray("proxy.cse.cuhk.edu.hk:5070 open") << QByteArray("<*> open");
        QTest::newRow("url") << QByteArray("GET https://example.com/a?b=c failed") << QByteArray("GET <*> failed");
        QTest::newRow("file url in a stack frame") << QByteArray("at Runtime.handler (file:///var/task/index.mjs:5:20)")
                                                   << QByteArray("at Runtime.handler (<*>)");
        QTest::newRow("unix path") << QByteArray("cannot open /var/task/app.py now") << QByteArray("cannot open <*> now");
        QTest::newRow("java frame keeps the file name") << QByteArray("at example.Handler.handleRequest(Handler.java:23)")
                                                        << QByteArray("at example.Handler.handleRequest(Handler.java:<*>)");
        QTest::newRow("single-quoted value") << QByteArray("KeyError: 'action'") << QByteArray("KeyError: '<*>'");
        QTest::newRow("double-quoted value") << QByteArray("module \"app\" missing") << QByteArray("module \"<*>\" missing");
        QTest::newRow("apostrophe inside a word is text") << QByteArray("can't connect") << QByteArray("can't connect");
        QTest::newRow("quoted text with spaces is looked into") << QByteArray("\"GET /v2/servers HTTP/1.1\" status: 200")
                                                                << QByteArray("\"GET <*> <*>\" status: <*>");
        QTest::newRow("iso timestamp is one value") << QByteArray("at 2024-01-01T00:00:00.000Z start")
                                                    << QByteArray("at <*> start");
        QTest::newRow("clock time is one value") << QByteArray("lifetime 00:01:30 end") << QByteArray("lifetime <*> end");
        QTest::newRow("date words before numbers") << QByteArray("at Sun Jul 10 03:55:15 2005") << QByteArray("at <*> <*> <*> <*> <*>");
        QTest::newRow("duration with unit attached") << QByteArray("Duration 12ms") << QByteArray("Duration <*>");
        QTest::newRow("duration with separate unit") << QByteArray("took 12 ms total") << QByteArray("took <*> total");
        QTest::newRow("size with restated size") << QByteArray("403 bytes (0.39 KB) sent") << QByteArray("<*> sent");
        QTest::newRow("less-than duration") << QByteArray("lifetime <1 sec") << QByteArray("lifetime <*>");
        QTest::newRow("size attached") << QByteArray("used 3.5MB of memory") << QByteArray("used <*> of memory");
        QTest::newRow("key keeps its name") << QByteArray("uid=0 euid=1000 user=root") << QByteArray("uid=<*> euid=<*> user=root");
        QTest::newRow("empty value is a value") << QByteArray("ruser= rhost=") << QByteArray("ruser=<*> rhost=<*>");
        QTest::newRow("empty parentheses are a value") << QByteArray("connection from x () at") << QByteArray("connection from x (<*>) at");
        QTest::newRow("boolean and null literals are values") << QByteArray("ret:false ws=null down true")
                                                              << QByteArray("ret:<*> ws=<*> down <*>");
        QTest::newRow("undefined is text") << QByteArray("Cannot read properties of undefined") << QByteArray("Cannot read properties of undefined");
        QTest::newRow("name ending in one digit stays") << QByteArray("through proxy SOCKS5") << QByteArray("through proxy SOCKS5");
        QTest::newRow("no-break space indents like a space") << QByteArray("Traceback\xc2\xa0\xc2\xa0" "File")
                                                             << QByteArray("Traceback File");
        QTest::newRow("literal wildcard in input") << QByteArray("a <*> b") << QByteArray("a <*> b");
        QTest::newRow("invalid utf-8 passes through") << QByteArray("bad \xff\xfe bytes") << QByteArray("bad \xff\xfe bytes");
        QTest::newRow("empty message") << QByteArray("") << QByteArray("");
    }
    void masking()
    {
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, expected);
        QCOMPARE(masked(message), expected);
    }

    void hugeLineIsCutNotCrashed()
    {
        std::string huge(10 * 1024 * 1024, 'x');
        for (size_t i = 0; i < huge.size(); i += 7)
            huge[i] = ' ';
        TokenMasker m;
        const auto& tokens = m.mask(huge);
        QVERIFY(tokens.size() <= TokenMasker::MaxTokens);
        QVERIFY(m.maskedText().size() <= TokenMasker::MaxBytes);
        TemplateMiner miner;
        const uint32_t id = miner.add(huge);
        QCOMPARE(miner.canonical(id), id);
        QCOMPARE(miner.add(huge), id);
    }

    void sameTemplate_data()
    {
        QTest::addColumn<QList<QByteArray>>("lines");
        QTest::newRow("same error with different request ids")
            << QList<QByteArray>{"Task 6f1c0b9d-2e7a-4c51-b3d8-e0f2a4b6c8d0 failed after 3 retries",
                                 "Task 0d2f4b6a-8c1e-3a5c-7e9b-1d3f5a7c9e2b failed after 12 retries"};
        QTest::newRow("different numbers, ips and durations")
            << QList<QByteArray>{"Accepted password for admin from 10.0.0.1 port 22 ssh2 in 12ms",
                                 "Accepted password for admin from 192.168.1.20 port 50122 ssh2 in 3.5s"};
        QTest::newRow("user names join once enough are seen")
            << QList<QByteArray>{"session opened for user root", "session opened for user alice",
                                 "session opened for user bob", "session opened for user carol"};
        QTest::newRow("python key errors with different keys")
            << QList<QByteArray>{"[ERROR] KeyError: 'action'", "[ERROR] KeyError: 'number'"};
        QTest::newRow("node type errors on different properties")
            << QList<QByteArray>{"TypeError: Cannot read properties of undefined (reading 'id')",
                                 "TypeError: Cannot read properties of undefined (reading 'name')"};
        QTest::newRow("sizes written two ways")
            << QList<QByteArray>{"proxy.example.org:5070 close, 0 bytes sent, 0 bytes received, lifetime <1 sec",
                                 "proxy.example.org:5070 close, 403 bytes (0.39 KB) sent, 1286 bytes (1.25 KB) received, lifetime 00:01"};
    }
    void sameTemplate()
    {
        QFETCH(QList<QByteArray>, lines);
        TemplateMiner miner;
        const auto ids = mine(miner, lines);
        for (uint32_t id : ids)
            QCOMPARE(id, ids.front());
        QCOMPARE(miner.clusterCount(), size_t(1));
    }

    void differentTemplates_data()
    {
        QTest::addColumn<QList<QByteArray>>("lines");
        QTest::newRow("different wording")
            << QList<QByteArray>{"Connection refused by 10.0.0.1", "Disk quota exceeded on 10.0.0.1"};
        QTest::newRow("different token counts") << QList<QByteArray>{"Instance 12 started", "Instance 12 started again today"};
        QTest::newRow("one differing verb seen twice stays apart")
            << QList<QByteArray>{"[instance: 3f1c] VM Paused (Lifecycle Event)", "[instance: 3f1d] VM Resumed (Lifecycle Event)",
                                 "[instance: 3f1e] VM Paused (Lifecycle Event)"};
        QTest::newRow("protocols stay apart") << QList<QByteArray>{"chrome.exe - a.b.com:443 open through proxy p.q.com:5070 HTTPS",
                                                                   "chrome.exe - a.b.com:443 open through proxy p.q.com:5070 SOCKS5"};
        QTest::newRow("mostly numbers is not alike") << QList<QByteArray>{"12 34 56 done", "12 34 56 failed"};
    }
    void differentTemplates()
    {
        QFETCH(QList<QByteArray>, lines);
        TemplateMiner miner;
        const auto ids = mine(miner, lines);
        QVERIFY(ids.front() != ids[1]);
        QVERIFY(miner.clusterCount() >= 2);
    }

    void idsStayValidAcrossMerges()
    {
        TemplateMiner miner;
        const uint32_t root = miner.add("session opened for user root");
        const uint32_t alice = miner.add("session opened for user alice");
        QVERIFY(root != alice);  // not yet known to be a variable
        QCOMPARE(miner.clusterCount(), size_t(2));
        miner.add("session opened for user bob");
        const uint32_t carol = miner.add("session opened for user carol");
        // Four users: the position is a variable; the clusters converged into one.
        QCOMPARE(miner.clusterCount(), size_t(1));
        QCOMPARE(miner.canonical(root), miner.canonical(alice));
        QCOMPARE(miner.canonical(root), carol);
        QCOMPARE(miner.templateOf(root), std::string("session opened for user <*>"));
        QCOMPARE(miner.templateOf(alice), miner.templateOf(carol));
        QCOMPARE(miner.size(root), uint64_t(4));
        QCOMPARE(miner.add("session opened for user dave"), carol);
        QCOMPARE(miner.add("session opened for user root"), carol);
        QCOMPARE(miner.idCount(), size_t(3));  // carol joined: no id of her own
        QCOMPARE(miner.lineCount(), uint64_t(6));
    }

    void incrementalIdsAreStable()
    {
        TemplateMiner miner;
        const uint32_t a = miner.add("Starting job 1 on host 10.0.0.1");
        const uint32_t b = miner.add("Finished job 1 in 12ms");
        for (int i = 0; i < 100; ++i) {
            const std::string n = std::to_string(i);
            QCOMPARE(miner.add("Starting job " + n + " on host 10.0.0." + n), a);
            QCOMPARE(miner.add("Finished job " + n + " in " + n + "ms"), b);
        }
        QCOMPARE(miner.clusterCount(), size_t(2));
        QCOMPARE(miner.size(a), uint64_t(101));
        QCOMPARE(miner.match("Finished job 77 in 5ms"), b);
        QCOMPARE(miner.match("Something else entirely"), TemplateMiner::NoCluster);
        QCOMPARE(miner.match("Unheard words job 5 zzz"), TemplateMiner::NoCluster);
        QCOMPARE(miner.match("Starting job 9 on host 10.1.1.1"), a);
        QCOMPARE(miner.lineCount(), uint64_t(202));  // match() does not learn
    }

    void variablesPerSlot_data()
    {
        QTest::addColumn<QList<QByteArray>>("lines");
        QTest::addColumn<QByteArray>("probe");
        QTest::addColumn<QList<QByteArray>>("values");
        QTest::newRow("numbers and ips keep their raw text")
            << QList<QByteArray>{"Accepted password for admin from 10.0.0.1 port 22"}
            << QByteArray("Accepted password for admin from 192.168.1.20 port 50122")
            << QList<QByteArray>{"192.168.1.20", "50122"};
        QTest::newRow("key value slot is the value only")
            << QList<QByteArray>{"login uid=0 ok"} << QByteArray("login uid=1000 ok") << QList<QByteArray>{"1000"};
        QTest::newRow("generalised word slot is the whole word")
            << QList<QByteArray>{"logged in as user root", "logged in as user alice", "logged in as user bob",
                                 "logged in as user carol"}
            << QByteArray("logged in as user dave") << QList<QByteArray>{"dave"};
        QTest::newRow("size phrase is one value")
            << QList<QByteArray>{"sent 0 bytes"} << QByteArray("sent 403 bytes (0.39 KB)") << QList<QByteArray>{"403 bytes (0.39 KB)"};
    }
    void variablesPerSlot()
    {
        QFETCH(QList<QByteArray>, lines);
        QFETCH(QByteArray, probe);
        QFETCH(QList<QByteArray>, values);
        TemplateMiner miner;
        mine(miner, lines);
        const std::string_view p(probe.constData(), size_t(probe.size()));
        const uint32_t id = miner.add(p);
        const auto got = miner.variables(id, p);
        QCOMPARE(int(got.size()), miner.slotCount(id));
        QList<QByteArray> asBytes;
        for (const std::string& v : got)
            asBytes.append(QByteArray::fromStdString(v));
        QCOMPARE(asBytes, values);
    }

    void unrelatedMessageHasNoVariables()
    {
        TemplateMiner miner;
        const uint32_t id = miner.add("alpha 1 beta");
        QVERIFY(miner.variables(id, "a completely different line with more tokens").empty());
        QVERIFY(miner.variables(9999, "alpha 1 beta").empty());
        QCOMPARE(miner.templateOf(9999), std::string());
        QCOMPARE(miner.canonical(9999), TemplateMiner::NoCluster);
    }

    void randomBytesKeepEveryInvariant()
    {
        // Fixed seed: garbage of every kind (quotes, delimiters, digits, high bytes, NUL).
        uint64_t state = 0x9e3779b97f4a7c15ULL;
        auto next = [&state] {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            return state;
        };
        const std::string alphabet = std::string("ab Z09.:,=()[]{}<>'\"`/\\-_*~%\t\n\xc2\xa0\xff", 33) + std::string(1, '\0');
        TemplateMiner miner;
        std::vector<std::string> lines;
        std::vector<uint32_t> ids;
        for (int i = 0; i < 3000; ++i) {
            std::string line;
            const size_t length = next() % 60;
            for (size_t k = 0; k < length; ++k)
                line.push_back(alphabet[next() % alphabet.size()]);
            lines.push_back(line);
            ids.push_back(miner.add(line));
        }
        for (size_t i = 0; i < lines.size(); ++i) {
            const uint32_t id = miner.canonical(ids[i]);
            QVERIFY(id != TemplateMiner::NoCluster);
            // A line fits its cluster's final template: one value per slot.
            QCOMPARE(int(miner.variables(id, lines[i]).size()), miner.slotCount(id));
            QCOMPARE(miner.add(lines[i]), id);  // the same line lands in the same cluster
        }
        QVERIFY(miner.clusterCount() <= miner.idCount());
    }

    void boundedLeavesKeepWorking()
    {
        ll::TemplateMinerOptions options;
        options.maxClustersPerLeaf = 4;
        TemplateMiner miner(options);
        std::vector<uint32_t> ids;
        const char* words[] = {"apple", "pear", "plum", "fig", "kiwi", "lime", "date", "yuzu"};
        for (const char* w : words)
            ids.push_back(miner.add(std::string("event ") + w + " happened"));
        // Every line still gets a cluster, and an evicted cluster still receives its exact lines.
        QCOMPARE(miner.add("event apple happened"), miner.canonical(ids[0]));
        QVERIFY(miner.clusterCount() >= 1);
    }
};

QTEST_GUILESS_MAIN(TestTemplateMiner)
#include "tst_templateminer.moc"
