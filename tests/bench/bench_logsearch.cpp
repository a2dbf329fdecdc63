// Filter throughput of the log search engine over 10M synthetic Lambda-like lines held in memory.
// Usage: bench_logsearch [lines]   (default 10000000). Prints MB/s per filter, median of 5 runs:
// wall time (what the user waits for; the engine scans chunks on every core) and CPU time of all
// threads (what the filter costs, independent of other load on a shared machine).
#include "logsearch/filterengine.h"
#include "logsearch/memorylinesource.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace ll;

namespace {

std::shared_ptr<MemoryLineSource> makeSource(uint32_t lines)
{
    auto s = std::make_shared<MemoryLineSource>();
    for (int f = 0; f < 40; ++f)
        s->addFunction(QStringLiteral("service-%1-handler").arg(f));
    s->reserve(lines, size_t(lines) * 130);
    std::mt19937 rng(42);
    const char* const verbs[] = { "processed order", "fetched customer", "published event", "cached item",
        "validated payload", "charged card" };
    const char* const levels[] = { "INFO", "INFO", "INFO", "DEBUG", "WARN", "ERROR" };
    char buf[256];
    int64_t inv = -1;
    for (uint32_t i = 0; i < lines; ++i) {
        if (i % 12 == 0) {
            const uint32_t r = rng();
            inv = s->addInvocation(r % 50 == 0 ? Outcome::Error : (r % 211 == 0 ? Outcome::Timeout : Outcome::Ok),
                std::to_string(r));
        }
        const uint32_t r = rng();
        const int lv = int(r % 6);
        int n;
        if (r % 5000 == 0) {
            n = std::snprintf(buf, sizeof buf,
                "2026-11-28T09:%02u:%02u.%03uZ\t%08x-4c1d-4e2f-9a3b-%012x\tERROR\tTask timed out after 3.00 seconds",
                (i / 60000) % 60, (i / 1000) % 60, i % 1000, r, i);
        } else {
            n = std::snprintf(buf, sizeof buf,
                "2026-11-28T09:%02u:%02u.%03uZ\t%08x-4c1d-4e2f-9a3b-%012x\t%s\t%s %u for customer c-%u in %u ms",
                (i / 60000) % 60, (i / 1000) % 60, i % 1000, r, i, levels[lv], verbs[(r >> 8) % 6], (r >> 4) % 100000,
                (r >> 12) % 9000, (r >> 20) % 400);
        }
        s->append(int64_t(i), (r >> 3) % 40, inv, lv == 5 ? LogLevel::Error : (lv == 4 ? LogLevel::Warn : LogLevel::Info),
            std::string_view(buf, size_t(n)));
    }
    return s;
}

// The machine is shared: other processes' load explains a wall time far above cpu / cores.
double loadAverage()
{
    double load = 0;
    if (FILE* f = std::fopen("/proc/loadavg", "r")) {
        if (std::fscanf(f, "%lf", &load) != 1)
            load = 0;
        std::fclose(f);
    }
    return load;
}

double cpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// Wall seconds; *cpu gets the CPU seconds of all threads (the machine may be shared: CPU time
// shows what the filter costs independent of other load).
double runOnce(FilterEngine& engine, const FilterSpec& spec, uint32_t* matches, double* cpu)
{
    const double cpu0 = cpuSeconds();
    engine.clear();
    QEventLoop loop;
    QObject::connect(&engine, &FilterEngine::resultsChanged, &loop, &QEventLoop::quit);
    QElapsedTimer t;
    t.start();
    engine.setFilter(spec);
    if (engine.isRunning())
        loop.exec();
    const double s = double(t.nsecsElapsed()) / 1e9;
    *matches = engine.rowCount();
    *cpu = cpuSeconds() - cpu0;
    return s;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const uint32_t lines = argc > 1 ? uint32_t(std::strtoul(argv[1], nullptr, 10)) : 10000000u;
    QElapsedTimer build;
    build.start();
    auto src = makeSource(lines);
    const double mb = double(src->textBytes()) / 1e6;
    std::printf("lines: %u, message bytes: %.1f MB (%.0f B/line), built in %.1f s, threads: %d\n", lines, mb,
        double(src->textBytes()) / lines, double(build.elapsed()) / 1000.0, QThread::idealThreadCount());

    std::fflush(stdout);
    FilterEngine engine;
    engine.setSource(src);

    struct Case {
        const char* name;
        FilterSpec spec;
    };
    auto text = [](const char* t, bool regex, bool cs) {
        FilterSpec s;
        s.text = QString::fromLatin1(t);
        s.regex = regex;
        s.caseSensitive = cs;
        return s;
    };
    FilterSpec failed;
    failed.failedOnly = true;
    const Case cases[] = {
        { "literal, case-sensitive   \"timed out\"", text("timed out", false, true) },
        { "literal, case-insensitive \"TIMED OUT\"", text("TIMED OUT", false, false) },
        { "regex  \"time.{0,2}out|TypeError\"", text("time.{0,2}out|TypeError", true, true) },
        { "regex  \"customer c-12\\d\\d in [0-9]{3} ms\"", text("customer c-12\\d\\d in [0-9]{3} ms", true, true) },
        { "regex, case-insensitive \"timed\\s+out\"", text("timed\\s+out", true, false) },
        { "failed invocations only (no text)", failed },
    };
    for (const Case& c : cases) {
        std::vector<double> secs, cpus;
        uint32_t matches = 0;
        for (int i = 0; i < 5; ++i) {
            double cpu = 0;
            secs.push_back(runOnce(engine, c.spec, &matches, &cpu));
            cpus.push_back(cpu);
        }
        std::sort(secs.begin(), secs.end());
        std::sort(cpus.begin(), cpus.end());
        const double median = secs[2];
        const double cpu = cpus[2];
        // cpu/wall: how many cores the scan kept busy (2.0 on an idle 2-core machine).
        std::printf("%-44s wall %6.3f s %6.0f MB/s | cpu %6.3f s %6.0f MB/cpu-s, %d cores idle: %6.0f MB/s | "
                    "cpu/wall %.2f, load %.1f | %u matches\n",
            c.name, median, mb / median, cpu, mb / cpu, QThread::idealThreadCount(),
            mb / cpu * QThread::idealThreadCount(), cpu / median, loadAverage(), matches);
        std::fflush(stdout);
    }
    return 0;
}
