#pragma once

#include "domain/logevent.h"

#include <QString>
#include <QVector>
#include <atomic>
#include <cstdint>
#include <functional>

namespace ll {

struct DemoOptions {
    uint64_t seed = 42;
    int64_t startMs = 1795737600000; // 2026-11-27T00:00:00Z
    int hours = 24;
    double scale = 1.0;              // multiplies the event-driven traffic (not the schedules)
};

// What the simulator did, so tests can compare a parser's counts with it.
struct DemoFunctionTruth {
    QString name, service, runtime;   // runtime: "nodejs20.x", "python3.12", …
    bool jsonFormat = false;
    uint64_t invocations = 0;         // finished (a REPORT was emitted), retries included
    uint64_t incomplete = 0;          // START emitted but the window ended before REPORT
    uint64_t coldStarts = 0;          // REPORTs with Init Duration or Restore Duration
    uint64_t retries = 0;             // finished invocations reusing an earlier request id
    uint64_t errors = 0, timeouts = 0, outOfMemory = 0, crashes = 0;
    QVector<uint32_t> memorySizesMb;  // distinct configured sizes, in order of first use
    uint32_t maxMemoryUsedMb = 0;
};

struct DemoTruth {
    QVector<DemoFunctionTruth> functions;
    uint64_t events = 0;
};

// Simulates a fleet of about 40 Lambda functions and emits every CloudWatch event it writes, in
// timestamp order (ties keep generation order), as raw Lambda log text/JSON. Same options give a
// byte-identical sequence. cancel may be null; progress(fraction) is called when the percentage moves.
void generateDemoFleet(EventSink& sink, const DemoOptions& options, DemoTruth* truth = nullptr,
                       const std::atomic<bool>* cancel = nullptr,
                       const std::function<void(double)>& progress = {});

} // namespace ll
