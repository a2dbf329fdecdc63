// The file importer on good input: every kind of file it reads, folders, gzip, progress, cancel.

#include "importtesthelpers.h"
#include "sources/fileimporter.h"
#include "sources/isotime.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace importtest;

class TestFileImporter : public QObject {
    Q_OBJECT

private:
    QString fixture(const QString& name) const { return QStringLiteral(LAMBDALENS_TEST_DATA "/import/") + name; }
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void jsonExportMatchesIndependentParser_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("count");
        QTest::addColumn<QByteArray>("function");
        QTest::newRow("filter-log-events export keeps streams, ids and escapes")
            << QStringLiteral("fleet/orders-api.json") << 12 << QByteArray("orders-api");
        QTest::newRow("get-log-events export without logStreamName")
            << QStringLiteral("fleet/payments-worker.json") << 4 << QByteArray("payments-worker");
        QTest::newRow("compact export with keys in another order and a nested value")
            << QStringLiteral("catalog-api.json") << 2 << QByteArray("catalog-api");
    }
    void jsonExportMatchesIndependentParser()
    {
        QFETCH(QString, file);
        QFETCH(int, count);
        QFETCH(QByteArray, function);
        CaptureSink sink;
        const ll::ImportResult result = ll::importFiles({fixture(file)}, sink);
        QVERIFY2(sink.skipped.isEmpty(), qPrintable(sink.skipped.value(0).reason));
        QCOMPARE(result.files, 1u);
        QCOMPARE(result.events, uint64_t(count));
        QCOMPARE(sink.defaults, QVector<QByteArray>{function});

        QFile f(fixture(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(result.bytes, uint64_t(f.size()));
        const QJsonArray expected = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("events")).toArray();
        QCOMPARE(sink.events.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            const QJsonObject e = expected[i].toObject();
            const Event& got = sink.events[i];
            QCOMPARE(got.timestampMs, e.value(QLatin1String("timestamp")).toInteger());
            QCOMPARE(got.ingestionTimeMs, e.value(QLatin1String("ingestionTime")).toInteger());
            QCOMPARE(got.message, e.value(QLatin1String("message")).toString().toUtf8());
            QCOMPARE(got.stream, e.value(QLatin1String("logStreamName")).toString().toUtf8());
            QCOMPARE(got.eventId, e.value(QLatin1String("eventId")).toString().toUtf8());
            QString group = e.value(QLatin1String("logGroupName")).toString();
            group.remove(QLatin1String("/aws/lambda/"));
            QCOMPARE(got.function, group.isEmpty() ? function : group.toUtf8());
        }
    }

    void jsonExportDetails()
    {
        CaptureSink sink;
        ll::importFiles({fixture(QStringLiteral("fleet/orders-api.json")), fixture(QStringLiteral("catalog-api.json"))}, sink);
        QCOMPARE(sink.events.size(), 14);
        QCOMPARE(sink.events[2].message,
                 QByteArray("2024-03-13T18:56:23.912Z\t8f5b0c2e-3d7a-4e1b-9c4f-2a6d8e0b1c3f\tINFO\t"
                            "order accepted orderId=o-1842 items=3 note=\"gift \\\\ wrap\"\n"));
        QCOMPARE(sink.events[8].message, QByteArray("\x1b[32mcolour\x1b[0m caf\xc3\xa9 \xf0\x9f\x9a\x80 done / ok\n"));
        QCOMPARE(sink.events[3].stream, QByteArray("2024/03/13/[$LATEST]0d2f4b6a8c1e3a5c7e9b1d3f5a7c9e2b"));
        QCOMPARE(sink.events[12].function, QByteArray("catalog-api"));
        QCOMPARE(sink.events[13].function, QByteArray("catalog-api-v2")); // from logGroupName
        QCOMPARE(sink.events[13].message, QByteArray("Item not found: sku-991\n\tat com.example.Catalog(Catalog.java:48)\n"));
    }

    void jsonStringEscapes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("newline and tab escapes") << QByteArray("a\\nb\\tc") << QByteArray("a\nb\tc");
        QTest::newRow("escaped quote, backslash and slash") << QByteArray("\\\"q\\\" \\\\ \\/") << QByteArray("\"q\" \\ /");
        QTest::newRow("backspace, form feed and carriage return") << QByteArray("\\b\\f\\r") << QByteArray("\b\f\r");
        QTest::newRow("\\u00e9 becomes two UTF-8 bytes") << QByteArray("caf\\u00e9") << QByteArray("caf\xc3\xa9");
        QTest::newRow("\\u20ac becomes three UTF-8 bytes") << QByteArray("\\u20AC") << QByteArray("\xe2\x82\xac");
        QTest::newRow("surrogate pair becomes one 4-byte character") << QByteArray("\\ud83d\\ude80!") << QByteArray("\xf0\x9f\x9a\x80!");
        QTest::newRow("lone high surrogate becomes U+FFFD") << QByteArray("x\\ud83dy") << QByteArray("x\xef\xbf\xbdy");
        QTest::newRow("lone low surrogate becomes U+FFFD") << QByteArray("\\ude80") << QByteArray("\xef\xbf\xbd");
        QTest::newRow("high surrogate followed by another escape") << QByteArray("\\ud83d\\n") << QByteArray("\xef\xbf\xbd\n");
        QTest::newRow("two high surrogates in a row") << QByteArray("\\ud83d\\ud83d\\ude80") << QByteArray("\xef\xbf\xbd\xf0\x9f\x9a\x80");
        QTest::newRow("\\u0000 is kept as a NUL byte") << QByteArray("a\\u0000b") << QByteArray("a\0b", 3);
        QTest::newRow("invalid UTF-8 bytes are kept as they are") << QByteArray("bad \xff\xfe \xc3 end") << QByteArray("bad \xff\xfe \xc3 end");
        QTest::newRow("empty message") << QByteArray() << QByteArray();
    }
    void jsonStringEscapes()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, expected);
        const QString path = m_tmp.filePath(QStringLiteral("escapes.json"));
        QVERIFY(writeFile(path, "{\"events\": [{\"timestamp\": 5, \"message\": \"" + json + "\", \"eventId\": \"e\\\"1\"}]}"));
        CaptureSink sink;
        ll::importFiles({path}, sink);
        QVERIFY(sink.skipped.isEmpty());
        QCOMPARE(sink.events.size(), 1);
        QCOMPARE(sink.events[0].message, expected);
        QCOMPARE(sink.events[0].eventId, QByteArray("e\"1"));
        QCOMPARE(sink.events[0].timestampMs, 5);
    }

    void tailOutputJoinsContinuationLines()
    {
        CaptureSink sink;
        const ll::ImportResult result = ll::importFiles({fixture(QStringLiteral("fleet/nested/feed-poller.log"))}, sink);
        QVERIFY(sink.skipped.isEmpty());
        QCOMPARE(result.events, 6u);
        QCOMPARE(sink.defaults, QVector<QByteArray>{"feed-poller"});
        const QByteArray s1 = "2024/03/13/[$LATEST]5e7a9c1b3d5f7a9c1e3b5d7f9a1c3e5b";
        const QByteArray rid = "e3f5a7c9-1b3d-45f7-a9c1-e3b5d7f9a1c3";
        const QVector<Event> expected = {
            {"feed-poller", s1, "START RequestId: " + rid + " Version: $LATEST", {}, 1710357164100, 0},
            {"feed-poller", s1, "2024/03/13 19:12:45 {\"errorMessage\":\"upstream returned 503\",\"errorType\":\"errorString\"}", {}, 1710357165200, 0},
            {"feed-poller", s1,
             "[ERROR] KeyError: 'amount'\nTraceback (most recent call last):\n\xc2\xa0\xc2\xa0" "File \"/var/task/app.py\", line 27, in handler\n"
             "2024-03-13T19:12:45.251Z this line starts with a time but has no stream: still a continuation\n",
             {}, 1710357165250, 0},
            {"feed-poller", s1, "END RequestId: " + rid, {}, 1710357165300, 0},
            {"feed-poller", s1, "REPORT RequestId: " + rid + "\tDuration: 1033.60 ms\tBilled Duration: 1034 ms\tMemory Size: 128 MB\tMax Memory Used: 24 MB\t", {}, 1710357165301, 0},
            {"feed-poller", "2024/03/14/[7]3a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b", "INIT_REPORT Init Duration: 9999.61 ms\tPhase: init\tStatus: timeout", {}, 1710374401000, 0},
        };
        QCOMPARE(sink.events.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(sink.events[i].message, expected[i].message);
            QCOMPARE(sink.events[i].stream, expected[i].stream);
            QCOMPARE(sink.events[i].timestampMs, expected[i].timestampMs);
            QCOMPARE(sink.events[i].function, expected[i].function);
        }
    }

    void plainLinesTakeTheirOwnTime()
    {
        CaptureSink sink;
        ll::importFiles({fixture(QStringLiteral("batch-importer.txt"))}, sink);
        QVERIFY(sink.skipped.isEmpty());
        const QVector<qint64> times = {0, 1710357301388, 1710357301388, 1710357301388, 1710353702025, 1710357303114};
        QCOMPARE(sink.events.size(), times.size());
        for (int i = 0; i < times.size(); ++i) {
            QCOMPARE(sink.events[i].timestampMs, times[i]);
            QVERIFY(sink.events[i].stream.isEmpty());
            QCOMPARE(sink.events[i].function, QByteArray("batch-importer"));
        }
        QCOMPARE(sink.events[3].message.left(7), QByteArray("REPORT "));
        QCOMPARE(sink.events[4].message, QByteArray("2024-03-13T19:15:02.025+01:00 4c6e8a0b-2d4f-46a8-b0c2-e4f6a8b0c2d4 Task timed out after 6.00 seconds"));
    }

    void plainLinesSkipBlankLinesAndByteOrderMark()
    {
        const QString path = m_tmp.filePath(QStringLiteral("bom.txt"));
        QVERIFY(writeFile(path, "\xEF\xBB\xBFSTART RequestId: 1 Version: 7\n   \n\t\r\nEND RequestId: 1\n"));
        CaptureSink sink;
        ll::importFiles({path}, sink);
        QCOMPARE(sink.events.size(), 2);
        QCOMPARE(sink.events[0].message, QByteArray("START RequestId: 1 Version: 7"));
        QCOMPARE(sink.events[1].message, QByteArray("END RequestId: 1"));
    }

    void crlfTailOutput()
    {
        const QString path = m_tmp.filePath(QStringLiteral("crlf.log"));
        QVERIFY(writeFile(path, "2024-03-13T19:12:44+00:00 2024/03/13/[1]ab first\r\nsecond line\r\n"
                                "2024-03-13T19:12:45 short form\r\n"));
        CaptureSink sink;
        ll::importFiles({path}, sink);
        QCOMPARE(sink.events.size(), 2);
        QCOMPARE(sink.events[0].message, QByteArray("first\nsecond line"));
        QCOMPARE(sink.events[0].stream, QByteArray("2024/03/13/[1]ab"));
        QCOMPARE(sink.events[1].message, QByteArray("short form"));
        QVERIFY(sink.events[1].stream.isEmpty());
        QCOMPARE(sink.events[1].timestampMs, 1710357165000);
    }

    void compressedEqualsPlain_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("members");
        const QStringList files = {QStringLiteral("fleet/orders-api.json"), QStringLiteral("fleet/payments-worker.json"),
                                   QStringLiteral("catalog-api.json"), QStringLiteral("fleet/nested/feed-poller.log"),
                                   QStringLiteral("batch-importer.txt")};
        for (const QString& f : files) {
            QTest::addRow("%s gzipped", qPrintable(f)) << f << 1;
            QTest::addRow("%s as a multi-member gzip", qPrintable(f)) << f << 3;
        }
    }
    void compressedEqualsPlain()
    {
        QFETCH(QString, file);
        QFETCH(int, members);
        QFile f(fixture(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray plain = f.readAll();
        // Named without .gz: the content decides, and the function name must still be right.
        const QString path = m_tmp.filePath(QFileInfo(file).fileName());
        QVERIFY(writeFile(path, members == 1 ? gzipMember(plain) : gzipMultiMember(plain, members)));
        CaptureSink a, b;
        ll::importFiles({fixture(file)}, a);
        const ll::ImportResult r = ll::importFiles({path}, b);
        QVERIFY2(b.skipped.isEmpty(), qPrintable(b.skipped.value(0).reason));
        QCOMPARE(r.bytes, uint64_t(QFileInfo(path).size()));
        QCOMPARE(b.defaults, a.defaults);
        QCOMPARE(b.events.size(), a.events.size());
        for (int i = 0; i < a.events.size(); ++i) {
            QCOMPARE(b.events[i].message, a.events[i].message);
            QCOMPARE(b.events[i].timestampMs, a.events[i].timestampMs);
            QCOMPARE(b.events[i].stream, a.events[i].stream);
            QCOMPARE(b.events[i].function, a.events[i].function);
        }
    }

    void folderExpandsRecursivelyInSortedOrder()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("b-sub/deeper")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral(".hidden")));
        const auto one = [](int ts) -> QByteArray { return "{\"events\": [{\"timestamp\": " + QByteArray::number(ts) + ", \"message\": \"m\"}]}"; };
        QVERIFY(writeFile(dir.filePath(QStringLiteral("c.json")), one(3)));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("a.json.gz")), gzipMember(one(1))));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("b-sub/deeper/x.log")), "line\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("b-sub/b.txt")), "line\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral(".hidden/h.json")), one(9)));
        QVERIFY(writeFile(dir.filePath(QStringLiteral(".DS_Store")), QByteArray("\0\0\1Bud1", 7)));
        CaptureSink sink;
        // The folder's own c.json named again is read once.
        const ll::ImportResult r = ll::importFiles({dir.path(), dir.filePath(QStringLiteral("c.json"))}, sink);
        QVERIFY(sink.skipped.isEmpty());
        QCOMPARE(r.files, 4u);
        QCOMPARE(sink.defaults, (QVector<QByteArray>{"a", "b", "x", "c"}));
        QCOMPARE(sink.events.size(), 4);
        QCOMPARE(sink.events[0].timestampMs, 1);
        QCOMPARE(sink.events[3].timestampMs, 3);
    }

    void manyEventsAcrossChunkBoundaries_data()
    {
        QTest::addColumn<bool>("gzip");
        QTest::newRow("plain 25 MB export") << false;
        QTest::newRow("gzipped 25 MB export") << true;
    }
    void manyEventsAcrossChunkBoundaries()
    {
        QFETCH(bool, gzip);
        const int count = 80000;
        const QByteArray json = makeExport(count);
        QVERIFY(json.size() > 20000000);
        const QString path = m_tmp.filePath(QStringLiteral("big-fn.json"));
        QVERIFY(writeFile(path, gzip ? gzipMultiMember(json, 2) : json));
        CaptureSink sink;
        const ll::ImportResult r = ll::importFiles({path}, sink);
        QVERIFY(sink.skipped.isEmpty());
        QCOMPARE(r.events, uint64_t(count));
        for (int i = 0; i < count; ++i) {
            if (sink.events[i].message != messageFor(i) || sink.events[i].timestampMs != 1710356183000 + i
                || sink.events[i].stream != streamFor(i))
                QFAIL(qPrintable(QStringLiteral("event %1 differs").arg(i)));
        }
    }

    void progressIsMonotonicAndEndsAtTotal()
    {
        const QString big = m_tmp.filePath(QStringLiteral("progress.json"));
        QVERIFY(writeFile(big, makeExport(40000)));
        const QString gz = m_tmp.filePath(QStringLiteral("progress2.json.gz"));
        QVERIFY(writeFile(gz, gzipMember(makeExport(30000))));
        const QStringList paths = {big, fixture(QStringLiteral("batch-importer.txt")), gz};
        uint64_t total = 0;
        for (const QString& p : paths)
            total += uint64_t(QFileInfo(p).size());
        QVector<QPair<uint64_t, uint64_t>> calls;
        ll::ImportControl control;
        control.progress = [&](uint64_t done, uint64_t all) { calls.push_back({done, all}); };
        CaptureSink sink;
        const ll::ImportResult r = ll::importFiles(paths, sink, control);
        QCOMPARE(r.bytes, total);
        QVERIFY(calls.size() >= 3);
        QVERIFY(calls.size() <= 1001);
        for (int i = 0; i < calls.size(); ++i) {
            QCOMPARE(calls[i].second, total);
            if (i > 0) {
                QVERIFY(calls[i].first >= calls[i - 1].first);
                QVERIFY(calls[i].first * 1000 / total > calls[i - 1].first * 1000 / total);
            }
        }
        QCOMPARE(calls.last().first, total);
    }

    void cancelStopsWithinAChunk()
    {
        const QString path = m_tmp.filePath(QStringLiteral("cancel.json"));
        QVERIFY(writeFile(path, makeExport(100000)));
        std::atomic<bool> cancel = false;
        ll::ImportControl control;
        control.cancel = &cancel;
        int callsAfterCancel = 0;
        control.progress = [&](uint64_t done, uint64_t) {
            if (cancel)
                ++callsAfterCancel;
            if (done > 0)
                cancel = true;
        };
        CaptureSink sink;
        const ll::ImportResult r = ll::importFiles({path, fixture(QStringLiteral("batch-importer.txt"))}, sink, control);
        QVERIFY(r.cancelled);
        QVERIFY(r.events > 0);
        QVERIFY(r.events < 100000u);
        QCOMPARE(sink.defaults.size(), 1);
        QVERIFY(callsAfterCancel <= 1);

        cancel = true;
        CaptureSink none;
        const ll::ImportResult r2 = ll::importFiles({path}, none, control);
        QVERIFY(r2.cancelled);
        QCOMPARE(r2.events, 0u);
    }

    void functionNameFromFileName_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("function");
        QTest::newRow("json export") << QStringLiteral("orders-api.json") << QStringLiteral("orders-api");
        QTest::newRow("gzipped json export") << QStringLiteral("orders-api.json.gz") << QStringLiteral("orders-api");
        QTest::newRow("upper-case suffixes") << QStringLiteral("Orders.LOG.GZ") << QStringLiteral("Orders");
        QTest::newRow("text log") << QStringLiteral("feed.txt") << QStringLiteral("feed");
        QTest::newRow("other suffix kept") << QStringLiteral("feed.out") << QStringLiteral("feed.out");
        QTest::newRow("only a suffix is not stripped to nothing") << QStringLiteral(".json") << QStringLiteral(".json");
    }
    void functionNameFromFileName()
    {
        QFETCH(QString, file);
        QFETCH(QString, function);
        QCOMPARE(ll::functionNameFromFileName(file), function);
    }

    void isoTime_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("epochMs");
        QTest::newRow("aws logs tail microseconds and +00:00") << QByteArray("2024-03-13T18:56:23.912000+00:00") << qint64(1710356183912);
        QTest::newRow("Lambda's Z with milliseconds") << QByteArray("2024-03-13T18:56:23.912Z") << qint64(1710356183912);
        QTest::newRow("negative offset without colon") << QByteArray("2024-03-13T13:56:23-0500") << qint64(1710356183000);
        QTest::newRow("no zone is UTC") << QByteArray("1970-01-01T00:00:01") << qint64(1000);
        QTest::newRow("leap day") << QByteArray("2024-02-29T00:00:00Z") << qint64(1709164800000);
        QTest::newRow("space separator and comma fraction") << QByteArray("2024-03-13 18:56:23,5") << qint64(1710356183500);
    }
    void isoTime()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, epochMs);
        const ll::IsoTime t = ll::parseIsoTime(text.constData(), text.constData() + text.size());
        QVERIFY(t.end);
        QCOMPARE(t.end, text.constData() + text.size());
        QCOMPARE(t.epochMs, epochMs);
    }
    void isoTimeRejects()
    {
        for (const char* bad : {"2024-13-01T00:00:00", "2024-03-13", "2024/03/13 19:12:45", "START RequestId", ""}) {
            const QByteArray text(bad);
            QVERIFY2(!ll::parseIsoTime(text.constData(), text.constData() + text.size()).end, bad);
        }
    }
};

QTEST_GUILESS_MAIN(TestFileImporter)
#include "tst_fileimporter.moc"
