// `lambdalens sizing` and `lambdalens insights-rules`, run as scripts run them.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCmdSizing : public QObject {
    Q_OBJECT

    struct Result {
        int exitCode = -1;
        QByteArray out, err;
    };

    static Result run(const QStringList& args)
    {
        QProcess p;
        p.setProgram(QStringLiteral(LAMBDALENS_BINARY));
        p.setArguments(args);
        // Settings of the machine must not change the figures.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir::tempPath() + QStringLiteral("/lambdalens-tst-cmdsizing"));
        p.setProcessEnvironment(env);
        p.start();
        Result r;
        if (!p.waitForFinished(180000)) {
            p.kill();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    // 30 invocations of one function at 1024 MB using ~100 MB, one of them timed out at 3 s.
    static QByteArray exportJson()
    {
        QJsonArray events;
        int id = 0;
        const QString stream = QStringLiteral("2026/11/27/[$LATEST]0123456789abcdef0123456789abcdef");
        auto ev = [&](qint64 t, const QString& message) {
            events.append(QJsonObject { { QStringLiteral("logStreamName"), stream }, { QStringLiteral("timestamp"), t },
                                        { QStringLiteral("message"), message }, { QStringLiteral("eventId"), QString::number(++id) } });
        };
        const qint64 t0 = 1'795'000'000'000;
        for (int i = 0; i < 30; ++i) {
            const qint64 t = t0 + i * 60'000;
            const QString rid = QStringLiteral("req-%1").arg(i);
            ev(t, QStringLiteral("START RequestId: %1 Version: $LATEST\n").arg(rid));
            if (i == 7) {
                ev(t + 3000, QStringLiteral("2026-11-27T00:07:03.000Z %1 Task timed out after 3.00 seconds\n").arg(rid));
                ev(t + 3001, QStringLiteral("END RequestId: %1\n").arg(rid));
                ev(t + 3002, QStringLiteral("REPORT RequestId: %1\tDuration: 3000.00 ms\tBilled Duration: 3000 ms\tMemory Size: 1024 MB\tMax Memory Used: 101 MB\tStatus: timeout\n").arg(rid));
            } else {
                ev(t + 50, QStringLiteral("END RequestId: %1\n").arg(rid));
                ev(t + 51, QStringLiteral("REPORT RequestId: %1\tDuration: 50.00 ms\tBilled Duration: 50 ms\tMemory Size: 1024 MB\tMax Memory Used: %2 MB\t\n").arg(rid).arg(90 + i % 10));
            }
        }
        return QJsonDocument(QJsonObject { { QStringLiteral("events"), events } }).toJson();
    }

private Q_SLOTS:
    void sizingJsonHasTheDocumentedShape();
    void sizingOnAFileRecommendsAndExplains();
    void sizingCsvHasOneRowPerFunction();
    void sizingRejectsBadOptions();
    void insightsRulesReportTimeoutsWithEvidence();
};

void TestCmdSizing::sizingJsonHasTheDocumentedShape()
{
    const Result r = run({ QStringLiteral("sizing"), QStringLiteral("--json"), QStringLiteral("--demo") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    const QJsonArray functions = root.value(QStringLiteral("functions")).toArray();
    QVERIFY(!functions.isEmpty());
    for (const QJsonValue& v : functions) {
        const QJsonObject f = v.toObject();
        for (const char* key : { "name", "memory_size_mb", "max_memory_used_mb", "p99_memory_used_mb", "recommended_memory_mb",
                                 "cpu_bound", "cost_per_day_usd", "recommended_cost_per_day_usd", "sizes" })
            QVERIFY2(f.contains(QLatin1String(key)), key);
        const QJsonValue cpu = f.value(QStringLiteral("cpu_bound"));
        QVERIFY(cpu.isBool() || cpu.isNull());
        const int rec = f.value(QStringLiteral("recommended_memory_mb")).toInt();
        QVERIFY(rec == 0 || (rec >= 128 && rec <= 10240));
        for (const QJsonValue& s : f.value(QStringLiteral("sizes")).toArray()) {
            const QJsonObject o = s.toObject();
            for (const char* key : { "memory_size_mb", "invocations", "p50_duration_ms", "p99_duration_ms",
                                     "p99_billed_duration_ms", "cost_per_million_usd" })
                QVERIFY2(o.contains(QLatin1String(key)), key);
            QVERIFY(o.value(QStringLiteral("p50_duration_ms")).toDouble() <= o.value(QStringLiteral("p99_duration_ms")).toDouble());
        }
    }
}

void TestCmdSizing::sizingOnAFileRecommendsAndExplains()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orders-api.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(exportJson());
    f.close();
    const Result r = run({ QStringLiteral("sizing"), QStringLiteral("--json"), path });
    QCOMPARE(r.exitCode, 0);
    const QJsonArray functions = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("functions")).toArray();
    QCOMPARE(functions.size(), 1);
    const QJsonObject fn = functions.first().toObject();
    QCOMPARE(fn.value(QStringLiteral("memory_size_mb")).toInt(), 1024);
    QCOMPARE(fn.value(QStringLiteral("max_memory_used_mb")).toInt(), 101);
    QVERIFY(fn.value(QStringLiteral("cpu_bound")).isNull());            // one size: unknown
    QCOMPARE(fn.value(QStringLiteral("recommended_memory_mb")).toInt(), 128);   // 101 x 1.2 -> 128
    QCOMPARE(fn.value(QStringLiteral("sizes")).toArray().size(), 1);
    QVERIFY(fn.value(QStringLiteral("recommended_cost_per_day_usd")).toDouble() < fn.value(QStringLiteral("cost_per_day_usd")).toDouble());

    const Result text = run({ QStringLiteral("sizing"), path });
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("CPU use is unknown"));
    QVERIFY(text.out.contains("us-east-1"));
}

void TestCmdSizing::sizingCsvHasOneRowPerFunction()
{
    const Result json = run({ QStringLiteral("sizing"), QStringLiteral("--json"), QStringLiteral("--demo") });
    const int functions = int(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("functions")).toArray().size());
    const Result r = run({ QStringLiteral("sizing"), QStringLiteral("--csv"), QStringLiteral("--demo") });
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(int(lines.size()), functions + 1);
    QVERIFY(lines.first().startsWith("name,memory_size_mb,"));
}

void TestCmdSizing::sizingRejectsBadOptions()
{
    QCOMPARE(run({ QStringLiteral("sizing"), QStringLiteral("--arch"), QStringLiteral("sparc"), QStringLiteral("--demo") }).exitCode, 2);
    QCOMPARE(run({ QStringLiteral("sizing"), QStringLiteral("--headroom"), QStringLiteral("lots"), QStringLiteral("--demo") }).exitCode, 2);
    const Result none = run({ QStringLiteral("sizing") });
    QCOMPARE(none.exitCode, 2);
    QVERIFY(!none.err.isEmpty());
}

void TestCmdSizing::insightsRulesReportTimeoutsWithEvidence()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orders-api.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(exportJson());
    f.close();
    const Result r = run({ QStringLiteral("insights-rules"), QStringLiteral("--json"), path });
    QCOMPARE(r.exitCode, 0);
    const QJsonArray insights = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("insights")).toArray();
    bool timeout = false, over = false;
    for (const QJsonValue& v : insights) {
        const QJsonObject o = v.toObject();
        const QString rule = o.value(QStringLiteral("rule")).toString();
        if (rule == QLatin1String("timeouts")) {
            timeout = true;
            QCOMPARE(o.value(QStringLiteral("threshold")).toDouble(), 3.0);   // from "Task timed out after 3.00 seconds"
            const QJsonObject ev = o.value(QStringLiteral("evidence")).toObject();
            QCOMPARE(ev.value(QStringLiteral("invocations")).toInt(), 1);
            QCOMPARE(ev.value(QStringLiteral("request_ids")).toArray().first().toString(), QStringLiteral("req-7"));
        }
        over |= rule == QLatin1String("over-provisioned");
    }
    QVERIFY(timeout);
    QVERIFY(over);
    // Muted from the command line: gone.
    const Result muted = run({ QStringLiteral("insights-rules"), QStringLiteral("--mute"), QStringLiteral("timeouts"), path });
    QCOMPARE(muted.exitCode, 0);
    QVERIFY(!muted.out.contains("Timeouts"));
    QCOMPARE(run({ QStringLiteral("insights-rules"), QStringLiteral("--mute"), QStringLiteral("nope"), path }).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCmdSizing)
#include "tst_cmdsizing.moc"
