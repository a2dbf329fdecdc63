#pragma once

#include <QVector>
#include <cstdint>

namespace ll {

struct Percentiles {
    double p50 = 0, p95 = 0, p99 = 0, max = 0;
};

// Per-function (or fleet-wide) statistics over finished invocations. Plain numbers; views format.
struct FunctionStats {
    uint64_t invocations = 0;     // finished (REPORT seen), retries included
    uint64_t incomplete = 0;      // START without REPORT
    uint64_t coldStarts = 0;      // init or SnapStart restore
    uint64_t retries = 0;
    uint64_t errors = 0;
    uint64_t timeouts = 0;
    uint64_t outOfMemory = 0;
    uint64_t crashes = 0;
    uint64_t failed() const { return errors + timeouts + outOfMemory + crashes; }
    double coldStartRate() const { return invocations ? double(coldStarts) / double(invocations) : 0; }
    double failureRate() const { return invocations ? double(failed()) / double(invocations) : 0; }

    Percentiles durationMs;
    Percentiles billedDurationMs;
    double initDurationP50Ms = 0, initDurationMaxMs = 0;
    QVector<uint32_t> memorySizesMb;   // distinct sizes seen, ascending
    uint32_t maxMemoryUsedMb = 0;
    uint32_t p99MemoryUsedMb = 0;
    double utilization = 0;            // max over invocations of used/size (0..1)
    double p99Utilization = 0;
    double gbSeconds = 0;              // sum of size(GB) x billed duration (s), init billed included
    double costUsd = 0;                // at the architecture's list price (x86_64 default)
    int64_t firstMs = 0, lastMs = 0;
};

} // namespace ll
