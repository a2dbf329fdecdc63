#pragma once

#include "analysis/rowranges.h"

#include <cstdint>
#include <vector>

namespace ll {

// Distribution of "Max Memory Used" (MB) over the invocations of one bin. count 0: empty bin,
// the other fields are then meaningless and views leave a gap.
struct MemoryBand {
    uint32_t count = 0;
    double min = 0, p50 = 0, p95 = 0, max = 0;
};

struct MemoryBin {
    int64_t fromMs = 0, toMs = 0;
    MemoryBand warm;
    MemoryBand cold;
    uint32_t oomKills = 0;
    double oomMaxUsedMb = 0;        // highest "Max Memory Used" among the bin's OOM kills
    uint32_t minSizeMb = 0;         // configured sizes seen in the bin (0: none); differ when
    uint32_t maxSizeMb = 0;         // the size changed inside the bin
};

// Configured memory size as a step series: valid from fromMs until the next step.
struct SizeStep {
    int64_t fromMs = 0;
    uint32_t memorySizeMb = 0;
    bool operator==(const SizeStep& o) const { return fromMs == o.fromMs && memorySizeMb == o.memorySizeMb; }
};

// Histogram of per-invocation utilization (max used / size) over [0, 1]; the last bucket also
// holds values >= 1 (OOM kills report used == size).
struct UtilizationHistogram {
    std::vector<uint32_t> counts;
    uint32_t total = 0;
    double bucketWidth() const { return counts.empty() ? 0 : 1.0 / double(counts.size()); }
};

struct MemorySeries {
    uint32_t function = 0;
    int64_t fromMs = 0, toMs = 0;
    std::vector<MemoryBin> bins;
    std::vector<SizeStep> sizeSteps;    // exact change times, not binned
    UtilizationHistogram utilization;
    uint32_t invocations = 0;           // finished invocations with a memory figure
    uint32_t oomKills = 0;
    double maxUsedMb = 0;
    uint32_t maxSizeMb = 0;
};

struct MemoryBinSpec {
    int64_t fromMs = 0, toMs = 0;   // both 0: the rows' own time span
    int bins = 100;
    int histogramBuckets = 20;
};

// Bins one function's rows. Only invocations with a REPORT (memory figures) are counted.
MemorySeries binMemory(const InvocationColumns& columns, FunctionRows rows, const MemoryBinSpec& spec);

// Bins several functions on one shared time axis (spec's range, or the union of their spans).
std::vector<MemorySeries> binMemory(const InvocationColumns& columns, const std::vector<FunctionRows>& functions,
                                    MemoryBinSpec spec);

} // namespace ll
