#pragma once

#include "democatalog.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ll::demo {

class Rng;

// Formats every line the demo emits exactly as the Lambda runtimes and platform write them
// (reference: lambda-cloudwatch.md sections 1-3).

enum class Level : uint8_t { Debug, Info, Warn, Error };

std::string expandTemplate(std::string_view pattern, Rng& rng);

// An ordinary application line (text or JSON depending on the function's log format).
std::string appLine(const FunctionSpec& spec, Level level, int64_t ms, std::string_view requestId,
                    std::string_view text);

struct ErrorInfo {
    std::string type;                // "TypeError", "KeyError", "java.lang.IllegalStateException", …
    std::string message;
    std::vector<std::string> stack;  // runtime-specific frame lines
    std::string extraJson;           // Node: extra enumerable properties (",\"code\":…"), may be empty
    std::string pythonCode;          // Python: the code line under the last frame
};
ErrorInfo makeError(const FunctionSpec& spec, ErrorKind kind, Rng& rng);
// The event(s) the runtime writes for an unhandled error, in its real format.
std::string unhandledErrorLine(const FunctionSpec& spec, const ErrorInfo& error, int64_t ms,
                               std::string_view requestId);

enum class ReportStatus : uint8_t { None, Failure, Timeout, OutOfMemory, ExitError };

struct ReportData {
    std::string_view requestId;
    int64_t durationCs = 0;          // hundredths of a millisecond, as printed
    int64_t billedMs = 0;
    uint32_t memorySizeMb = 0;
    uint32_t maxMemoryUsedMb = 0;
    int64_t initCs = -1;             // -1: no init on this invocation
    int64_t restoreCs = -1;          // -1: not restored
    int64_t billedRestoreMs = -1;
    ReportStatus status = ReportStatus::None;
    std::string_view errorType;      // JSON failure status: the function's error type
    std::string_view traceId;        // empty: no active tracing
    std::string_view segmentId;
};

// Text format platform lines.
std::string initStartLine(Runtime runtime, bool restore);
std::string restoreReportLine(int64_t restoreCs);
std::string extensionLine(std::string_view name);
std::string telemetryLine(std::string_view name);
std::string startLine(std::string_view requestId, int version);
std::string endLine(std::string_view requestId);
std::string reportLine(const ReportData& report);
std::string timeoutLine(int64_t ms, std::string_view requestId, double timeoutS);
std::string runtimeExitLine(std::string_view requestId, bool killed);

// JSON format platform records.
std::string platformInitStart(int64_t ms, Runtime runtime);
std::string platformExtension(int64_t ms, std::string_view name);
std::string platformStart(int64_t ms, std::string_view requestId, int version, std::string_view traceId,
                          std::string_view segmentId);
std::string platformRuntimeDone(int64_t ms, std::string_view requestId, std::string_view status,
                                std::string_view errorType, int64_t durationCs, int64_t producedBytes);
std::string platformReport(int64_t ms, const ReportData& report);

std::string_view extensionName(Extension extension);

} // namespace ll::demo
