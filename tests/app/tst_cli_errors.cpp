// `lambdalens mine` and `lambdalens clusters`, run as scripts run them.
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestCliErrors : public QObject {
    Q_OBJECT

    using Result = ll::testing::CliResult;
    static Result run(const QStringList& args, int timeoutMs = 180000) { return ll::testing::runCli(args, timeoutMs); }
    static QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
    {
        return ll::testing::writeFile(dir, name, content);
    }

private Q_SLOTS:
    void mineCsvHasHeaderAndOneRowPerLine()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("m.log"),
                                       "user 1 logged in from 10.0.0.1\r\n"
                                       "disk full on /dev/sda1\n"
                                       "user 22 logged in from 10.0.0.7\n"
                                       "\n"
                                       "error \"a,b\" at step 3\n");
        const Result r = run({QStringLiteral("mine"), path, QStringLiteral("--csv")});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> rows = r.out.trimmed().split('\n');
        QCOMPARE(rows.size(), 6);
        QCOMPARE(rows[0], QByteArray("line,cluster_id,template"));
        QVERIFY(rows[1].startsWith("1,"));
        QCOMPARE(rows[1].split(',')[1], rows[3].split(',')[1]);  // same template, same id
        QVERIFY(rows[1].split(',')[1] != rows[2].split(',')[1]);
        QVERIFY2(rows[1].endsWith(",user <*> logged in from <*>"), rows[1].constData());
        QVERIFY2(rows[5].endsWith(",\"error \"\"<*>\"\" at step <*>\""), rows[5].constData());
    }

    void mineWithoutCsvPrintsTheSameRowsWithoutHeader()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("m.log"), "a 1\na 2\n");
        const Result plain = run({QStringLiteral("mine"), path});
        const Result csv = run({QStringLiteral("mine"), path, QStringLiteral("--csv")});
        QCOMPARE(plain.exitCode, 0);
        QCOMPARE(QByteArray("line,cluster_id,template\n") + plain.out, csv.out);
    }

    void mineSurvivesBadInput()
    {
        QTemporaryDir dir;
        QByteArray content = "ok line 1\n\xff\xfe\xc3 broken utf-8 5\n";
        content += QByteArray(3 * 1024 * 1024, 'x') + "\nlast 7\n";
        const QString path = writeFile(dir, QStringLiteral("bad.log"), content);
        const Result r = run({QStringLiteral("mine"), path});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count('\n'), 4);
        QVERIFY(r.out.size() < 64 * 1024);  // the huge line's template is cut
    }

    void mineMissingFileFails()
    {
        const Result r = run({QStringLiteral("mine"), QStringLiteral("/nonexistent/file.log")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("cannot read"));
        QCOMPARE(run({QStringLiteral("mine")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("mine"), QStringLiteral("--help")}).exitCode, 0);
    }

    void clustersJsonCoversEveryFailedInvocationOnce()
    {
        const Result r = run({QStringLiteral("clusters"), QStringLiteral("--json"), QStringLiteral("--demo")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray clusters = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("clusters")).toArray();
        QVERIFY(clusters.size() > 3);
        const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z$"));
        QSet<QString> ids;
        QStringList failedInClusters;  // a retried request fails more than once: a list, not a set
        bool timeouts = false, logs = false;
        for (const QJsonValue& v : clusters) {
            const QJsonObject c = v.toObject();
            for (const char* key : {"id", "kind", "template", "error_type", "count", "first_seen", "last_seen", "functions", "request_ids"})
                QVERIFY2(c.contains(QLatin1String(key)), key);
            QVERIFY(!ids.contains(c.value(QStringLiteral("id")).toString()));
            ids.insert(c.value(QStringLiteral("id")).toString());
            const QString kind = c.value(QStringLiteral("kind")).toString();
            QVERIFY(kind == QLatin1String("failure") || kind == QLatin1String("log"));
            QVERIFY(iso.match(c.value(QStringLiteral("first_seen")).toString()).hasMatch());
            QVERIFY(iso.match(c.value(QStringLiteral("last_seen")).toString()).hasMatch());
            int perFunction = 0;
            const QJsonObject functions = c.value(QStringLiteral("functions")).toObject();
            for (auto it = functions.begin(); it != functions.end(); ++it)
                perFunction += it.value().toInt();
            QCOMPARE(perFunction, c.value(QStringLiteral("count")).toInt());
            if (kind == QLatin1String("failure")) {
                const QJsonArray requests = c.value(QStringLiteral("request_ids")).toArray();
                QCOMPARE(requests.size(), c.value(QStringLiteral("count")).toInt());
                for (const QJsonValue& id : requests)
                    failedInClusters.append(id.toString());
                timeouts |= c.value(QStringLiteral("error_type")).toString() == QLatin1String("Sandbox.Timedout");
            } else {
                logs = true;
            }
        }
        QVERIFY(timeouts);
        QVERIFY(logs);
        // The same failed invocations the invocations command lists.
        const Result inv = run({QStringLiteral("invocations"), QStringLiteral("--json"), QStringLiteral("--demo"),
                                QStringLiteral("--outcome"), QStringLiteral("failed")});
        QCOMPARE(inv.exitCode, 0);
        QStringList failed;
        const QJsonArray list = QJsonDocument::fromJson(inv.out).object().value(QStringLiteral("invocations")).toArray();
        for (const QJsonValue& v : list)
            failed.append(v.toObject().value(QStringLiteral("request_id")).toString());
        QVERIFY(!failed.isEmpty());
        // Every failed invocation is in exactly one failure cluster.
        failed.sort();
        failedInClusters.sort();
        QCOMPARE(failedInClusters.size(), failed.size());
        QCOMPARE(failedInClusters, failed);
    }

    void clustersTextAndBadArguments()
    {
        const Result text = run({QStringLiteral("clusters"), QStringLiteral("--demo"), QStringLiteral("--sort"), QStringLiteral("newest")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("failure"));
        QCOMPARE(run({QStringLiteral("clusters"), QStringLiteral("--demo"), QStringLiteral("--sort"), QStringLiteral("sideways")}).exitCode, 2);
        QVERIFY(run({QStringLiteral("clusters"), QStringLiteral("/nonexistent/dir")}).exitCode != 0);
    }
};

QTEST_GUILESS_MAIN(TestCliErrors)
#include "tst_cli_errors.moc"
