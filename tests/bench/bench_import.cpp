// Import throughput: an aws-CLI-style export of realistic Lambda events, read into a counting
// sink and into FleetBuilder, compared with `wc -l` on the same file. Prints figures; not a test.
//
//   bench_import [events=2200000] [runs=5] [--no-fleet]
//
// The counting sink is fed twice: all in one thread (CPU per core), and with large exports parsed
// ahead in one thread per core (ImportControl::parseThreads). Resident memory is measured with
// the FleetBuilder destroyed, as in the app once loading ends.

#include "sources/fileimporter.h"
#include "store/fleetbuilder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <malloc.h>
#include <memory>
#include <sys/resource.h>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

struct Rng {
    uint64_t s = 0x9E3779B97F4A7C15ull;
    uint64_t next()
    {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        return s;
    }
    int below(int n) { return static_cast<int>(next() % static_cast<uint64_t>(n)); }
};

std::string hex(Rng& rng, int digits)
{
    static const char* d = "0123456789abcdef";
    std::string out;
    while (static_cast<int>(out.size()) < digits) {
        uint64_t v = rng.next();
        for (int i = 0; i < 16 && static_cast<int>(out.size()) < digits; ++i, v >>= 4)
            out.push_back(d[v & 15]);
    }
    return out;
}

std::string uuid(Rng& rng)
{
    const std::string h = hex(rng, 32);
    return h.substr(0, 8) + '-' + h.substr(8, 4) + '-' + h.substr(12, 4) + '-' + h.substr(16, 4) + '-' + h.substr(20);
}

void appendJsonString(std::string& out, const std::string& s)
{
    out.push_back('"');
    for (const char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        default: out.push_back(c);
        }
    }
    out.push_back('"');
}

std::string isoMs(int64_t ms)
{
    const time_t secs = static_cast<time_t>(ms / 1000);
    tm t{};
    gmtime_r(&secs, &t);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", t.tm_year + 1900, t.tm_mon + 1, t.tm_mday,
                  t.tm_hour, t.tm_min, t.tm_sec, static_cast<int>(ms % 1000));
    return buf;
}

// Invocations of a Node.js function spread over 24 execution environments; each writes START,
// one to three application lines (some JSON, some a multi-line stack trace), END and REPORT.
struct Generated {
    uint64_t events = 0;
    uint64_t messageBytes = 0;
    uint64_t fileBytes = 0;
};

Generated writeExport(const QString& path, uint64_t wanted)
{
    Generated g;
    FILE* f = std::fopen(QFile::encodeName(path).constData(), "wb");
    if (!f)
        return g;
    Rng rng;
    std::vector<std::string> streams;
    for (int i = 0; i < 24; ++i)
        streams.push_back("2024/03/13/[$LATEST]" + hex(rng, 32));
    std::string out = "{\n    \"events\": [\n";
    int64_t ts = 1710356183000;
    bool first = true;
    auto event = [&](const std::string& stream, const std::string& message) {
        out += first ? "        {\n" : ",\n        {\n";
        first = false;
        out += "            \"logStreamName\": \"" + stream + "\",\n";
        out += "            \"timestamp\": " + std::to_string(ts) + ",\n";
        out += "            \"message\": ";
        appendJsonString(out, message);
        out += ",\n            \"ingestionTime\": " + std::to_string(ts + 40 + rng.below(400)) + ",\n";
        out += "            \"eventId\": \"3818" + std::to_string(1000000000000000000ull + rng.next() % 8000000000000000000ull)
            + std::to_string(1000000000000000000ull + rng.next() % 8000000000000000000ull) + "0000000000000000\"\n        }";
        ++g.events;
        g.messageBytes += message.size();
        ts += 1 + rng.below(7);
        if (out.size() > (8 << 20)) {
            std::fwrite(out.data(), 1, out.size(), f);
            g.fileBytes += out.size();
            out.clear();
        }
    };
    static const char* items[] = {"sku-991", "sku-1204", "sku-77", "sku-30412"};
    while (g.events < wanted) {
        const std::string& stream = streams[static_cast<size_t>(rng.below(24))];
        const std::string id = uuid(rng);
        event(stream, "START RequestId: " + id + " Version: $LATEST\n");
        const int lines = 1 + rng.below(3);
        for (int l = 0; l < lines; ++l) {
            const std::string prefix = isoMs(ts) + "\t" + id + "\t";
            switch (rng.below(4)) {
            case 0:
                event(stream, prefix + "INFO\torder accepted orderId=o-" + std::to_string(rng.below(99999)) + " items="
                                  + std::to_string(1 + rng.below(9)) + " total=" + std::to_string(rng.below(50000) / 100.0)
                                  + " currency=EUR customer=c-" + std::to_string(rng.below(999999)) + " channel=web\n");
                break;
            case 1:
                event(stream, prefix + "INFO\t{\"level\":\"info\",\"msg\":\"fetched item\",\"sku\":\"" + items[rng.below(4)]
                                  + "\",\"latencyMs\":" + std::to_string(rng.below(4000) / 10.0) + ",\"cache\":\"miss\",\"region\":\"eu-west-1\"}\n");
                break;
            case 2:
                event(stream, prefix + "WARN\tretrying call to inventory service attempt=" + std::to_string(1 + rng.below(3))
                                  + " backoffMs=" + std::to_string(rng.below(800)) + " upstream=https://inventory.internal/v2/items\n");
                break;
            default:
                event(stream, prefix + "ERROR\tInvoke Error \t{\"errorType\":\"TypeError\",\"errorMessage\":\"Cannot read properties of undefined (reading 'sku')\",\"stack\":[\"TypeError: Cannot read properties of undefined\",\"    at priceLine (file:///var/task/index.mjs:41:23)\"]}\n");
                break;
            }
        }
        event(stream, "END RequestId: " + id + "\n");
        const int dur = 500 + rng.below(300000);
        event(stream, "REPORT RequestId: " + id + "\tDuration: " + std::to_string(dur / 100) + "." + std::to_string(10 + dur % 90)
                          + " ms\tBilled Duration: " + std::to_string(dur / 100 + 1) + " ms\tMemory Size: 512 MB\tMax Memory Used: "
                          + std::to_string(60 + rng.below(200)) + " MB\t\n");
    }
    out += "\n    ],\n    \"searchedLogStreams\": [],\n    \"nextToken\": \"Bxkq6kVGFtq2y_MoigeqscPOdhXVbhiVtLoAmXb5jCo\"\n}\n";
    std::fwrite(out.data(), 1, out.size(), f);
    g.fileBytes += out.size();
    std::fclose(f);
    return g;
}

class CountingSink final : public ll::EventSink {
public:
    void setDefaultFunction(std::string_view) override {}
    void addEvent(const ll::RawEvent& e) override
    {
        ++events;
        bytes += e.message.size();
        checksum += static_cast<uint64_t>(e.timestampMs) + e.logStream.size();
    }
    void addSkipped(const ll::SkippedInput&) override { ++skipped; }
    uint64_t events = 0, bytes = 0, checksum = 0, skipped = 0;
};

// CPU seconds (user + system) of this process; the machine is shared, so wall time says
// little about the importer, CPU time says how fast it runs per core.
double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double childrenCpuSeconds()
{
    rusage ru{};
    getrusage(RUSAGE_CHILDREN, &ru);
    return double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

uint64_t residentBytes()
{
    FILE* f = std::fopen("/proc/self/statm", "r");
    unsigned long size = 0, resident = 0;
    if (f) {
        if (std::fscanf(f, "%lu %lu", &size, &resident) != 2)
            resident = 0;
        std::fclose(f);
    }
    return static_cast<uint64_t>(resident) * static_cast<uint64_t>(sysconf(_SC_PAGESIZE));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const uint64_t wanted = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 2200000;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 5;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orders-api.json"));
    QElapsedTimer timer;
    timer.start();
    const Generated g = writeExport(path, wanted);
    std::printf("generated %llu events, %.1f MB file (%.0f bytes/event in the file, %.0f message bytes/event) in %.1f s\n",
                static_cast<unsigned long long>(g.events), g.fileBytes / 1e6, double(g.fileBytes) / double(g.events),
                double(g.messageBytes) / double(g.events), timer.elapsed() / 1000.0);

    std::vector<double> wcWall, wcCpu;
    for (int r = 0; r < runs + 1; ++r) {   // the first run warms the page cache and is dropped
        QProcess wc;
        const double cpu0 = childrenCpuSeconds();
        timer.restart();
        wc.start(QStringLiteral("wc"), {QStringLiteral("-l"), path});
        wc.waitForFinished(-1);
        if (r > 0) {
            wcWall.push_back(timer.nsecsElapsed() / 1e9);
            wcCpu.push_back(childrenCpuSeconds() - cpu0);
        }
    }
    const double wcl = median(wcCpu), wcw = median(wcWall);
    std::printf("wc -l on the same file, median of %d runs: CPU %.3f s = %.0f MB/s (wall %.3f s, including starting the process)\n",
                runs, wcl, g.fileBytes / wcl / 1e6, wcw);

    // parseThreads 1: everything in the importing thread (CPU per core); 0: large exports are
    // parsed ahead in one thread per core (what the app does; wall time is what shrinks).
    for (const int threads : {1, 0}) {
        std::vector<double> importWall, importCpu, importMainCpu;
        for (int r = 0; r < runs + 1; ++r) {   // the first run warms the page cache and is dropped
            CountingSink sink;
            ll::ImportControl control;
            control.parseThreads = threads;
            const double cpu0 = processCpuSeconds();
            const double main0 = threadCpuSeconds();
            timer.restart();
            const ll::ImportResult result = ll::importFiles({path}, sink, control);
            const double wall = timer.nsecsElapsed() / 1e9;
            const double cpu = processCpuSeconds() - cpu0;
            if (r > 0) {
                importWall.push_back(wall);
                importCpu.push_back(cpu);
                importMainCpu.push_back(threadCpuSeconds() - main0);
            }
            if (result.events != g.events || sink.skipped) {
                std::printf("ERROR: imported %llu of %llu events, %llu skipped\n", static_cast<unsigned long long>(result.events),
                            static_cast<unsigned long long>(g.events), static_cast<unsigned long long>(sink.skipped));
                return 1;
            }
        }
        const double imp = median(importCpu), impWall = median(importWall);
        std::printf("import into counting sink, %s, median of %d runs: CPU %.3f s = %.0f MB/s per core, %.2f M events/s; wall %.3f s = %.0f MB/s\n",
                    threads == 1 ? "one thread" : "parsed ahead in one thread per core", runs, imp, g.fileBytes / imp / 1e6,
                    g.events / imp / 1e6, impWall, g.fileBytes / impWall / 1e6);
        std::printf("  / wc -l: CPU time ratio %.2f, wall time ratio %.2f (target <= 4)\n", imp / wcl, impWall / wcw);
        // The machine is shared: the fastest run is the one least disturbed by other processes.
        const double bestImp = *std::min_element(importCpu.begin(), importCpu.end());
        const double bestImpWall = *std::min_element(importWall.begin(), importWall.end());
        const double bestWc = *std::min_element(wcCpu.begin(), wcCpu.end());
        const double bestWcWall = *std::min_element(wcWall.begin(), wcWall.end());
        std::printf("  fastest runs: CPU ratio %.2f, wall ratio %.2f\n", bestImp / bestWc, bestImpWall / bestWcWall);
        if (threads != 1) {
            // On a busy machine wall time mostly measures the other processes. On idle cores the
            // import takes about the larger of the importing thread's CPU time and the total CPU
            // time shared by all cores.
            const long cores = sysconf(_SC_NPROCESSORS_ONLN);
            const double mainCpu = median(importMainCpu);
            const double idle = std::max(mainCpu, imp / double(std::max(1L, cores)));
            std::printf("  importing thread CPU %.3f s; estimate on %ld idle cores: %.3f s = %.0f MB/s, %.2f x wc -l CPU time\n",
                        mainCpu, cores, idle, g.fileBytes / idle / 1e6, idle / wcl);
        }
    }

    if (argc > 3 && std::string(argv[3]) == "--no-fleet")
        return 0;
    // FleetBuilder: time and resident memory. malloc_trim returns freed heap so that statm shows
    // what is kept, not what the allocator holds on to.
    for (const bool reserve : {false, true}) {
        // Medians of 3 imports (each a fresh builder); resident memory from the last one.
        std::vector<double> cpuImport, wallImport, cpuFinish, wallFinish;
        uint64_t before = 0, afterImport = 0, afterFinish = 0;
        ll::ImportResult result;
        ll::FleetPtr fleet;
        for (int rep = 0; rep < 3; ++rep) {
            fleet.reset();
            malloc_trim(0);
            before = residentBytes();
            auto ownBuilder = std::make_unique<ll::FleetBuilder>();
            ll::FleetBuilder& builder = *ownBuilder;
            if (reserve)
                builder.reserve(g.messageBytes, g.events);
            double cpu0 = processCpuSeconds();
            timer.restart();
            result = ll::importFiles({path}, builder);
            cpuImport.push_back(processCpuSeconds() - cpu0);
            wallImport.push_back(timer.nsecsElapsed() / 1e9);
            malloc_trim(0);
            afterImport = residentBytes();
            cpu0 = processCpuSeconds();
            timer.restart();
            fleet = builder.finish();
            cpuFinish.push_back(processCpuSeconds() - cpu0);
            wallFinish.push_back(timer.nsecsElapsed() / 1e9);
            ownBuilder.reset(); // what stays is the Fleet, as in the app once the loading job ends
            malloc_trim(0);
            afterFinish = residentBytes();
        }
        const double tImport = median(cpuImport), tImportWall = median(wallImport), tFinish = median(cpuFinish),
                     tFinishWall = median(wallFinish);
        auto perEvent = [&](uint64_t rss) {
            return (double(rss) - double(before) - double(g.messageBytes)) / double(result.events);
        };
        std::printf("import into FleetBuilder%s: CPU %.3f s = %.0f MB/s, %.2f M events/s (wall %.3f s, %.2f x wc -l); %zu invocations\n",
                    reserve ? " (reserve() with exact sizes)" : "", tImport, g.fileBytes / tImport / 1e6,
                    result.events / tImport / 1e6, tImportWall, tImportWall / wcw, fleet ? fleet->invocationCount() : size_t(0));
        std::printf("  then finish(): CPU %.3f s, wall %.3f s; import and finish together: wall %.3f s = %.2f x wc -l\n", tFinish,
                    tFinishWall, tImportWall + tFinishWall, (tImportWall + tFinishWall) / wcw);
        std::printf("  resident beyond raw message bytes: %.1f bytes/event after import, %.1f bytes/event with the finished Fleet alone (builder destroyed; target <= 40)\n",
                    perEvent(afterImport), perEvent(afterFinish));
        if (fleet)
            std::printf("  the Fleet's own accounting (Fleet::memoryBytes): %.1f bytes/event beyond message bytes\n",
                        (double(fleet->memoryBytes()) - double(g.messageBytes)) / double(result.events));
    }
    return 0;
}
