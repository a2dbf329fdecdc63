#pragma once

#include <cstdint>
#include <string_view>

namespace ll {

// How an invocation ended. Incomplete: START seen but no REPORT (in flight or window cut).
enum class Outcome : uint8_t { Ok, Error, Timeout, OutOfMemory, Crash, Incomplete };

inline constexpr int OutcomeCount = 6;

enum InvocationFlag : uint8_t {
    ColdStart = 1 << 0,   // init or SnapStart restore before this invocation
    Retry = 1 << 1,       // request id already seen in an earlier START..REPORT cycle
    HasReport = 1 << 2,   // a REPORT (or platform.report) was seen
    HasStart = 1 << 3,    // a START (or platform.start) was seen
    Restored = 1 << 4,    // SnapStart restore rather than on-demand init
    JsonFormat = 1 << 5,  // the function logs in the JSON format
};

const char* outcomeKey(Outcome o);      // "ok", "error", "timeout", "out-of-memory", "crash", "incomplete"
bool outcomeFromKey(std::string_view key, Outcome* out);
inline bool isFailure(Outcome o) { return o != Outcome::Ok && o != Outcome::Incomplete; }

// A materialised row of the fleet's columnar invocation table. Cheap value; copy freely.
struct Invocation {
    uint32_t index = 0;        // row in Fleet's invocation table
    uint32_t function = 0;     // Fleet function id
    uint32_t stream = 0;       // Fleet stream id (= execution environment)
    int64_t startMs = 0;       // START time (or REPORT time - duration when START is missing)
    int64_t endMs = 0;         // REPORT time (or last line time when incomplete)
    double durationMs = 0;     // REPORT Duration; -1 when unknown
    double billedDurationMs = 0;
    double initDurationMs = -1;     // -1 when not a cold start by init
    double restoreDurationMs = -1;  // -1 when not restored
    double billedRestoreDurationMs = -1;
    uint32_t memorySizeMb = 0;      // 0 when unknown
    uint32_t maxMemoryUsedMb = 0;
    Outcome outcome = Outcome::Incomplete;
    uint8_t flags = 0;
    uint32_t firstLine = 0;    // first of lineCount consecutive lines in Fleet's stream-ordered lines
    uint32_t lineCount = 0;
    uint32_t errorLines = 0;   // lines at ERROR level or worse
    uint32_t warnLines = 0;
    std::string_view requestId; // views into the Fleet; valid while the Fleet lives
    std::string_view traceId;
    std::string_view errorType;  // "TypeError", "Runtime.OutOfMemory", "Sandbox.Timedout", …

    bool cold() const { return flags & ColdStart; }
    bool retry() const { return flags & Retry; }
    bool failed() const { return isFailure(outcome); }
    bool finished() const { return flags & HasReport; }
};

} // namespace ll
