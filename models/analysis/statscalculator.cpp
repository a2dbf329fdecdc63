#include "analysis/statscalculator.h"

#include "analysis/pricing.h"
#include "store/fleet.h"

#include <algorithm>
#include <cmath>

namespace ll {

double percentileSorted(const std::vector<double>& sorted, double p)
{
    if (sorted.empty())
        return 0;
    const double rank = std::ceil(p / 100.0 * double(sorted.size()));
    const size_t index = size_t(std::clamp(rank, 1.0, double(sorted.size()))) - 1;
    return sorted[index];
}

namespace {

struct Accumulator {
    FunctionStats s;
    std::vector<double> durations, billed, inits, memoryUsed, utilization;

    void add(const InvocationColumns& c, uint32_t row)
    {
        const Outcome o = c.outcome[row];
        const int64_t start = c.startMs[row];
        if (s.invocations + s.incomplete == 0 || start < s.firstMs)
            s.firstMs = start;
        s.lastMs = std::max(s.lastMs, c.endMs[row]);
        if (o == Outcome::Incomplete) {
            ++s.incomplete;
            return;
        }
        ++s.invocations;
        const uint8_t flags = c.flags[row];
        s.coldStarts += (flags & ColdStart) ? 1 : 0;
        s.retries += (flags & Retry) ? 1 : 0;
        s.errors += o == Outcome::Error;
        s.timeouts += o == Outcome::Timeout;
        s.outOfMemory += o == Outcome::OutOfMemory;
        s.crashes += o == Outcome::Crash;
        if (c.durationMs[row] >= 0)
            durations.push_back(c.durationMs[row]);
        const double billedMs = std::max(0.f, c.billedDurationMs[row]);
        billed.push_back(billedMs);
        if (c.initDurationMs[row] >= 0)
            inits.push_back(c.initDurationMs[row]);
        const uint32_t size = c.memorySizeMb[row];
        const uint32_t used = c.maxMemoryUsedMb[row];
        if (size) {
            if (std::find(s.memorySizesMb.begin(), s.memorySizesMb.end(), size) == s.memorySizesMb.end())
                s.memorySizesMb.append(size);
            utilization.push_back(double(used) / double(size));
        }
        memoryUsed.push_back(used);
        s.maxMemoryUsedMb = std::max(s.maxMemoryUsedMb, used);
        s.gbSeconds += double(size) / 1024.0 * billedMs / 1000.0;
    }

    FunctionStats finish(const PriceTable& prices)
    {
        for (auto* v : { &durations, &billed, &inits, &memoryUsed, &utilization })
            std::sort(v->begin(), v->end());
        s.durationMs = { percentileSorted(durations, 50), percentileSorted(durations, 95),
            percentileSorted(durations, 99), durations.empty() ? 0 : durations.back() };
        s.billedDurationMs = { percentileSorted(billed, 50), percentileSorted(billed, 95),
            percentileSorted(billed, 99), billed.empty() ? 0 : billed.back() };
        s.initDurationP50Ms = percentileSorted(inits, 50);
        s.initDurationMaxMs = inits.empty() ? 0 : inits.back();
        s.p99MemoryUsedMb = uint32_t(percentileSorted(memoryUsed, 99));
        s.utilization = utilization.empty() ? 0 : utilization.back();
        s.p99Utilization = percentileSorted(utilization, 99);
        std::sort(s.memorySizesMb.begin(), s.memorySizesMb.end());
        // REPORT lines do not name the architecture: costs are x86_64 prices, as in the sizing
        // table's current-cost column.
        s.costUsd = s.gbSeconds * prices.gbSecond(Architecture::X86_64)
            + double(s.invocations) * prices.perRequest(Architecture::X86_64);
        return s;
    }
};

} // namespace

void computeFleetStats(Fleet& fleet) { computeFleetStats(fleet, PriceTable::current()); }

void computeFleetStats(Fleet& fleet, const PriceTable& prices)
{
    const InvocationColumns& c = fleet.m_inv;
    fleet.m_stats.assign(fleet.m_functions.size(), FunctionStats {});
    Accumulator total;
    for (uint32_t f = 0; f < fleet.m_functions.size(); ++f) {
        const auto [b, e] = fleet.invocationRange(f);
        Accumulator acc;
        for (uint32_t row = b; row < e; ++row) {
            acc.add(c, row);
            total.add(c, row);
        }
        fleet.m_stats[f] = acc.finish(prices);
    }
    fleet.m_totals = total.finish(prices);
}

} // namespace ll
