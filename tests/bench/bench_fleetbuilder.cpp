// Assembly throughput of FleetBuilder (parse + invocation rebuild) on the demo fleet's events,
// separated from how they are produced. Prints medians of 5 runs.
#include "sources/demofleet.h"
#include "store/fleetbuilder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <ctime>
#include <cstdio>
#include <string>
#include <vector>

namespace {

struct Captured : ll::EventSink {
    struct E {
        int64_t t;
        std::string message, stream, function, id;
    };
    std::vector<E> events;
    uint64_t bytes = 0;
    void setDefaultFunction(std::string_view) override { }
    void addSkipped(const ll::SkippedInput&) override { }
    void addEvent(const ll::RawEvent& e) override
    {
        events.push_back({ e.timestampMs, std::string(e.message), std::string(e.logStream), std::string(e.function), std::string(e.eventId) });
        bytes += e.message.size();
    }
};

// Thread CPU time: the machine is shared, wall time would measure the neighbours.
double cpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const double scale = argc > 1 ? std::atof(argv[1]) : 1.0;
    Captured captured;
    ll::DemoOptions options;
    options.scale = scale;
    const double genStart = cpuMs();
    ll::generateDemoFleet(captured, options);
    const double genMs = cpuMs() - genStart;
    std::vector<double> addMs, finishMs;
    size_t invocations = 0;
    for (int run = 0; run < 5; ++run) {
        ll::FleetBuilder builder;
        double t = cpuMs();
        for (const auto& e : captured.events) {
            ll::RawEvent raw;
            raw.timestampMs = e.t;
            raw.message = e.message;
            raw.logStream = e.stream;
            raw.function = e.function;
            raw.eventId = e.id;
            builder.addEvent(raw);
        }
        addMs.push_back(cpuMs() - t);
        t = cpuMs();
        const ll::FleetPtr fleet = builder.finish();
        finishMs.push_back(cpuMs() - t);
        invocations = fleet->invocationCount();
    }
    const double n = double(captured.events.size());
    const double add = median(addMs), fin = median(finishMs);
    std::printf("events %.0f, message bytes %.1f MB, invocations %zu\n", n, captured.bytes / 1e6, invocations);
    std::printf("(CPU time of this thread, medians of 5)\ndemo generation: %.0f ms\n", genMs);
    std::printf("addEvent (parse + store): median %.0f ms = %.2f M events/s, %.0f MB/s of messages\n", add, n / add / 1e3, captured.bytes / 1e3 / add);
    std::printf("finish (order, assemble, stats): median %.0f ms\n", fin);
    std::printf("total: %.2f M events/s\n", n / (add + fin) / 1e3);
    return 0;
}
