#include "analysis/memorybins.h"

#include "domain/invocation.h"

#include <algorithm>
#include <climits>
#include <cmath>

namespace ll {

namespace {

void fillBand(MemoryBand& band, std::vector<uint16_t>& values)
{
    band.count = uint32_t(values.size());
    if (values.empty())
        return;
    if (values.size() <= 64) {
        // Bins on screen are small: one sort beats two nth_elements and a min/max pass.
        std::sort(values.begin(), values.end());
        auto at = [&](double q) {
            const size_t rank = std::clamp<size_t>(size_t(q * double(values.size()) + 0.999999999), 1, values.size());
            return double(values[rank - 1]);
        };
        band.min = values.front();
        band.p50 = at(0.50);
        band.p95 = at(0.95);
        band.max = values.back();
        return;
    }
    const auto q = quantilesInPlace(values, std::array<double, 2> { 0.50, 0.95 });
    band.p50 = q[0];
    band.p95 = q[1];
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

    // Hot loop over up to millions of rows: raw pointers, integer maths, per-bin locals.
    const int64_t* start = columns.startMs.data();
    const uint8_t* flags = columns.flags.data();
    const uint16_t* sizes = columns.memorySizeMb.data();
    const uint16_t* usedMb = columns.maxMemoryUsedMb.data();
    const Outcome* outcome = columns.outcome.data();
    uint32_t* hist = s.utilization.counts.data();
    const uint32_t nb = uint32_t(s.utilization.counts.size());
    uint16_t maxUsed = 0;
    for (int b = 0; b < binCount; ++b) {
        MemoryBin& bin = s.bins[size_t(b)];
        warm.clear();
        cold.clear();
        const int64_t binEnd = b + 1 == binCount ? s.toMs : bin.toMs;
        uint32_t minSize = UINT32_MAX, maxSize = 0, oom = 0;
        uint16_t oomMax = 0;
        for (; i < clipped.end && start[i] < binEnd; ++i) {
            const uint16_t size = sizes[i];
            if (!(flags[i] & HasReport) || size == 0)
                continue;
            const uint16_t used = usedMb[i];
            if (size != lastSize) {
                s.sizeSteps.push_back({ start[i], size });
                lastSize = size;
            }
            minSize = std::min<uint32_t>(minSize, size);
            maxSize = std::max<uint32_t>(maxSize, size);
            (flags[i] & ColdStart ? cold : warm).push_back(used);
            if (outcome[i] == Outcome::OutOfMemory) {
                ++oom;
                oomMax = std::max(oomMax, used);
            }
            ++hist[std::min(nb - 1, uint32_t(used) * nb / size)];
            maxUsed = std::max(maxUsed, used);
        }
        bin.minSizeMb = maxSize ? minSize : 0;
        bin.maxSizeMb = maxSize;
        bin.oomKills = oom;
        bin.oomMaxUsedMb = oomMax;
        s.maxSizeMb = std::max(s.maxSizeMb, maxSize);
        fillBand(bin.warm, warm);
        fillBand(bin.cold, cold);
        s.invocations += bin.warm.count + bin.cold.count;
        s.oomKills += bin.oomKills;
    }
    s.maxUsedMb = maxUsed;
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
