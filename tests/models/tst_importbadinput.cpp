// The file importer on damaged input: it never crashes, keeps the good events and says, naming
// the file and the byte or line, what it skipped.

#include "importtesthelpers.h"
#include "sources/fileimporter.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace importtest;

namespace {

constexpr qint64 kFirst = 1710356183000;

QByteArray compactExport(int count)
{
    QByteArray out = "{\"events\":[";
    for (int i = 0; i < count; ++i) {
        out += "{\"logStreamName\":\"" + streamFor(i) + "\",\"timestamp\":" + QByteArray::number(kFirst + i)
            + ",\"message\":" + jsonQuote(messageFor(i)) + ",\"eventId\":\"" + QByteArray::number(i) + "\"}";
        out += i + 1 < count ? "," : "";
    }
    return out + "],\"searchedLogStreams\":[]}";
}

QByteArray replaced(QByteArray data, const QByteArray& before, const QByteArray& after)
{
    Q_ASSERT(data.count(before) == 1);
    return data.replace(before, after);
}

QByteArray textLines(int count)
{
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out += "2024-03-13T18:56:23.912Z line " + QByteArray::number(i) + " of a plain log\n";
    return out;
}

QByteArray num(qsizetype n)
{
    return QByteArray::number(n);
}

} // namespace

class TestImportBadInput : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    void checkSkipped(const CaptureSink& sink, const ll::ImportResult& result, const QString& path)
    {
        QCOMPARE(result.skipped.size(), sink.skipped.size());
        for (int i = 0; i < sink.skipped.size(); ++i) {
            QCOMPARE(sink.skipped[i].source, path);
            QCOMPARE(result.skipped[i].reason, sink.skipped[i].reason);
            QVERIFY2(sink.skipped[i].reason.startsWith(QFileInfo(path).fileName() + QLatin1String(": ")),
                     qPrintable(sink.skipped[i].reason));
        }
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void badInput_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("minEvents");
        QTest::addColumn<int>("maxEvents");
        QTest::addColumn<QByteArrayList>("reasons");   // regular expressions, in order; empty: nothing skipped

        const QByteArray full = makeExport(5);
        const qsizetype cut = full.indexOf("\"message\"", full.indexOf(QByteArray("\"timestamp\": " + QByteArray::number(kFirst + 3))));
        QTest::newRow("truncated JSON keeps the events before the cut")
            << QStringLiteral("orders.json") << full.left(cut) << 3 << 3 << QByteArrayList{"^orders.json: truncated at byte " + num(cut) + "$"};
        const qsizetype afterThird = full.indexOf('}', full.indexOf("\"eventId\": \"38180002\"")) + 1;
        QTest::newRow("JSON cut right after an event keeps that event")
            << QStringLiteral("orders.json") << full.left(afterThird) << 3 << 3 << QByteArrayList{"truncated at byte " + num(afterThird)};

        const QByteArray noColon = replaced(full, "\"timestamp\": 1710356183001", "\"timestamp\" 1710356183001");
        QTest::newRow("missing colon skips only that event")
            << QStringLiteral("orders.json") << noColon << 4 << 4
            << QByteArrayList{"invalid JSON at byte " + num(noColon.indexOf("\"timestamp\" 1710356183001") + 12) + ";"};
        const QByteArray noBrace = replaced(full, "\"eventId\": \"38180001\"\n        },", "\"eventId\": \"38180001\"\n        ,");
        QTest::newRow("event missing its closing brace does not take the next one along")
            << QStringLiteral("orders.json") << noBrace << 4 << 4 << QByteArrayList{"invalid JSON at byte \\d+"};
        QTest::newRow("unterminated message string skips one event")
            << QStringLiteral("orders.json") << replaced(full, "Version: $LATEST\\n\",\n            \"ingestionTime\": 1710356183050",
                                         "Version: $LATEST\\n,\n            \"ingestionTime\": 1710356183050")
            << 4 << 4 << QByteArrayList{"invalid JSON at byte \\d+"};
        QTest::newRow("bad escape in a message skips one event")
            << QStringLiteral("orders.json") << replaced(full, "END RequestId: 100002", "END \\qRequestId: 100002") << 4 << 4
            << QByteArrayList{"invalid JSON at byte \\d+"};
        QTest::newRow("garbage between events is skipped, all events kept")
            << QStringLiteral("orders.json") << replaced(full, "        },\n        {\n            \"logStreamName\": \"" + streamFor(2),
                                         "        },\n        xyz,\n        {\n            \"logStreamName\": \"" + streamFor(2))
            << 5 << 5 << QByteArrayList{"invalid JSON at byte \\d+"};
        const QByteArray compact = compactExport(5);
        QTest::newRow("compact JSON with a corrupt event resyncs on the next one")
            << QStringLiteral("orders.json") << replaced(compact, "\"timestamp\":1710356183002", "\"timestamp\":1710356183002x") << 4 << 4
            << QByteArrayList{"invalid JSON at byte \\d+"};
        QTest::newRow("invalid UTF-8 in a message is kept, not skipped")
            << QStringLiteral("orders.json") << replaced(full, "END RequestId: 100002", "END RequestId: \xff\xfe\xc3 100002") << 5 << 5 << QByteArrayList{};
        QTest::newRow("data after the JSON document is reported")
            << QStringLiteral("orders.json") << QByteArray(full + "trailing") << 5 << 5
            << QByteArrayList{"unexpected data after the JSON document at byte " + num(full.size())};
        QTest::newRow("bare opening brace is truncated") << QStringLiteral("orders.json") << QByteArray("{") << 0 << 0 << QByteArrayList{"truncated at byte 1"};

        const QByteArray bigMessage(5 << 20, 'x');
        // What follows "END RequestId: 100002" in that event's message.
        const qsizetype rest = messageFor(2).size() - qsizetype(sizeof("END RequestId: 100002") - 1);
        const QByteArray withBig = replaced(full, "END RequestId: 100002", "END " + bigMessage);
        const qsizetype bigAt = withBig.lastIndexOf('{', withBig.indexOf("END xxx"));
        QTest::newRow("a 5 MB JSON event is skipped, its neighbours kept")
            << QStringLiteral("orders.json") << withBig << 4 << 4
            << QByteArrayList{"event at byte " + num(bigAt) + " has a message of " + num(bigMessage.size() + 4 + rest) + " bytes"};
        QTest::newRow("a 5 MB JSON event made of escapes is skipped")
            << QStringLiteral("orders.json") << replaced(full, "END RequestId: 100002", QByteArray("\\n").repeated(3 << 20)) << 4 << 4
            << QByteArrayList{"has a message of " + num((3 << 20) + rest) + " bytes, more than the 2 MiB limit"};
        QTest::newRow("a 7 MB JSON event is parsed, then skipped for its size")
            << QStringLiteral("orders.json") << replaced(full, "END RequestId: 100002", QByteArray(7 << 20, 'y')) << 4 << 4
            << QByteArrayList{"has a message of " + num((7 << 20) + rest) + " bytes"};
        const QByteArray withHuge = replaced(full, "END RequestId: 100002", QByteArray(20 << 20, 'y'));
        QTest::newRow("a 20 MB JSON event is skipped without buffering it")
            << QStringLiteral("orders.json") << withHuge << 4 << 4
            << QByteArrayList{"value at byte " + num(withHuge.lastIndexOf('{', withHuge.indexOf("yyy"))) + " is larger than 8 MiB"};

        QTest::newRow("a 5 MB text line is skipped with its line number")
            << QStringLiteral("plain.log") << QByteArray("first\n" + bigMessage + "\nthird\n") << 2 << 2 << QByteArrayList{"^plain.log: line 2 is longer than 2 MiB"};
        QTest::newRow("a 5 MB last line without newline is skipped")
            << QStringLiteral("plain.log") << QByteArray("first\n" + bigMessage) << 1 << 1 << QByteArrayList{"line 2 is longer than 2 MiB"};
        const QByteArray mb(1 << 20, 'z');
        QTest::newRow("a tail event growing over 2 MiB is skipped with its first line")
            << QStringLiteral("tail.log")
            << QByteArray("2024-03-13T19:12:44+00:00 2024/03/13/[1]ab one\n2024-03-13T19:12:45+00:00 2024/03/13/[1]ab two\n" + mb
                          + "\n" + mb + "\n" + mb + "\n2024-03-13T19:12:46+00:00 2024/03/13/[1]ab three\n")
            << 2 << 2 << QByteArrayList{"the event starting at line 2 is longer than 2 MiB"};
        QTest::newRow("a binary file is skipped whole")
            << QStringLiteral("core.log") << QByteArray("\x7f" "ELF\x02\x01\x01\x00\x00\x00 rest", 15) << 0 << 0
            << QByteArrayList{"binary data at byte 7"};
        QTest::newRow("a file that starts like a known binary format is skipped whole")
            << QStringLiteral("cache.log") << QByteArray("SQLite format 3\0" "plain looking text after the header\n", 52) << 0 << 0
            << QByteArrayList{"binary data at byte 15"};
        QTest::newRow("a stray NUL in a text log is kept, not a reason to skip the file")
            << QStringLiteral("nul.log")
            << QByteArray("2026-11-28T00:00:00.000Z\tr-1\tINFO\tbefore\0after\n2026-11-28T00:00:01.000Z\tr-2\tINFO\tnext\n", 86)
            << 2 << 2 << QByteArrayList{};
        QTest::newRow("NUL padding in most of the first block makes a file binary")
            << QStringLiteral("padded.log") << (QByteArray("start\n") + QByteArray(4096, '\0') + "end\n") << 0 << 0
            << QByteArrayList{"binary data at byte 6"};
        QTest::newRow("control characters without NUL make a file binary")
            << QStringLiteral("noise.json") << QByteArray("\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f text") << 0 << 0
            << QByteArrayList{"binary data at byte 0"};
        QTest::newRow("UTF-16 text is reported as such")
            << QStringLiteral("win.log") << QByteArray("\xff\xfe" "S\0T\0", 6) << 0 << 0
            << QByteArrayList{"UTF-16 text is not supported"};
        QTest::newRow("an empty file is reported") << QStringLiteral("empty.json") << QByteArray() << 0 << 0 << QByteArrayList{"the file is empty"};

        const QByteArray lines = textLines(1000);
        const QByteArray goodMember = gzipMember(lines);
        QByteArray badMember = gzipMember(textLines(50));
        for (int i = 10; i < 30; ++i)
            badMember[i] = '\xff';
        QTest::newRow("corrupt gzip keeps the members before the damage")
            << QStringLiteral("feed.log.gz") << QByteArray(goodMember + badMember) << 1000 << 1000
            << QByteArrayList{"corrupt gzip data at byte (" + num(goodMember.size() + 10) + "|" + num(goodMember.size() + 11) + ")"};
        const QByteArray truncatedGz = gzipMember(textLines(20000));
        QTest::newRow("truncated gzip keeps what was decoded")
            << QStringLiteral("feed.log") << truncatedGz.left(truncatedGz.size() - 500) << 1 << 19999
            << QByteArrayList{"gzip data truncated at byte " + num(truncatedGz.size() - 500)};
        QTest::newRow("data after the last gzip member is reported")
            << QStringLiteral("feed.log.gz") << QByteArray(goodMember + "garbage!") << 1000 << 1000
            << QByteArrayList{"corrupt gzip data at byte \\d+"};
        QTest::newRow("zero padding after the last gzip member is fine")
            << QStringLiteral("feed.log.gz") << QByteArray(goodMember + QByteArray(512, '\0')) << 1000 << 1000 << QByteArrayList{};
        QTest::newRow("truncated gzip of JSON reports the gzip and the JSON cut")
            << QStringLiteral("orders.json.gz") << gzipMember(full).left(200) << 0 << 5
            << QByteArrayList{"truncated at byte \\d+", "gzip data truncated at byte 200"};
    }

    void badInput()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(int, minEvents);
        QFETCH(int, maxEvents);
        QFETCH(QByteArrayList, reasons);
        const QString path = m_tmp.filePath(fileName);
        QVERIFY(writeFile(path, content));
        CaptureSink sink;
        const ll::ImportResult result = ll::importFiles({path}, sink);
        QVERIFY2(int(result.events) >= minEvents && int(result.events) <= maxEvents, qPrintable(QString::number(result.events)));
        QCOMPARE(uint64_t(sink.events.size()), result.events);
        QStringList got;
        for (const ll::SkippedInput& s : sink.skipped)
            got << s.reason;
        QVERIFY2(got.size() == reasons.size(), qPrintable(got.join(QLatin1Char('\n'))));
        for (int i = 0; i < reasons.size(); ++i)
            QVERIFY2(QRegularExpression(QString::fromUtf8(reasons[i])).match(got[i]).hasMatch(), qPrintable(got[i] + QLatin1String(" !~ ") + QString::fromUtf8(reasons[i])));
        checkSkipped(sink, result, path);
        // What came from a generated export must be exactly what was written.
        for (const Event& e : std::as_const(sink.events)) {
            const qint64 i = e.timestampMs - kFirst;
            if (fileName.startsWith(QLatin1String("orders")) && !e.message.contains("\xff") && i >= 0 && i < 5)
                QCOMPARE(e.message, messageFor(int(i)));
        }
    }

    void missingFileIsReported()
    {
        const QString path = m_tmp.filePath(QStringLiteral("nope/missing.json"));
        CaptureSink sink;
        const ll::ImportResult r = ll::importFiles({path, QStringLiteral(LAMBDALENS_TEST_DATA "/import/batch-importer.txt")}, sink);
        QCOMPARE(r.files, 1u);
        QCOMPARE(sink.skipped.size(), 1);
        QCOMPARE(sink.skipped[0].source, path);
        QVERIFY(sink.skipped[0].reason.contains(path));
        QCOMPARE(sink.events.size(), 6);
    }

    void unreadableFileIsReported()
    {
        // A Unix socket exists and is not a folder, but open() fails, even for root.
        const QString path = m_tmp.filePath(QStringLiteral("socket.log"));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        const QByteArray native = QFile::encodeName(path);
        QVERIFY(size_t(native.size()) < sizeof(addr.sun_path));
        std::memcpy(addr.sun_path, native.constData(), size_t(native.size()));
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)), 0);
        CaptureSink sink;
        const ll::ImportResult r = ll::importFiles({path}, sink);
        ::close(fd);
        QCOMPARE(r.files, 0u);
        QCOMPARE(sink.skipped.size(), 1);
        QVERIFY2(sink.skipped[0].reason.startsWith(QLatin1String("socket.log: cannot open")), qPrintable(sink.skipped[0].reason));
        checkSkipped(sink, r, path);
    }

    void damageInOneFileDoesNotStopTheNext()
    {
        const QString bad = m_tmp.filePath(QStringLiteral("a-bad.json"));
        const QString good = m_tmp.filePath(QStringLiteral("b-good.json"));
        QVERIFY(writeFile(bad, makeExport(3).left(100)));
        QVERIFY(writeFile(good, makeExport(3)));
        CaptureSink sink;
        const ll::ImportResult r = ll::importFiles({bad, good}, sink);
        QCOMPARE(r.files, 2u);
        QCOMPARE(r.events, 3u);
        QCOMPARE(sink.defaults, (QVector<QByteArray>{"a-bad", "b-good"}));
        QCOMPARE(sink.skipped.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestImportBadInput)
#include "tst_importbadinput.moc"
