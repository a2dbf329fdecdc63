#pragma once

#include "timeline/timelinesource.h"

#include <QString>
#include <cstdint>

namespace ll {

// One invocation to append to an InvocationColumns table by hand (tests, benchmarks, demo
// renders): the fields the timeline reads, sensible defaults for the rest.
struct InvocationSpec {
    uint32_t function = 0;
    uint32_t stream = 0;
    int64_t startMs = 0;
    float durationMs = 10;
    Outcome outcome = Outcome::Ok;
    float initDurationMs = -1;      // >= 0 makes it a cold start
    float restoreDurationMs = -1;   // >= 0 makes it a SnapStart restore
    int64_t firstAttempt = -1;      // >= 0 makes it a retry
    uint16_t memorySizeMb = 128;
    uint16_t maxMemoryUsedMb = 64;
    uint32_t requestId = 0;         // string id; the source's text() resolves it
    uint32_t errorType = 0;
};

// Appends one row. Callers append in (function, startMs) order, as the table requires.
void appendInvocation(InvocationColumns& c, const InvocationSpec& s);

// A deterministic fleet-like table for benchmarks and screenshots: `functions` functions in
// services of a few each, about `invocations` rows over [startMs, startMs + spanMs) with daily
// traffic waves, bursts of failures, cold starts on new environments and retries.
TimelineSource makeSyntheticSource(int functions, int invocations, int64_t startMs, int64_t spanMs,
                                   uint32_t seed = 1);

} // namespace ll
