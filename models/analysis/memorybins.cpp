#include "analysis/memorybins.h"

#include "domain/invocation.h"

#include <algorithm>
#include <cmath>

namespace ll {

namespace {

void fillBand(MemoryBand& band, std::vector<uint16_t>& values)
{
    band.count = uint32_t(values.size());
    if (values.empty())
        return;
    const auto q = quantilesInPlace(values, std::array<double, 2> { 0.50, 0.95 });
    band.p50 = q[0];
    band.p95 = q[1];
    // After the nth_elements everything above the p95 rank is >= it: the max is there.
    const auto [mn, mx] = std::minmax_element(values.begin(), values.end());
    band.min = *mn;
    band.max = *mx;
}

} // namespace

MemorySeries binMemory(const InvocationColumns& columns, FunctionRows rows, const MemoryBinSpec& spec)
{
    MemorySeries s;
    s.function = rows.function;
    s.fromMs = spec.fromMs;
    s.toMs = spec.toMs;
    if (s.fromMs == 0 && s.toMs == 0 && rows.size() > 0) {
        s.fromMs = columns.startMs[rows.begin];
        s.toMs = columns.startMs[rows.end - 1] + 1;
    }
    const int binCount = std::max(1, spec.bins);
    const int64_t span = std::max<int64_t>(1, s.toMs - s.fromMs);
    s.bins.resize(size_t(binCount));
    for (int b = 0; b < binCount; ++b) {
        s.bins[size_t(b)].fromMs = s.fromMs + span * b / binCount;
        s.bins[size_t(b)].toMs = s.fromMs + span * (b + 1) / binCount;
    }
    s.utilization.counts.assign(size_t(std::max(1, spec.histogramBuckets)), 0);
    const double buckets = double(s.utilization.counts.size());

    const FunctionRows clipped = clipRows(columns, rows, s.fromMs, s.toMs);
    std::vector<uint16_t> warm, cold;
    warm.reserve(256);
    cold.reserve(64);
    uint32_t i = clipped.begin;
    // The size in force at the start of the range comes from the last row before it.
    uint32_t lastSize = 0;
    for (uint32_t k = clipped.begin; k > rows.begin; --k) {
        if ((columns.flags[k - 1] & HasReport) && columns.memorySizeMb[k - 1]) {
            lastSize = columns.memorySizeMb[k - 1];
            break;
        }
    }
    if (lastSize)
        s.sizeSteps.push_back({ s.fromMs, lastSize });

    for (int b = 0; b < binCount; ++b) {
        MemoryBin& bin = s.bins[size_t(b)];
        warm.clear();
        cold.clear();
        const int64_t binEnd = b + 1 == binCount ? s.toMs : bin.toMs;
        for (; i < clipped.end && columns.startMs[i] < binEnd; ++i) {
            if (!(columns.flags[i] & HasReport))
                continue;
            const uint16_t size = columns.memorySizeMb[i];
            const uint16_t used = columns.maxMemoryUsedMb[i];
            if (size == 0)
                continue;
            if (size != lastSize) {
                s.sizeSteps.push_back({ columns.startMs[i], size });
                lastSize = size;
            }
            bin.minSizeMb = bin.minSizeMb ? std::min<uint32_t>(bin.minSizeMb, size) : size;
            bin.maxSizeMb = std::max<uint32_t>(bin.maxSizeMb, size);
            s.maxSizeMb = std::max<uint32_t>(s.maxSizeMb, size);
            (columns.flags[i] & ColdStart ? cold : warm).push_back(used);
            if (columns.outcome[i] == Outcome::OutOfMemory) {
                ++bin.oomKills;
                bin.oomMaxUsedMb = std::max<double>(bin.oomMaxUsedMb, used);
            }
            const double u = double(used) / double(size);
            const size_t bucket = size_t(std::clamp(std::floor(u * buckets), 0.0, buckets - 1));
            ++s.utilization.counts[bucket];
            s.maxUsedMb = std::max<double>(s.maxUsedMb, used);
        }
        fillBand(bin.warm, warm);
        fillBand(bin.cold, cold);
        s.invocations += bin.warm.count + bin.cold.count;
        s.oomKills += bin.oomKills;
    }
    s.utilization.total = s.invocations;
    return s;
}

std::vector<MemorySeries> binMemory(const InvocationColumns& columns, const std::vector<FunctionRows>& functions,
                                    MemoryBinSpec spec)
{
    if (spec.fromMs == 0 && spec.toMs == 0) {
        bool any = false;
        for (const FunctionRows& r : functions) {
            if (r.size() == 0)
                continue;
            const int64_t a = columns.startMs[r.begin];
            const int64_t b = columns.startMs[r.end - 1] + 1;
            spec.fromMs = any ? std::min(spec.fromMs, a) : a;
            spec.toMs = any ? std::max(spec.toMs, b) : b;
            any = true;
        }
    }
    std::vector<MemorySeries> out;
    out.reserve(functions.size());
    for (const FunctionRows& r : functions)
        out.push_back(binMemory(columns, r, spec));
    return out;
}

} // namespace ll
