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

double maxOf(const std::vector<double>& v) { return v.empty() ? 0 : *std::max_element(v.begin(), v.end()); }

} // namespace

std::vector<double> percentiles(std::vector<double>& values, std::initializer_list<double> ascending)
{
    std::vector<double> result;
    result.reserve(ascending.size());
    size_t from = 0;
    for (const double p : ascending) {
        if (values.empty()) {
            result.push_back(0);
            continue;
        }
        // The same nearest-rank definition as percentileSorted().
        const double rank = std::ceil(p / 100.0 * double(values.size()));
        const size_t index = std::max(from, size_t(std::clamp(rank, 1.0, double(values.size()))) - 1);
        std::nth_element(values.begin() + ptrdiff_t(from), values.begin() + ptrdiff_t(index), values.end());
        result.push_back(values[index]);
        from = index;
    }
    return result;
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
        // Selection instead of sorting: a function's percentiles come from a few nth_element
        // passes, each over what lies above the previous rank (linear on average).
        const auto d = percentiles(durations, { 50, 95, 99 });
        s.durationMs = { d[0], d[1], d[2], maxOf(durations) };
        const auto b = percentiles(billed, { 50, 95, 99 });
        s.billedDurationMs = { b[0], b[1], b[2], maxOf(billed) };
        s.initDurationP50Ms = percentiles(inits, { 50 })[0];
        s.initDurationMaxMs = maxOf(inits);
        s.p99MemoryUsedMb = uint32_t(percentiles(memoryUsed, { 99 })[0]);
        s.utilization = maxOf(utilization);
        s.p99Utilization = percentiles(utilization, { 99 })[0];
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
