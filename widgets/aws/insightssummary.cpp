#include "aws/insightssummary.h"

#include "aws/insightsfleet.h"
#include "aws/logcache.h"
#include "common/banner.h"
#include "common/summaryhint.h"
#include "domain/metatypes.h"
#include "itemmodels/fleetmodel.h"
#include "jobs/jobrunner.h"
#include "selection/selection.h"
#include "settings/appsettings.h"
#include "store/fleetbuilder.h"
#include "store/fleetsummary.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDateTime>
#include <QLocale>
#include <QWidget>

namespace ll {

namespace {

QString utcMinute(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm'Z'")); }

QString groupKey(const QString& account, const QString& region, const QString& group)
{
    return account + QLatin1Char('|') + region + QLatin1Char('|') + group;
}

QString targetKey(const aws::SessionOptions& o) { return o.profile + QLatin1Char('|') + o.region + QLatin1Char('|') + o.endpointUrl; }

} // namespace

InsightsSummary::InsightsSummary(aws::AwsController* controller, Selection* selection, Banner* banner, QObject* parent)
    : QObject(parent)
    , m_controller(controller)
    , m_selection(selection)
    , m_banner(banner)
    , m_loader(new JobRunner(this))
    , m_fetch(new QAction(tr("Fetch &Raw Events of Selected Functions"), this))
{
    m_fetch->setObjectName(QStringLiteral("fetchRawEvents"));
    m_fetch->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_fetch->setToolTip(tr("Sync the selected functions' log groups for the summary's time range and show their invocations "
                           "(the other functions keep their Logs Insights rows)"));
    m_fetch->setEnabled(false);
    connect(m_fetch, &QAction::triggered, this, &InsightsSummary::fetchSelected);
    connect(m_controller, &aws::AwsController::finished, this, &InsightsSummary::onFinished);
    connect(m_selection, &Selection::functionsChanged, this, &InsightsSummary::updateHints);
    connect(m_loader, &JobRunner::finished, this, [this](const QVariant& result) { onRawLoaded(result.value<FleetPtr>()); });
    connect(m_loader, &JobRunner::cancelled, this, [this] {
        m_fetching = false;
        updateHints();
    });
}

void InsightsSummary::showOutcome(const aws::AwsOutcome& outcome)
{
    if (outcome.cancelled || outcome.action != aws::AwsAction::Insights)
        return;
    if (outcome.rows.isEmpty()) {
        // Failures are reported by the dialog; an empty result must not wipe what is shown.
        if (outcome.failures.isEmpty())
            m_banner->showMessage(Banner::Kind::Info, tr("Logs Insights found no Lambda REPORT lines in that window; the fleet shown is unchanged."));
        return;
    }
    m_outcome = outcome;
    m_insightsRequest = m_controller->currentRequest();
    m_drilled.clear();
    m_pendingNames.clear();
    m_fetching = false;
    m_loader->cancel();
    m_summary = InsightsFleet::build(outcome, AppSettings::load().prices);
    Q_EMIT fleetReady(m_summary, false);
    if (!outcome.failures.isEmpty())
        m_banner->showMessage(Banner::Kind::Warning, tr("The Logs Insights summary is partial:\n%1").arg(outcome.failureText()));
}

void InsightsSummary::setFleet(const FleetPtr& fleet)
{
    m_current = fleet;
    updateHints();
}

void InsightsSummary::attachHint(QWidget* view)
{
    auto* hint = new SummaryHint(view);
    connect(hint, &SummaryHint::fetchRequested, this, &InsightsSummary::fetchSelected);
    m_hints.append(hint);
    updateHints();
}

void InsightsSummary::attachFleetView(QAbstractItemView* view)
{
    connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const int function = index.data(FleetModel::FunctionIdRole).toInt();
        if (function >= 0)
            fetchRaw({uint32_t(function)});
    });
}

const aws::InsightsRowOut* InsightsSummary::rowFor(uint32_t function) const
{
    if (!m_current || function >= m_current->functionCount())
        return nullptr;
    const FunctionInfo& info = m_current->function(function);
    for (const aws::InsightsRowOut& r : m_outcome.rows)
        if (r.row.function == info.name && r.origin.account == info.account && r.origin.region == info.region)
            return &r;
    return nullptr;
}

bool InsightsSummary::drillRequest(const QVector<uint32_t>& functions, aws::AwsRequest* request) const
{
    const FleetSummary* summary = m_current ? m_current->summary().get() : nullptr;
    if (!summary)
        return false;
    aws::AwsRequest r;
    r.action = aws::AwsAction::Sync;
    r.drillDown = true;
    r.startMs = summary->fromMs;
    r.endMs = summary->toMs;   // the summary's window, not "now": the numbers must match
    r.cachePath = m_outcome.cachePath;
    r.scheduler = m_insightsRequest.scheduler;
    r.workers = m_insightsRequest.workers;
    QSet<QString> seen;
    for (uint32_t f : functions) {
        if (summary->hasRaw(f))
            continue;
        const aws::InsightsRowOut* row = rowFor(f);
        if (!row || row->row.logGroup.isEmpty())
            continue;
        const QString key = groupKey(row->origin.account, row->origin.region, row->row.logGroup);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        aws::DiscoveredGroup g;
        g.target = row->target;
        g.origin = row->origin;
        g.info.name = row->row.logGroup;
        r.groups.append(g);
        if (std::none_of(r.targets.begin(), r.targets.end(), [&](const aws::SessionOptions& t) { return targetKey(t) == targetKey(row->target); }))
            r.targets.append(row->target);
    }
    if (r.groups.isEmpty())
        return false;
    *request = r;
    return true;
}

bool InsightsSummary::fetchRaw(const QVector<uint32_t>& functions)
{
    aws::AwsRequest request;
    if (m_fetching || !drillRequest(functions, &request))
        return false;
    for (const aws::DiscoveredGroup& g : request.groups) {
        const QString key = groupKey(g.origin.account, g.origin.region, g.info.name);
        if (std::none_of(m_drilled.begin(), m_drilled.end(),
                         [&](const aws::DiscoveredGroup& d) { return groupKey(d.origin.account, d.origin.region, d.info.name) == key; }))
            m_drilled.append(g);
    }
    m_pendingNames.clear();
    for (uint32_t f : functions)
        if (f < m_current->functionCount())
            m_pendingNames << m_current->function(f).name;
    m_fetching = true;
    m_controller->run(request);
    updateHints();
    return true;
}

bool InsightsSummary::fetchSelected() { return fetchRaw(summarySelection()); }

QVector<uint32_t> InsightsSummary::summarySelection() const
{
    QVector<uint32_t> out;
    const FleetSummary* summary = m_current ? m_current->summary().get() : nullptr;
    if (!summary)
        return out;
    for (uint32_t f : m_selection->functions())
        if (f < m_current->functionCount() && !summary->hasRaw(f))
            out << f;
    return out;
}

void InsightsSummary::onFinished(const aws::AwsOutcome& outcome)
{
    if (outcome.action == aws::AwsAction::Insights) {
        showOutcome(outcome);
        return;
    }
    if (outcome.action != aws::AwsAction::Sync || !m_controller->currentRequest().drillDown || !m_summary)
        return;
    if (!showsSummary()) { // the user opened something else meanwhile: keep it
        m_fetching = false;
        return;
    }
    if (outcome.hasHardFailure())
        m_banner->showMessage(Banner::Kind::Error, tr("Fetching raw events failed:\n%1").arg(outcome.failureText()), tr("Retry"),
                              [this] {
                                  m_fetching = m_controller->retry();
                                  updateHints();
                              });
    // Pages are committed as they arrive: whatever a failed or cancelled sync fetched is shown.
    const QVector<aws::DiscoveredGroup> groups = m_drilled;
    const QString cachePath = m_outcome.cachePath;
    const qint64 from = m_summary->summary()->fromMs, to = m_summary->summary()->toMs;
    m_loader->start(tr("Loading raw events"), [groups, cachePath, from, to](JobContext& ctx) {
        aws::LogCache cache(cachePath.isEmpty() ? aws::LogCache::defaultPath() : cachePath);
        FleetBuilder builder;
        if (cache.isOpen()) {
            for (const aws::DiscoveredGroup& g : groups) {
                builder.setOrigin(g.origin.account, g.origin.region);
                aws::ReplayFilter filter;
                filter.account = g.origin.account;
                filter.region = g.origin.region;
                filter.groups = QStringList{g.info.name};
                filter.fromMs = from;
                filter.toMs = to;
                cache.replay(builder, filter, ctx.cancelFlag());
            }
        } else {
            builder.addSkipped({tr("cache"), cache.errorString()});
        }
        FleetPtr raw = builder.finish(ctx.cancelFlag());
        return raw ? QVariant::fromValue(raw) : QVariant();
    });
}

void InsightsSummary::onRawLoaded(const FleetPtr& raw)
{
    m_fetching = false;
    if (!raw || !m_summary || !showsSummary()) {
        updateHints();
        return;
    }
    if (!raw->skipped().isEmpty())
        m_banner->showMessage(Banner::Kind::Warning, tr("Some raw events could not be read: %1").arg(raw->skipped().first().reason));
    Q_EMIT fleetReady(InsightsFleet::withRaw(m_summary, raw), true);
    // Select what was drilled into so its invocations are what the views show.
    QVector<uint32_t> ids;
    const FleetSummary* summary = m_current && m_current->summary() ? m_current->summary().get() : nullptr;
    for (uint32_t f = 0; summary && f < m_current->functionCount(); ++f)
        if (summary->hasRaw(f) && m_pendingNames.contains(m_current->function(f).name))
            ids << f;
    if (!ids.isEmpty())
        m_selection->setFunctions(ids);
    updateHints();
}

bool InsightsSummary::showsSummary() const
{
    // The window still shows this run's summary (pure, or with raw events swapped in).
    return m_current && m_summary && m_current->summary() && m_current->summary()->runId == m_summary->summary()->runId;
}

void InsightsSummary::updateHints()
{
    const FleetSummary* summary = m_current ? m_current->summary().get() : nullptr;
    const QVector<uint32_t> selected = summarySelection();
    m_fetch->setEnabled(summary && !m_fetching && !selected.isEmpty());
    const bool show = summary && (summary->rawCount() == 0 || !selected.isEmpty() || m_fetching);
    QString text, button;
    bool enabled = false;
    if (show) {
        const QString range = utcMinute(summary->fromMs) + QStringLiteral(" – ") + utcMinute(summary->toMs);
        QStringList names;
        for (uint32_t f : selected)
            names << m_current->function(f).name;
        const QString who = names.size() == 1 ? names.first() : tr("%1 functions").arg(names.size());
        bool alreadyFetched = !names.isEmpty();
        for (uint32_t f : selected) {
            const aws::InsightsRowOut* row = rowFor(f);
            alreadyFetched = alreadyFetched && row
                && std::any_of(m_drilled.begin(), m_drilled.end(), [&](const aws::DiscoveredGroup& g) {
                       return g.info.name == row->row.logGroup && g.origin.account == row->origin.account && g.origin.region == row->origin.region;
                   });
        }
        button = tr("Fetch raw events");
        if (m_fetching) {
            text = tr("Fetching raw events of %1 for %2…").arg(m_pendingNames.size() == 1 ? m_pendingNames.first() : tr("%1 functions").arg(m_pendingNames.size()), range);
            button.clear();
        } else if (alreadyFetched) {
            text = tr("No raw events of %1 are in the cache for %2 (the fetch may have failed: see the banner). Its row is the Logs Insights summary.").arg(who, range);
            enabled = true;
        } else if (!names.isEmpty()) {
            text = tr("%1: Logs Insights summary only. Its statistics were computed server-side; no raw events were downloaded. "
                      "Fetch raw events to sync its log group for %2 and see its invocations and logs here.").arg(who, range);
            enabled = true;
        } else {
            text = tr("This window shows a Logs Insights summary of %1 functions for %2: statistics computed server-side, no raw events "
                      "downloaded. Select a function in the fleet and fetch its raw events (or press Enter on its row) to see its invocations here.")
                       .arg(m_current->functionCount())
                       .arg(range);
        }
    }
    for (const QPointer<SummaryHint>& hint : std::as_const(m_hints)) {
        if (!hint)
            continue;
        if (show)
            hint->showHint(text, button, enabled);
        else
            hint->hide();
    }
}

QString InsightsSummary::sourceText(const Fleet& fleet)
{
    const FleetSummary* s = fleet.summary().get();
    if (!s)
        return QString();
    const QLocale locale;
    QString text = tr("Logs Insights summary: %1 functions, %2 scanned ($%3)")
                       .arg(locale.toString(qulonglong(fleet.functionCount())),
                            locale.formattedDataSize(qint64(s->bytesScanned), 1, QLocale::DataSizeSIFormat),
                            s->scanCostUsd > 0 && s->scanCostUsd < 0.001 ? QStringLiteral("< 0.001") : QString::number(s->scanCostUsd, 'f', 3));
    if (const size_t raw = s->rawCount())
        text += tr(" · raw events fetched for %1 of them").arg(raw);
    return text;
}

QString InsightsSummary::volumeText(const Fleet& fleet)
{
    const FleetSummary* s = fleet.summary().get();
    if (!s)
        return QString();
    const QLocale locale;
    QString text = s->binMinutes > 0 ? tr("%1 invocations counted server-side in %2-minute bins")
                                           .arg(locale.toString(qulonglong(fleet.totals().invocations)))
                                           .arg(s->binMinutes)
                                     : tr("%1 invocations counted server-side").arg(locale.toString(qulonglong(fleet.totals().invocations)));
    if (fleet.invocationCount())
        text += tr(" · %1 fetched invocations · %2 lines")
                    .arg(locale.toString(qulonglong(fleet.invocationCount())), locale.toString(qulonglong(fleet.lineCount())));
    return text;
}

} // namespace ll
