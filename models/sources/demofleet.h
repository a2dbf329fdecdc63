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
    double scale = 1.0;              // multiplies the event-driven traffic (not the schedules); 0..100
};

// What the simulator did, so tests can compare a parser's counts with it.
struct DemoFunctionTruth {
    QString name, service, runtime;   // runtime as INIT_START names it: "nodejs:20.v22", "python:3.12.v38", …
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

// The cast (models/sources/democatalog.cpp): 40 functions in 7 services on Node.js 20, Python 3.12,
// Java 21, .NET 8, Go (provided.al2023) and Ruby 3.3; 7 log in the JSON format. Stories to find in
// it: payments-charge uses SnapStart; search-indexer leaks memory until it is OOM-killed, again and
// again; catalog-indexer goes from 512 to 1536 MB at 12:00 and gets ~3x faster; users-avatar shows
// OOM kills in the older "signal: killed" form; orders-events, notifications-push and analytics-export
// crash (Runtime.ExitError); search-reindex and analytics-report are over-provisioned (3008 MB for
// ~170 MB); users-avatar, analytics-aggregate, catalog-thumbnail and search-ranker are CPU-starved
// at 128/256 MB; analytics-etl, orders-export and search-ranker run close to their timeouts; workers
// and schedules are retried asynchronously with the same request id.
//
// Simulates a fleet of about 40 Lambda functions and emits every CloudWatch event it writes, in
// timestamp order (ties keep generation order), as raw Lambda log text/JSON. Same options give a
// byte-identical sequence. cancel may be null; progress(fraction) is called when the percentage moves.
// Generation also stops (after the current five simulated minutes) once sink.wantsMore() is false;
// the truth then describes what was emitted up to that point.
void generateDemoFleet(EventSink& sink, const DemoOptions& options, DemoTruth* truth = nullptr,
                       const std::atomic<bool>* cancel = nullptr,
                       const std::function<void(double)>& progress = {});

} // namespace ll
