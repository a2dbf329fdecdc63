// The connector's widget-free parts: profiles listed from the AWS config files, region lists,
// the discovered-groups model, and runAwsAction's typed failures against the fault server.
#include "awstestsupport.h"

#include "aws/awscontroller.h"
#include "aws/logcache.h"
#include "aws/profilecatalog.h"
#include "itemmodels/loggroupmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ll;
using namespace ll::aws;

namespace {

QProcessEnvironment configEnv(const QTemporaryDir& dir, const QByteArray& config, const QByteArray& credentials)
{
    QFile c(dir.filePath(QStringLiteral("config")));
    QFile k(dir.filePath(QStringLiteral("credentials")));
    if (!c.open(QIODevice::WriteOnly) || !k.open(QIODevice::WriteOnly))
        qFatal("cannot write the test config");
    c.write(config);
    k.write(credentials);
    QProcessEnvironment env;
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), c.fileName());
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), k.fileName());
    return env;
}

const QByteArray kConfig = "[default]\nregion = eu-west-1\n"
                           "[profile proc]\nregion = us-east-2\ncredential_process = /bin/false\n"
                           "[profile sso]\nsso_start_url = https://example.awsapps.com/start\nsso_region = us-east-1\n"
                           "[profile role]\nrole_arn = arn:aws:iam::123456789012:role/x\nsource_profile = default\n"
                           "[profile empty]\nregion = us-west-2\n"
                           "[profile test]\nregion = us-east-1\n";
const QByteArray kCredentials = "[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = s3cret\n"
                                "[test]\naws_access_key_id = AKIDLOCALTEST\naws_secret_access_key = local-secret-key\n";

SessionOptions target(const QString& profile, const QString& region, const QString& url)
{
    SessionOptions o;
    o.profile = profile;
    o.region = region;
    o.endpointUrl = url;
    return o;
}

DiscoveredGroup group(const QString& profile, const QString& region, const QString& name, qint64 bytes)
{
    DiscoveredGroup g;
    g.target.profile = profile;
    g.target.region = region;
    g.origin = {profile, region, QStringLiteral("profile:") + profile};
    g.info.name = name;
    g.info.storedBytes = bytes;
    return g;
}

} // namespace

class TestAwsConnect : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QProcessEnvironment env = configEnv(m_dir, kConfig, kCredentials);
        for (const QString& key : env.keys())
            qputenv(key.toUtf8().constData(), env.value(key).toUtf8());
        for (const char* var : {"AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
                                "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_CLOUDWATCH_LOGS"})
            qunsetenv(var);
    }

    void profilesAreListedWithTheirCredentialKind_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("region");
        QTest::addColumn<bool>("usable");
        QTest::addColumn<int>("problem");
        QTest::newRow("default profile with keys in the credentials file") << "default" << "eu-west-1" << true << int(ErrorKind::None);
        QTest::newRow("credential_process profile is listed without running it") << "proc" << "us-east-2" << true << int(ErrorKind::None);
        QTest::newRow("SSO profile is not supported yet") << "sso" << "" << false << int(ErrorKind::UnsupportedProfile);
        QTest::newRow("role profile is not supported yet") << "role" << "" << false << int(ErrorKind::UnsupportedProfile);
        QTest::newRow("profile without credentials is flagged") << "empty" << "" << false << int(ErrorKind::NoCredentials);
    }
    void profilesAreListedWithTheirCredentialKind()
    {
        QFETCH(QString, profile);
        QFETCH(QString, region);
        QFETCH(bool, usable);
        QFETCH(int, problem);
        const QVector<ProfileEntry> entries = listProfiles(AwsConfig());
        const auto it = std::find_if(entries.begin(), entries.end(), [&](const ProfileEntry& e) { return e.name == profile; });
        QVERIFY2(it != entries.end(), qPrintable(profile));
        QCOMPARE(it->usable(), usable);
        QCOMPARE(int(it->problem.kind), problem);
        if (usable)
            QCOMPARE(it->region, region);
        if (problem == int(ErrorKind::UnsupportedProfile)) {
            QVERIFY(it->problem.userMessage().contains(QStringLiteral("not supported yet")));
            QVERIFY(it->problem.userMessage().contains(QStringLiteral("export-credentials")));
        }
    }

    void regionListsAreSplitAndValidated_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("regions");
        QTest::addColumn<QStringList>("invalid");
        QTest::newRow("commas and spaces separate regions") << "us-east-1, eu-west-1  ap-south-1"
            << QStringList{QStringLiteral("us-east-1"), QStringLiteral("eu-west-1"), QStringLiteral("ap-south-1")} << QStringList{};
        QTest::newRow("duplicates are listed once") << "us-east-1,us-east-1" << QStringList{QStringLiteral("us-east-1")} << QStringList{};
        QTest::newRow("a typo is reported, not sent") << "us-east-1, useast1" << QStringList{QStringLiteral("us-east-1")} << QStringList{QStringLiteral("useast1")};
        QTest::newRow("empty text means the profile's region") << "  " << QStringList{} << QStringList{};
    }
    void regionListsAreSplitAndValidated()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, regions);
        QFETCH(QStringList, invalid);
        QStringList bad;
        QCOMPARE(parseRegionList(text, &bad), regions);
        QCOMPARE(bad, invalid);
    }

    void groupModelKeepsChecksAcrossRediscovery()
    {
        LogGroupModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy checked(&model, &LogGroupModel::checkedChanged);
        model.setGroups({group(QStringLiteral("dev"), QStringLiteral("us-east-1"), QStringLiteral("/aws/lambda/a"), 100),
                         group(QStringLiteral("dev"), QStringLiteral("eu-west-1"), QStringLiteral("/aws/lambda/a"), 200),
                         group(QStringLiteral("prod"), QStringLiteral("us-east-1"), QStringLiteral("/aws/lambda/b"), 300)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(LogGroupModel::ColumnCount));
        QCOMPARE(model.index(1, LogGroupModel::Region).data().toString(), QStringLiteral("eu-west-1"));
        QCOMPARE(model.index(2, LogGroupModel::Account).data().toString(), QStringLiteral("prod"));
        QCOMPARE(model.index(2, LogGroupModel::StoredBytes).data(LogGroupModel::ValueRole).toLongLong(), 300);
        QVERIFY(model.flags(model.index(0, LogGroupModel::Group)) & Qt::ItemIsUserCheckable);
        QVERIFY(!(model.flags(model.index(0, LogGroupModel::Region)) & Qt::ItemIsUserCheckable));
        QVERIFY(model.setData(model.index(1, LogGroupModel::Group), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.checkedCount(), 1);
        QCOMPARE(model.checkedGroups().value(0).origin.region, QStringLiteral("eu-west-1"));
        // The same group name in another region is another group.
        QCOMPARE(model.index(0, LogGroupModel::Group).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        model.setGroups({model.groups().at(1), model.groups().at(2)});
        QCOMPARE(model.checkedCount(), 1);
        QCOMPARE(model.index(0, LogGroupModel::Group).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        model.setAllChecked(true);
        QCOMPARE(model.checkedCount(), 2);
        model.setAllChecked(false);
        QCOMPARE(model.checkedGroups().size(), 0);
        QVERIFY(checked.size() >= 4);
    }

    void failuresAreTypedPerTarget_data()
    {
        QTest::addColumn<QString>("queue");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("access denied names the missing permission") << "denied" << int(ErrorKind::AccessDenied) << "logs:FilterLogEvents";
        QTest::newRow("expired session token") << "expired" << int(ErrorKind::ExpiredToken) << "ExpiredTokenException";
        QTest::newRow("unknown log group") << "notfound" << int(ErrorKind::NotFound) << "/aws/lambda/svc-000";
        QTest::newRow("throttled after retries") << "throttle,throttle,throttle" << int(ErrorKind::Throttled) << "ThrottlingException";
        QTest::newRow("HTML page instead of JSON") << "html200,html200,html200" << int(ErrorKind::BadResponse) << "";
        QTest::newRow("truncated body") << "truncated,truncated,truncated" << int(ErrorKind::BadResponse) << "";
    }
    void failuresAreTypedPerTarget()
    {
        QFETCH(QString, queue);
        QFETCH(int, kind);
        QFETCH(QString, mentions);
        if (!lltest::pythonHas(QStringLiteral("json, http.server")))
            QSKIP("python3 is not available: the fault server cannot run");
        lltest::FaultServer server;
        QVERIFY(server.start({QStringLiteral("--queue"), queue, QStringLiteral("--events"), QStringLiteral("5")}));
        QTemporaryDir cacheDir;
        AwsRequest request;
        request.action = AwsAction::Sync;
        request.targets = {target(QStringLiteral("test"), QString(), server.url())};
        request.groups = {group(QStringLiteral("test"), QString(), QStringLiteral("/aws/lambda/svc-000"), 0)};
        request.groups[0].target.endpointUrl = server.url();
        request.startMs = 1710288000000;
        request.endMs = request.startMs + 3600 * 1000;
        request.cachePath = cacheDir.filePath(QStringLiteral("c.sqlite"));
        request.scheduler.maxAttempts = 3;
        request.scheduler.baseBackoffMs = 5;
        request.scheduler.maxBackoffMs = 20;
        request.scheduler.eventsRate = 100;
        const AwsOutcome out = runAwsAction(request, {}, {}, nullptr);
        QCOMPARE(out.failures.size(), 1);
        QCOMPARE(int(out.failures[0].error.kind), kind);
        QVERIFY2(out.failures[0].where.contains(QStringLiteral("test · us-east-1")), qPrintable(out.failures[0].where));
        const QString text = out.failureText();
        QVERIFY2(text.contains(mentions), qPrintable(text));
        QCOMPARE(out.hasHardFailure(), kind != int(ErrorKind::NotFound));
    }

    void unreachableEndpointIsANetworkError()
    {
        QTemporaryDir cacheDir;
        AwsRequest request;
        request.action = AwsAction::Discover;
        // Port 9 on loopback (discard) is closed on a test machine: connection refused.
        request.targets = {target(QStringLiteral("test"), QString(), QStringLiteral("http://127.0.0.1:9"))};
        request.scheduler.maxAttempts = 2;
        request.scheduler.baseBackoffMs = 5;
        request.scheduler.maxBackoffMs = 20;
        const AwsOutcome out = runAwsAction(request, {}, {}, nullptr);
        QCOMPARE(out.failures.size(), 1);
        QCOMPARE(out.failures[0].error.kind, ErrorKind::Network);
        QVERIFY(out.hasHardFailure());
    }

    void liveTailStoresNewEventsUntilStopped()
    {
        if (!lltest::pythonHas(QStringLiteral("json, http.server")))
            QSKIP("python3 is not available: the fault server cannot run");
        lltest::FaultServer server;
        QVERIFY(server.start({QStringLiteral("--live-ms"), QStringLiteral("100"), QStringLiteral("--groups"), QStringLiteral("1")}));
        QTemporaryDir cacheDir;
        AwsRequest request;
        request.targets = {target(QStringLiteral("test"), QString(), server.url())};
        request.groups = {group(QStringLiteral("test"), QString(), QStringLiteral("/aws/lambda/svc-000"), 0)};
        request.groups[0].target.endpointUrl = server.url();
        request.cachePath = cacheDir.filePath(QStringLiteral("tail.sqlite"));
        request.scheduler.eventsRate = 100;
        AwsController controller;
        QSignalSpy changed(&controller, &AwsController::tailChanged);
        controller.startTail(request, 200);
        QTRY_VERIFY_WITH_TIMEOUT(controller.tailSnapshot().events >= 5, 20000);
        QVERIFY(controller.tailSnapshot().running);
        QVERIFY(!changed.isEmpty());
        controller.stopTail();
        QVERIFY(!controller.tailSnapshot().running);
        const qint64 stored = controller.tailSnapshot().events;
        LogCache cache(request.cachePath);
        const CacheInfo info = cache.info();
        QCOMPARE(info.events, stored);
        QCOMPARE(info.groups.value(0).account, QStringLiteral("profile:test"));
        // The tail does not claim coverage: only sync moves the checkpoint.
        QVERIFY(!info.groups.value(0).checkpoint.isValid());
        QVERIFY(controller.stats().requests > 0);
    }

    void configurationErrorsNeedNoNetwork_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("region");
        QTest::addColumn<int>("kind");
        QTest::newRow("unknown profile") << "nope" << "us-east-1" << int(ErrorKind::UnknownProfile);
        QTest::newRow("SSO profile") << "sso" << "us-east-1" << int(ErrorKind::UnsupportedProfile);
        QTest::newRow("profile without credentials") << "empty" << "us-east-1" << int(ErrorKind::NoCredentials);
    }
    void configurationErrorsNeedNoNetwork()
    {
        QFETCH(QString, profile);
        QFETCH(QString, region);
        QFETCH(int, kind);
        AwsRequest request;
        request.action = AwsAction::Discover;
        request.targets = {target(profile, region, QStringLiteral("http://127.0.0.1:9"))};
        const AwsOutcome out = runAwsAction(request, {}, {}, nullptr);
        QCOMPARE(out.failures.size(), 1);
        QCOMPARE(int(out.failures[0].error.kind), kind);
    }
};

QTEST_GUILESS_MAIN(TestAwsConnect)
#include "tst_awsconnect.moc"
