// A finished Logs Insights run becomes the window's fleet (a server-side summary): the fleet
// table rows, the status text, the hints over the views that need raw events; drill-down syncs
// exactly the selected function's log group for the summary's window and swaps its raw events in.
#include "../models/awstestsupport.h"

#include "aws/awscontroller.h"
#include "aws/insightsfleet.h"
#include "aws/insightssummary.h"
#include "common/banner.h"
#include "common/summaryhint.h"
#include "domain/metatypes.h"
#include "fleet/fleetpanel.h"
#include "invocation/invocationpanel.h"
#include "itemmodels/fleetmodel.h"
#include "logsearch/fleetlinesource.h"
#include "logview/logbrowser.h"
#include "selection/selection.h"
#include "store/fleetbuilder.h"
#include "store/fleetsummary.h"
#include "timeline/timelineview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtTest>

using namespace ll;
using namespace ll::aws;

namespace {

constexpr qint64 kMinute = 60 * 1000;

// The window's composition for these panels, as MainWindow wires them.
struct Window {
    QMainWindow main;
    Selection selection;
    Banner* banner = new Banner;
    FleetPanel* fleet = new FleetPanel(&selection);
    TimelineView* timeline = new TimelineView;
    LogBrowser* logs = new LogBrowser;
    InvocationPanel* invocation = new InvocationPanel(&selection);
    QLabel* source = new QLabel;
    QLabel* volume = new QLabel;
    AwsController controller;
    InsightsSummary* summary;
    FleetPtr shown;

    Window()
        : summary(new InsightsSummary(&controller, &selection, banner, &main))
    {
        auto* central = new QWidget;
        auto* layout = new QVBoxLayout(central);
        layout->addWidget(banner);
        auto* split = new QSplitter(Qt::Horizontal);
        split->addWidget(fleet);
        auto* right = new QSplitter(Qt::Vertical);
        right->addWidget(timeline);
        right->addWidget(logs);
        split->addWidget(right);
        split->addWidget(invocation);
        split->setSizes({620, 560, 300});
        layout->addWidget(split, 1);
        main.setCentralWidget(central);
        main.statusBar()->addWidget(source);
        main.statusBar()->addWidget(volume, 1);
        timeline->setSelection(&selection);
        logs->setSelection(&selection);
        for (QWidget* view : std::initializer_list<QWidget*>{timeline, logs, invocation})
            summary->attachHint(view);
        summary->attachFleetView(fleet->view());
        QObject::connect(summary, &InsightsSummary::fleetReady, &main, [this](const FleetPtr& f, bool keepView) { setFleet(f, keepView); });
        main.resize(1500, 800);
    }
    void setFleet(const FleetPtr& f, bool keepView)
    {
        // As MainWindow::setFleet: names carry the selection over to the new function ids.
        QStringList names;
        for (uint32_t id : selection.functions())
            names << shown->function(id).name;
        shown = f;
        selection.reset();
        fleet->setFleet(f);
        invocation->setFleet(f);
        timeline->setFleet(f);
        logs->setSource(std::make_shared<FleetLineSource>(f), keepView);
        QVector<uint32_t> ids;
        for (const QString& n : names)
            if (const int id = f->functionId(n); keepView && id >= 0)
                ids << uint32_t(id);
        if (!ids.isEmpty())
            selection.setFunctions(ids);
        summary->setFleet(f);
        source->setText(InsightsSummary::sourceText(*f));
        volume->setText(InsightsSummary::volumeText(*f));
    }
    SummaryHint* hint(QWidget* view) const { return view->findChild<SummaryHint*>(); }
    QModelIndex functionRow(const QString& name) const
    {
        const QAbstractItemModel* m = fleet->view()->model();
        for (int s = 0; s < m->rowCount(); ++s)
            for (int r = 0; r < m->rowCount(m->index(s, 0)); ++r) {
                const QModelIndex i = m->index(r, 0, m->index(s, 0));
                if (i.data(FleetModel::ValueRole).toString() == name)
                    return i;
            }
        return {};
    }
};

InsightsRowOut row(const QString& function, qint64 start, int bin, uint64_t invocations, uint64_t failures, double p99)
{
    InsightsRowOut r;
    r.origin = {QStringLiteral("test"), QStringLiteral("us-east-1"), QStringLiteral("profile:test")};
    r.target.profile = QStringLiteral("test");
    r.target.region = QStringLiteral("us-east-1");
    r.target.endpointUrl = QStringLiteral("http://127.0.0.1:9");
    r.row.function = function;
    r.row.logGroup = QStringLiteral("/aws/lambda/") + function;
    r.row.binStartMs = start + bin * 5 * kMinute;
    r.row.stats.invocations = invocations;
    r.row.stats.errors = failures;
    r.row.stats.coldStarts = 1;
    r.row.stats.durationMs = {p99 / 4, p99 / 2, p99, p99};
    r.row.stats.maxMemoryUsedMb = 70;
    r.row.stats.memorySizesMb = {128};
    r.row.stats.utilization = 70.0 / 128;
    r.row.stats.gbSeconds = 0.125 * double(invocations) * 0.1;
    return r;
}

AwsOutcome outcome(qint64 start)
{
    AwsOutcome o;
    o.action = AwsAction::Insights;
    o.binMinutes = 5;
    o.startMs = start;
    o.endMs = start + 60 * kMinute;
    o.bytesScanned = 3.2e9;
    o.cachePath = QStringLiteral("/nonexistent/cache.sqlite");
    o.rows << row(QStringLiteral("orders-api"), start, 0, 120, 3, 200) << row(QStringLiteral("orders-api"), start, 6, 80, 0, 90)
           << row(QStringLiteral("orders-worker"), start, 2, 40, 40, 3000) << row(QStringLiteral("billing-export"), start, 11, 5, 0, 15);
    return o;
}

void savePng(QWidget& w, const QString& name)
{
    // LAMBDALENS_SCREENSHOT_DIR=/tmp to look at it.
    const QString dir = qEnvironmentVariable("LAMBDALENS_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w.grab().save(dir + QLatin1Char('/') + name);
}

} // namespace

class TestInsightsSummary : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    AwsRequest insightsRequest(lltest::FaultServer& server, qint64 start)
    {
        AwsRequest insights;
        insights.action = AwsAction::Insights;
        SessionOptions target;
        target.profile = QStringLiteral("test");
        target.region = QStringLiteral("us-east-1");
        target.endpointUrl = server.url();
        insights.targets = {target};
        insights.startMs = start;
        insights.endMs = start + 60 * kMinute;
        insights.cachePath = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
        insights.scheduler.controlRate = 200;
        insights.scheduler.eventsRate = 200;
        insights.scheduler.baseBackoffMs = 5;
        return insights;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile c(m_dir.filePath(QStringLiteral("config")));
        QFile k(m_dir.filePath(QStringLiteral("credentials")));
        QVERIFY(c.open(QIODevice::WriteOnly) && k.open(QIODevice::WriteOnly));
        c.write("[profile test]\nregion = us-east-1\n");
        k.write("[test]\naws_access_key_id = AKIDLOCALTEST\naws_secret_access_key = local-secret-key\n");
        c.close();
        k.close();
        qputenv("AWS_CONFIG_FILE", c.fileName().toUtf8());
        qputenv("AWS_SHARED_CREDENTIALS_FILE", k.fileName().toUtf8());
        for (const char* var : {"AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
                                "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_CLOUDWATCH_LOGS"})
            qunsetenv(var);
    }

    void insightsOutcomeFillsTheFleetTableAndTheStatusBar()
    {
        Window w;
        QAbstractItemModelTester tester(w.fleet->view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 start = 1710288000000;
        w.summary->showOutcome(outcome(start));
        w.main.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.main));
        QVERIFY(w.shown && w.shown->summary());
        QCOMPARE(w.shown->functionCount(), size_t(3));
        QCOMPARE(w.shown->invocationCount(), size_t(0));

        const QModelIndex api = w.functionRow(QStringLiteral("orders-api"));
        QVERIFY(api.isValid());
        QCOMPARE(api.siblingAtColumn(FleetModel::Invocations).data(FleetModel::ValueRole).toLongLong(), qint64(200));
        QCOMPARE(api.siblingAtColumn(FleetModel::Failed).data(FleetModel::ValueRole).toLongLong(), qint64(3));
        QCOMPARE(api.siblingAtColumn(FleetModel::DurationP99).data(FleetModel::ValueRole).toDouble(), 200.0);
        QCOMPARE(api.siblingAtColumn(FleetModel::Account).data().toString(), QStringLiteral("profile:test"));
        QCOMPARE(api.siblingAtColumn(FleetModel::Region).data().toString(), QStringLiteral("us-east-1"));
        QVERIFY(api.siblingAtColumn(FleetModel::CostUsd).data(FleetModel::ValueRole).toDouble() > 0);
        const auto bars = api.siblingAtColumn(FleetModel::Activity).data(FleetModel::ActivityRole).value<QVector<int>>();
        QCOMPARE(bars.size(), 12);
        QCOMPARE(bars[0], 120);
        QCOMPARE(bars[6], 80);

        const QString status = w.source->text();
        QVERIFY2(status.startsWith(QStringLiteral("Logs Insights summary: 3 functions, 3.2 GB scanned ($0.016)")), qPrintable(status));
        QVERIFY2(w.volume->text().contains(QStringLiteral("245 invocations counted server-side in 5-minute bins")), qPrintable(w.volume->text()));

        // Views that need raw events say why they are empty; nothing to fetch until a function is chosen.
        for (QWidget* view : std::initializer_list<QWidget*>{w.timeline, w.logs, w.invocation}) {
            SummaryHint* hint = w.hint(view);
            QVERIFY(hint);
            QVERIFY(hint->isVisible());
            QVERIFY2(hint->text().contains(QStringLiteral("Logs Insights summary")), qPrintable(hint->text()));
            QVERIFY(!hint->button()->isEnabled());
        }
        // The timeline spans the queried window although no invocation is loaded.
        QCOMPARE(w.timeline->axis().limitFromMs(), double(start));
        QCOMPARE(w.timeline->axis().limitToMs(), double(start + 60 * kMinute));
        QVERIFY(!w.summary->fetchAction()->isEnabled());
        w.selection.setFunctions({uint32_t(api.data(FleetModel::FunctionIdRole).toInt())});
        QVERIFY(w.summary->fetchAction()->isEnabled());
        QVERIFY(w.hint(w.timeline)->button()->isEnabled());
        QVERIFY2(w.hint(w.timeline)->text().startsWith(QStringLiteral("orders-api: Logs Insights summary only")), qPrintable(w.hint(w.timeline)->text()));
        savePng(w.main, QStringLiteral("insights-summary-window.png"));
    }

    void drillDownRequestCarriesExactlyThatGroupAndTheSummaryWindow_data()
    {
        QTest::addColumn<QStringList>("functions");
        QTest::addColumn<QStringList>("groups");
        const QString worker = QStringLiteral("orders-worker"), billing = QStringLiteral("billing-export");
        const QString workerGroup = QStringLiteral("/aws/lambda/orders-worker"), billingGroup = QStringLiteral("/aws/lambda/billing-export");
        QTest::newRow("one function syncs its own log group only") << QStringList{worker} << QStringList{workerGroup};
        QTest::newRow("two selected functions sync both groups") << QStringList{worker, billing} << QStringList{workerGroup, billingGroup};
    }
    void drillDownRequestCarriesExactlyThatGroupAndTheSummaryWindow()
    {
        QFETCH(QStringList, functions);
        QFETCH(QStringList, groups);
        Window w;
        const qint64 start = 1710288000000;
        const AwsOutcome o = outcome(start);
        w.summary->showOutcome(o);
        QVector<uint32_t> ids;
        for (const QString& f : functions)
            ids << uint32_t(w.shown->functionId(f));
        AwsRequest r;
        QVERIFY(w.summary->drillRequest(ids, &r));
        QCOMPARE(r.action, AwsAction::Sync);
        QVERIFY(r.drillDown);
        QCOMPARE(r.startMs, start);
        QCOMPARE(r.endMs, start + 60 * kMinute);
        QCOMPARE(r.cachePath, o.cachePath);
        QStringList names;
        for (const DiscoveredGroup& g : r.groups) {
            names << g.info.name;
            QCOMPARE(g.origin.account, QStringLiteral("profile:test"));
            QCOMPARE(g.target.endpointUrl, QStringLiteral("http://127.0.0.1:9"));
        }
        QCOMPARE(names, groups);
        QCOMPARE(r.targets.size(), 1);
        QCOMPARE(r.targets.first().profile, QStringLiteral("test"));
    }

    void drillDownAgainstTheFaultServerShowsRawEventsBesideSummaryRows()
    {
        if (!lltest::pythonHas(QStringLiteral("json, http.server")))
            QSKIP("python3 is not available: the fault server cannot run");
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 start = (now - 2 * 3600 * 1000) / 1000 * 1000;
        const QString capture = m_dir.filePath(QStringLiteral("capture.json"));
        lltest::FaultServer server;
        QVERIFY(server.start({QStringLiteral("--groups"), QStringLiteral("2"), QStringLiteral("--events"), QStringLiteral("30"),
                              QStringLiteral("--base-ms"), QString::number(start + 10 * kMinute), QStringLiteral("--capture"), capture}));
        Window w;
        QSignalSpy ready(w.summary, &InsightsSummary::fleetReady);
        QSignalSpy finished(&w.controller, &AwsController::finished);
        w.controller.run(insightsRequest(server, start));
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 60000);
        QVERIFY(w.shown->summary());
        QCOMPARE(w.shown->functionCount(), size_t(2));
        QCOMPARE(w.shown->stats(uint32_t(w.shown->functionId(QStringLiteral("svc-000")))).invocations, uint64_t(20));
        QVERIFY2(w.source->text().startsWith(QStringLiteral("Logs Insights summary: 2 functions")), qPrintable(w.source->text() + w.banner->text()));

        const int svc0 = w.shown->functionId(QStringLiteral("svc-000"));
        QVERIFY(svc0 >= 0);
        w.main.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.main));
        // Enter on the row is the same as the action.
        const QModelIndex index = w.functionRow(QStringLiteral("svc-000"));
        w.fleet->view()->setFocus();
        w.fleet->view()->setCurrentIndex(index);
        QTest::keyClick(w.fleet->view(), Qt::Key_Return);
        QVERIFY(w.summary->isFetching());
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 60000);
        QVERIFY(!w.summary->isFetching());
        QVERIFY(ready.last().at(1).toBool()); // keeps the view

        QFile f(capture);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject last = QJsonDocument::fromJson(QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("body")).toString().toUtf8()).object();
        QCOMPARE(last.value(QStringLiteral("logGroupName")).toString(), QStringLiteral("/aws/lambda/svc-000"));
        bool svc1Fetched = false;
        for (const QString& l : server.requests())
            svc1Fetched = svc1Fetched || l.contains(QStringLiteral("svc-001"));
        QVERIFY(!svc1Fetched);

        const FleetPtr mixed = w.shown;
        QVERIFY(mixed->summary());
        const int raw0 = mixed->functionId(QStringLiteral("svc-000"));
        const int sum1 = mixed->functionId(QStringLiteral("svc-001"));
        QVERIFY(raw0 >= 0 && sum1 >= 0);
        QVERIFY(mixed->summary()->hasRaw(uint32_t(raw0)));
        QVERIFY(!mixed->summary()->hasRaw(uint32_t(sum1)));
        QCOMPARE(mixed->lineCount(), size_t(30));  // svc-000's events, and only them
        QCOMPARE(mixed->stats(uint32_t(sum1)).invocations, uint64_t(20)); // still the summary row
        QCOMPARE(w.selection.functions(), QVector<uint32_t>{uint32_t(raw0)});
        QVERIFY(!w.hint(w.timeline)->isVisible());
        QVERIFY2(w.source->text().contains(QStringLiteral("raw events fetched for 1 of them")), qPrintable(w.source->text()));
        savePng(w.main, QStringLiteral("insights-summary-drilled.png"));

        // Back on a summary-only function the hint offers its fetch again.
        w.selection.setFunctions({uint32_t(sum1)});
        QVERIFY(w.hint(w.timeline)->isVisible());
        QVERIFY(w.summary->fetchAction()->isEnabled());
    }
    void drillDownFinishingAfterAnotherSourceWasOpenedDoesNotReplaceIt()
    {
        if (!lltest::pythonHas(QStringLiteral("json, http.server")))
            QSKIP("python3 is not available: the fault server cannot run");
        const qint64 start = (QDateTime::currentMSecsSinceEpoch() - 2 * 3600 * 1000) / 1000 * 1000;
        lltest::FaultServer server;
        QVERIFY(server.start({QStringLiteral("--groups"), QStringLiteral("2"), QStringLiteral("--events"), QStringLiteral("30"),
                              QStringLiteral("--base-ms"), QString::number(start + 10 * kMinute)}));
        Window w;
        QSignalSpy ready(w.summary, &InsightsSummary::fleetReady);
        QSignalSpy finished(&w.controller, &AwsController::finished);
        w.controller.run(insightsRequest(server, start));
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 60000);
        QVERIFY(w.summary->fetchRaw({uint32_t(w.shown->functionId(QStringLiteral("svc-001")))}));
        const FleetPtr other = FleetBuilder().finish();
        w.setFleet(other, false);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        QTest::qWait(300);
        QCOMPARE(ready.size(), 1);
        QCOMPARE(w.shown, other);
        QVERIFY(!w.summary->isFetching());
        QVERIFY(!w.hint(w.timeline)->isVisible());
    }
};

QTEST_MAIN(TestInsightsSummary)
#include "tst_insightssummary.moc"
