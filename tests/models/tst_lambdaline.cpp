#include "parse/jsonscan.h"
#include "parse/lambdaline.h"
#include "parse/textscan.h"

#include <QTest>

using namespace ll;

Q_DECLARE_METATYPE(ll::LineKind)
Q_DECLARE_METATYPE(ll::LogLevel)

class TestLambdaLine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<ll::LineKind>("kind");
        QTest::addColumn<ll::LogLevel>("level");
        QTest::addColumn<QByteArray>("requestId");
        QTest::addColumn<bool>("unhandled");
        QTest::addColumn<QByteArray>("errorType");

        auto row = [](const char* name, QByteArray m, LineKind k, LogLevel l, QByteArray id, bool u, QByteArray type) {
            QTest::newRow(name) << m << k << l << id << u << type;
        };
        row("start with version", "START RequestId: 8f5b Version: $LATEST\n", LineKind::Start, LogLevel::None, "8f5b", false, "");
        row("end", "END RequestId: 8f5b\n", LineKind::End, LogLevel::None, "8f5b", false, "");
        row("report plain", "REPORT RequestId: a1\tDuration: 1.00 ms\tBilled Duration: 1 ms\tMemory Size: 128 MB\tMax Memory Used: 20 MB\t\n",
            LineKind::Report, LogLevel::None, "a1", false, "");
        row("report oom is error level", "REPORT RequestId: a1\tDuration: 1.00 ms\tStatus: error\tError Type: Runtime.OutOfMemory",
            LineKind::Report, LogLevel::Error, "a1", false, "Runtime.OutOfMemory");
        row("timeout line", "2024-03-13T18:58:10.025Z d4e6 Task timed out after 6.00 seconds\n", LineKind::Timeout, LogLevel::Error, "d4e6", false, "");
        row("timeout line cut after the phrase", "2024-03-13T18:58:10.025Z d4e6 Task timed out after ", LineKind::Timeout, LogLevel::Error, "d4e6", false, "");
        row("node info", "2024-03-13T18:56:23.912Z\tr1\tINFO\torder accepted", LineKind::App, LogLevel::Info, "r1", false, "");
        row("node init line has no request id", "2024-03-13T19:00:41.118Z\tundefined\tWARN\tslow init", LineKind::App, LogLevel::Warn, "", false, "");
        row("node invoke error", "2024-03-13T18:57:02.417Z\tr2\tERROR\tInvoke Error \t{\"errorType\":\"TypeError\",\"errorMessage\":\"x\"}",
            LineKind::App, LogLevel::Error, "r2", true, "TypeError");
        row("node console.error is not unhandled", "2024-03-13T18:57:02.417Z\tr2\tERROR\tpayment failed", LineKind::App, LogLevel::Error, "r2", false, "");
        row("python logging", "[WARNING]\t2024-01-01T00:00:00.123Z\tp1\tretrying\n", LineKind::App, LogLevel::Warn, "p1", false, "");
        row("python unhandled", "[ERROR] KeyError: 'amount'\nTraceback (most recent call last):\n", LineKind::App, LogLevel::Error, "", true, "KeyError");
        row("dotnet fail with exception", "2024-03-13T19:15:01.388Z\tn1\tfail\tSystem.InvalidOperationException: boom\n   at X.Y()",
            LineKind::App, LogLevel::Error, "n1", true, "System.InvalidOperationException");
        row("go error json", "2024/03/13 19:12:45 {\"errorMessage\":\"upstream returned 503\",\"errorType\":\"errorString\"}",
            LineKind::App, LogLevel::Error, "", true, "errorString");
        row("java unhandled", "woops: java.lang.RuntimeException\njava.lang.RuntimeException: woops\n\tat example.Handler.handleRequest(Handler.java:23)\n",
            LineKind::App, LogLevel::Error, "", true, "java.lang.RuntimeException");
        row("platform killed", "RequestId: k1 Error: Runtime exited with error: signal: killed\nRuntime.ExitError", LineKind::PlatformError,
            LogLevel::Error, "k1", false, "Runtime.OutOfMemory");
        row("platform exit", "RequestId: k1 Error: Runtime exited with error: exit status 1\nRuntime.ExitError", LineKind::PlatformError,
            LogLevel::Error, "k1", false, "Runtime.ExitError");
        row("json platform start", "{\"time\":\"2024-03-13T18:56:23.871Z\",\"type\":\"platform.start\",\"record\":{\"requestId\":\"j1\",\"version\":\"$LATEST\"}}",
            LineKind::Start, LogLevel::None, "j1", false, "");
        row("json app record", "{\"timestamp\":\"2024-05-20T16:29:42.909Z\",\"level\":\"DEBUG\",\"requestId\":\"j2\",\"message\":\"hi\"}",
            LineKind::App, LogLevel::Debug, "j2", false, "");
        row("python json unhandled uses log_level", "{\"timestamp\":\"2024-03-13T19:20:06Z\",\"log_level\":\"ERROR\",\"errorMessage\":\"'amount'\",\"errorType\":\"KeyError\",\"requestId\":\"j3\"}",
            LineKind::App, LogLevel::Error, "j3", true, "KeyError");
        row("unknown platform type kept raw", "{\"time\":\"x\",\"type\":\"platform.invokeSummary\",\"record\":{}}", LineKind::PlatformOther, LogLevel::None, "", false, "");
        row("extension", "EXTENSION\tName: agent\tState: Ready\tEvents: [INVOKE,SHUTDOWN]", LineKind::Extension, LogLevel::None, "", false, "");
        row("truncated json is an app line", "{\"type\":\"platform.rep", LineKind::App, LogLevel::None, "", false, "");
        row("empty", "", LineKind::App, LogLevel::None, "", false, "");
        row("invalid utf-8", "\xff\xfe\xc3(START", LineKind::App, LogLevel::None, "", false, "");
    }

    void classify()
    {
        QFETCH(QByteArray, message);
        QFETCH(ll::LineKind, kind);
        QFETCH(ll::LogLevel, level);
        QFETCH(QByteArray, requestId);
        QFETCH(bool, unhandled);
        QFETCH(QByteArray, errorType);
        const ParsedLine p = parseLambdaLine(std::string_view(message.constData(), size_t(message.size())));
        QCOMPARE(p.kind, kind);
        QCOMPARE(p.level, level);
        QCOMPARE(QByteArray(p.requestId.data(), qsizetype(p.requestId.size())), requestId);
        QCOMPARE(p.unhandledError, unhandled);
        QCOMPARE(QByteArray(p.errorType.data(), qsizetype(p.errorType.size())), errorType);
    }

    void reportFiguresByLabelNotPosition()
    {
        const ParsedLine p = parseLambdaLine("REPORT RequestId: x\tMax Memory Used: 75 MB\tDuration: 26.73 ms\tBilled Duration: 27 ms \t"
                                             "Memory Size: 128 MB\tRestore Duration: 518.37 ms\tBilled Restore Duration: 131 ms\t"
                                             "XRAY TraceId: 1-5d9d007f-0a8c\tSegmentId: 3d75\tSampled: true\n");
        QCOMPARE(p.durationMs, 26.73);
        QCOMPARE(p.billedDurationMs, 27.0);
        QCOMPARE(p.memorySizeMb, 128);
        QCOMPARE(p.maxMemoryUsedMb, 75);
        QCOMPARE(p.restoreDurationMs, 518.37);
        QCOMPARE(p.billedRestoreDurationMs, 131.0);
        QCOMPARE(p.traceId, std::string_view("1-5d9d007f-0a8c"));
    }

    void timeoutSeconds()
    {
        QCOMPARE(parseLambdaLine("2024-03-13T18:58:10.025Z r Task timed out after 3.05 seconds").timeoutSeconds, 3.05);
    }

    void unescape_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("decoded");
        QTest::newRow("plain text is unchanged") << QByteArray("abc") << QByteArray("abc");
        QTest::newRow("simple escapes") << QByteArray("a\\nb\\t\\\"c\\\\") << QByteArray("a\nb\t\"c\\");
        QTest::newRow("surrogate pair") << QByteArray("\\ud83d\\ude00") << QByteArray("\xF0\x9F\x98\x80");
        QTest::newRow("lone surrogate becomes U+FFFD") << QByteArray("x\\ud800y") << QByteArray("x\xEF\xBF\xBDy");
        QTest::newRow("invalid escape becomes U+FFFD and decoding goes on") << QByteArray("a\\qb\\nc") << QByteArray("a\xEF\xBF\xBD" "b\nc");
        QTest::newRow("trailing backslash") << QByteArray("ab\\") << QByteArray("ab\xEF\xBF\xBD");
        QTest::newRow("short unicode escape") << QByteArray("\\u12") << QByteArray("\xEF\xBF\xBD" "12");
    }

    void unescape()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, decoded);
        const std::string out = json::unescape(std::string_view(raw.constData(), size_t(raw.size())));
        QCOMPARE(QByteArray(out.data(), qsizetype(out.size())), decoded);
    }

    void isoTimes_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("zulu with millis") << QByteArray("2024-03-13T18:56:23.912Z") << qint64(1710356183912);
        QTest::newRow("offset with micros") << QByteArray("2024-03-13T18:56:23.912000+00:00") << qint64(1710356183912);
        QTest::newRow("powertools comma form") << QByteArray("2024-03-13 19:21:07,114+0000") << qint64(1710357667114);
        QTest::newRow("positive offset") << QByteArray("2024-03-13T20:56:23Z") << qint64(1710363383000);
        QTest::newRow("plus two hours") << QByteArray("2024-03-13T20:56:23.000+02:00") << qint64(1710356183000);
    }

    void isoTimes()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, ms);
        int64_t parsed = 0;
        QVERIFY(text::parseIsoTime(std::string_view(text.constData(), size_t(text.size())), &parsed));
        QCOMPARE(qint64(parsed), ms);
    }
};

QTEST_GUILESS_MAIN(TestLambdaLine)
#include "tst_lambdaline.moc"
