#include "aws/insightsfleet.h"

#include "analysis/pricing.h"
#include "store/fleetbuilder.h"
#include "store/servicename.h"

#include <QHash>
#include <algorithm>
#include <atomic>
#include <map>
#include <tuple>

namespace ll {

namespace {

using Key = std::tuple<QString, QString, QString>; // account, region, function

} // namespace

FunctionStats InsightsFleet::mergeBins(const QVector<const FunctionStats*>& bins, const PriceTable& prices)
{
    FunctionStats t;
    double weightedP50 = 0;
    bool first = true;
    for (const FunctionStats* b : bins) {
        const FunctionStats& s = *b;
        t.invocations += s.invocations;
        t.coldStarts += s.coldStarts;
        t.errors += s.errors;
        t.timeouts += s.timeouts;
        t.outOfMemory += s.outOfMemory;
        t.crashes += s.crashes;
        t.gbSeconds += s.gbSeconds;
        weightedP50 += s.durationMs.p50 * double(s.invocations);
        t.durationMs.p95 = std::max(t.durationMs.p95, s.durationMs.p95);
        t.durationMs.p99 = std::max(t.durationMs.p99, s.durationMs.p99);
        t.durationMs.max = std::max(t.durationMs.max, s.durationMs.max);
        t.maxMemoryUsedMb = std::max(t.maxMemoryUsedMb, s.maxMemoryUsedMb);
        t.utilization = std::max(t.utilization, s.utilization);
        for (uint32_t size : s.memorySizesMb)
            if (!t.memorySizesMb.contains(size))
                t.memorySizesMb.append(size);
        if (s.invocations) {
            t.firstMs = first ? s.firstMs : std::min(t.firstMs, s.firstMs);
            t.lastMs = std::max(t.lastMs, s.lastMs);
            first = false;
        }
    }
    t.durationMs.p50 = t.invocations ? weightedP50 / double(t.invocations) : 0;
    // The per-invocation p99 of memory is not known: the maximum is the honest bound.
    t.p99MemoryUsedMb = t.maxMemoryUsedMb;
    t.p99Utilization = t.utilization;
    std::sort(t.memorySizesMb.begin(), t.memorySizesMb.end());
    // As in the local statistics: REPORT lines do not name the architecture, x86_64 prices.
    t.costUsd = t.gbSeconds * prices.gbSecond(Architecture::X86_64) + double(t.invocations) * prices.perRequest(Architecture::X86_64);
    return t;
}

int InsightsFleet::findFunction(const Fleet& fleet, const QString& account, const QString& region, const QString& name)
{
    for (uint32_t f = 0; f < fleet.functionCount(); ++f) {
        const FunctionInfo& info = fleet.function(f);
        if (info.name == name && info.account == account && info.region == region)
            return int(f);
    }
    return -1;
}

FleetPtr InsightsFleet::build(const aws::AwsOutcome& outcome, const PriceTable& prices)
{
    // An empty store gives every line and stream structure its consistent empty state.
    FleetPtr empty = FleetBuilder().finish();
    auto fleet = std::make_shared<Fleet>(*empty);
    static std::atomic<uint64_t> runs{0};
    auto summary = std::make_shared<FleetSummary>();
    summary->runId = ++runs;
    summary->binMinutes = outcome.binMinutes;
    summary->fromMs = outcome.startMs;
    summary->toMs = outcome.endMs;
    summary->bytesScanned = outcome.bytesScanned;
    summary->scanCostUsd = outcome.bytesScanned / 1e9 * aws::ScanEstimate::pricePerGb;
    summary->failedTargets = int(outcome.failures.size());

    std::map<Key, QVector<const aws::InsightsRowOut*>> byFunction;
    for (const aws::InsightsRowOut& r : outcome.rows)
        byFunction[Key(r.origin.account, r.origin.region, r.row.function)].append(&r);

    QVector<const FunctionStats*> all;
    for (const auto& [key, rows] : byFunction) {
        FunctionInfo info;
        info.id = uint32_t(fleet->m_functions.size());
        info.account = std::get<0>(key);
        info.region = std::get<1>(key);
        info.name = std::get<2>(key);
        info.service = serviceOfFunction(info.name);
        QVector<const FunctionStats*> bins;
        std::vector<SummaryBin> series;
        for (const aws::InsightsRowOut* r : rows) {
            bins.append(&r->row.stats);
            all.append(&r->row.stats);
            series.push_back({r->row.binStartMs ? r->row.binStartMs : outcome.startMs, uint32_t(std::min<uint64_t>(r->row.stats.invocations, UINT32_MAX)),
                              uint32_t(std::min<uint64_t>(r->row.stats.failed(), UINT32_MAX))});
        }
        std::sort(series.begin(), series.end(), [](const SummaryBin& a, const SummaryBin& b) { return a.startMs < b.startMs; });
        FunctionStats stats = mergeBins(bins, prices);
        if (!outcome.binMinutes) { // one row for the window: its bounds are the query's
            stats.firstMs = outcome.startMs;
            stats.lastMs = outcome.endMs;
        }
        fleet->m_functions.push_back(info);
        fleet->m_stats.push_back(stats);
        summary->bins.push_back(std::move(series));
        summary->logGroups.push_back(rows.first()->row.logGroup);
        summary->raw.push_back(0);
    }
    fleet->m_totals = mergeBins(all, prices);
    fleet->m_firstMs = outcome.startMs;
    fleet->m_lastMs = outcome.endMs;
    fleet->m_summary = summary;
    fleet->computeDisplayNames();
    return fleet;
}

FleetPtr InsightsFleet::withRaw(const FleetPtr& summaryFleet, const FleetPtr& raw)
{
    if (!summaryFleet || !summaryFleet->summary())
        return raw;
    if (!raw)
        return summaryFleet;
    const Fleet& s = *summaryFleet;
    const FleetSummary& base = *s.summary();
    auto fleet = std::make_shared<Fleet>(*raw);
    auto summary = std::make_shared<FleetSummary>(base);
    summary->bins.assign(raw->functionCount(), {});
    summary->logGroups.assign(raw->functionCount(), QString());
    summary->raw.assign(raw->functionCount(), 1);
    for (uint32_t f = 0; f < s.functionCount(); ++f) {
        const FunctionInfo& info = s.function(f);
        const int inRaw = findFunction(*raw, info.account, info.region, info.name);
        if (inRaw >= 0) {
            summary->bins[size_t(inRaw)] = base.bins[f];
            summary->logGroups[size_t(inRaw)] = base.logGroups[f];
            continue;
        }
        // Appended after the raw functions: invocations stay sorted by function, and these
        // have none (invocationRange() is empty for them).
        FunctionInfo copy = info;
        copy.id = uint32_t(fleet->m_functions.size());
        fleet->m_functions.push_back(copy);
        fleet->m_stats.push_back(s.stats(f));
        summary->bins.push_back(base.bins[f]);
        summary->logGroups.push_back(base.logGroups[f]);
        summary->raw.push_back(0);
    }
    // The server-side totals cover every function; the raw events only some.
    fleet->m_totals = s.totals();
    fleet->m_firstMs = raw->invocationCount() ? std::min(raw->firstTimeMs(), s.firstTimeMs()) : s.firstTimeMs();
    fleet->m_lastMs = raw->invocationCount() ? std::max(raw->lastTimeMs(), s.lastTimeMs()) : s.lastTimeMs();
    fleet->m_summary = summary;
    fleet->computeDisplayNames();
    return fleet;
}

} // namespace ll
