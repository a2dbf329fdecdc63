// Prints how long the default demo fleet takes to generate (median of runs) and what it contains.
// Run: build/tests/bench/bench_demofleet [runs] [seed]   (BENCH_NO_HASH=1: skip the content-hash run)
#include "sources/demofleet.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <ctime>
#include <string>
#include <cstdio>
#include <vector>

namespace {
class CountingSink : public ll::EventSink {
public:
    void setDefaultFunction(std::string_view) override { }
    void addSkipped(const ll::SkippedInput&) override { }
    void addEvent(const ll::RawEvent& e) override
    {
        ++events;
        bytes += e.message.size();
        if (!hashing)
            return;
        for (std::string_view part : { e.message, e.logStream, e.eventId }) {
            for (unsigned char c : part)
                hash = (hash ^ c) * 0x100000001B3ull;
        }
        hash = (hash ^ static_cast<uint64_t>(e.timestampMs)) * 0x100000001B3ull;
    }
    uint64_t events = 0;
    uint64_t bytes = 0;
    uint64_t hash = 0xCBF29CE484222325ull;
    bool hashing = false; // off in timed runs
};
}

// "dump <function> [count]": prints that function's first events as the sink receives them.
class DumpSink : public ll::EventSink {
public:
    void setDefaultFunction(std::string_view) override { }
    void addSkipped(const ll::SkippedInput&) override { }
    void addEvent(const ll::RawEvent& e) override
    {
        if (e.function != function || printed >= limit)
            return;
        ++printed;
        std::printf("%lld %.*s | %.*s\n", static_cast<long long>(e.timestampMs), int(e.logStream.size()),
                    e.logStream.data(), int(e.message.size()), e.message.data());
    }
    std::string function;
    int limit = 60;
    int printed = 0;
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 2 && std::string(argv[1]) == "dump") {
        DumpSink dump;
        dump.function = argv[2];
        dump.limit = argc > 3 ? std::atoi(argv[3]) : 60;
        ll::generateDemoFleet(dump, ll::DemoOptions());
        return 0;
    }
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    ll::DemoOptions options;
    if (argc > 2)
        options.seed = std::strtoull(argv[2], nullptr, 10);
    std::vector<double> times, cpuTimes;
    auto cpuMs = [] {
        timespec ts;
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    };
    ll::DemoTruth truth;
    CountingSink sink;
    for (int i = 0; i < runs; ++i) {
        sink = CountingSink();
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = cpuMs();
        ll::generateDemoFleet(sink, options, &truth);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpuTimes.push_back(cpuMs() - cpuStart);
    }
    std::sort(times.begin(), times.end());
    std::sort(cpuTimes.begin(), cpuTimes.end());
    if (!qEnvironmentVariableIsSet("BENCH_NO_HASH")) { // e.g. under callgrind, to count generation only
        CountingSink hashed;
        hashed.hashing = true;
        ll::generateDemoFleet(hashed, options);
        sink.hash = hashed.hash;
    }
    std::printf("generateDemoFleet seed %llu: median %.1f ms wall, %.1f ms CPU over %d runs (wall min %.1f, max %.1f); "
                "%llu events, %.1f MB of messages, content hash %016llx\n",
                static_cast<unsigned long long>(options.seed), times[times.size() / 2], cpuTimes[cpuTimes.size() / 2],
                runs, times.front(), times.back(), static_cast<unsigned long long>(sink.events), double(sink.bytes) / 1e6,
                static_cast<unsigned long long>(sink.hash));
    std::printf("%-24s %-20s %-4s %8s %6s %6s %6s %6s %6s %6s %6s %6s %s\n", "function", "runtime", "fmt", "invoc",
                "incmpl", "cold", "retry", "error", "tmout", "oom", "crash", "maxMB", "memory");
    ll::DemoFunctionTruth total;
    for (const ll::DemoFunctionTruth& f : truth.functions) {
        QString sizes;
        for (uint32_t s : f.memorySizesMb)
            sizes += (sizes.isEmpty() ? QString() : QStringLiteral("->")) + QString::number(s);
        std::printf("%-24s %-20s %-4s %8llu %6llu %6llu %6llu %6llu %6llu %6llu %6llu %6u %s\n", qPrintable(f.name),
                    qPrintable(f.runtime), f.jsonFormat ? "json" : "text", (unsigned long long)f.invocations,
                    (unsigned long long)f.incomplete, (unsigned long long)f.coldStarts, (unsigned long long)f.retries,
                    (unsigned long long)f.errors, (unsigned long long)f.timeouts, (unsigned long long)f.outOfMemory,
                    (unsigned long long)f.crashes, f.maxMemoryUsedMb, qPrintable(sizes));
        total.invocations += f.invocations;
        total.incomplete += f.incomplete;
        total.coldStarts += f.coldStarts;
        total.retries += f.retries;
        total.errors += f.errors;
        total.timeouts += f.timeouts;
        total.outOfMemory += f.outOfMemory;
        total.crashes += f.crashes;
    }
    std::printf("%-24s %-20s %-4s %8llu %6llu %6llu %6llu %6llu %6llu %6llu %6llu\n", "TOTAL", "", "",
                (unsigned long long)total.invocations, (unsigned long long)total.incomplete,
                (unsigned long long)total.coldStarts, (unsigned long long)total.retries, (unsigned long long)total.errors,
                (unsigned long long)total.timeouts, (unsigned long long)total.outOfMemory,
                (unsigned long long)total.crashes);
    return 0;
}
