#include "analysis/sizing.h"

#include "domain/invocation.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <map>

namespace ll {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ll::Sizing)
};
struct SizeSamples {
    std::vector<float> duration;
    std::vector<double> billed;
    std::vector<uint16_t> used;
    double billedSum = 0;
};

// Least-squares slope of log(duration) over log(memory): duration ~ memory^slope.
std::optional<double> durationExponent(const std::vector<SizePoint>& points, uint64_t minInvocations)
{
    std::vector<std::pair<double, double>> xy;
    for (const SizePoint& p : points) {
        if (p.invocations >= minInvocations && p.p50DurationMs > 0)
            xy.emplace_back(std::log(double(p.memorySizeMb)), std::log(p.p50DurationMs));
    }
    if (xy.size() < 2)
        return std::nullopt;
    double mx = 0, my = 0;
    for (const auto& [x, y] : xy) {
        mx += x;
        my += y;
    }
    mx /= double(xy.size());
    my /= double(xy.size());
    double sxy = 0, sxx = 0;
    for (const auto& [x, y] : xy) {
        sxy += (x - mx) * (y - my);
        sxx += (x - mx) * (x - mx);
    }
    if (sxx <= 0)
        return std::nullopt;
    return sxy / sxx;
}

const SizePoint* pointAt(const std::vector<SizePoint>& sizes, uint32_t mb, uint64_t minInvocations)
{
    for (const SizePoint& p : sizes) {
        if (p.memorySizeMb == mb && p.invocations >= minInvocations)
            return &p;
    }
    return nullptr;
}

} // namespace

uint32_t roundMemoryUp(double mb, uint32_t stepMb)
{
    const double step = std::max<uint32_t>(1, stepMb);
    const double rounded = std::ceil(std::max(0.0, mb) / step) * step;
    return uint32_t(std::clamp(rounded, double(MinMemoryMb), double(MaxMemoryMb)));
}

std::vector<uint32_t> vcpuStepsMb()
{
    std::vector<uint32_t> out;
    for (uint32_t mb = MemoryPerVcpuMb; mb <= MaxMemoryMb; mb += MemoryPerVcpuMb)
        out.push_back(mb);
    return out;
}

const char* recommendationKey(Recommendation r)
{
    switch (r) {
    case Recommendation::NoData: return "no-data";
    case Recommendation::Keep: return "keep";
    case Recommendation::Lower: return "lower";
    case Recommendation::Raise: return "raise";
    }
    return "";
}

FunctionSizing sizeFunction(const InvocationColumns& c, FunctionRows rows, const SizingOptions& options)
{
    FunctionSizing s;
    s.function = rows.function;
    const PriceTable prices = options.prices.region.isEmpty() ? PriceTable::current() : options.prices;

    std::map<uint32_t, SizeSamples> bySize;
    std::vector<uint16_t> allUsed;
    allUsed.reserve(rows.size());
    int64_t latestMs = 0;
    for (uint32_t i = rows.begin; i < rows.end; ++i) {
        if (!(c.flags[i] & HasReport) || c.memorySizeMb[i] == 0)
            continue;
        SizeSamples& samples = bySize[c.memorySizeMb[i]];
        const double billed = cost::billedWithInit(c.durationMs[i], c.billedDurationMs[i], c.initDurationMs[i]);
        if (c.durationMs[i] >= 0)
            samples.duration.push_back(c.durationMs[i]);
        samples.billed.push_back(billed);
        samples.billedSum += billed;
        samples.used.push_back(c.maxMemoryUsedMb[i]);
        allUsed.push_back(c.maxMemoryUsedMb[i]);
        ++s.invocations;
        if (c.flags[i] & ColdStart)
            ++s.coldStarts;
        if (c.outcome[i] == Outcome::OutOfMemory)
            ++s.oomKills;
        if (c.startMs[i] >= latestMs) {
            latestMs = c.startMs[i];
            s.memorySizeMb = c.memorySizeMb[i];
        }
    }
    if (s.invocations == 0) {
        s.reason = Text::tr("No finished invocation with memory figures in the window.");
        s.cpuEvidence = Text::tr("No data.");
        return s;
    }

    for (auto& [mb, samples] : bySize) {
        SizePoint p;
        p.memorySizeMb = mb;
        p.invocations = samples.billed.size();
        const auto d = quantilesInPlace(samples.duration, std::array<double, 2> { 0.50, 0.99 });
        const auto b = quantilesInPlace(samples.billed, std::array<double, 2> { 0.50, 0.99 });
        p.p50DurationMs = d[0];
        p.p99DurationMs = d[1];
        p.p50BilledMs = b[0];
        p.p99BilledMs = b[1];
        p.meanBilledMs = samples.billedSum / double(p.invocations);
        p.p99MemoryUsedMb = uint32_t(percentileInPlace(samples.used, 0.99));
        p.gbSecondsPerInvocation = cost::gbSeconds(mb, p.meanBilledMs);
        p.costPerMillionUsd = cost::perMillionUsd(prices, options.architecture, mb, p.meanBilledMs);
        s.sizes.push_back(p);
    }

    const auto used = quantilesInPlace(allUsed, std::array<double, 5> { 0.0, 0.25, 0.50, 0.75, 0.99 });
    s.maxMemoryUsedMb = *std::max_element(allUsed.begin(), allUsed.end());
    s.p99MemoryUsedMb = uint32_t(used[4]);
    s.usedMbQuantiles = { used[0], used[1], used[2], used[3], double(s.maxMemoryUsedMb) };
    s.utilization = double(s.maxMemoryUsedMb) / double(s.memorySizeMb);
    s.p99Utilization = double(s.p99MemoryUsedMb) / double(s.memorySizeMb);

    const SizePoint& current = *std::find_if(s.sizes.begin(), s.sizes.end(),
                                             [&](const SizePoint& p) { return p.memorySizeMb == s.memorySizeMb; });
    s.p50DurationMs = current.p50DurationMs;
    s.p99DurationMs = current.p99DurationMs;
    s.p50BilledMs = current.p50BilledMs;
    s.p99BilledMs = current.p99BilledMs;

    int64_t windowMs = options.windowMs;
    if (windowMs <= 0)
        windowMs = c.startMs[rows.end - 1] - c.startMs[rows.begin];
    // Less than a minute of traffic says nothing about a day; extrapolate from at least a minute.
    const double days = double(std::max<int64_t>(windowMs, 60'000)) / 86'400'000.0;
    s.invocationsPerDay = double(s.invocations) / days;
    s.gbSecondsPerDay = cost::gbSeconds(s.memorySizeMb, current.meanBilledMs) * s.invocationsPerDay;
    s.costPerMillionUsd = current.costPerMillionUsd;
    s.costPerDayUsd = s.costPerMillionUsd / 1e6 * s.invocationsPerDay;
    s.arm64CostPerDayUsd
        = cost::perDayUsd(prices, Architecture::Arm64, s.memorySizeMb, current.meanBilledMs, s.invocationsPerDay);
    s.vcpus = vcpusFor(s.memorySizeMb);

    // CPU evidence.
    s.durationExponent = durationExponent(s.sizes, options.minInvocationsPerSize);
    if (!s.durationExponent) {
        s.cpuEvidence = Text::tr("Unknown: measured at one memory size only (at least %1 invocations per size "
                           "are needed at two sizes).")
                            .arg(options.minInvocationsPerSize);
    } else {
        const double e = *s.durationExponent;
        if (e <= options.cpuBoundExponent) {
            s.cpuBound = true;
            s.cpuEvidence = Text::tr("CPU-bound: across the measured sizes the duration scales with memory^%1 "
                               "(about inversely).")
                                .arg(e, 0, 'f', 2);
        } else if (e >= options.flatExponent) {
            s.cpuBound = false;
            s.cpuEvidence = Text::tr("Not CPU-bound: across the measured sizes the duration barely changes "
                               "(memory^%1).")
                                .arg(e, 0, 'f', 2);
        } else {
            s.cpuBound = true;
            s.cpuEvidence = Text::tr("Partly CPU-bound: across the measured sizes the duration grows as memory "
                               "shrinks (memory^%1).")
                                .arg(e, 0, 'f', 2);
        }
    }

    // Recommendation.
    uint32_t need = roundMemoryUp(double(s.p99MemoryUsedMb) * (1.0 + options.headroom), options.stepMb);
    if (s.oomKills > 0)
        need = std::max(need, roundMemoryUp(double(s.memorySizeMb) * 1.5, options.stepMb));
    const int headroomPct = int(std::lround(options.headroom * 100));
    s.recommendation = Recommendation::Keep;
    s.recommendedMemoryMb = s.memorySizeMb;
    s.reason = Text::tr("The current size fits p99 memory used plus %1% headroom.").arg(headroomPct);
    if (need > s.memorySizeMb) {
        s.recommendation = Recommendation::Raise;
        s.recommendedMemoryMb = need;
        s.reason = s.oomKills > 0
            ? Text::tr("%n invocation(s) killed for lack of memory: raise the size.", nullptr, int(s.oomKills))
            : Text::tr("p99 memory used plus %1% headroom exceeds the current size.").arg(headroomPct);
    } else if (need < s.memorySizeMb) {
        const SizePoint* measured = pointAt(s.sizes, need, options.minInvocationsPerSize);
        if (s.cpuBound.value_or(false)) {
            s.reason = Text::tr("Memory would fit in %1 MB, but the function is CPU-bound: a smaller size gives it "
                          "less CPU and it would run longer.")
                           .arg(need);
        } else if (measured && measured->p50DurationMs > current.p50DurationMs * 1.10) {
            s.reason = Text::tr("Memory would fit in %1 MB, but measured there the function runs longer.").arg(need);
        } else if (!s.cpuBound && !options.lowerWithoutEvidence) {
            s.reason = Text::tr("Memory would fit in %1 MB, but CPU use is unknown: measure at that size first.")
                           .arg(need);
        } else {
            s.recommendation = Recommendation::Lower;
            s.recommendedMemoryMb = need;
            s.reason = s.cpuBound
                ? Text::tr("p99 memory used plus %1% headroom fits in %2 MB and memory does not change the duration.")
                      .arg(headroomPct)
                      .arg(need)
                : Text::tr("p99 memory used plus %1% headroom fits in %2 MB. CPU use is unknown: the cost assumes the "
                     "duration stays the same; measure at %2 MB before switching.")
                      .arg(headroomPct)
                      .arg(need);
            // Fewer vCPUs only matter to code that uses them; say so when the step is crossed.
            if (int(vcpusFor(need)) < int(vcpusFor(s.memorySizeMb)))
                s.reason += QLatin1Char(' ')
                    + Text::tr("The CPU share drops from %1 to %2 vCPU.").arg(vcpusFor(s.memorySizeMb), 0, 'f', 1).arg(vcpusFor(need), 0, 'f', 1);
        }
    }
    if (s.recommendedMemoryMb != s.memorySizeMb) {
        const SizePoint* measured = pointAt(s.sizes, s.recommendedMemoryMb, options.minInvocationsPerSize);
        const double billed = measured ? measured->meanBilledMs : current.meanBilledMs;
        s.recommendedCostIsEstimate = !measured;
        s.recommendedCostPerMillionUsd = cost::perMillionUsd(prices, options.architecture, s.recommendedMemoryMb, billed);
    } else {
        s.recommendedCostPerMillionUsd = s.costPerMillionUsd;
    }
    s.recommendedCostPerDayUsd = s.recommendedCostPerMillionUsd / 1e6 * s.invocationsPerDay;
    s.savingPerDayUsd = s.costPerDayUsd - s.recommendedCostPerDayUsd;
    s.recommendedVcpus = vcpusFor(s.recommendedMemoryMb);
    return s;
}

std::vector<FunctionSizing> sizeFunctions(const InvocationColumns& columns, const QStringList& names,
                                          SizingOptions options)
{
    if (options.prices.region.isEmpty())
        options.prices = PriceTable::current();
    std::vector<FunctionSizing> out;
    for (const FunctionRows& rows : functionRows(columns)) {
        FunctionSizing s = sizeFunction(columns, rows, options);
        s.name = rows.function < uint32_t(names.size()) ? names.at(int(rows.function))
                                                        : QStringLiteral("#%1").arg(rows.function);
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace ll
