#include "parse/lambdaline.h"

#include "parse/jsonscan.h"
#include "parse/textscan.h"

#include <cctype>
#include <climits>

namespace ll {

namespace {

// "Memory Size: 1088888888888888 MB" in a corrupt or hostile line: converting that double to int
// is undefined, so it is clamped (found by fuzz_lambdaline under UBSan).
int clampedInt(double v)
{
    if (!(v > double(INT_MIN)))
        return v != v ? 0 : INT_MIN;
    return v < double(INT_MAX) ? int(v) : INT_MAX;
}

using namespace std::string_view_literals;

// Lines end with stray tabs, spaces and newlines; labels must not depend on them.
std::string_view trimEnd(std::string_view s)
{
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == '\t' || s.back() == ' '))
        s.remove_suffix(1);
    return s;
}

std::string_view trim(std::string_view s)
{
    s = trimEnd(s);
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    return s;
}

// "134.52 ms" -> 134.52
double leadingNumber(std::string_view s)
{
    s = trim(s);
    size_t n = 0;
    while (n < s.size() && (std::isdigit(static_cast<unsigned char>(s[n])) || s[n] == '.'))
        ++n;
    return n ? text::toDouble(s.substr(0, n), -1) : -1;
}

// Reads TAB separated "Label: value" fields of REPORT, INIT_REPORT and friends, by label.
void parseReportFields(std::string_view rest, ParsedLine& p)
{
    size_t pos = 0;
    while (pos <= rest.size()) {
        size_t tab = rest.find('\t', pos);
        if (tab == std::string_view::npos)
            tab = rest.size();
        const std::string_view field = trim(rest.substr(pos, tab - pos));
        pos = tab + 1;
        const size_t colon = field.find(": "sv);
        if (colon == std::string_view::npos)
            continue;
        const std::string_view label = field.substr(0, colon);
        const std::string_view value = trim(field.substr(colon + 2));
        if (label == "RequestId"sv)
            p.requestId = value;
        else if (label == "Duration"sv)
            p.durationMs = leadingNumber(value);
        else if (label == "Billed Duration"sv)
            p.billedDurationMs = leadingNumber(value);
        else if (label == "Memory Size"sv)
            p.memorySizeMb = clampedInt(leadingNumber(value));
        else if (label == "Max Memory Used"sv)
            p.maxMemoryUsedMb = clampedInt(leadingNumber(value));
        else if (label == "Init Duration"sv)
            p.initDurationMs = leadingNumber(value);
        else if (label == "Restore Duration"sv)
            p.restoreDurationMs = leadingNumber(value);
        else if (label == "Billed Restore Duration"sv)
            p.billedRestoreDurationMs = leadingNumber(value);
        else if (label == "Status"sv)
            p.status = value;
        else if (label == "Error Type"sv)
            p.errorType = value;
        else if (label == "XRAY TraceId"sv)
            p.traceId = value;
        else if (label == "Runtime Version"sv)
            p.runtimeVersion = value;
    }
}

std::string_view afterPrefix(std::string_view s, std::string_view prefix) { return s.substr(prefix.size()); }

// "START RequestId: <id> Version: $LATEST"
std::string_view requestIdAfter(std::string_view rest)
{
    rest = trim(rest);
    size_t end = 0;
    while (end < rest.size() && rest[end] != ' ' && rest[end] != '\t')
        ++end;
    return rest.substr(0, end);
}

// Error type from a runtime's error JSON body: {"errorType": "...", ...}
std::string_view errorTypeOfJson(std::string_view body)
{
    const json::Value t = json::member(body, "errorType"sv);
    return t.isString() ? t.raw : std::string_view {};
}

bool looksLikeClassName(std::string_view s)
{
    if (s.empty() || s.size() > 200)
        return false;
    bool dot = false;
    for (char c : s) {
        if (c == '.')
            dot = true;
        else if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$'))
            return false;
    }
    return dot;
}

// Java's unhandled exception event: "<msg>: <class>\n<class>: <msg>\n\tat ..."
bool parseJavaUnhandled(std::string_view msg, ParsedLine& p)
{
    const size_t nl = msg.find('\n');
    if (nl == std::string_view::npos || msg.find("\n\tat "sv) == std::string_view::npos)
        return false;
    const std::string_view first = trimEnd(msg.substr(0, nl));
    const size_t sep = first.rfind(": "sv);
    const std::string_view cls = sep == std::string_view::npos ? first : first.substr(sep + 2);
    if (!looksLikeClassName(cls))
        return false;
    const std::string_view second = msg.substr(nl + 1);
    if (second.substr(0, cls.size()) != cls)
        return false;
    p.unhandledError = true;
    p.errorType = cls;
    p.level = LogLevel::Error;
    return true;
}

// "System.InvalidOperationException: Sequence contains no elements\n   at ..."
std::string_view dotnetExceptionType(std::string_view text)
{
    const size_t colon = text.find(": "sv);
    if (colon == std::string_view::npos || text.find("\n   at "sv) == std::string_view::npos)
        return {};
    const std::string_view cls = text.substr(0, colon);
    return looksLikeClassName(cls) ? cls : std::string_view {};
}

void parseAppMessageBody(std::string_view body, ParsedLine& p)
{
    // Node: "Invoke Error \t{json}", "Uncaught Exception \t{json}", "Unhandled Promise Rejection \t{json}"
    for (std::string_view marker : { "Invoke Error"sv, "Uncaught Exception"sv, "Unhandled Promise Rejection"sv }) {
        if (body.substr(0, marker.size()) == marker) {
            const size_t brace = body.find('{');
            p.unhandledError = true;
            p.level = LogLevel::Error;
            if (brace != std::string_view::npos)
                p.errorType = errorTypeOfJson(body.substr(brace));
            if (p.errorType.empty() && marker == "Unhandled Promise Rejection"sv)
                p.errorType = "Runtime.UnhandledPromiseRejection"sv;
            return;
        }
    }
}

// Records written as JSON: platform.* (LogFormat JSON), application records, Powertools, EMF,
// runtime error bodies.
void parseJsonRecord(std::string_view msg, ParsedLine& p)
{
    p.json = true;
    json::ObjectReader reader(msg);
    std::string_view key;
    json::Value v;
    std::string_view type, record, levelWord, message, errorType, errorMessage;
    while (reader.next(&key, &v)) {
        if (key == "type"sv && v.isString())
            type = v.raw;
        else if (key == "record"sv && v.isObject())
            record = v.raw;
        else if ((key == "level"sv || key == "log_level"sv) && v.isString())
            levelWord = v.raw;
        else if ((key == "requestId"sv || key == "AWSRequestId"sv || key == "function_request_id"sv)
            && v.isString())
            p.requestId = v.raw;
        else if (key == "message"sv)
            message = v.raw;
        else if (key == "errorType"sv && v.isString())
            errorType = v.raw;
        else if (key == "errorMessage"sv)
            errorMessage = v.raw;
        else if (key == "xray_trace_id"sv && v.isString())
            p.traceId = v.raw;
    }
    if (!type.empty() && type.substr(0, 9) == "platform."sv) {
        const std::string_view what = type.substr(9);
        json::ObjectReader rec(record);
        std::string_view metrics, tracing;
        while (rec.next(&key, &v)) {
            if (key == "requestId"sv && v.isString())
                p.requestId = v.raw;
            else if (key == "status"sv && v.isString())
                p.status = v.raw;
            else if (key == "errorType"sv && v.isString())
                p.errorType = v.raw;
            else if (key == "metrics"sv && v.isObject())
                metrics = v.raw;
            else if (key == "tracing"sv && v.isObject())
                tracing = v.raw;
            else if (key == "runtimeVersion"sv && v.isString())
                p.runtimeVersion = v.raw;
        }
        if (what == "start"sv)
            p.kind = LineKind::Start;
        else if (what == "report"sv)
            p.kind = LineKind::Report;
        else if (what == "initStart"sv)
            p.kind = LineKind::InitStart;
        else if (what == "initReport"sv)
            p.kind = LineKind::InitReport;
        else if (what == "restoreStart"sv)
            p.kind = LineKind::RestoreStart;
        else if (what == "restoreReport"sv)
            p.kind = LineKind::RestoreReport;
        else if (what == "extension"sv)
            p.kind = LineKind::Extension;
        else if (what == "telemetrySubscription"sv)
            p.kind = LineKind::Telemetry;
        else
            p.kind = LineKind::PlatformOther;
        json::ObjectReader m(metrics);
        while (m.next(&key, &v)) {
            if (key == "durationMs"sv)
                p.durationMs = v.number();
            else if (key == "billedDurationMs"sv)
                p.billedDurationMs = v.number();
            else if (key == "memorySizeMB"sv)
                p.memorySizeMb = int(v.number(0));
            else if (key == "maxMemoryUsedMB"sv)
                p.maxMemoryUsedMb = int(v.number(0));
            else if (key == "initDurationMs"sv)
                p.initDurationMs = v.number();
            else if (key == "restoreDurationMs"sv)
                p.restoreDurationMs = v.number();
        }
        if (p.kind == LineKind::InitReport || p.kind == LineKind::RestoreReport) {
            // The init record's own duration is its metric, not an invocation's.
            p.initDurationMs = p.kind == LineKind::InitReport ? p.durationMs : -1;
            p.restoreDurationMs = p.kind == LineKind::RestoreReport ? p.durationMs : -1;
            p.durationMs = -1;
        }
        if (!tracing.empty()) {
            const json::Value value = json::member(tracing, "value"sv);
            if (value.isString()) {
                // "Root=1-65f1…;Parent=…;Sampled=1"
                const std::string_view t = value.raw;
                if (t.substr(0, 5) == "Root="sv)
                    p.traceId = t.substr(5, t.find(';') == std::string_view::npos ? t.npos : t.find(';') - 5);
            }
        }
        p.level = (p.status == "failure"sv || p.status == "error"sv || p.status == "timeout"sv) ? LogLevel::Error
                                                                                                : LogLevel::None;
        return;
    }
    p.level = levelWord.empty() ? LogLevel::None : levelFromWord(levelWord);
    if (!errorType.empty()) {
        // Python's unhandled exception record (log_level), Go/Ruby/Java error bodies and
        // Node records whose top level carries the error.
        p.errorType = errorType;
        if (p.level == LogLevel::None || p.level >= LogLevel::Error) {
            p.level = LogLevel::Error;
            p.unhandledError = true;
        }
    } else if (!message.empty() && message.front() == '{' && p.level >= LogLevel::Error) {
        const std::string_view inner = errorTypeOfJson(message);
        if (!inner.empty()) {
            p.errorType = inner;
            p.unhandledError = true;
        }
    } else if (!errorMessage.empty() && p.level == LogLevel::None) {
        p.level = LogLevel::Error;
        p.unhandledError = true;
    }
}

// Node / .NET: "<iso>\t<requestId>\t<LEVEL>\t<message>"
bool parseTabPrefixed(std::string_view msg, ParsedLine& p)
{
    if (msg.size() < 20 || !text::isIsoTimestampStart(msg))
        return false;
    const size_t t1 = msg.find('\t');
    if (t1 == std::string_view::npos || t1 > 40)
        return false;
    const size_t t2 = msg.find('\t', t1 + 1);
    if (t2 == std::string_view::npos || t2 - t1 > 64)
        return false;
    const size_t t3 = msg.find('\t', t2 + 1);
    if (t3 == std::string_view::npos || t3 - t2 > 12)
        return false;
    const LogLevel level = levelFromWord(msg.substr(t2 + 1, t3 - t2 - 1));
    if (level == LogLevel::None)
        return false;
    const std::string_view id = msg.substr(t1 + 1, t2 - t1 - 1);
    if (id != "undefined"sv)
        p.requestId = id;
    p.level = level;
    const std::string_view body = msg.substr(t3 + 1);
    parseAppMessageBody(body, p);
    if (!p.unhandledError && level >= LogLevel::Error) {
        const std::string_view cls = dotnetExceptionType(body);
        if (!cls.empty() && msg.substr(t2 + 1, 4) == "fail"sv) {
            p.unhandledError = true;
            p.errorType = cls;
        }
    }
    return true;
}

// Python: "[LEVEL]\t<iso>\t<requestId>\t<message>", or the unhandled "[ERROR] Type: msg\nTraceback…"
bool parsePythonPrefixed(std::string_view msg, ParsedLine& p)
{
    const size_t close = msg.find(']');
    if (close == std::string_view::npos || close > 10)
        return false;
    const LogLevel level = levelFromWord(msg.substr(1, close - 1));
    if (level == LogLevel::None)
        return false;
    p.level = level;
    if (close + 1 < msg.size() && msg[close + 1] == '\t') {
        const size_t t2 = msg.find('\t', close + 2);
        if (t2 != std::string_view::npos) {
            const size_t t3 = msg.find('\t', t2 + 1);
            if (t3 != std::string_view::npos && t3 - t2 <= 64)
                p.requestId = msg.substr(t2 + 1, t3 - t2 - 1);
        }
        return true;
    }
    if (close + 1 < msg.size() && msg[close + 1] == ' ' && level >= LogLevel::Error) {
        // Unhandled exception: the runtime writes the type, then the traceback, in one event.
        const std::string_view rest = msg.substr(close + 2);
        const size_t colon = rest.find(':');
        const size_t nl = rest.find('\n');
        if (colon != std::string_view::npos && (nl == std::string_view::npos || colon < nl)) {
            const std::string_view type = rest.substr(0, colon);
            if (!type.empty() && type.find(' ') == std::string_view::npos) {
                p.unhandledError = true;
                p.errorType = type;
            }
        }
    }
    return true;
}

} // namespace

LogLevel levelFromWord(std::string_view w)
{
    w = trim(w);
    if (w.empty() || w.size() > 11)
        return LogLevel::None;
    char up[12] = {};
    for (size_t i = 0; i < w.size(); ++i)
        up[i] = char(std::toupper(static_cast<unsigned char>(w[i])));
    const std::string_view u(up, w.size());
    if (u == "INFO"sv || u == "INFORMATION"sv || u == "NOTICE"sv || u == "I"sv)
        return LogLevel::Info;
    if (u == "ERROR"sv || u == "FAIL"sv || u == "ERR"sv || u == "E"sv)
        return LogLevel::Error;
    if (u == "WARN"sv || u == "WARNING"sv || u == "W"sv)
        return LogLevel::Warn;
    if (u == "DEBUG"sv || u == "DBUG"sv || u == "D"sv)
        return LogLevel::Debug;
    if (u == "TRACE"sv || u == "TRCE"sv || u == "VERBOSE"sv)
        return LogLevel::Trace;
    if (u == "FATAL"sv || u == "CRIT"sv || u == "CRITICAL"sv || u == "F"sv)
        return LogLevel::Fatal;
    return LogLevel::None;
}

ParsedLine parseLambdaLine(std::string_view msg)
{
    ParsedLine p;
    if (msg.empty())
        return p;
    switch (msg.front()) {
    case 'S':
        if (msg.substr(0, 17) == "START RequestId: "sv) {
            p.kind = LineKind::Start;
            p.requestId = requestIdAfter(afterPrefix(msg, "START RequestId: "sv));
            return p;
        }
        break;
    case 'E':
        if (msg.substr(0, 15) == "END RequestId: "sv) {
            p.kind = LineKind::End;
            p.requestId = requestIdAfter(afterPrefix(msg, "END RequestId: "sv));
            return p;
        }
        if (msg.substr(0, 10) == "EXTENSION\t"sv) {
            p.kind = LineKind::Extension;
            return p;
        }
        break;
    case 'R':
        if (msg.substr(0, 7) == "REPORT "sv) {
            p.kind = LineKind::Report;
            parseReportFields(afterPrefix(msg, "REPORT "sv), p);
            if (!p.status.empty())
                p.level = LogLevel::Error;
            return p;
        }
        if (msg.substr(0, 14) == "RESTORE_START "sv) {
            p.kind = LineKind::RestoreStart;
            parseReportFields(afterPrefix(msg, "RESTORE_START "sv), p);
            return p;
        }
        if (msg.substr(0, 15) == "RESTORE_REPORT "sv) {
            p.kind = LineKind::RestoreReport;
            parseReportFields(afterPrefix(msg, "RESTORE_REPORT "sv), p);
            return p;
        }
        if (msg.substr(0, 11) == "RequestId: "sv) {
            // "RequestId: <id> Error: Runtime exited with error: signal: killed\nRuntime.ExitError"
            const std::string_view rest = afterPrefix(msg, "RequestId: "sv);
            const std::string_view id = requestIdAfter(rest);
            if (rest.find(" Error: "sv) != std::string_view::npos) {
                p.kind = LineKind::PlatformError;
                p.requestId = id;
                p.level = LogLevel::Error;
                p.killed = msg.find("signal: killed"sv) != std::string_view::npos;
                const size_t nl = msg.rfind('\n');
                const std::string_view tail = nl == std::string_view::npos ? std::string_view {} : trim(msg.substr(nl + 1));
                p.errorType = p.killed ? "Runtime.OutOfMemory"sv : (tail.empty() ? "Runtime.ExitError"sv : tail);
                return p;
            }
        }
        break;
    case 'I':
        if (msg.substr(0, 11) == "INIT_START "sv) {
            p.kind = LineKind::InitStart;
            parseReportFields(afterPrefix(msg, "INIT_START "sv), p);
            return p;
        }
        if (msg.substr(0, 12) == "INIT_REPORT "sv) {
            p.kind = LineKind::InitReport;
            parseReportFields(afterPrefix(msg, "INIT_REPORT "sv), p);
            if (!p.status.empty())
                p.level = LogLevel::Error;
            return p;
        }
        break;
    case 'T':
        if (msg.substr(0, 10) == "TELEMETRY\t"sv) {
            p.kind = LineKind::Telemetry;
            return p;
        }
        break;
    case '{':
        parseJsonRecord(msg, p);
        return p;
    case '[':
        if (parsePythonPrefixed(msg, p))
            return p;
        break;
    default:
        break;
    }

    if (text::isIsoTimestampStart(msg)) {
        // "<iso> <requestId> Task timed out after 3.00 seconds"
        const size_t sp = msg.find(' ');
        if (sp != std::string_view::npos && sp < 40) {
            const std::string_view rest = msg.substr(sp + 1);
            const size_t sp2 = rest.find(' ');
            constexpr std::string_view timedOut = "Task timed out after "sv;
            if (sp2 != std::string_view::npos && rest.substr(sp2 + 1, timedOut.size()) == timedOut) {
                p.kind = LineKind::Timeout;
                p.requestId = rest.substr(0, sp2);
                p.timeoutSeconds = leadingNumber(rest.substr(sp2 + 1 + timedOut.size()));
                p.level = LogLevel::Error;
                p.status = "timeout"sv;
                return p;
            }
        }
        if (parseTabPrefixed(msg, p))
            return p;
    }

    // Go's log package: "2024/03/13 19:12:45 {"errorMessage": …, "errorType": …}"
    if (msg.size() > 20 && msg[4] == '/' && msg[7] == '/' && msg[10] == ' ' && msg[13] == ':') {
        const std::string_view rest = msg.substr(20);
        if (!rest.empty() && rest.front() == '{') {
            ParsedLine inner;
            parseJsonRecord(rest, inner);
            if (inner.unhandledError) {
                p.unhandledError = true;
                p.errorType = inner.errorType;
                p.level = LogLevel::Error;
                p.json = true;
            }
        }
        return p;
    }
    // Ruby's Logger: "E, [2024-01-01T00:00:00.000000 #8] ERROR -- : message"
    if (msg.size() > 4 && msg[1] == ',' && msg[2] == ' ' && msg[3] == '[') {
        p.level = levelFromWord(msg.substr(0, 1));
        return p;
    }
    parseJavaUnhandled(msg, p);
    return p;
}

} // namespace ll
