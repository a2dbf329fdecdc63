#pragma once

#include <QString>
#include <QVector>
#include <cstdint>
#include <vector>

namespace ll {

class Fleet;

// Invocations and failures of one function in one server-side time bin.
struct SummaryBin {
    int64_t startMs = 0;
    uint32_t invocations = 0;
    uint32_t failures = 0;
};

// What makes a Fleet a server-side summary: its statistics came from CloudWatch Logs Insights
// aggregates (per function and time bin) and its invocations only from the functions whose raw
// events the user fetched. Per-function vectors are indexed by the fleet's function id.
struct FleetSummary {
    uint64_t runId = 0;                 // one per Insights run; kept when raw events are swapped in
    int binMinutes = 0;                 // 0: one row per function for the whole window
    int64_t fromMs = 0, toMs = 0;       // the window the queries covered
    double bytesScanned = 0;
    double scanCostUsd = 0;             // at ScanEstimate::pricePerGb
    int failedTargets = 0;              // profile x region pairs whose queries failed
    std::vector<std::vector<SummaryBin>> bins;  // by start time
    std::vector<QString> logGroups;     // where each function's raw events are
    std::vector<uint8_t> raw;           // 1: raw events were fetched, the function has invocations

    bool hasRaw(uint32_t function) const { return function < raw.size() && raw[function]; }
    size_t rawCount() const;
    // Number of sparkline bars: one per server-side bin when they fit in `maxBars`, else
    // `maxBars` (each then sums whole bins, so the counts stay exact).
    int sparklineBars(int maxBars) const;
    // `function`'s bins spread over `bars` bars covering [fromMs, toMs).
    void sparkline(uint32_t function, int bars, QVector<int>* invocations, QVector<int>* failures) const;
};

} // namespace ll
