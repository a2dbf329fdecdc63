#include "insights/insightspanel.h"

#include "analysis/insightwebhook.h"
#include "analysis/newerrorclusters.h"
#include "settings/appsettings.h"
#include "itemmodels/insightsmodel.h"
#include "jobs/jobrunner.h"
#include "selection/selection.h"

#include <QApplication>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

Q_DECLARE_METATYPE(std::shared_ptr<std::vector<ll::Insight>>)

namespace ll {

InsightsPanel::InsightsPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new InsightsModel(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_evidence(new QPushButton(tr("Show evidence"), this))
    , m_job(new JobRunner(this))
    , m_clusterRule(std::make_shared<NewErrorClusterRule>())
{
    const AppSettings app = AppSettings::load();
    m_settings = app.rules;
    m_notifyOptions = InsightNotifier::optionsFrom(app);
    m_tracker.setErrorClusterHook(newErrorClusterHook(m_clusterRule));

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(InsightsModel::Message, QHeaderView::Stretch);
    m_view->setColumnHidden(InsightsModel::Value, true);
    m_view->setColumnHidden(InsightsModel::Threshold, true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_status->setTextFormat(Qt::PlainText);
    m_evidence->setEnabled(false);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_evidence);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) { showEvidence(index.row()); });
    connect(m_evidence, &QPushButton::clicked, this, [this] { showEvidence(m_view->currentIndex().row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { m_evidence->setEnabled(current.isValid()); });
    connect(m_view, &QWidget::customContextMenuRequested, this, &InsightsPanel::contextMenu);
    connect(m_job, &JobRunner::finished, this, [this](const QVariant& result) {
        auto all = result.value<std::shared_ptr<std::vector<Insight>>>();
        if (!all)
            return;
        const std::vector<Insight> fresh = m_tracker.accept(*all);
        setInsights(std::move(*all));
        if (m_live && !fresh.empty())
            notify(fresh);
    });
    setInsights({});
}

InsightsPanel::~InsightsPanel() = default;

void InsightsPanel::setSelection(Selection* selection) { m_selection = selection; }

void InsightsPanel::setErrorClusterHook(ErrorClusterHook hook)
{
    m_tracker.setErrorClusterHook(std::move(hook));
    reevaluate();
}

void InsightsPanel::setFleet(const FleetPtr& fleet)
{
    // A different source (not the same one growing) starts over: nothing seen yet.
    if (!m_live) {
        m_tracker.reset();
        m_notifier.reset();
        m_clusterRule->reset();
    }
    m_fleet = fleet;
    reevaluate();
}

void InsightsPanel::setRuleSettings(const RuleSettings& settings)
{
    m_settings = settings;
    QSettings q;
    m_settings.save(q);
    reevaluate();
}

void InsightsPanel::setLive(bool live) { m_live = live; }

bool InsightsPanel::waitForIdle(int timeoutMs) { return m_job->waitForIdle(timeoutMs); }

void InsightsPanel::reevaluate()
{
    if (!m_fleet) {
        setInsights({});
        return;
    }
    // The worker only evaluates; which insights are new is decided on the UI thread, so the
    // tracker never races with a cancelled job that is still running.
    m_job->start(tr("Evaluating rules"),
                 [fleet = m_fleet, settings = m_settings, hook = m_tracker.errorClusterHook()](JobContext&) {
                     return QVariant::fromValue(std::make_shared<std::vector<Insight>>(
                         evaluateRules(insightInputFromFleet(*fleet), settings, hook)));
                 });
}

void InsightsPanel::setInsights(std::vector<Insight> insights)
{
    const size_t n = insights.size();
    m_model->setInsights(std::move(insights));
    int muted = 0;
    for (bool m : m_settings.muted)
        muted += m ? 1 : 0;
    m_status->setText(n == 0 ? tr("No rule triggered.") : tr("%n rule(s) triggered.", nullptr, int(n))
                          + (muted ? QLatin1Char(' ') + tr("%n muted.", nullptr, muted) : QString()));
    m_evidence->setEnabled(false);
}

void InsightsPanel::showEvidence(int row)
{
    const Insight* in = m_model->insightAt(row);
    if (!in || !m_selection)
        return;
    m_selection->setFunctions({ in->function });
    m_selection->setTimeRange(in->evidence.fromMs, in->evidence.toMs);
    QSet<uint32_t> rows;
    rows.reserve(qsizetype(in->evidence.rows.size()));
    for (uint32_t r : in->evidence.rows)
        rows.insert(r);
    m_selection->setHighlighted(std::move(rows));
    if (!in->evidence.rows.empty())
        m_selection->setInvocation(in->evidence.rows.front());
}

void InsightsPanel::contextMenu(const QPoint& pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    const Insight* in = m_model->insightAt(index.row());
    QMenu menu(this);
    if (in) {
        const RuleId rule = in->rule;
        menu.addAction(tr("Show evidence"), this, [this, row = index.row()] { showEvidence(row); });
        menu.addAction(tr("Mute “%1”").arg(ruleTitle(rule)), this, [this, rule] {
            RuleSettings s = m_settings;
            s.setMuted(rule, true);
            setRuleSettings(s);
        });
    }
    QMenu* unmute = menu.addMenu(tr("Unmute"));
    for (int i = 0; i < RuleCount; ++i) {
        if (!m_settings.muted[size_t(i)])
            continue;
        unmute->addAction(ruleTitle(RuleId(i)), this, [this, i] {
            RuleSettings s = m_settings;
            s.setMuted(RuleId(i), false);
            setRuleSettings(s);
        });
    }
    unmute->setEnabled(!unmute->isEmpty());
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void InsightsPanel::notify(const std::vector<Insight>& fresh)
{
    Q_EMIT newInsights(fresh);
    const NotificationPlan plan = m_notifier.plan(fresh, m_notifyOptions);
    if (plan.empty())
        return;
    if (plan.desktop) {
        if (QSystemTrayIcon::isSystemTrayAvailable()) {
            if (!m_tray) {
                m_tray = new QSystemTrayIcon(QApplication::windowIcon().isNull()
                                                 ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                                 : QApplication::windowIcon(),
                                             this);
                m_tray->show();
            }
            // Plain text: the tray shows it as such; function names come from logs.
            m_tray->showMessage(plan.title, plan.text,
                                plan.insights.front().severity == Severity::Critical ? QSystemTrayIcon::Critical
                                                                                     : QSystemTrayIcon::Warning);
        } else {
            Q_EMIT inlineNotification(plan.title + QStringLiteral(": ") + plan.text);
        }
    }
    if (!plan.webhookUrl.isEmpty()) {
        // In the pool: a slow webhook must not hold the UI. A failure is shown, not lost.
        auto* watcher = new QFutureWatcher<WebhookResult>(this);
        connect(watcher, &QFutureWatcher<WebhookResult>::finished, this, [this, watcher] {
            const WebhookResult r = watcher->result();
            if (!r.ok())
                Q_EMIT inlineNotification(r.message);
            watcher->deleteLater();
        });
        watcher->setFuture(QtConcurrent::run([url = plan.webhookUrl, body = plan.webhookBody] { return postWebhook(url, body); }));
    }
}

} // namespace ll
