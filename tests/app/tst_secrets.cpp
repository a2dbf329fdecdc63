// Secrets hygiene of the built executable: after syncs signed with known fake keys (from the
// environment and from a profile), a window run and a crash in the middle of a sync, no file the
// app could have written (cache, settings, anything under HOME or the XDG folders) and no output
// holds the secret key or the session token. Credentials only go to the configured endpoint: a
// redirect is not followed.
#include "../models/awstestsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

const QByteArray kEnvSecret = "env-secret-key-zq81-must-stay-in-memory";
const QByteArray kEnvToken = "env-session-token-zq81-must-stay-in-memory";
const QByteArray kProfileSecret = "profile-secret-key-wx42-must-stay-in-memory";
const QByteArray kProfileToken = "profile-session-token-wx42-must-stay-in-memory";

} // namespace

class TestSecrets : public QObject {
    Q_OBJECT

    QTemporaryDir m_root;      // everything the app may write lives below it
    QByteArray m_output;       // stdout + stderr of every run

    QString path(const QString& rel) const { return m_root.filePath(rel); }

    QProcessEnvironment environment(bool envCredentials) const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), QProcessEnvironment::systemEnvironment().value(QStringLiteral("PATH")));
        env.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("home/.config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("home/.local/share")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), path(QStringLiteral("home/.cache")));
        env.insert(QStringLiteral("TMPDIR"), path(QStringLiteral("tmp")));
        env.insert(QStringLiteral("AWS_CONFIG_FILE"), path(QStringLiteral("aws/config")));
        env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), path(QStringLiteral("aws/credentials")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const QString asan = QProcessEnvironment::systemEnvironment().value(QStringLiteral("ASAN_OPTIONS"));
        if (!asan.isEmpty())
            env.insert(QStringLiteral("ASAN_OPTIONS"), asan);
        if (envCredentials) {
            env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDENVSECRETSTEST"));
            env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QString::fromLatin1(kEnvSecret));
            env.insert(QStringLiteral("AWS_SESSION_TOKEN"), QString::fromLatin1(kEnvToken));
            env.insert(QStringLiteral("AWS_REGION"), QStringLiteral("us-east-1"));
        }
        return env;
    }

    int run(const QStringList& args, bool envCredentials, int timeoutMs = 120000)
    {
        QProcess p;
        p.setProcessEnvironment(environment(envCredentials));
        p.start(QStringLiteral(LAMBDALENS_BINARY), args);
        if (!p.waitForFinished(timeoutMs))
            p.kill(), p.waitForFinished(5000);
        m_output += p.readAllStandardOutput() + p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    // Files below the root (except the AWS files the test wrote itself) that hold `needle`.
    QStringList filesHolding(const QByteArray& needle) const
    {
        QStringList hits;
        QDirIterator it(m_root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (file.startsWith(path(QStringLiteral("aws/"))))
                continue;
            QFile f(file);
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
                hits << file;
        }
        return hits;
    }

    qint64 bytesWritten() const
    {
        qint64 total = 0;
        QDirIterator it(path(QStringLiteral("home")), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            total += QFileInfo(it.next()).size();
        return total;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!lltest::pythonHas(QStringLiteral("json, http.server")))
            QSKIP("python3 is not available: the local CloudWatch fake cannot run");
        QVERIFY(m_root.isValid());
        for (const char* dir : {"home/.config", "home/.local/share", "home/.cache", "tmp", "aws"})
            QVERIFY(QDir().mkpath(path(QString::fromLatin1(dir))));
        QFile credentials(path(QStringLiteral("aws/credentials")));
        QVERIFY(credentials.open(QIODevice::WriteOnly));
        credentials.write("[leaky]\naws_access_key_id = AKIDPROFILESECRETS\naws_secret_access_key = " + kProfileSecret
                          + "\naws_session_token = " + kProfileToken + "\n");
        QFile config(path(QStringLiteral("aws/config")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[profile leaky]\nregion = eu-west-1\n");
    }

    void syncsWindowAndCrashLeaveNoSecretBehind_data()
    {
        QTest::addColumn<bool>("envCredentials");
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("keys from the environment") << true << kEnvToken;
        QTest::newRow("keys from a profile") << false << kProfileToken;
    }
    void syncsWindowAndCrashLeaveNoSecretBehind()
    {
        QFETCH(bool, envCredentials);
        QFETCH(QByteArray, token);
        QStringList profileArgs;
        if (!envCredentials)
            profileArgs << QStringLiteral("--profile") << QStringLiteral("leaky");

        // The server refuses requests without the session token: a successful sync proves the
        // credentials were really used, so the search below is not vacuous.
        lltest::FaultServer server;
        QVERIFY(server.start({QStringLiteral("--groups"), QStringLiteral("2"), QStringLiteral("--require-token"), QString::fromLatin1(token)}));
        const QStringList sync = QStringList{QStringLiteral("sync"), QStringLiteral("--endpoint-url"), server.url(), QStringLiteral("--start"),
                                             QStringLiteral("2024-03-13T00:00:00Z"), QStringLiteral("--end"), QStringLiteral("2024-03-13T01:00:00Z")}
            + profileArgs;
        QCOMPARE(run(sync, envCredentials), 0);
        QVERIFY2(m_output.contains("50 events fetched"), m_output.constData());

        // The window writes its settings (dock state, last source) on the way out.
        QCOMPARE(run({QStringLiteral("--demo"), QStringLiteral("--screenshot"), path(QStringLiteral("tmp/window.png"))}, envCredentials), 0);

        // A crash in the middle of a request: whatever a crash prints must not carry the secrets.
        lltest::FaultServer slow;
        QVERIFY(slow.start({QStringLiteral("--queue"), QStringLiteral("slow,slow,slow"), QStringLiteral("--slow-seconds"), QStringLiteral("20")}));
        QProcess crashing;
        crashing.setProcessEnvironment(environment(envCredentials));
        crashing.start(QStringLiteral(LAMBDALENS_BINARY), QStringList{QStringLiteral("sync"), QStringLiteral("--endpoint-url"), slow.url(),
                                                                      QStringLiteral("--since"), QStringLiteral("1h")} + profileArgs);
        QVERIFY(crashing.waitForStarted());
        // The server answers after 20 s: within the first seconds the request is in flight.
        QTest::qWait(2000);
        QCOMPARE(crashing.state(), QProcess::Running);
        ::kill(static_cast<pid_t>(crashing.processId()), SIGSEGV);
        QVERIFY(crashing.waitForFinished(30000));
        // Under ASan its SEGV handler prints a report and exits non-zero: crash output too.
        QVERIFY2(crashing.exitStatus() == QProcess::CrashExit || crashing.exitCode() != 0, "the sync was not interrupted");
        m_output += crashing.readAllStandardOutput() + crashing.readAllStandardError();

        QVERIFY2(QFileInfo::exists(path(QStringLiteral("home/.local/share"))) && bytesWritten() > 0, "the app wrote nothing to search");
        for (const QByteArray& secret : {kEnvSecret, kEnvToken, kProfileSecret, kProfileToken}) {
            const QStringList hits = filesHolding(secret);
            QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("secret found in ") + hits.join(QLatin1Char(' '))));
            QVERIFY2(!m_output.contains(secret), "secret found in the output");
        }
    }

    void credentialsAreNotSentWhereARedirectPoints()
    {
        lltest::FaultServer elsewhere;
        QVERIFY(elsewhere.start({}));
        lltest::FaultServer redirecting;
        QVERIFY(redirecting.start({QStringLiteral("--queue"), QStringLiteral("redirect,redirect,redirect,redirect,redirect,redirect"),
                                   QStringLiteral("--redirect-to"), elsewhere.url() + QStringLiteral("/")}));
        m_output.clear();
        const int code = run({QStringLiteral("sync"), QStringLiteral("--endpoint-url"), redirecting.url(), QStringLiteral("--since"), QStringLiteral("1h")},
                             true);
        QVERIFY2(code != 0, m_output.constData());
        QVERIFY2(!redirecting.requests().isEmpty(), "the configured endpoint was never asked");
        QVERIFY2(elsewhere.requests().isEmpty(), "a signed request followed the redirect");
        QVERIFY2(m_output.contains("redirect (HTTP 307)"), m_output.constData());
        QVERIFY(!m_output.contains(kEnvSecret));
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
