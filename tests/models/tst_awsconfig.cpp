// AWS CLI-compatible configuration: env vs profile precedence, source_profile, credential_process,
// unsupported profiles, regions and endpoint overrides.
#include "aws/inifile.h"
#include "aws/session.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ll::aws;

class TestAwsConfig : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeScript(const QString& name, const QByteArray& body)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return QString();
        f.write("#!/bin/sh\n" + body);
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        return path;
    }

    QProcessEnvironment environment(const QString& config, const QString& credentials, const QStringList& vars)
    {
        QTemporaryDir* home = new QTemporaryDir;
        home->setAutoRemove(true);
        connect(this, &QObject::destroyed, [home] { delete home; });
        const QString cfg = home->filePath(QStringLiteral("config"));
        const QString cred = home->filePath(QStringLiteral("credentials"));
        auto write = [&](const QString& path, QString text) {
            QFile f(path);
            if (f.open(QIODevice::WriteOnly))
                f.write(text.replace(QStringLiteral("@DIR@"), m_dir.path()).toUtf8());
        };
        write(cfg, config);
        write(cred, credentials);
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), home->path());
        env.insert(QStringLiteral("AWS_CONFIG_FILE"), cfg);
        env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), cred);
        for (const QString& v : vars) {
            const int eq = v.indexOf(QLatin1Char('='));
            env.insert(v.left(eq), v.mid(eq + 1));
        }
        return env;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!writeScript(QStringLiteral("ok.sh"),
            "echo \"{\\\"Version\\\": 1, \\\"AccessKeyId\\\": \\\"ASIAPROCESS\\\", \\\"SecretAccessKey\\\": \\\"s\\\", "
            "\\\"SessionToken\\\": \\\"tok-$1\\\", \\\"Expiration\\\": \\\"2099-01-01T00:00:00Z\\\"}\"\n").isEmpty());
        QVERIFY(!writeScript(QStringLiteral("expired.sh"),
            "echo '{\"Version\": 1, \"AccessKeyId\": \"ASIAOLD\", \"SecretAccessKey\": \"s\", \"Expiration\": \"2001-01-01T00:00:00Z\"}'\n").isEmpty());
        QVERIFY(!writeScript(QStringLiteral("fails.sh"), "echo 'token expired, run aws sso login' >&2\nexit 3\n").isEmpty());
        QVERIFY(!writeScript(QStringLiteral("garbage.sh"), "echo 'not json'\n").isEmpty());
        QVERIFY(!writeScript(QStringLiteral("version2.sh"), "echo '{\"Version\": 2, \"AccessKeyId\": \"A\", \"SecretAccessKey\": \"s\"}'\n").isEmpty());
        QVERIFY(!writeScript(QStringLiteral("hangs.sh"), "sleep 30\n").isEmpty());
    }

    void resolvesCredentialsLikeTheAwsCli_data()
    {
        QTest::addColumn<QString>("config");
        QTest::addColumn<QString>("credentials");
        QTest::addColumn<QStringList>("env");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("accessKeyId");
        QTest::addColumn<QString>("sessionToken");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("messagePart");

        const QString creds = QStringLiteral("[default]\naws_access_key_id = AKIADEFAULT\naws_secret_access_key = d\n"
                                             "[dev]\naws_access_key_id = ASIADEV\naws_secret_access_key = s\naws_session_token = devtoken\n");
        const QString cfg = QStringLiteral("[default]\nregion = us-east-1\n[profile dev]\nregion = eu-west-1\n");
        const QStringList envKeys{QStringLiteral("AWS_ACCESS_KEY_ID=AKIAENV"), QStringLiteral("AWS_SECRET_ACCESS_KEY=e")};

        QTest::newRow("default profile from the credentials file") << cfg << creds << QStringList() << QString()
            << int(ErrorKind::None) << "AKIADEFAULT" << "" << "us-east-1" << "";
        QTest::newRow("env keys win over the default profile") << cfg << creds << envKeys << QString()
            << int(ErrorKind::None) << "AKIAENV" << "" << "us-east-1" << "";
        QTest::newRow("env keys still win when only AWS_PROFILE is set") << cfg << creds
            << (envKeys + QStringList{QStringLiteral("AWS_PROFILE=dev")}) << QString()
            << int(ErrorKind::None) << "AKIAENV" << "" << "eu-west-1" << "";
        QTest::newRow("an explicit --profile skips env keys") << cfg << creds << envKeys << "dev"
            << int(ErrorKind::None) << "ASIADEV" << "devtoken" << "eu-west-1" << "";
        QTest::newRow("AWS_SECURITY_TOKEN is the legacy session token") << cfg << creds
            << (envKeys + QStringList{QStringLiteral("AWS_SECURITY_TOKEN=legacy")}) << QString()
            << int(ErrorKind::None) << "AKIAENV" << "legacy" << "us-east-1" << "";
        QTest::newRow("AWS_SESSION_TOKEN wins over AWS_SECURITY_TOKEN") << cfg << creds
            << (envKeys + QStringList{QStringLiteral("AWS_SECURITY_TOKEN=legacy"), QStringLiteral("AWS_SESSION_TOKEN=new")}) << QString()
            << int(ErrorKind::None) << "AKIAENV" << "new" << "us-east-1" << "";
        QTest::newRow("AWS_DEFAULT_PROFILE selects the profile") << cfg << creds
            << QStringList{QStringLiteral("AWS_DEFAULT_PROFILE=dev")} << QString()
            << int(ErrorKind::None) << "ASIADEV" << "devtoken" << "eu-west-1" << "";
        QTest::newRow("AWS_PROFILE wins over AWS_DEFAULT_PROFILE") << cfg << creds
            << QStringList{QStringLiteral("AWS_DEFAULT_PROFILE=nope"), QStringLiteral("AWS_PROFILE=dev")} << QString()
            << int(ErrorKind::None) << "ASIADEV" << "devtoken" << "eu-west-1" << "";
        QTest::newRow("AWS_REGION wins over the profile region") << cfg << creds
            << QStringList{QStringLiteral("AWS_REGION=ap-south-1"), QStringLiteral("AWS_DEFAULT_REGION=sa-east-1")} << "dev"
            << int(ErrorKind::None) << "ASIADEV" << "devtoken" << "ap-south-1" << "";
        QTest::newRow("AWS_DEFAULT_REGION wins over the profile region") << cfg << creds
            << QStringList{QStringLiteral("AWS_DEFAULT_REGION=sa-east-1")} << "dev"
            << int(ErrorKind::None) << "ASIADEV" << "devtoken" << "sa-east-1" << "";
        QTest::newRow("keys in the config file work") << QStringLiteral("[profile cfgkeys]\nregion=us-west-2\naws_access_key_id=AKIACFG\naws_secret_access_key=c\n")
            << QString() << QStringList() << "cfgkeys" << int(ErrorKind::None) << "AKIACFG" << "" << "us-west-2" << "";
        QTest::newRow("credentials-file keys win over credential_process")
            << QStringLiteral("[profile dev]\nregion=eu-west-1\ncredential_process = @DIR@/ok.sh\n") << creds << QStringList() << "dev"
            << int(ErrorKind::None) << "ASIADEV" << "devtoken" << "eu-west-1" << "";
        QTest::newRow("source_profile with static keys lends its keys")
            << QStringLiteral("[profile child]\nregion = us-west-1\nsource_profile = dev\n") << creds << QStringList() << "child"
            << int(ErrorKind::None) << "ASIADEV" << "devtoken" << "us-west-1" << "";
        QTest::newRow("source_profile loops are reported")
            << QStringLiteral("[profile a]\nregion=us-east-1\nsource_profile = b\n[profile b]\nsource_profile = a\n") << QString()
            << QStringList() << "a" << int(ErrorKind::UnsupportedProfile) << "" << "" << "" << "loops";
        QTest::newRow("credential_process runs without a shell and keeps quoted arguments")
            << QStringLiteral("[profile proc]\nregion=us-east-2\ncredential_process = \"@DIR@/ok.sh\" 'two words'\n") << QString()
            << QStringList() << "proc" << int(ErrorKind::None) << "ASIAPROCESS" << "tok-two words" << "us-east-2" << "";
        QTest::newRow("credential_process does not expand shell syntax")
            << QStringLiteral("[profile proc]\nregion=us-east-2\ncredential_process = @DIR@/ok.sh $(id)\n") << QString()
            << QStringList() << "proc" << int(ErrorKind::None) << "ASIAPROCESS" << "tok-$(id)" << "us-east-2" << "";
        QTest::newRow("credential_process with past Expiration is ExpiredToken")
            << QStringLiteral("[profile proc]\nregion=us-east-2\ncredential_process = @DIR@/expired.sh\n") << QString()
            << QStringList() << "proc" << int(ErrorKind::ExpiredToken) << "" << "" << "" << "2001";
        QTest::newRow("failing credential_process shows its stderr")
            << QStringLiteral("[profile proc]\nregion=us-east-2\ncredential_process = @DIR@/fails.sh\n") << QString()
            << QStringList() << "proc" << int(ErrorKind::NoCredentials) << "" << "" << "" << "aws sso login";
        QTest::newRow("credential_process printing garbage")
            << QStringLiteral("[profile proc]\nregion=us-east-2\ncredential_process = @DIR@/garbage.sh\n") << QString()
            << QStringList() << "proc" << int(ErrorKind::NoCredentials) << "" << "" << "" << "JSON";
        QTest::newRow("credential_process with Version 2 is refused")
            << QStringLiteral("[profile proc]\nregion=us-east-2\ncredential_process = @DIR@/version2.sh\n") << QString()
            << QStringList() << "proc" << int(ErrorKind::NoCredentials) << "" << "" << "" << "Version";
        QTest::newRow("credential_process that hangs times out")
            << QStringLiteral("[profile proc]\nregion=us-east-2\ncredential_process = @DIR@/hangs.sh\n") << QString()
            << QStringList() << "proc" << int(ErrorKind::Timeout) << "" << "" << "" << "did not finish";
        QTest::newRow("credential_process that does not exist")
            << QStringLiteral("[profile proc]\nregion=us-east-2\ncredential_process = @DIR@/missing-tool --json\n") << QString()
            << QStringList() << "proc" << int(ErrorKind::NoCredentials) << "" << "" << "" << "missing-tool";
        QTest::newRow("unknown --profile is named") << cfg << creds << QStringList() << "prod"
            << int(ErrorKind::UnknownProfile) << "" << "" << "" << "prod";
        QTest::newRow("unknown AWS_PROFILE is named") << cfg << creds << QStringList{QStringLiteral("AWS_PROFILE=ghost")} << QString()
            << int(ErrorKind::UnknownProfile) << "" << "" << "" << "ghost";
        QTest::newRow("nothing configured at all") << QString() << QString() << QStringList() << QString()
            << int(ErrorKind::NoCredentials) << "" << "" << "" << "AWS_ACCESS_KEY_ID";
        QTest::newRow("only half of the env keys") << cfg << creds << QStringList{QStringLiteral("AWS_ACCESS_KEY_ID=AKIAHALF")} << QString()
            << int(ErrorKind::NoCredentials) << "" << "" << "" << "AWS_SECRET_ACCESS_KEY";
        QTest::newRow("SSO profile explains the export-credentials workaround")
            << QStringLiteral("[profile sso]\nsso_session = corp\nsso_account_id = 1\nsso_role_name = R\nregion = us-east-1\n[sso-session corp]\nsso_start_url = https://x.awsapps.com/start\n")
            << QString() << QStringList() << "sso" << int(ErrorKind::UnsupportedProfile) << "" << "" << "" << "aws configure export-credentials --profile sso";
        QTest::newRow("legacy SSO profile with sso_start_url")
            << QStringLiteral("[profile old]\nsso_start_url = https://x.awsapps.com/start\nregion = us-east-1\n")
            << QString() << QStringList() << "old" << int(ErrorKind::UnsupportedProfile) << "" << "" << "" << "SSO/role";
        QTest::newRow("role_arn profile needs role assumption")
            << QStringLiteral("[profile role]\nrole_arn = arn:aws:iam::1:role/R\nsource_profile = dev\n") << creds << QStringList() << "role"
            << int(ErrorKind::UnsupportedProfile) << "" << "" << "" << "arn:aws:iam::1:role/R";
        QTest::newRow("no region anywhere") << QString() << creds << QStringList() << QString()
            << int(ErrorKind::NoRegion) << "" << "" << "" << "";
        QTest::newRow("a region with a colon is refused") << cfg << creds << QStringList{QStringLiteral("AWS_REGION=us-east-1:evil")} << QString()
            << int(ErrorKind::NoRegion) << "" << "" << "" << "invalid region";
        QTest::newRow("CRLF files and comments parse") << QStringLiteral("# c\r\n[default]\r\n; c\r\nregion = us-east-1\r\n")
            << QStringLiteral("[default]\r\naws_access_key_id = AKIACRLF\r\naws_secret_access_key = x\r\n") << QStringList() << QString()
            << int(ErrorKind::None) << "AKIACRLF" << "" << "us-east-1" << "";
    }
    void resolvesCredentialsLikeTheAwsCli()
    {
        QFETCH(QString, config);
        QFETCH(QString, credentials);
        QFETCH(QStringList, env);
        QFETCH(QString, profile);
        QFETCH(int, kind);
        QFETCH(QString, accessKeyId);
        QFETCH(QString, sessionToken);
        QFETCH(QString, region);
        QFETCH(QString, messagePart);

        const AwsConfig awsConfig(environment(config, credentials, env));
        SessionOptions options;
        options.profile = profile;
        options.credentialProcessTimeoutMs = 1500;
        AwsError error;
        Session session = awsConfig.resolve(options, &error);
        Credentials c;
        if (!error && session.credentials)
            c = session.credentials->get(&error);
        QCOMPARE(AwsError::kindName(error.kind), AwsError::kindName(ErrorKind(kind)));
        if (error) {
            QVERIFY2(error.userMessage().contains(messagePart), qPrintable(error.userMessage()));
            return;
        }
        QCOMPARE(c.accessKeyId, accessKeyId);
        QCOMPARE(c.sessionToken, sessionToken);
        QCOMPARE(session.region, region);
        QVERIFY(!c.toString().contains(c.secretAccessKey + QLatin1Char(',')));
    }

    void endpointPrecedence_data()
    {
        QTest::addColumn<QString>("config");
        QTest::addColumn<QStringList>("env");
        QTest::addColumn<QString>("explicitUrl");
        QTest::addColumn<QString>("logs");
        QTest::addColumn<QString>("metrics");
        const QString services = QStringLiteral(
            "[default]\nregion = eu-central-1\nservices = local\nendpoint_url = http://127.0.0.1:1111\n"
            "[services local]\ncloudwatch_logs =\n  endpoint_url = http://127.0.0.1:2222\n"
            "cloudwatch =\n  endpoint_url = http://127.0.0.1:3333\n");
        QTest::newRow("default AWS endpoints") << QStringLiteral("[default]\nregion = eu-central-1\n") << QStringList() << QString()
            << "https://logs.eu-central-1.amazonaws.com" << "https://monitoring.eu-central-1.amazonaws.com";
        QTest::newRow("China regions use amazonaws.com.cn") << QStringLiteral("[default]\nregion = cn-north-1\n") << QStringList() << QString()
            << "https://logs.cn-north-1.amazonaws.com.cn" << "https://monitoring.cn-north-1.amazonaws.com.cn";
        QTest::newRow("FIPS endpoints") << QStringLiteral("[default]\nregion = us-east-1\n")
            << QStringList{QStringLiteral("AWS_USE_FIPS_ENDPOINT=true")} << QString()
            << "https://logs-fips.us-east-1.amazonaws.com" << "https://monitoring-fips.us-east-1.amazonaws.com";
        QTest::newRow("services section nested keys per service") << services << QStringList() << QString()
            << "http://127.0.0.1:2222" << "http://127.0.0.1:3333";
        QTest::newRow("profile endpoint_url when the services section lacks the service")
            << QStringLiteral("[default]\nregion = eu-central-1\nendpoint_url = http://127.0.0.1:1111\n") << QStringList() << QString()
            << "http://127.0.0.1:1111" << "http://127.0.0.1:1111";
        QTest::newRow("global env beats config") << services << QStringList{QStringLiteral("AWS_ENDPOINT_URL=http://127.0.0.1:4444")} << QString()
            << "http://127.0.0.1:4444" << "http://127.0.0.1:4444";
        QTest::newRow("per-service env beats global env") << services
            << QStringList{QStringLiteral("AWS_ENDPOINT_URL=http://127.0.0.1:4444"), QStringLiteral("AWS_ENDPOINT_URL_CLOUDWATCH_LOGS=http://127.0.0.1:5555"),
                           QStringLiteral("AWS_ENDPOINT_URL_CLOUDWATCH=http://127.0.0.1:6666")} << QString()
            << "http://127.0.0.1:5555" << "http://127.0.0.1:6666";
        QTest::newRow("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS disables env and config") << services
            << QStringList{QStringLiteral("AWS_ENDPOINT_URL=http://127.0.0.1:4444"), QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true")} << QString()
            << "https://logs.eu-central-1.amazonaws.com" << "https://monitoring.eu-central-1.amazonaws.com";
        QTest::newRow("the command line override beats everything") << services
            << QStringList{QStringLiteral("AWS_ENDPOINT_URL_CLOUDWATCH_LOGS=http://127.0.0.1:5555"), QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true")}
            << "http://127.0.0.1:7777" << "http://127.0.0.1:7777" << "http://127.0.0.1:7777";
    }
    void endpointPrecedence()
    {
        QFETCH(QString, config);
        QFETCH(QStringList, env);
        QFETCH(QString, explicitUrl);
        QFETCH(QString, logs);
        QFETCH(QString, metrics);
        const AwsConfig awsConfig(environment(config, QStringLiteral("[default]\naws_access_key_id=A\naws_secret_access_key=B\n"), env));
        SessionOptions options;
        options.endpointUrl = explicitUrl;
        AwsError error;
        const Session session = awsConfig.resolve(options, &error);
        QVERIFY2(!error, qPrintable(error.userMessage()));
        QCOMPARE(session.logsEndpoint, logs);
        QCOMPARE(session.metricsEndpoint, metrics);
    }

    void aNonHttpEndpointIsRejected()
    {
        const AwsConfig awsConfig(environment(QStringLiteral("[default]\nregion=us-east-1\n"),
                                              QStringLiteral("[default]\naws_access_key_id=A\naws_secret_access_key=B\n"), {}));
        SessionOptions options;
        options.endpointUrl = QStringLiteral("file:///etc/passwd");
        AwsError error;
        awsConfig.resolve(options, &error);
        QCOMPARE(error.kind, ErrorKind::Client);
    }

    void credentialsNeverPrintTheirSecrets()
    {
        Credentials c;
        c.accessKeyId = QStringLiteral("ASIAXXXXSECRETID");
        c.secretAccessKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        c.sessionToken = QStringLiteral("FwoGZXIvYXdzEXAMPLETOKEN");
        const QString s = c.toString();
        QVERIFY(!s.contains(c.secretAccessKey));
        QVERIFY(!s.contains(c.sessionToken));
        QVERIFY(!s.contains(c.accessKeyId));
        QVERIFY(s.contains(QStringLiteral("ASIA")));
    }

    static QStringList words(const QString& joined) { return joined.split(QLatin1Char('|')); }

    void commandLineSplitting_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("plain words") << "tool --json -x" << words(QStringLiteral("tool|--json|-x"));
        QTest::newRow("single quotes are literal") << "tool 'a \"b\" $c'" << words(QStringLiteral("tool|a \"b\" $c"));
        QTest::newRow("double quotes with escapes") << "tool \"a \\\"b\\\" \\\\ c\"" << words(QStringLiteral("tool|a \"b\" \\ c"));
        QTest::newRow("backslash escapes a space") << "my\\ tool arg" << words(QStringLiteral("my tool|arg"));
        QTest::newRow("adjacent quoted parts join") << "tool a'b'\"c\"" << words(QStringLiteral("tool|abc"));
        QTest::newRow("empty quoted argument survives") << "tool ''" << words(QStringLiteral("tool|"));
        QTest::newRow("semicolons are not shell syntax") << "tool; rm -rf x" << words(QStringLiteral("tool;|rm|-rf|x"));
    }
    void commandLineSplitting()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, words);
        QStringList got;
        QVERIFY(splitCommandLine(line, &got));
        QCOMPARE(got, words);
    }

    void unterminatedQuoteIsAnError()
    {
        QStringList got;
        QVERIFY(!splitCommandLine(QStringLiteral("tool 'oops"), &got));
    }

    void iniNestedBlocksAndSections()
    {
        const IniFile ini = IniFile::parse("[services x]\ncloudwatch_logs =\n  endpoint_url = http://a\n  other = 1\nregion = r\n[empty]\n");
        QCOMPARE(ini.section(QStringLiteral("services x")).value(QStringLiteral("cloudwatch_logs.endpoint_url")), QStringLiteral("http://a"));
        QCOMPARE(ini.section(QStringLiteral("services x")).value(QStringLiteral("cloudwatch_logs.other")), QStringLiteral("1"));
        QCOMPARE(ini.section(QStringLiteral("services x")).value(QStringLiteral("region")), QStringLiteral("r"));
        QVERIFY(ini.hasSection(QStringLiteral("empty")));
    }
};

QTEST_GUILESS_MAIN(TestAwsConfig)
#include "tst_awsconfig.moc"
