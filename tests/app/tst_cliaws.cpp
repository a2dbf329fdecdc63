// The AWS subcommands of the built `lambdalens` executable, against the local fault server:
// sync / cache / insights output, typed error messages and exit codes.
#include "../models/awstestsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliAws : public QObject {
    Q_OBJECT

    struct Result {
        int exitCode = -1;
        QString out, err;
    };

    QTemporaryDir m_home;
    QString m_secret = QStringLiteral("cli-secret-key-must-not-print-7d3f");

    Result run(const QStringList& args, const QStringList& extraEnv = {})
    {
        QProcess p;
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), QProcessEnvironment::systemEnvironment().value(QStringLiteral("PATH")));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("LAMBDALENS_CACHE_DIR"), m_home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("AWS_CONFIG_FILE"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), m_home.filePath(QStringLiteral("credentials")));
        for (const QString& v : extraEnv)
            env.insert(v.section(QLatin1Char('='), 0, 0), v.section(QLatin1Char('='), 1));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(LAMBDALENS_BINARY), args);
        Result r;
        if (!p.waitForFinished(120000)) {
            p.kill();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QStringList envKeys() const
    {
        return {QStringLiteral("AWS_ACCESS_KEY_ID=AKIDCLITEST"), QStringLiteral("AWS_SECRET_ACCESS_KEY=") + m_secret,
                QStringLiteral("AWS_SESSION_TOKEN=cli-session-token-must-not-print"), QStringLiteral("AWS_REGION=us-east-1")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!lltest::pythonHas(QStringLiteral("json, http.server")))
            QSKIP("python3 is not available: the fault server cannot run");
        QVERIFY(m_home.isValid());
        QFile config(m_home.filePath(QStringLiteral("config")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[profile sso]\nsso_session = corp\nregion = eu-west-1\n[sso-session corp]\nsso_start_url = https://x.awsapps.com/start\n");
    }

    void syncThenIncrementalSyncThenCacheInfoAndClear()
    {
        lltest::FaultServer server;
        QVERIFY(server.start({QStringLiteral("--groups"), QStringLiteral("3")}));
        const QStringList args{QStringLiteral("sync"), QStringLiteral("--endpoint-url"), server.url(), QStringLiteral("--start"),
                               QStringLiteral("2024-03-13T00:00:00Z"), QStringLiteral("--end"), QStringLiteral("2024-03-13T01:00:00Z")};
        Result r = run(args, envKeys());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("3 groups, 75 events fetched, 75 new, 0 failed")), qPrintable(r.out));
        QVERIFY(!QString(r.out + r.err).contains(m_secret));
        QVERIFY(!QString(r.out + r.err).contains(QStringLiteral("cli-session-token-must-not-print")));

        r = run(args, envKeys());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("0 new")), qPrintable(r.out));

        r = run({QStringLiteral("cache"), QStringLiteral("--info")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("75 events")));
        QVERIFY(r.out.contains(QStringLiteral("/aws/lambda/svc-002: 25 events")));

        r = run({QStringLiteral("cache"), QStringLiteral("--clear")});
        QCOMPARE(r.exitCode, 0);
        r = run({QStringLiteral("cache")});
        QVERIFY2(r.out.contains(QStringLiteral("empty")), qPrintable(r.out));
    }

    void typedErrorsHaveClearMessagesAndExitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("queue");
        QTest::addColumn<bool>("withKeys");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown profile is a usage error")
            << QStringList{QStringLiteral("sync"), QStringLiteral("--profile"), QStringLiteral("ghost")} << QString() << false << 2 << "profile ghost";
        QTest::newRow("SSO profile explains the workaround")
            << QStringList{QStringLiteral("sync"), QStringLiteral("--profile"), QStringLiteral("sso")} << QString() << false << 1
            << "aws configure export-credentials --profile sso";
        QTest::newRow("no credentials at all")
            << QStringList{QStringLiteral("sync"), QStringLiteral("--region"), QStringLiteral("us-east-1")} << QString() << false << 1
            << "No AWS credentials found";
        QTest::newRow("access denied names the permission")
            << QStringList{QStringLiteral("sync")} << "denied" << true << 1 << "logs:DescribeLogGroups";
        QTest::newRow("a bad --since is a usage error")
            << QStringList{QStringLiteral("sync"), QStringLiteral("--since"), QStringLiteral("soon")} << QString() << true << 2 << "--since";
        QTest::newRow("insights dry run prints the cost estimate")
            << QStringList{QStringLiteral("insights"), QStringLiteral("--dry-run"), QStringLiteral("--since"), QStringLiteral("1h")}
            << QString() << true << 0 << "estimated cost $";
    }
    void typedErrorsHaveClearMessagesAndExitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, queue);
        QFETCH(bool, withKeys);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        lltest::FaultServer server;
        QVERIFY(server.start({QStringLiteral("--queue"), queue}));
        if (args.first() == QLatin1String("insights") || !queue.isEmpty())
            args << QStringLiteral("--endpoint-url") << server.url();
        const Result r = run(args, withKeys ? envKeys() : QStringList{});
        QVERIFY2(r.exitCode == exitCode, qPrintable(QString::number(r.exitCode) + QLatin1Char(' ') + r.err));
        QVERIFY2(QString(r.out + r.err).contains(message), qPrintable(r.out + r.err));
        QVERIFY(!QString(r.out + r.err).contains(m_secret));
    }
};

QTEST_GUILESS_MAIN(TestCliAws)
#include "tst_cliaws.moc"
