#pragma once

#include "analysis/pricing.h"
#include "analysis/rowranges.h"

#include <QString>
#include <optional>
#include <vector>

namespace ll {

// What real traffic measured at one configured memory size: a point of the power-tuning curve.
struct SizePoint {
    uint32_t memorySizeMb = 0;
    uint64_t invocations = 0;
    double p50DurationMs = 0, p99DurationMs = 0;
    double p50BilledMs = 0, p99BilledMs = 0;
    double meanBilledMs = 0;            // INIT included (see cost::billedWithInit)
    uint32_t p99MemoryUsedMb = 0;
    double gbSecondsPerInvocation = 0;
    double costPerMillionUsd = 0;
};

enum class Recommendation : uint8_t {
    NoData,     // no finished invocation with memory figures
    Keep,       // the current size is right (or lowering it would slow the function down)
    Lower,
    Raise,      // too close to the limit, or killed for lack of memory
};

// The sizing of one function over the loaded window. Plain numbers; views and the CLI format.
struct FunctionSizing {
    uint32_t function = 0;
    QString name;
    QString account, region;            // where the function runs; empty for files and the demo
    QString label;                      // as shown: the name, qualified when another function shares it
    const QString& shownName() const { return label.isEmpty() ? name : label; }
    uint32_t memorySizeMb = 0;          // current: the size of the most recent invocation
    uint32_t maxMemoryUsedMb = 0;
    uint32_t p99MemoryUsedMb = 0;
    double utilization = 0;             // max used / size at the current size (0..1)
    double p99Utilization = 0;
    std::array<double, 5> usedMbQuantiles {};   // min, p25, p50, p75, max of used MB (box plot)
    double p50DurationMs = 0, p99DurationMs = 0;
    double p50BilledMs = 0, p99BilledMs = 0;
    uint64_t invocations = 0;           // finished, every size
    uint64_t coldStarts = 0;
    uint64_t oomKills = 0;
    double invocationsPerDay = 0;
    double gbSecondsPerDay = 0;         // at the current size
    double costPerDayUsd = 0;
    double costPerMillionUsd = 0;

    // CPU evidence: duration ~ memory^exponent fitted over the measured sizes. exponent near -1:
    // the duration halves when memory doubles (CPU-bound); near 0: memory does not change it.
    std::optional<bool> cpuBound;       // nullopt: not enough evidence (one size measured)
    std::optional<double> durationExponent;
    QString cpuEvidence;                // translated sentence saying what the verdict rests on

    Recommendation recommendation = Recommendation::NoData;
    uint32_t recommendedMemoryMb = 0;
    QString reason;                     // translated
    bool recommendedCostIsEstimate = false;   // duration at that size not measured
    double recommendedCostPerDayUsd = 0;
    double recommendedCostPerMillionUsd = 0;
    double savingPerDayUsd = 0;         // current - recommended (negative: the change costs more)

    double arm64CostPerDayUsd = 0;      // ESTIMATE: same durations on arm64 prices
    double vcpus = 0;                   // at the current size
    double recommendedVcpus = 0;

    std::vector<SizePoint> sizes;       // ascending memory size
};

struct SizingOptions {
    double headroom = 0.20;             // over p99 used memory
    uint32_t stepMb = 64;               // recommendations are multiples of this
    Architecture architecture = Architecture::X86_64;
    PriceTable prices;                  // PriceTable::current() when region is empty
    uint64_t minInvocationsPerSize = 20;   // a size needs this many runs to count as evidence
    double cpuBoundExponent = -0.5;     // exponent at or below: CPU-bound
    double flatExponent = -0.15;        // exponent at or above: memory does not change duration
    bool lowerWithoutEvidence = true;   // recommend lowering with unknown CPU use (as an estimate)
    int64_t windowMs = 0;               // length of the loaded window; 0: the rows' own span
};

// Rounds up to the step and clamps to Lambda's limits.
uint32_t roundMemoryUp(double mb, uint32_t stepMb);

// Multiples of 1769 MB (one vCPU each) up to 10240 MB.
std::vector<uint32_t> vcpuStepsMb();

FunctionSizing sizeFunction(const InvocationColumns& columns, FunctionRows rows, const SizingOptions& options);

// Every function of the table; names[function id] when given.
std::vector<FunctionSizing> sizeFunctions(const InvocationColumns& columns, const QStringList& names,
                                          SizingOptions options);

const char* recommendationKey(Recommendation r);   // "no-data", "keep", "lower", "raise"

} // namespace ll
