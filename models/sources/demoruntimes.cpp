#include "demoruntimes.h"

#include "demorandom.h"
#include "demotext.h"

#include <array>

namespace ll::demo {

namespace {

constexpr std::string_view kNbsp2 = "\xC2\xA0\xC2\xA0"; // Python indents tracebacks with U+00A0

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

std::string_view pick(Rng& rng, std::initializer_list<std::string_view> items)
{
    return items.begin()[rng.next() % items.size()];
}

void appendHost(std::string& out, Rng& rng)
{
    out += "10.0.";
    appendInt(out, rng.range(0, 15));
    out.push_back('.');
    appendInt(out, rng.range(2, 250));
}

// "payments-charge" → "Charge", used to name handler classes and files.
std::string roleCamel(std::string_view name)
{
    std::string role(name.substr(name.find('-') + 1));
    bool upper = true;
    std::string out;
    for (char c : role) {
        if (c == '-') {
            upper = true;
            continue;
        }
        out.push_back(upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
        upper = false;
    }
    return out;
}

std::string_view nodeLevel(Level level)
{
    switch (level) {
    case Level::Debug: return "DEBUG";
    case Level::Info: return "INFO";
    case Level::Warn: return "WARN";
    case Level::Error: return "ERROR";
    }
    return "INFO";
}

std::string_view pythonLevel(Level level)
{
    switch (level) {
    case Level::Debug: return "DEBUG";
    case Level::Info: return "INFO";
    case Level::Warn: return "WARNING";
    case Level::Error: return "ERROR";
    }
    return "INFO";
}

std::string_view dotnetLevel(Level level)
{
    switch (level) {
    case Level::Debug: return "dbug";
    case Level::Info: return "info";
    case Level::Warn: return "warn";
    case Level::Error: return "fail";
    }
    return "info";
}

void appendJsonStringArray(std::string& out, const std::vector<std::string>& items)
{
    out.push_back('[');
    for (size_t i = 0; i < items.size(); ++i) {
        if (i)
            out.push_back(',');
        appendJsonString(out, items[i]);
    }
    out.push_back(']');
}

// Python's JSON stackTrace holds one "  File …\n    code\n" string per frame.
std::vector<std::string> pythonJsonFrames(const ErrorInfo& error)
{
    std::vector<std::string> frames;
    for (size_t i = 0; i < error.stack.size(); i += 2) {
        std::string frame = "  " + error.stack[i] + "\n";
        if (i + 1 < error.stack.size())
            frame += "    " + error.stack[i + 1] + "\n";
        frames.push_back(std::move(frame));
    }
    return frames;
}

} // namespace

std::string expandTemplate(std::string_view pattern, Rng& rng)
{
    std::string out;
    out.reserve(pattern.size() + 24);
    for (size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c != '%' || i + 1 == pattern.size()) {
            out.push_back(c);
            continue;
        }
        switch (pattern[++i]) {
        case 'o': out += "o-"; appendInt(out, rng.range(100000, 999999)); break;
        case 'u': out += "u-"; appendInt(out, rng.range(10000, 99999)); break;
        case 's': out += "sku-"; appendInt(out, rng.range(1000, 9999)); break;
        case 'a': appendFixed(out, rng.range(199, 49999) / 100.0, 2); break;
        case 'n': appendInt(out, rng.range(1, 60)); break;
        case 'm': appendInt(out, rng.range(5, 2400)); break;
        case 'h': appendHost(out, rng); break;
        case 'p': appendInt(out, rng.range(1024, 65000)); break;
        case 'k': appendHex(out, rng, 8); break;
        case 'e': out += "user"; appendInt(out, rng.range(100, 99999)); out += "@example.com"; break;
        case 'c': appendInt(out, rng.range(10, 5000)); break;
        default: out.push_back('%'); out.push_back(pattern[i]); break;
        }
    }
    return out;
}

std::string appLine(const FunctionSpec& spec, Level level, int64_t ms, std::string_view requestId,
                    std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 96);
    if (spec.json && spec.runtime == Runtime::Node) {
        out += "{\"timestamp\":\"";
        appendIsoMs(out, ms);
        out += "\",\"level\":\"";
        out += nodeLevel(level);
        out += "\",\"requestId\":";
        appendJsonString(out, requestId);
        out += ",\"message\":";
        appendJsonString(out, text);
        out += "}";
        return out;
    }
    if (spec.json && spec.runtime == Runtime::Python) {
        out += "{\"timestamp\":\"";
        appendIsoSeconds(out, ms);
        out += "\",\"level\":\"";
        out += pythonLevel(level);
        out += "\",\"message\":";
        appendJsonString(out, text);
        out += ",\"logger\":\"root\",\"requestId\":";
        appendJsonString(out, requestId);
        out += "}";
        return out;
    }
    switch (spec.runtime) {
    case Runtime::Node:
        appendIsoMs(out, ms);
        out += '\t';
        out += requestId;
        out += '\t';
        out += nodeLevel(level);
        out += '\t';
        out += text;
        break;
    case Runtime::Python:
        out += '[';
        out += pythonLevel(level);
        out += "]\t";
        appendIsoMs(out, ms);
        out += '\t';
        out += requestId;
        out += '\t';
        out += text;
        out += '\n';
        break;
    case Runtime::Java:
        if (spec.log4j) {
            appendSpaceTime(out, ms);
            out += ' ';
            out += requestId;
            out += ' ';
            out += level == Level::Warn ? "WARN " : level == Level::Debug ? "DEBUG" : level == Level::Error ? "ERROR" : "INFO ";
            out += ' ';
            out += roleCamel(spec.name);
            out += "Handler - ";
            out += text;
            out += '\n';
        } else {
            out += text; // System.out: no prefix, attributed by position
            out += '\n';
        }
        break;
    case Runtime::Dotnet:
        appendIsoMs(out, ms);
        out += '\t';
        out += requestId;
        out += '\t';
        out += dotnetLevel(level);
        out += '\t';
        out += text;
        break;
    case Runtime::Go:
        appendGoTime(out, ms);
        out += ' ';
        if (level == Level::Warn)
            out += "WARN ";
        out += text;
        out += '\n';
        break;
    case Runtime::Ruby: {
        // Ruby Logger default format: "I, [2026-11-27T10:00:00.123456 #8]  INFO -- : text"
        const std::string_view severity = level == Level::Warn ? "WARN" : level == Level::Debug ? "DEBUG" : "INFO";
        out += severity[0];
        out += ", [";
        std::string iso;
        appendIsoMs(iso, ms);
        out.append(iso, 0, iso.size() - 1); // drop the Z
        appendPadded(out, (ms * 7) % 1000, 3);
        out += " #8] ";
        for (size_t pad = severity.size(); pad < 5; ++pad)
            out += ' ';
        out += severity;
        out += " -- : ";
        out += text;
        out += '\n';
        break;
    }
    }
    return out;
}

ErrorInfo makeError(const FunctionSpec& spec, ErrorKind kind, Rng& rng)
{
    ErrorInfo e;
    const std::string role = roleCamel(spec.name);
    const std::string service(serviceOf(spec.name));
    switch (kind) {
    case ErrorKind::NodeTypeError: {
        const std::string_view field = pick(rng, { "sku", "id", "price", "customerId", "length" });
        e.type = "TypeError";
        e.message = "Cannot read properties of undefined (reading '" + std::string(field) + "')";
        e.stack = { "TypeError: " + e.message, "    at priceLine (file:///var/task/index.mjs:41:23)",
                    "    at Array.map (<anonymous>)", "    at Runtime.handler (file:///var/task/index.mjs:12:17)" };
        break;
    }
    case ErrorKind::NodeConnRefused: {
        std::string host;
        appendHost(host, rng);
        const std::string_view port = pick(rng, { "5432", "6379", "9200" });
        e.type = "Error";
        e.message = "connect ECONNREFUSED " + host + ":" + std::string(port);
        e.extraJson = ",\"code\":\"ECONNREFUSED\",\"errno\":-111,\"syscall\":\"connect\",\"address\":\"" + host
            + "\",\"port\":" + std::string(port);
        e.stack = { "Error: " + e.message, "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1595:16)" };
        break;
    }
    case ErrorKind::NodeNotFound: {
        e.type = "NotFoundError";
        e.message = expandTemplate("Order %o not found", rng);
        e.stack = { "NotFoundError: " + e.message, "    at loadOrder (file:///var/task/lib/orders.mjs:88:11)",
                    "    at async Runtime.handler (file:///var/task/index.mjs:19:17)" };
        break;
    }
    case ErrorKind::NodeThrottled: {
        e.type = "ThrottlingException";
        e.message = "Rate exceeded";
        e.extraJson = ",\"name\":\"ThrottlingException\",\"$fault\":\"client\",\"$metadata\":{\"httpStatusCode\":400,\"requestId\":\""
            + makeUuid(rng) + "\",\"attempts\":3,\"totalRetryDelay\":" + std::to_string(rng.range(80, 900)) + "}";
        e.stack = { "ThrottlingException: Rate exceeded",
                    "    at throwDefaultError (/var/runtime/node_modules/@aws-sdk/node_modules/@smithy/smithy-client/dist-cjs/index.js:838:20)",
                    "    at async Runtime.handler (file:///var/task/index.mjs:27:5)" };
        break;
    }
    case ErrorKind::PyKeyError: {
        const std::string_view field = pick(rng, { "amount", "orderId", "email", "action" });
        e.type = "KeyError";
        e.message = "'" + std::string(field) + "'";
        e.stack = { "File \"/var/task/app.py\", line " + std::to_string(20 + field.size()) + ", in handler" };
        e.pythonCode = "value = event['" + std::string(field) + "']";
        break;
    }
    case ErrorKind::PyThrottled: {
        const std::string_view op = pick(rng, { "PutItem", "UpdateItem", "BatchWriteItem" });
        e.type = "ClientError";
        e.message = "An error occurred (ThrottlingException) when calling the " + std::string(op)
            + " operation (reached max retries: 4): Rate exceeded";
        e.stack = { "File \"/var/task/app.py\", line 58, in handler", "table.put_item(Item=item)",
                    "File \"/var/lang/lib/python3.12/site-packages/botocore/client.py\", line 1023, in _make_api_call" };
        e.pythonCode = "raise error_class(parsed_response, operation_name)";
        break;
    }
    case ErrorKind::PyConnRefused: {
        std::string host = "smtp-" + std::to_string(rng.range(1, 4)) + ".mail.internal";
        e.type = "ConnectionRefusedError";
        e.message = "[Errno 111] Connection refused";
        e.stack = { "File \"/var/task/app.py\", line 44, in handler",
                    "server = smtplib.SMTP(\"" + host + "\", " + std::string(pick(rng, { "25", "587", "2525" })) + ")",
                    "File \"/var/lang/lib/python3.12/socket.py\", line 837, in create_connection" };
        e.pythonCode = "sock.connect(sa)";
        break;
    }
    case ErrorKind::PyValueError: {
        e.type = "ValueError";
        e.message = expandTemplate("invalid literal for int() with base 10: 'x%k'", rng);
        e.stack = { "File \"/var/task/app.py\", line 31, in handler" };
        e.pythonCode = "count = int(record['quantity'])";
        break;
    }
    case ErrorKind::JavaIllegalState:
    case ErrorKind::JavaNullPointer: {
        const bool npe = kind == ErrorKind::JavaNullPointer;
        e.type = npe ? "java.lang.NullPointerException" : "java.lang.IllegalStateException";
        if (npe) {
            e.message = "Cannot invoke \"String.length()\" because \""
                + std::string(pick(rng, { "customerId", "locale", "currency" })) + "\" is null";
        } else {
            e.message = "Upstream unavailable: gw-" + std::to_string(rng.range(1, 6)) + "." + service + ".internal:"
                + std::string(pick(rng, { "8443", "443", "9443" }));
        }
        const std::string cls = "com.example." + service + "." + role + "Handler";
        const std::string file = role + "Handler.java";
        e.stack = { "\tat " + cls + ".process(" + file + ":" + std::to_string(npe ? 112 : 88) + ")",
                    "\tat " + cls + ".handleRequest(" + file + ":41)",
                    "\tat " + cls + ".handleRequest(" + file + ":17)" };
        break;
    }
    case ErrorKind::NetInvalidOperation: {
        e.type = "System.InvalidOperationException";
        e.message = "Sequence contains no elements";
        e.stack = { "   at System.Linq.ThrowHelper.ThrowNoElementsException()",
                    "   at " + role + ".Function.FunctionHandler(SQSEvent evnt, ILambdaContext context) in /src/Function.cs:line 31" };
        break;
    }
    case ErrorKind::NetKeyNotFound: {
        e.type = "System.Collections.Generic.KeyNotFoundException";
        e.message = expandTemplate("The given key 'acct-%c' was not present in the dictionary.", rng);
        e.stack = { "   at System.Collections.Generic.Dictionary`2.get_Item(TKey key)",
                    "   at " + role + ".Function.FunctionHandler(APIGatewayProxyRequest request, ILambdaContext context) in /src/Function.cs:line 54" };
        break;
    }
    case ErrorKind::NetConditionalCheck: {
        e.type = "Amazon.DynamoDBv2.Model.ConditionalCheckFailedException";
        e.message = "The conditional request failed";
        e.stack = { "   at Amazon.Runtime.Internal.HttpErrorResponseExceptionHandler.HandleExceptionStream(IRequestContext requestContext, IWebResponseData httpErrorResponse, HttpErrorResponseException exception, Stream responseStream)",
                    "   at " + role + ".Function.FunctionHandler(SQSEvent evnt, ILambdaContext context) in /src/Function.cs:line 77" };
        break;
    }
    case ErrorKind::Go503:
        e.type = "errorString";
        e.message = "upstream " + std::string(pick(rng, { "ledger", "carrier", "bank" })) + "-"
            + std::to_string(rng.range(1, 9)) + ".internal returned 503";
        break;
    case ErrorKind::GoDial: {
        std::string host;
        appendHost(host, rng);
        e.type = "OpError";
        e.message = "dial tcp " + host + ":" + std::string(pick(rng, { "6379", "5432", "443" })) + ": connect: connection refused";
        break;
    }
    case ErrorKind::GoNotFound:
        e.type = "errorString";
        e.message = expandTemplate("item %s not found", rng);
        break;
    }
    return e;
}

std::string unhandledErrorLine(const FunctionSpec& spec, const ErrorInfo& error, int64_t ms,
                               std::string_view requestId)
{
    std::string out;
    out.reserve(512);
    if (spec.json && spec.runtime == Runtime::Node) {
        out += "{\"timestamp\":\"";
        appendIsoMs(out, ms);
        out += "\",\"level\":\"ERROR\",\"requestId\":";
        appendJsonString(out, requestId);
        out += ",\"message\":{\"errorType\":";
        appendJsonString(out, error.type);
        out += ",\"errorMessage\":";
        appendJsonString(out, error.message);
        out += ",\"stackTrace\":";
        appendJsonStringArray(out, error.stack);
        out += "}}";
        return out;
    }
    if (spec.json && spec.runtime == Runtime::Python) {
        std::vector<std::string> frames = pythonJsonFrames(error);
        if (!frames.empty() && !error.pythonCode.empty() && error.stack.size() % 2 == 1)
            frames.back() += "    " + error.pythonCode + "\n";
        out += "{\"timestamp\":\"";
        appendIsoSeconds(out, ms);
        out += "\",\"log_level\":\"ERROR\",\"errorMessage\":";
        appendJsonString(out, error.message);
        out += ",\"errorType\":";
        appendJsonString(out, error.type);
        out += ",\"requestId\":";
        appendJsonString(out, requestId);
        out += ",\"stackTrace\":";
        appendJsonStringArray(out, frames);
        out += "}";
        return out;
    }
    switch (spec.runtime) {
    case Runtime::Node:
        appendIsoMs(out, ms);
        out += '\t';
        out += requestId;
        out += "\tERROR\tInvoke Error \t{\"errorType\":";
        appendJsonString(out, error.type);
        out += ",\"errorMessage\":";
        appendJsonString(out, error.message);
        out += error.extraJson;
        out += ",\"stack\":";
        appendJsonStringArray(out, error.stack);
        out += '}';
        break;
    case Runtime::Python:
        out += "[ERROR] ";
        out += error.type;
        out += ": ";
        out += error.message;
        out += "\nTraceback (most recent call last):";
        for (size_t i = 0; i < error.stack.size(); ++i) {
            out += '\n';
            out += kNbsp2;
            if (i % 2 == 1)
                out += kNbsp2;
            out += error.stack[i];
        }
        if (!error.pythonCode.empty()) {
            out += '\n';
            out += kNbsp2;
            out += kNbsp2;
            out += error.pythonCode;
        }
        break;
    case Runtime::Java:
        out += error.message;
        out += ": ";
        out += error.type;
        out += '\n';
        out += error.type;
        out += ": ";
        out += error.message;
        for (const std::string& frame : error.stack) {
            out += '\n';
            out += frame;
        }
        out += "\n\n";
        break;
    case Runtime::Dotnet:
        appendIsoMs(out, ms);
        out += '\t';
        out += requestId;
        out += "\tfail\t";
        out += error.type;
        out += ": ";
        out += error.message;
        for (const std::string& frame : error.stack) {
            out += '\n';
            out += frame;
        }
        break;
    case Runtime::Go:
        appendGoTime(out, ms);
        out += " {\"errorMessage\":";
        appendJsonString(out, error.message);
        out += ",\"errorType\":";
        appendJsonString(out, error.type);
        out += "}\n";
        break;
    case Runtime::Ruby:
        // Not used by the catalogue: Ruby functions in the demo have no unhandled errors.
        out += "Error raised from handler method\n{\"errorMessage\":";
        appendJsonString(out, error.message);
        out += ",\"errorType\":\"Function<" + error.type + ">\"}";
        break;
    }
    return out;
}

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
    std::string out = "START RequestId: ";
    out += requestId;
    out += " Version: ";
    appendVersion(out, version);
    out += '\n';
    return out;
}

std::string endLine(std::string_view requestId)
{
    std::string out = "END RequestId: ";
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
