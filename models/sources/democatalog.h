#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace ll::demo {

enum class Runtime : uint8_t { Node, Python, Java, Dotnet, Go, Ruby };
enum class Traffic : uint8_t { Api, Worker, Schedule };

// Unhandled error templates; each one renders in its runtime's real format (demoruntimes.cpp).
enum class ErrorKind : uint8_t {
    NodeTypeError, NodeConnRefused, NodeNotFound, NodeThrottled,
    PyKeyError, PyThrottled, PyConnRefused, PyValueError,
    JavaIllegalState, JavaNullPointer,
    NetInvalidOperation, NetKeyNotFound, NetConditionalCheck,
    Go503, GoDial, GoNotFound,
};
bool isTransient(ErrorKind kind);

enum Extension : uint8_t { NoExtension = 0, InsightsAgent = 1, SecretsExtension = 2, DatadogAgent = 4 };

// One simulated function. Rates are per invocation; durations are at the initial memory size.
struct FunctionSpec {
    std::string_view name;
    Runtime runtime = Runtime::Node;
    bool json = false;
    Traffic traffic = Traffic::Api;
    double perDay = 0;            // Api/Worker: invocations per day at scale 1
    int everyMinutes = 0;         // Schedule: period
    uint32_t memoryMb = 128;
    uint32_t memoryAfterMb = 0;   // non-zero: memory changed to this at 12:00 of the window
    double timeoutS = 3;
    double medianMs = 50;
    double sigma = 0.5;
    double cpuShare = 0.1;        // part of the work that scales with vCPU (memory)
    double memBaseMb = 70;
    double memSpreadMb = 10;
    double errorRate = 0;
    double timeoutRate = 0;
    double nearTimeoutRate = 0;   // runs at 82-98% of the timeout
    double oomRate = 0;
    double crashRate = 0;
    double leakMbPerInvoke = 0;   // > 0: memory grows in an environment until it is killed
    bool oldOomForm = false;      // OOM shown as "signal: killed" after a plain REPORT
    int version = 0;              // 0: $LATEST, else the published version invoked
    bool snapStart = false;
    bool xray = false;
    uint8_t extensions = NoExtension;
    bool initLog = false;         // logs during init (Node prints request id "undefined")
    bool log4j = false;           // Java: log4j2 Lambda appender pattern instead of plain output
    double linesMean = 1.5;       // ordinary app lines per invocation
    double warnRate = 0.01;
    double debugRate = 0;
    double handledErrorRate = 0;  // ERROR-level lines the function logs and survives
    std::vector<ErrorKind> errors {};
    std::vector<std::string_view> info {};
    std::vector<std::string_view> warn {};
};

const std::vector<FunctionSpec>& demoCatalog();
std::string_view serviceOf(std::string_view functionName);
std::string_view runtimeLabel(Runtime runtime);   // "nodejs20.x", …
std::string_view runtimeVersion(Runtime runtime); // "nodejs:20.v22", …

} // namespace ll::demo
