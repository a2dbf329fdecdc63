#pragma once

#include <cstdint>
#include <string_view>

namespace ll {

enum class LogLevel : uint8_t { None, Trace, Debug, Info, Warn, Error, Fatal };

// What a line is, as far as the Lambda platform is concerned.
enum class LineKind : uint8_t {
    App,            // the function's own output
    Start,
    End,
    Report,
    InitStart,
    InitReport,
    RestoreStart,
    RestoreReport,
    Extension,
    Telemetry,
    PlatformError,  // "RequestId: … Error: Runtime exited with error: …"
    Timeout,        // "… Task timed out after 3.00 seconds"
    PlatformOther,  // platform.* JSON records we keep but do not interpret (runtimeDone, logsDropped, …)
};

const char* levelKey(LogLevel level);   // "", "TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"

// One stored log line (a CloudWatch event; may contain newlines).
struct LogLine {
    uint32_t index = 0;        // stream-ordered line index in the Fleet
    int64_t timestampMs = 0;
    uint32_t function = 0;
    uint32_t stream = 0;
    int64_t invocation = -1;   // Fleet invocation row, -1 for lines outside any invocation
    LogLevel level = LogLevel::None;
    LineKind kind = LineKind::App;
    std::string_view message;  // UTF-8 bytes as received (not validated); view into the Fleet
};

} // namespace ll
