#pragma once

#include "domain/logline.h"

#include <string_view>

namespace ll {

// What one CloudWatch event of a Lambda log group says, in either log format (text or JSON).
// All views point into the message passed to parseLambdaLine.
struct ParsedLine {
    LineKind kind = LineKind::App;
    LogLevel level = LogLevel::None;
    bool json = false;                 // the event is a JSON record (LogFormat JSON, Powertools, EMF)
    std::string_view requestId;        // from platform lines or the runtime's prefix; empty when none

    // REPORT / platform.report
    double durationMs = -1;
    double billedDurationMs = -1;
    double initDurationMs = -1;
    double restoreDurationMs = -1;
    double billedRestoreDurationMs = -1;
    int memorySizeMb = 0;
    int maxMemoryUsedMb = 0;
    std::string_view status;           // "timeout", "error", "failure", "success", …
    std::string_view errorType;        // "Runtime.OutOfMemory", "TypeError", …
    std::string_view traceId;          // X-Ray trace id

    std::string_view runtimeVersion;   // INIT_START / RESTORE_START / platform.initStart
    double timeoutSeconds = -1;        // "Task timed out after N seconds"

    // Application lines that report an unhandled error (Invoke Error, Python traceback event,
    // Java/.NET stack traces, Go/Ruby error JSON, JSON records with errorType).
    bool unhandledError = false;
    // PlatformError lines: the runtime process was killed (older out-of-memory form) or exited.
    bool killed = false;
};

// Classifies and parses one event message. Never fails: unknown text is an App line.
ParsedLine parseLambdaLine(std::string_view message);

// "INFO", "info", "WARNING", "fail", "E" … to a level; None when not a level word.
LogLevel levelFromWord(std::string_view word);

} // namespace ll
