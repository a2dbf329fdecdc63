#include "mainwindow.h"

#include "awsconnect.h"
#include "aws/insightssummary.h"
#include "aws/awsstatus.h"

#include "common/banner.h"
#include "common/chartexport.h"
#include "common/shortcutsoverlay.h"
#include "domain/metatypes.h"
#include "fleet/fleetpanel.h"
#include "invocation/invocationpanel.h"
#include "timeline/timelineview.h"
#include "clusters/clusterpanel.h"
#include "heatmap/durationheatmap.h"
#include "insights/insightspanel.h"
#include "memory/memorychart.h"
#include "sizing/sizingview.h"
#include "jobs/jobrunner.h"
#include "logsearch/fleetlinesource.h"
#include "logview/logbrowser.h"
#include "report/fleetreport.h"
#include "selection/selection.h"
#include "settings/settingsdialog.h"
#include "sizing/sizingchart.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace ll {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_selection(new Selection(this))
    , m_loader(new JobRunner(this))
    , m_banner(new Banner(this))
    , m_center(new QTabWidget(this))
    , m_fleetPanel(new FleetPanel(m_selection, this))
    , m_sourceLabel(new QLabel(this))
    , m_rangeLabel(new QLabel(this))
    , m_volumeLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setWindowTitle(tr("Lambdalens"));
    setWindowIcon(QIcon(QStringLiteral(":/lambdalens.svg")));
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_center, 1);
    setCentralWidget(central);
    // The pages' own minimum widths add up; the docks beside them need room too.
    m_center->setMinimumWidth(480);

    for (QLabel* l : { m_sourceLabel, m_rangeLabel, m_volumeLabel })
        l->setTextFormat(Qt::PlainText);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->setText(tr("Cancel"));
    m_cancel->hide();
    statusBar()->addWidget(m_sourceLabel);
    statusBar()->addWidget(m_rangeLabel);
    statusBar()->addWidget(m_volumeLabel, 1);
    m_aws = new AwsConnect(
        this, m_banner,
        [this] {
            LoadRequest r;
            r.cache = true;
            load(r);
        },
        [this] { reloadLive(); });
    m_insightsSummary = new InsightsSummary(m_aws->controller(), m_selection, m_banner, this);
    connect(m_insightsSummary, &InsightsSummary::fleetReady, this, [this](const FleetPtr& fleet, bool keepView) { setFleet(fleet, keepView); });
    statusBar()->addPermanentWidget(m_aws->statusWidget());
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);

    createActions();
    createPanels();

    connect(m_cancel, &QToolButton::clicked, m_loader, &JobRunner::cancel);
    connect(m_loader, &JobRunner::started, this, [this](const QString& title) {
        m_progress->setValue(0);
        m_progress->setFormat(title + QStringLiteral(" %p%"));
        m_progress->show();
        m_cancel->show();
    });
    connect(m_loader, &JobRunner::progress, this, [this](double fraction, const QString& message) {
        m_progress->setValue(int(fraction * 1000));
        if (!message.isEmpty())
            m_progress->setToolTip(message);
    });
    connect(m_loader, &JobRunner::finished, this, [this](const QVariant& result) {
        m_progress->hide();
        m_cancel->hide();
        setFleet(result.value<FleetPtr>(), std::exchange(m_liveLoad, false));
        if (std::exchange(m_livePending, false))
            QTimer::singleShot(2000, this, &MainWindow::reloadLive);
    });
    connect(m_loader, &JobRunner::cancelled, this, [this] {
        m_progress->hide();
        m_cancel->hide();
        m_banner->showMessage(Banner::Kind::Info, tr("Loading was cancelled; the previous data is still shown."),
            tr("Retry"), [this] { load(m_lastRequest); });
    });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1500, 900);
    updateStatus();
}

MainWindow::~MainWindow() = default;

QDockWidget* MainWindow::addPanel(QWidget* panel, const QString& title, const QString& objectName, Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(panel);
    addDockWidget(area, dock);
    if (m_viewMenu)
        m_viewMenu->addAction(dock->toggleViewAction());
    return dock;
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Log Files…"), this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Open log files"), {},
            tr("Log exports (*.json *.log *.txt *.gz);;All files (*)"));
        if (!files.isEmpty()) {
            LoadRequest r;
            r.paths = files;
            load(r);
        }
    });
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &Folder…"), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a folder of log exports"));
        if (!dir.isEmpty()) {
            LoadRequest r;
            r.paths = QStringList { dir };
            load(r);
        }
    });
    file->addAction(tr("&Demo Fleet"), this, [this] {
        LoadRequest r;
        r.demo = true;
        load(r);
    });
    file->addAction(m_aws->connectAction());
    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->addAction(open);
    toolbar->addAction(m_aws->connectAction());
    file->addAction(m_insightsSummary->fetchAction());
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    file->addAction(tr("&Export Chart as PNG…"), this, &MainWindow::exportCurrentChart);
    file->addAction(tr("Export Sizing as &CSV…"), this, [this] { m_sizing->exportCsvInteractive(); });
    file->addSeparator();
    QAction* preferences = file->addAction(tr("&Preferences…"), this, &MainWindow::openPreferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    QList<QKeySequence> preferenceKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!preferenceKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        preferenceKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setShortcuts(preferenceKeys);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    QAction* back = go->addAction(tr("&Back"), m_selection, &Selection::back);
    back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    QAction* forward = go->addAction(tr("&Forward"), m_selection, &Selection::forward);
    forward->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    auto updateHistory = [this, back, forward] {
        back->setEnabled(m_selection->canGoBack());
        forward->setEnabled(m_selection->canGoForward());
    };
    connect(m_selection, &Selection::historyChanged, this, updateHistory);
    updateHistory();

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu* language = m_viewMenu->addMenu(tr("&Language"));
    const QString current = QSettings().value(QStringLiteral("ui/language")).toString();
    auto* languages = new QActionGroup(language);
    const QList<QPair<QString, QString>> choices { { QString(), tr("System default") }, { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("de"), QStringLiteral("Deutsch") }, { QStringLiteral("es"), QStringLiteral("Español") } };
    for (const auto& [code, name] : choices) {
        QAction* a = language->addAction(name, this, [this, code = code] {
            QSettings().setValue(QStringLiteral("ui/language"), code);
            m_banner->showMessage(Banner::Kind::Info, tr("The language changes the next time Lambdalens starts."));
        });
        a->setCheckable(true);
        a->setChecked(code == current);
        languages->addAction(a);
    }
    m_viewMenu->addSeparator();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    auto* overlay = new ShortcutsOverlay(this);
    QAction* keys = help->addAction(tr("&Keyboard Shortcuts"), overlay, &ShortcutsOverlay::toggle);
    keys->setShortcut(QKeySequence(Qt::Key_Question));
    keys->setShortcutContext(Qt::ApplicationShortcut);
}

void MainWindow::createPanels()
{
    m_timeline = new TimelineView(this);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setSelection(m_selection);
    m_center->addTab(m_timeline, tr("Timeline"));

    m_sizing = new SizingView(this);
    m_sizing->setObjectName(QStringLiteral("sizing"));
    m_center->addTab(m_sizing, tr("Sizing"));
    m_memory = new MemoryChart(this);
    m_memory->setObjectName(QStringLiteral("memory"));
    m_center->addTab(m_memory, tr("Memory"));
    m_heatmap = new DurationHeatmap(this);
    m_heatmap->setObjectName(QStringLiteral("heatmap"));
    m_heatmap->setSelection(m_selection);
    m_center->addTab(m_heatmap, tr("Durations"));

    QDockWidget* fleet = addPanel(m_fleetPanel, tr("Fleet"), QStringLiteral("fleetDock"), Qt::LeftDockWidgetArea);
    m_invocationPanel = new InvocationPanel(m_selection, this);
    m_invocationDock = addPanel(m_invocationPanel, tr("Invocation"), QStringLiteral("invocationDock"), Qt::RightDockWidgetArea);
    m_logBrowser = new LogBrowser(this);
    m_logBrowser->setObjectName(QStringLiteral("logs"));
    m_logBrowser->setSelection(m_selection);
    m_logDock = addPanel(m_logBrowser, tr("Logs"), QStringLiteral("logsDock"), Qt::BottomDockWidgetArea);
    m_insights = new InsightsPanel(this);
    m_insights->setObjectName(QStringLiteral("insights"));
    m_insights->setSelection(m_selection);
    QDockWidget* insights = addPanel(m_insights, tr("Insights"), QStringLiteral("insightsDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_logDock, insights);
    m_clusters = new ClusterPanel(m_selection, this);
    m_clusters->setObjectName(QStringLiteral("errors"));
    QDockWidget* errors = addPanel(m_clusters, tr("Errors"), QStringLiteral("errorsDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_logDock, errors);
    m_logDock->raise();
    // Dock sizes apply once the window has its size; a saved state overrides them.
    QTimer::singleShot(0, this, [this, fleet] {
        if (QSettings().contains(QStringLiteral("window/state")))
            return;
        resizeDocks({ fleet, m_invocationDock }, { width() * 30 / 100, width() * 25 / 100 }, Qt::Horizontal);
        resizeDocks({ m_logDock }, { height() * 30 / 100 }, Qt::Vertical);
    });

    // Memory and duration views follow the functions selected anywhere.
    connect(m_selection, &Selection::functionsChanged, this, [this] {
        QVector<uint32_t> functions = m_selection->functions();
        if (functions.isEmpty() && m_fleet)
            functions = defaultChartFunctions();
        m_memory->setFunctions(functions);
        m_heatmap->setFunctions(m_selection->functions());
    });
    connect(m_selection, &Selection::timeRangeChanged, this, [this](int64_t from, int64_t to) { m_memory->setTimeRange(from, to); });
    m_exporter = new ChartExporter(this);
    m_exporter->addTarget(m_sizing->chart(), QStringLiteral("lambdalens-sizing"));
    m_exporter->addTarget(m_memory, QStringLiteral("lambdalens-memory"));
    m_exporter->addTarget(m_heatmap, QStringLiteral("lambdalens-durations"));
    connect(m_exporter, &ChartExporter::finished, this, [this](bool ok, const QString& message) {
        m_banner->showMessage(ok ? Banner::Kind::Info : Banner::Kind::Error, message);
    });
    connect(m_sizing, &SizingView::exportFinished, m_exporter, &ChartExporter::finished);
    connect(m_insights, &InsightsPanel::inlineNotification, this,
            [this](const QString& text) { m_banner->showMessage(Banner::Kind::Warning, text); });
    // A Logs Insights summary has no raw events: these views say so and offer to fetch them.
    for (QWidget* view : std::initializer_list<QWidget*>{ m_timeline, m_logBrowser, m_invocationPanel, m_sizing, m_memory, m_heatmap })
        m_insightsSummary->attachHint(view);
    m_insightsSummary->attachFleetView(m_fleetPanel->view());
    connect(m_timeline, &TimelineView::openInvocation, this, [this](int64_t row) {
        m_selection->setInvocation(row);
        m_invocationDock->show();
        m_invocationDock->raise();
    });
}

QVector<uint32_t> MainWindow::defaultChartFunctions() const
{
    // Without a selection the memory chart shows the functions closest to their memory limit.
    QVector<uint32_t> ids;
    if (!m_fleet)
        return ids;
    for (uint32_t f = 0; f < m_fleet->functionCount(); ++f) {
        if (m_fleet->stats(f).invocations)
            ids.append(f);
    }
    std::sort(ids.begin(), ids.end(), [this](uint32_t a, uint32_t b) {
        return m_fleet->stats(a).utilization > m_fleet->stats(b).utilization;
    });
    return ids.mid(0, 4);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("source/recent")).toStringList();
    for (const QString& entry : recent) {
        const QStringList paths = entry.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QString label = paths.size() > 1 ? tr("%1 (+%2 more)").arg(paths.first()).arg(paths.size() - 1) : paths.value(0);
        m_recentMenu->addAction(label, this, [this, paths] {
            LoadRequest r;
            r.paths = paths;
            load(r);
        });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent sources"))->setEnabled(false);
}

void MainWindow::openPreferences()
{
    auto* dialog = new SettingsDialog(AppSettings::load(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::applied, this, &MainWindow::applySettings);
    dialog->open();
}

void MainWindow::applySettings(const AppSettings& settings)
{
    settings.save();
    m_insights->setRuleSettings(settings.rules);
    m_insights->setNotificationOptions(InsightNotifier::optionsFrom(settings));
    m_sizing->setHeadroom(settings.sizingHeadroom);
    m_sizing->setPriceTable(settings.prices);
}

void MainWindow::exportCurrentChart()
{
    QWidget* page = m_center->currentWidget();
    if (page == m_sizing)
        m_exporter->exportInteractive(m_sizing->chart(), QStringLiteral("lambdalens-sizing"));
    else if (page)
        m_exporter->exportInteractive(page, QStringLiteral("lambdalens-") + page->objectName());
}

void MainWindow::reloadLive()
{
    // Live tail stored new events in the cache: rebuild from it in the worker, at most one
    // rebuild at a time, and swap it in keeping the selection and the log view's follow mode.
    if (m_loader->isRunning()) {
        m_livePending = true;
        return;
    }
    LoadRequest r;
    r.cache = true;
    load(r);
    m_liveLoad = true;
}

void MainWindow::load(const LoadRequest& request)
{
    m_liveLoad = false;
    m_lastRequest = request;
    QSettings settings;
    settings.setValue(QStringLiteral("source/last"), request.demo ? QStringLiteral("demo") : request.paths.join(QLatin1Char('\n')));
    if (!request.paths.isEmpty()) {
        QStringList recent = settings.value(QStringLiteral("source/recent")).toStringList();
        const QString entry = request.paths.join(QLatin1Char('\n'));
        recent.removeAll(entry);
        recent.prepend(entry);
        settings.setValue(QStringLiteral("source/recent"), recent.mid(0, 10));
    }
    const QString title = request.demo ? tr("Generating demo fleet") : tr("Importing");
    m_loader->start(title, [request](JobContext& ctx) {
        LoadControl control;
        control.cancel = const_cast<std::atomic<bool>*>(ctx.cancelFlag());
        control.progress = [&ctx](double f, const QString& m) { ctx.progress(f, m); };
        FleetPtr fleet = loadSources(request, control);
        return fleet ? QVariant::fromValue(fleet) : QVariant();
    });
}

bool MainWindow::waitForLoad(int timeoutMs) { return m_loader->waitForIdle(timeoutMs); }

void MainWindow::setFleet(FleetPtr fleet, bool keepView)
{
    if (!fleet)
        return;
    // Rows and function ids belong to one fleet: carry the selection over by (account, region,
    // name) and request id.
    SelectionState kept;
    QVector<FunctionInfo> keptFunctions;
    std::string keptRequest;
    if (keepView && m_fleet) {
        kept = m_selection->state();
        for (uint32_t f : kept.functions)
            keptFunctions << m_fleet->function(f);
        if (kept.invocation >= 0 && size_t(kept.invocation) < m_fleet->invocationCount())
            keptRequest = std::string(m_fleet->invocation(uint32_t(kept.invocation)).requestId);
    }
    m_fleet = std::move(fleet);
    kept.functions.clear();
    for (const FunctionInfo& f : keptFunctions)
        if (const int id = m_fleet->functionId(f.account, f.region, f.name); id >= 0)
            kept.functions << uint32_t(id);
    kept.invocation = keptRequest.empty() ? -1 : m_fleet->findInvocation(keptRequest);
    m_selection->reset();
    m_insights->setLive(keepView);
    m_fleetPanel->setFleet(m_fleet);
    m_invocationPanel->setFleet(m_fleet);
    m_timeline->setFleet(m_fleet);
    m_sizing->setFleet(m_fleet);
    m_memory->setFleet(m_fleet);
    m_memory->setFunctions(defaultChartFunctions());
    m_heatmap->setFleet(m_fleet);
    m_insights->setFleet(m_fleet);
    m_clusters->setFleet(m_fleet);
    m_logBrowser->setSource(std::make_shared<FleetLineSource>(m_fleet), keepView);
    if (keepView)
        m_selection->reset(kept);
    m_insightsSummary->setFleet(m_fleet);
    if (!m_fleet->skipped().isEmpty()) {
        QStringList lines;
        for (const SkippedInput& s : m_fleet->skipped())
            lines << s.source + QStringLiteral(": ") + s.reason;
        m_banner->showMessage(Banner::Kind::Warning,
            tr("Some input was skipped; everything else is loaded.\n%1").arg(lines.mid(0, 5).join(QLatin1Char('\n'))));
    } else if (m_fleet->functionCount() == 0) {
        m_banner->showMessage(Banner::Kind::Warning, tr("The source contains no Lambda log events."));
    }
    updateStatus();
}

void MainWindow::applySelections(const QStringList& selections)
{
    if (!m_fleet)
        return;
    for (const QString& s : selections) {
        const QString key = s.section(QLatin1Char('='), 0, 0);
        const QString value = s.section(QLatin1Char('='), 1);
        if (key == QLatin1String("function")) {
            // NAME selects every function of that name; REGION/NAME or ACCOUNT/REGION/NAME one.
            QVector<uint32_t> ids;
            for (uint32_t id : m_fleet->functionsMatching(value))
                ids << id;
            if (!ids.isEmpty())
                m_selection->setFunctions(ids);
        } else if (key == QLatin1String("request")) {
            const int64_t row = m_fleet->findInvocation(value.toStdString());
            if (row >= 0)
                m_selection->setInvocation(row);
        } else if (key == QLatin1String("view")) {
            for (int i = 0; i < m_center->count(); ++i) {
                if (m_center->widget(i)->objectName() == value)
                    m_center->setCurrentIndex(i);
            }
            for (QDockWidget* dock : findChildren<QDockWidget*>()) {
                if (dock->objectName() == value + QLatin1String("Dock")) {
                    dock->show();
                    dock->raise();
                }
            }
        }
    }
}

void MainWindow::updateStatus()
{
    if (!m_fleet) {
        m_sourceLabel->setText(tr("No data loaded"));
        m_rangeLabel->clear();
        m_volumeLabel->clear();
        return;
    }
    const LoadRequest& r = m_lastRequest;
    m_sourceLabel->setText(r.demo ? tr("Demo fleet") : r.cache ? tr("CloudWatch cache") : r.paths.value(0) + (r.paths.size() > 1 ? tr(" (+%1 more)").arg(r.paths.size() - 1) : QString()));
    m_rangeLabel->setText(QStringLiteral("%1 – %2").arg(isoTime(m_fleet->firstTimeMs()), isoTime(m_fleet->lastTimeMs())));
    if (m_fleet->summary()) {
        m_sourceLabel->setText(InsightsSummary::sourceText(*m_fleet));
        m_volumeLabel->setText(InsightsSummary::volumeText(*m_fleet));
        return;
    }
    const QLocale locale;
    m_volumeLabel->setText(tr("%1 functions · %2 invocations · %3 lines · %4")
                               .arg(locale.toString(qulonglong(m_fleet->functionCount())),
                                   locale.toString(qulonglong(m_fleet->invocationCount())),
                                   locale.toString(qulonglong(m_fleet->lineCount())),
                                   locale.formattedDataSize(qint64(m_fleet->messageBytes()))));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    m_loader->cancel();
    QMainWindow::closeEvent(event);
}

} // namespace ll
