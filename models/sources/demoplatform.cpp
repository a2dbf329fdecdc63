#include "demoruntimes.h"

#include "demorandom.h"
#include "demotext.h"

#include <array>

// Platform lines: what Lambda itself writes around each invocation, in the Text and JSON formats
// (reference: lambda-cloudwatch.md sections 1.2, 1.3 and 2.2).

namespace ll::demo {

namespace {

void appendCs(std::string& out, int64_t cs)
{
    appendInt(out, cs / 100);
    out.push_back('.');
    appendPadded(out, cs % 100, 2);
}

const std::string& runtimeArn(Runtime runtime)
{
    static const std::array<std::string, 6> arns = [] {
        std::array<std::string, 6> result;
        for (size_t i = 0; i < result.size(); ++i) {
            Rng rng(0x5EED0000 + i); // fixed per runtime, independent of the demo seed
            result[i] = "arn:aws:lambda:us-east-1::runtime:";
            appendHex(result[i], rng, 64);
        }
        return result;
    }();
    return arns[static_cast<size_t>(runtime)];
}

} // namespace

std::string_view extensionName(Extension extension)
{
    switch (extension) {
    case InsightsAgent: return "cloudwatch_lambda_agent";
    case SecretsExtension: return "AWSParametersAndSecretsLambdaExtension";
    case DatadogAgent: return "datadog-agent";
    default: return {};
    }
}

std::string initStartLine(Runtime runtime, bool restore)
{
    std::string out = restore ? "RESTORE_START Runtime Version: " : "INIT_START Runtime Version: ";
    out += runtimeVersion(runtime);
    out += "\tRuntime Version ARN: ";
    out += runtimeArn(runtime);
    out += '\n';
    return out;
}

std::string restoreReportLine(int64_t restoreCs)
{
    std::string out = "RESTORE_REPORT Restore Duration: ";
    appendCs(out, restoreCs);
    out += " ms\n";
    return out;
}

std::string extensionLine(std::string_view name)
{
    std::string out = "EXTENSION\tName: ";
    out += name;
    out += "\tState: Ready\tEvents: [INVOKE, SHUTDOWN]\n";
    return out;
}

std::string telemetryLine(std::string_view name)
{
    std::string out = "TELEMETRY\tName: ";
    out += name;
    out += "\tState: Subscribed\tTypes: [Platform, Function, Extension]\n";
    return out;
}

static void appendVersion(std::string& out, int version)
{
    if (version > 0)
        appendInt(out, version);
    else
        out += "$LATEST";
}

std::string startLine(std::string_view requestId, int version)
{
    std::string out;
    out.reserve(80);
    out += "START RequestId: ";
    out += requestId;
    out += " Version: ";
    appendVersion(out, version);
    out += '\n';
    return out;
}

std::string endLine(std::string_view requestId)
{
    std::string out;
    out.reserve(80);
    out += "END RequestId: ";
    out += requestId;
    out += '\n';
    return out;
}

std::string reportLine(const ReportData& r)
{
    std::string out;
    out.reserve(256);
    out += "REPORT RequestId: ";
    out += r.requestId;
    out += "\tDuration: ";
    appendCs(out, r.durationCs);
    out += " ms\tBilled Duration: ";
    appendInt(out, r.billedMs);
    out += " ms\tMemory Size: ";
    appendInt(out, r.memorySizeMb);
    out += " MB\tMax Memory Used: ";
    appendInt(out, r.maxMemoryUsedMb);
    out += " MB\t";
    if (r.initCs >= 0) {
        out += "Init Duration: ";
        appendCs(out, r.initCs);
        out += " ms\t";
    }
    if (r.restoreCs >= 0) {
        out += "Restore Duration: ";
        appendCs(out, r.restoreCs);
        out += " ms\tBilled Restore Duration: ";
        appendInt(out, r.billedRestoreMs);
        out += " ms\t";
    }
    switch (r.status) {
    case ReportStatus::Timeout: out += "Status: timeout\t"; break;
    case ReportStatus::OutOfMemory: out += "Status: error\tError Type: Runtime.OutOfMemory\t"; break;
    case ReportStatus::ExitError: out += "Status: error\tError Type: Runtime.ExitError\t"; break;
    case ReportStatus::None:
    case ReportStatus::Failure: break;
    }
    if (!r.traceId.empty()) {
        out += "XRAY TraceId: ";
        out += r.traceId;
        out += "\tSegmentId: ";
        out += r.segmentId;
        out += "\tSampled: true\t";
    }
    out += '\n';
    return out;
}

std::string timeoutLine(int64_t ms, std::string_view requestId, double timeoutS)
{
    std::string out;
    out.reserve(400);
    appendIsoMs(out, ms);
    out += ' ';
    out += requestId;
    out += " Task timed out after ";
    appendFixed(out, timeoutS, 2);
    out += " seconds\n";
    return out;
}

std::string runtimeExitLine(std::string_view requestId, bool killed)
{
    std::string out = "RequestId: ";
    out += requestId;
    out += killed ? " Error: Runtime exited with error: signal: killed\nRuntime.ExitError"
                  : " Error: Runtime exited with error: exit status 1\nRuntime.ExitError";
    return out;
}

static void appendPlatformHead(std::string& out, int64_t ms, std::string_view type)
{
    out += "{\"time\":\"";
    appendIsoMs(out, ms);
    out += "\",\"type\":\"";
    out += type;
    out += "\",\"record\":{";
}

static void appendTracing(std::string& out, std::string_view traceId, std::string_view segmentId)
{
    out += ",\"tracing\":{\"spanId\":\"";
    out += segmentId;
    out += "\",\"type\":\"X-Amzn-Trace-Id\",\"value\":\"Root=";
    out += traceId;
    out += ";Parent=";
    out += segmentId;
    out += ";Sampled=1\"}";
}

std::string platformInitStart(int64_t ms, Runtime runtime)
{
    std::string out;
    out.reserve(400);
    appendPlatformHead(out, ms, "platform.initStart");
    out += "\"initializationType\":\"on-demand\",\"phase\":\"init\",\"runtimeVersion\":\"";
    out += runtimeVersion(runtime);
    out += "\",\"runtimeVersionArn\":\"";
    out += runtimeArn(runtime);
    out += "\"}}";
    return out;
}

std::string platformExtension(int64_t ms, std::string_view name)
{
    std::string out;
    out.reserve(400);
    appendPlatformHead(out, ms, "platform.extension");
    out += "\"name\":";
    appendJsonString(out, name);
    out += ",\"state\":\"Ready\",\"events\":[\"INVOKE\",\"SHUTDOWN\"]}}";
    return out;
}

std::string platformStart(int64_t ms, std::string_view requestId, int version, std::string_view traceId,
                          std::string_view segmentId)
{
    std::string out;
    out.reserve(400);
    appendPlatformHead(out, ms, "platform.start");
    out += "\"requestId\":\"";
    out += requestId;
    out += "\",\"version\":\"";
    appendVersion(out, version);
    out += '"';
    if (!traceId.empty())
        appendTracing(out, traceId, segmentId);
    out += "}}";
    return out;
}

std::string platformRuntimeDone(int64_t ms, std::string_view requestId, std::string_view status,
                                std::string_view errorType, int64_t durationCs, int64_t producedBytes)
{
    std::string out;
    out.reserve(400);
    appendPlatformHead(out, ms, "platform.runtimeDone");
    out += "\"requestId\":\"";
    out += requestId;
    out += "\",\"status\":\"";
    out += status;
    out += '"';
    if (!errorType.empty()) {
        out += ",\"errorType\":";
        appendJsonString(out, errorType);
    }
    out += ",\"metrics\":{\"durationMs\":";
    appendCs(out, durationCs);
    out += ",\"producedBytes\":";
    appendInt(out, producedBytes);
    out += "},\"spans\":[{\"name\":\"responseLatency\",\"start\":\"";
    appendIsoMs(out, ms);
    out += "\",\"durationMs\":";
    appendFixed(out, 0.3 + static_cast<double>(durationCs % 170) / 100.0, 3);
    out += "},{\"name\":\"responseDuration\",\"start\":\"";
    appendIsoMs(out, ms);
    out += "\",\"durationMs\":";
    appendFixed(out, 0.05 + static_cast<double>(producedBytes % 90) / 1000.0, 3);
    out += "}]}}";
    return out;
}

std::string platformReport(int64_t ms, const ReportData& r)
{
    std::string out;
    out.reserve(320);
    appendPlatformHead(out, ms, "platform.report");
    out += "\"requestId\":\"";
    out += r.requestId;
    out += "\",\"metrics\":{\"durationMs\":";
    appendCs(out, r.durationCs);
    out += ",\"billedDurationMs\":";
    appendInt(out, r.billedMs);
    out += ",\"memorySizeMB\":";
    appendInt(out, r.memorySizeMb);
    out += ",\"maxMemoryUsedMB\":";
    appendInt(out, r.maxMemoryUsedMb);
    if (r.initCs >= 0) {
        out += ",\"initDurationMs\":";
        appendCs(out, r.initCs);
    }
    if (r.restoreCs >= 0) {
        out += ",\"restoreDurationMs\":";
        appendCs(out, r.restoreCs);
    }
    out += "},\"status\":\"";
    switch (r.status) {
    case ReportStatus::None: out += "success\""; break;
    case ReportStatus::Failure:
        out += "failure\",\"errorType\":";
        appendJsonString(out, r.errorType);
        break;
    case ReportStatus::Timeout: out += "timeout\""; break;
    case ReportStatus::OutOfMemory: out += "error\",\"errorType\":\"Runtime.OutOfMemory\""; break;
    case ReportStatus::ExitError: out += "error\",\"errorType\":\"Runtime.ExitError\""; break;
    }
    if (!r.traceId.empty())
        appendTracing(out, r.traceId, r.segmentId);
    out += "}}";
    return out;
}

} // namespace ll::demo
