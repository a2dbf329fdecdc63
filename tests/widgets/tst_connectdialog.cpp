// The connect dialog: profiles from the AWS config files, the SSO message, discovery and sync
// through the controller against moto, and the inline banner with Retry against the fault server.
#include "../models/awstestsupport.h"

#include "aws/awscontroller.h"
#include "aws/awsstatus.h"
#include "aws/connectdialog.h"
#include "aws/logcache.h"
#include "common/banner.h"
#include "fleet/fleetpanel.h"
#include "itemmodels/fleetmodel.h"
#include "selection/selection.h"
#include "sources/sourceloader.h"
#include "itemmodels/loggroupmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace ll;
using namespace ll::aws;

namespace {

const QByteArray kConfig = "[default]\nregion = eu-west-1\n"
                           "[profile sso]\nsso_session = corp\nsso_account_id = 123456789012\nregion = us-east-1\n"
                           "[sso-session corp]\nsso_start_url = https://example.awsapps.com/start\nsso_region = us-east-1\n"
                           "[profile test]\nregion = us-east-1\n";
const QByteArray kCredentials = "[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = s3cret\n"
                                "[test]\naws_access_key_id = AKIDLOCALTEST\naws_secret_access_key = local-secret-key\n";

QPushButton* bannerAction(Banner* banner)
{
    for (QPushButton* b : banner->findChildren<QPushButton*>())
        if (!b->text().isEmpty())
            return b;
    return nullptr;
}

bool waitForFinished(QSignalSpy& spy, int count, int timeoutMs = 60000)
{
    QElapsedTimer t;
    t.start();
    while (spy.size() < count && t.elapsed() < timeoutMs)
        spy.wait(200);
    return spy.size() >= count;
}

} // namespace

class TestConnectDialog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    void fastScheduler(ConnectDialog& dialog)
    {
        SchedulerOptions o;
        o.eventsRate = 200;
        o.controlRate = 200;
        o.maxAttempts = 3;
        o.baseBackoffMs = 5;
        o.maxBackoffMs = 20;
        o.timeoutMs = 20000;
        dialog.setSchedulerOptions(o);
        dialog.setCachePath(m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))));
    }

    void savePng(QWidget& w, const QString& name)
    {
        // LAMBDALENS_SCREENSHOT_DIR=/tmp to look at the dialog.
        const QString dir = qEnvironmentVariable("LAMBDALENS_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w.grab().save(dir + QLatin1Char('/') + name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile c(m_dir.filePath(QStringLiteral("config")));
        QFile k(m_dir.filePath(QStringLiteral("credentials")));
        QVERIFY(c.open(QIODevice::WriteOnly) && k.open(QIODevice::WriteOnly));
        c.write(kConfig);
        k.write(kCredentials);
        c.close();
        k.close();
        qputenv("AWS_CONFIG_FILE", c.fileName().toUtf8());
        qputenv("AWS_SHARED_CREDENTIALS_FILE", k.fileName().toUtf8());
        for (const char* var : {"AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
                                "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_CLOUDWATCH_LOGS"})
            qunsetenv(var);
    }

    void profilesComeFromTheConfigFiles()
    {
        AwsController controller;
        ConnectDialog dialog(&controller);
        QListWidget* list = dialog.profileList();
        QCOMPARE(list->count(), 3);
        QStringList names;
        for (int i = 0; i < list->count(); ++i)
            names << list->item(i)->text().section(QStringLiteral(" — "), 0, 0);
        QCOMPARE(names, (QStringList{QStringLiteral("default"), QStringLiteral("sso"), QStringLiteral("test")}));
        QVERIFY(list->item(0)->text().contains(QStringLiteral("eu-west-1")));
        // The profile the CLI would use starts checked; the SSO one cannot be checked at all.
        QCOMPARE(list->item(0)->checkState(), Qt::Checked);
        QVERIFY(!(list->item(1)->flags() & Qt::ItemIsUserCheckable));
        QVERIFY(list->item(2)->flags() & Qt::ItemIsUserCheckable);
        QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester groups(dialog.groupModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void choosingAnSsoProfileSaysItIsNotSupportedYet()
    {
        AwsController controller;
        ConnectDialog dialog(&controller);
        dialog.selectProfile(QStringLiteral("default"));
        QVERIFY(dialog.profileNote().isEmpty());
        dialog.selectProfile(QStringLiteral("sso"));
        const QString note = dialog.profileNote();
        QVERIFY2(note.contains(QStringLiteral("not supported yet")), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("IAM Identity Center")), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("aws configure export-credentials --profile sso")), qPrintable(note));
        dialog.resize(860, 760);
        savePng(dialog, QStringLiteral("connect-dialog-sso.png"));
    }

    void badFormInputIsShownInTheBannerWithoutRunning_data()
    {
        QTest::addColumn<QString>("regions");
        QTest::addColumn<QString>("since");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("a mistyped region") << "us-east-1, useast1" << "6h" << "useast1";
        QTest::newRow("an invalid duration") << "" << "six hours" << "six hours";
    }
    void badFormInputIsShownInTheBannerWithoutRunning()
    {
        QFETCH(QString, regions);
        QFETCH(QString, since);
        QFETCH(QString, mentions);
        AwsController controller;
        ConnectDialog dialog(&controller);
        QSignalSpy started(&controller, &AwsController::started);
        dialog.setRegions(regions);
        dialog.setWindow(since);
        dialog.trigger(AwsAction::Sync);
        QCOMPARE(started.size(), 0);
        QVERIFY(!dialog.banner()->isHidden());
        QVERIFY2(dialog.banner()->text().contains(mentions), qPrintable(dialog.banner()->text()));
    }

    void failingEndpointShowsTheBannerAndRetryRunsItAgain()
    {
        if (!lltest::pythonHas(QStringLiteral("json, http.server")))
            QSKIP("python3 is not available: the fault server cannot run");
        lltest::FaultServer server;
        QVERIFY(server.start({QStringLiteral("--queue"), QStringLiteral("denied"), QStringLiteral("--groups"), QStringLiteral("2"),
                              QStringLiteral("--events"), QStringLiteral("5"), QStringLiteral("--base-ms"),
                              QString::number(QDateTime::currentMSecsSinceEpoch() - 3600 * 1000)}));
        AwsController controller;
        ConnectDialog dialog(&controller);
        fastScheduler(dialog);
        dialog.setProfileChecked(QStringLiteral("default"), false);
        dialog.setProfileChecked(QStringLiteral("test"), true);
        dialog.setEndpoint(server.url());
        dialog.setWindow(QStringLiteral("2h"));
        QSignalSpy finished(&controller, &AwsController::finished);
        QSignalSpy synced(&dialog, &ConnectDialog::syncFinished);

        dialog.trigger(AwsAction::Sync);
        QVERIFY(waitForFinished(finished, 1));
        QVERIFY(!dialog.banner()->isHidden());
        const QString text = dialog.banner()->text();
        QVERIFY2(text.contains(QStringLiteral("Access denied")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("logs:DescribeLogGroups")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("test · us-east-1")), qPrintable(text));
        QPushButton* retry = bannerAction(dialog.banner());
        QVERIFY(retry);
        QCOMPARE(retry->text(), QStringLiteral("Retry"));
        QCOMPARE(synced.size(), 1);
        dialog.resize(860, 760);
        savePng(dialog, QStringLiteral("connect-dialog-denied.png"));
        savePng(*dialog.banner(), QStringLiteral("connect-banner-denied.png"));
        const int requestsBefore = int(server.requests().size());

        retry->click();
        QVERIFY(waitForFinished(finished, 2));
        QVERIFY2(dialog.banner()->isHidden(), qPrintable(dialog.banner()->text()));
        QVERIFY(int(server.requests().size()) > requestsBefore);
        QCOMPARE(synced.size(), 2);
        const AwsOutcome outcome = synced.last().at(0).value<AwsOutcome>();
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.groupsSynced, 2);
        QCOMPARE(outcome.added, qint64(10));
        LogCache cache(m_dir.filePath(QStringLiteral("cache-failingEndpointShowsTheBannerAndRetryRunsItAgain.sqlite")));
        QCOMPARE(cache.info().events, qint64(10));
        QVERIFY2(dialog.resultText().contains(QStringLiteral("10")), qPrintable(dialog.resultText()));
    }

    void theWindowsFleetFromTheCacheShowsAccountAndRegion()
    {
        if (!lltest::pythonHas(QStringLiteral("json, http.server")))
            QSKIP("python3 is not available: the fault server cannot run");
        lltest::FaultServer server;
        QVERIFY(server.start({QStringLiteral("--groups"), QStringLiteral("2"), QStringLiteral("--events"), QStringLiteral("4"),
                              QStringLiteral("--base-ms"), QString::number(QDateTime::currentMSecsSinceEpoch() - 3600 * 1000)}));
        QTemporaryDir cacheDir;
        qputenv("LAMBDALENS_CACHE_DIR", cacheDir.path().toUtf8());
        auto unset = qScopeGuard([] { qunsetenv("LAMBDALENS_CACHE_DIR"); });
        AwsController controller;
        ConnectDialog dialog(&controller);
        fastScheduler(dialog);
        dialog.setCachePath(QString()); // the default cache, as the window reads it
        dialog.setProfileChecked(QStringLiteral("default"), false);
        dialog.setProfileChecked(QStringLiteral("test"), true);
        dialog.setEndpoint(server.url());
        dialog.setWindow(QStringLiteral("2h"));
        QSignalSpy finished(&controller, &AwsController::finished);
        dialog.trigger(AwsAction::Sync);
        QVERIFY(waitForFinished(finished, 1));
        QVERIFY2(dialog.banner()->isHidden(), qPrintable(dialog.banner()->text()));

        LoadRequest request;
        request.cache = true;
        const FleetPtr fleet = loadSources(request);
        QVERIFY(fleet);
        QCOMPARE(int(fleet->functionCount()), 2);
        Selection selection;
        FleetPanel panel(&selection);
        panel.setFleet(fleet);
        QVERIFY(!panel.view()->isColumnHidden(FleetModel::Account));
        QVERIFY(!panel.view()->isColumnHidden(FleetModel::Region));
        const QModelIndex service = panel.model()->index(0, 0);
        const QModelIndex function = panel.model()->index(0, FleetModel::Region, service);
        QCOMPARE(function.data().toString(), QStringLiteral("us-east-1"));
        QCOMPARE(panel.model()->index(0, FleetModel::Account, service).data().toString(), QStringLiteral("profile:test"));
        auto* search = panel.findChild<QLineEdit*>();
        QVERIFY(search);
        search->setText(QStringLiteral("eu-west-1"));
        QCOMPARE(panel.view()->model()->rowCount(), 0);
        search->setText(QStringLiteral("us-east-1"));
        QVERIFY(panel.view()->model()->rowCount() > 0);
    }

    void aFailedDiscoveryKeepsTheGroupsFoundBefore()
    {
        if (!lltest::pythonHas(QStringLiteral("json, http.server")))
            QSKIP("python3 is not available: the fault server cannot run");
        lltest::FaultServer server;
        QVERIFY(server.start({QStringLiteral("--groups"), QStringLiteral("3")}));
        AwsController controller;
        ConnectDialog dialog(&controller);
        fastScheduler(dialog);
        dialog.setProfileChecked(QStringLiteral("default"), false);
        dialog.setProfileChecked(QStringLiteral("test"), true);
        dialog.setEndpoint(server.url());
        QSignalSpy finished(&controller, &AwsController::finished);
        dialog.trigger(AwsAction::Discover);
        QVERIFY(waitForFinished(finished, 1));
        QCOMPARE(dialog.groupModel()->rowCount(), 3);
        QCOMPARE(dialog.groupModel()->index(0, LogGroupModel::Region).data().toString(), QStringLiteral("us-east-1"));
        server.stop(); // network unreachable from now on
        dialog.trigger(AwsAction::Discover);
        QVERIFY(waitForFinished(finished, 2));
        QVERIFY(!dialog.banner()->isHidden());
        QVERIFY2(dialog.banner()->text().contains(QStringLiteral("Network error")), qPrintable(dialog.banner()->text()));
        QCOMPARE(dialog.groupModel()->rowCount(), 3);
    }

    void insightsCostIsShownBeforeItCanRun()
    {
        if (!lltest::pythonHas(QStringLiteral("json, http.server")))
            QSKIP("python3 is not available: the fault server cannot run");
        lltest::FaultServer server;
        QVERIFY(server.start({QStringLiteral("--groups"), QStringLiteral("2"), QStringLiteral("--insights-polls"), QStringLiteral("1")}));
        AwsController controller;
        ConnectDialog dialog(&controller);
        fastScheduler(dialog);
        dialog.setProfileChecked(QStringLiteral("default"), false);
        dialog.setProfileChecked(QStringLiteral("test"), true);
        dialog.setEndpoint(server.url());
        QPushButton* run = nullptr;
        for (QPushButton* b : dialog.findChildren<QPushButton*>())
            if (b->text() == QStringLiteral("Run &Insights"))
                run = b;
        QVERIFY(run);
        QVERIFY(!run->isEnabled());
        QSignalSpy finished(&controller, &AwsController::finished);
        dialog.trigger(AwsAction::Estimate);
        QVERIFY(waitForFinished(finished, 1));
        const QString estimate = dialog.estimateText();
        QVERIFY2(estimate.contains(QStringLiteral("$0.005/GB")), qPrintable(estimate));
        QVERIFY2(estimate.contains(QStringLiteral("2 log groups")), qPrintable(estimate));
        QVERIFY(run->isEnabled());
        run->click();
        QVERIFY(waitForFinished(finished, 2));
        QVERIFY2(dialog.banner()->isHidden(), qPrintable(dialog.banner()->text()));
        QVERIFY2(dialog.resultText().startsWith(QStringLiteral("Logs Insights:")), qPrintable(dialog.resultText()));
        auto* table = dialog.findChild<QTreeWidget*>();
        QVERIFY(table);
        QVERIFY(table->topLevelItemCount() > 0);
        QVERIFY(!table->isHidden());
        dialog.resize(860, 900);
        savePng(dialog, QStringLiteral("connect-dialog-insights.png"));
        // Changing the window invalidates the estimate.
        dialog.setWindow(QStringLiteral("2d"));
        QVERIFY(!run->isEnabled());
    }

    void syncThroughTheControllerFillsTheCacheFromMoto()
    {
        if (!lltest::pythonHas(QStringLiteral("moto, boto3")))
            QSKIP("python3 -c 'import moto, boto3' fails: install python3-moto and python3-boto3 to run the moto sync test");
        QProcess port;
        port.start(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral("import socket; s=socket.socket(); s.bind(('127.0.0.1',0)); print(s.getsockname()[1])")});
        QVERIFY(port.waitForFinished(30000));
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(port.readAllStandardOutput().trimmed().toInt());
        QProcess moto;
        moto.setStandardOutputFile(QProcess::nullDevice());
        moto.setStandardErrorFile(QProcess::nullDevice());
        moto.start(QStringLiteral("python3"), {QStringLiteral("-m"), QStringLiteral("moto.server"), QStringLiteral("-H"), QStringLiteral("127.0.0.1"),
                                               QStringLiteral("-p"), url.section(QLatin1Char(':'), -1)});
        QVERIFY(moto.waitForStarted(10000));
        auto stop = qScopeGuard([&moto] {
            moto.kill();
            moto.waitForFinished(5000);
        });
        const qint64 base = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
        QProcess fill;
        fill.start(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral(
            "import time, urllib.request, subprocess, sys\n"
            "for i in range(300):\n"
            "    try:\n"
            "        urllib.request.urlopen(urllib.request.Request('%1/moto-api/reset', method='POST'), timeout=1); break\n"
            "    except Exception: time.sleep(0.1)\n"
            "subprocess.run([sys.executable, '%2', '%1', 'us-east-1', '2', '2', '5', '%3'], check=True, stdout=subprocess.DEVNULL)\n")
            .arg(url, lltest::toolPath(QStringLiteral("moto_fill.py"))).arg(base)});
        QVERIFY(fill.waitForFinished(120000));
        QVERIFY2(fill.exitCode() == 0, fill.readAllStandardError().constData());

        AwsController controller;
        ConnectDialog dialog(&controller);
        fastScheduler(dialog);
        dialog.setProfileChecked(QStringLiteral("default"), false);
        dialog.setProfileChecked(QStringLiteral("test"), true);
        dialog.setEndpoint(url);
        dialog.setWindow(QStringLiteral("3h"));
        QSignalSpy finished(&controller, &AwsController::finished);
        dialog.trigger(AwsAction::Discover);
        QVERIFY(waitForFinished(finished, 1));
        QVERIFY2(dialog.banner()->isHidden(), qPrintable(dialog.banner()->text()));
        QCOMPARE(dialog.groupModel()->rowCount(), 2);
        dialog.groupModel()->setData(dialog.groupModel()->index(1, LogGroupModel::Group), Qt::Checked, Qt::CheckStateRole);
        dialog.trigger(AwsAction::Sync);
        QVERIFY(waitForFinished(finished, 2));
        QVERIFY2(dialog.banner()->isHidden(), qPrintable(dialog.banner()->text()));
        LogCache cache(m_dir.filePath(QStringLiteral("cache-syncThroughTheControllerFillsTheCacheFromMoto.sqlite")));
        const CacheInfo info = cache.info();
        // Only the checked group: 2 streams x 5 events.
        QCOMPARE(info.groups.size(), 1);
        QCOMPARE(info.groups[0].group, QStringLiteral("/aws/lambda/fn-001"));
        QCOMPARE(info.groups[0].account, QStringLiteral("profile:test"));
        QCOMPARE(info.groups[0].region, QStringLiteral("us-east-1"));
        QCOMPARE(info.events, qint64(10));
        QVERIFY(controller.stats().requests >= 2);
        AwsStatus* status = dialog.findChild<AwsStatus*>();
        QVERIFY(status);
        QTRY_VERIFY(status->budgetText().contains(QStringLiteral("requests")));
        dialog.resize(860, 760);
        savePng(dialog, QStringLiteral("connect-dialog-synced.png"));
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
