// Runs the built `lambdalens` executable as scripts do and checks what it prints.
#include <QImage>
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject {
    Q_OBJECT

    using Result = ll::testing::CliResult;
    static Result run(const QStringList& args, int timeoutMs = 180000) { return ll::testing::runCli(args, timeoutMs); }
    static QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
    {
        return ll::testing::writeFile(dir, name, content);
    }

    // A small aws CLI filter-log-events export with a cold start, an error and a timeout.
    static QByteArray exportJson()
    {
        auto ev = [](const char* stream, qint64 t, const QString& message, int id) {
            return QJsonObject { { QStringLiteral("logStreamName"), QString::fromLatin1(stream) }, { QStringLiteral("timestamp"), t },
                { QStringLiteral("message"), message }, { QStringLiteral("ingestionTime"), t + 100 },
                { QStringLiteral("eventId"), QString::number(id) } };
        };
        const char* s = "2026/11/27/[$LATEST]0123456789abcdef0123456789abcdef";
        QJsonArray events {
            ev(s, 1000, QStringLiteral("INIT_START Runtime Version: python:3.12.v38\tRuntime Version ARN: arn:x\n"), 1),
            ev(s, 1100, QStringLiteral("START RequestId: r-1 Version: $LATEST\n"), 2),
            ev(s, 1150, QStringLiteral("[INFO]\t2026-11-27T00:00:01.150Z\tr-1\thello\n"), 3),
            ev(s, 1200, QStringLiteral("END RequestId: r-1\n"), 4),
            ev(s, 1201, QStringLiteral("REPORT RequestId: r-1\tDuration: 100.00 ms\tBilled Duration: 400 ms\tMemory Size: 256 MB\tMax Memory Used: 64 MB\tInit Duration: 299.50 ms\t\n"), 5),
            ev(s, 2000, QStringLiteral("START RequestId: r-2 Version: $LATEST\n"), 6),
            ev(s, 2010, QStringLiteral("[ERROR] KeyError: 'amount'\nTraceback (most recent call last):\n  File \"/var/task/app.py\", line 27, in handler\n"), 7),
            ev(s, 2020, QStringLiteral("END RequestId: r-2\n"), 8),
            ev(s, 2021, QStringLiteral("REPORT RequestId: r-2\tDuration: 20.00 ms\tBilled Duration: 20 ms\tMemory Size: 256 MB\tMax Memory Used: 65 MB\t\n"), 9),
            ev(s, 3000, QStringLiteral("START RequestId: r-3 Version: $LATEST\n"), 10),
            ev(s, 6000, QStringLiteral("2026-11-27T00:00:06.000Z r-3 Task timed out after 3.00 seconds\n"), 11),
            ev(s, 6001, QStringLiteral("END RequestId: r-3\n"), 12),
            ev(s, 6002, QStringLiteral("REPORT RequestId: r-3\tDuration: 3000.00 ms\tBilled Duration: 3000 ms\tMemory Size: 256 MB\tMax Memory Used: 66 MB\tStatus: timeout\n"), 13),
        };
        return QJsonDocument(QJsonObject { { QStringLiteral("events"), events }, { QStringLiteral("searchedLogStreams"), QJsonArray() } }).toJson();
    }

private Q_SLOTS:
    void reportJsonOfAnExport()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("billing-api.json"), exportJson());
        const Result r = run({ QStringLiteral("report"), QStringLiteral("--json"), path });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        const QJsonArray functions = report.value(QStringLiteral("functions")).toArray();
        QCOMPARE(functions.size(), 1);
        const QJsonObject f = functions.at(0).toObject();
        QCOMPARE(f.value(QStringLiteral("name")).toString(), QStringLiteral("billing-api"));
        QCOMPARE(f.value(QStringLiteral("runtime")).toString(), QStringLiteral("python:3.12.v38"));
        QCOMPARE(f.value(QStringLiteral("invocations")).toInt(), 3);
        QCOMPARE(f.value(QStringLiteral("cold_starts")).toInt(), 1);
        QCOMPARE(f.value(QStringLiteral("errors")).toInt(), 1);
        QCOMPARE(f.value(QStringLiteral("timeouts")).toInt(), 1);
        QCOMPARE(f.value(QStringLiteral("failed")).toInt(), 2);
        QCOMPARE(f.value(QStringLiteral("max_memory_used_mb")).toInt(), 66);
        // 0.25 GB x (0.4 + 0.02 + 3.0) s
        QCOMPARE(f.value(QStringLiteral("gb_seconds")).toDouble(), 0.855);
        QCOMPARE(f.value(QStringLiteral("init_duration_ms")).toObject().value(QStringLiteral("max")).toDouble(), 299.5);
        QCOMPARE(report.value(QStringLiteral("skipped")).toArray().size(), 0);
    }

    void badInputIsNamedAndGoodDataStillReported()
    {
        QTemporaryDir dir;
        const QString good = writeFile(dir, QStringLiteral("billing-api.json"), exportJson());
        QByteArray truncated = exportJson();
        truncated.chop(truncated.size() / 2);
        const QString bad = writeFile(dir, QStringLiteral("broken.json"), truncated);
        const QString binary = writeFile(dir, QStringLiteral("image.log"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(4096, '\0'));
        const Result r = run({ QStringLiteral("report"), QStringLiteral("--json"), good, bad, binary });
        QCOMPARE(r.exitCode, 3);
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        const QJsonArray skipped = report.value(QStringLiteral("skipped")).toArray();
        QVERIFY(skipped.size() >= 2);
        QString sources;
        for (const QJsonValue& s : skipped)
            sources += s.toObject().value(QStringLiteral("source")).toString() + QLatin1Char(' ');
        QVERIFY2(sources.contains(QStringLiteral("broken.json")), qPrintable(sources));
        QVERIFY2(sources.contains(QStringLiteral("image.log")), qPrintable(sources));
        QVERIFY(r.err.contains("broken.json"));
        bool foundGood = false;
        for (const QJsonValue& v : report.value(QStringLiteral("functions")).toArray())
            foundGood |= v.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("billing-api")
                && v.toObject().value(QStringLiteral("invocations")).toInt() == 3;
        QVERIFY(foundGood);
    }

    void missingFileIsAClearMessage()
    {
        const Result r = run({ QStringLiteral("report"), QStringLiteral("/nonexistent/lambda.json") });
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("/nonexistent/lambda.json"));
    }

    void demoReportTotalsAddUp()
    {
        const Result r = run({ QStringLiteral("report"), QStringLiteral("--json"), QStringLiteral("--demo") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        const QJsonArray functions = report.value(QStringLiteral("functions")).toArray();
        QVERIFY(functions.size() >= 35);
        qint64 invocations = 0, failed = 0, cold = 0;
        QSet<QString> services;
        for (const QJsonValue& v : functions) {
            const QJsonObject f = v.toObject();
            invocations += f.value(QStringLiteral("invocations")).toInteger();
            failed += f.value(QStringLiteral("failed")).toInteger();
            cold += f.value(QStringLiteral("cold_starts")).toInteger();
            services.insert(f.value(QStringLiteral("service")).toString());
            QCOMPARE(f.value(QStringLiteral("failed")).toInteger(),
                f.value(QStringLiteral("errors")).toInteger() + f.value(QStringLiteral("timeouts")).toInteger()
                    + f.value(QStringLiteral("out_of_memory")).toInteger() + f.value(QStringLiteral("crashes")).toInteger());
        }
        const QJsonObject totals = report.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("invocations")).toInteger(), invocations);
        QCOMPARE(totals.value(QStringLiteral("failed")).toInteger(), failed);
        QCOMPARE(totals.value(QStringLiteral("cold_starts")).toInteger(), cold);
        QVERIFY(services.size() >= 6 && services.size() <= 8);
    }

    void invocationsFilterByOutcome_data()
    {
        QTest::addColumn<QStringList>("filter");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("failed") << QStringList { QStringLiteral("--outcome"), QStringLiteral("failed") } << QStringList { QStringLiteral("r-2"), QStringLiteral("r-3") };
        QTest::newRow("timeout") << QStringList { QStringLiteral("--outcome"), QStringLiteral("timeout") } << QStringList { QStringLiteral("r-3") };
        QTest::newRow("cold") << QStringList { QStringLiteral("--cold") } << QStringList { QStringLiteral("r-1") };
        QTest::newRow("function that does not exist") << QStringList { QStringLiteral("--function"), QStringLiteral("nope") } << QStringList {};
    }

    void invocationsFilterByOutcome()
    {
        QFETCH(QStringList, filter);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("billing-api.json"), exportJson());
        const Result r = run(QStringList { QStringLiteral("invocations"), QStringLiteral("--json") } + filter + QStringList { path });
        QCOMPARE(r.exitCode, 0);
        QStringList ids;
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out).object().value(QStringLiteral("invocations")).toArray())
            ids << v.toObject().value(QStringLiteral("request_id")).toString();
        QCOMPARE(ids, expected);
    }

    void screenshotRendersTheWindow()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("window.png"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(LAMBDALENS_BINARY), { QStringLiteral("--demo"), QStringLiteral("--screenshot"), png,
                                                     QStringLiteral("--size"), QStringLiteral("1600x1000") });
        QVERIFY(p.waitForFinished(180000));
        QCOMPARE(p.exitCode(), 0);
        QImage image(png);
        QCOMPARE(image.size(), QSize(1600, 1000));
        // Not a blank window: the fleet table and status bar put many distinct colours on it.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }

    void everyCommandHasHelp()
    {
        const Result top = run({ QStringLiteral("--help") });
        QCOMPARE(top.exitCode, 0);
        for (const char* cmd : { "report", "invocations" }) {
            QVERIFY2(top.out.contains(cmd), cmd);
            const Result r = run({ QString::fromLatin1(cmd), QStringLiteral("--help") });
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.contains("--json"));
        }
        const Result unknown = run({ QStringLiteral("frobnicate") });
        QCOMPARE(unknown.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
