// Memory & cost analysis throughput: binning the memory chart data, sizing, heatmap, insight rules
// and applying binned data to the Qt Charts widget, on a synthetic table of 200 functions with
// 1M invocations in total over 7 days. Prints medians; run by hand:
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_sizing [--functions N] [--invocations N] [--runs N]
#include "analysis/heatmap.h"
#include "analysis/insightrules.h"
#include "analysis/memorybins.h"
#include "analysis/sizing.h"
#include "memory/memorychart.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>
#include <ctime>

using namespace ll;

namespace {

InvocationColumns synthetic(int functions, int invocations)
{
    InvocationColumns c;
    const int64_t t0 = 1'700'000'000'000;
    const int64_t span = 7 * 86'400'000LL;
    std::mt19937_64 rng(42);
    std::uniform_real_distribution<double> u(0, 1);
    const int per = invocations / functions;
    auto reserve = [&](auto& v) { v.reserve(size_t(invocations)); };
    reserve(c.function), reserve(c.stream), reserve(c.startMs), reserve(c.endMs), reserve(c.durationMs);
    reserve(c.billedDurationMs), reserve(c.initDurationMs), reserve(c.restoreDurationMs);
    reserve(c.billedRestoreDurationMs), reserve(c.memorySizeMb), reserve(c.maxMemoryUsedMb), reserve(c.outcome);
    reserve(c.flags), reserve(c.firstLine), reserve(c.lineCount), reserve(c.errorLines), reserve(c.warnLines);
    reserve(c.firstAttempt), reserve(c.requestId), reserve(c.traceId), reserve(c.errorType);
    const uint16_t sizes[] = { 128, 256, 512, 1024, 1769, 2048, 3008 };
    for (int f = 0; f < functions; ++f) {
        const uint16_t size = sizes[f % 7];
        const uint16_t size2 = sizes[(f + 1) % 7];
        const double used = size * (0.2 + 0.7 * u(rng));
        const double dur = 5 + 2000 * u(rng) * u(rng);
        for (int i = 0; i < per; ++i) {
            const int64_t start = t0 + span * i / per;
            const bool second = f % 5 == 0 && i > per / 2;   // some change size mid-window
            const uint16_t s = second ? size2 : size;
            const bool cold = u(rng) < 0.02;
            const double d = dur * (0.5 + u(rng));
            c.function.push_back(uint32_t(f));
            c.stream.push_back(0);
            c.startMs.push_back(start);
            c.endMs.push_back(start + int64_t(d));
            c.durationMs.push_back(float(d));
            c.billedDurationMs.push_back(float(std::ceil(d)));
            c.initDurationMs.push_back(cold ? 300.f : -1.f);
            c.restoreDurationMs.push_back(-1);
            c.billedRestoreDurationMs.push_back(-1);
            c.memorySizeMb.push_back(s);
            c.maxMemoryUsedMb.push_back(uint16_t(std::min<double>(s, used * (0.8 + 0.4 * u(rng)))));
            const double o = u(rng);
            c.outcome.push_back(o < 0.001 ? Outcome::OutOfMemory : o < 0.01 ? Outcome::Error : Outcome::Ok);
            c.flags.push_back(uint8_t(HasStart | HasReport | (cold ? ColdStart : 0)));
            c.firstLine.push_back(0);
            c.lineCount.push_back(3);
            c.errorLines.push_back(0);
            c.warnLines.push_back(0);
            c.firstAttempt.push_back(-1);
            c.requestId.push_back(0);
            c.traceId.push_back(0);
            c.errorType.push_back(0);
        }
    }
    return c;
}

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Median wall time; the median CPU time of the calling thread goes to *cpuMs (on a shared,
// overloaded machine wall time mostly measures the other processes).
double medianMs(int runs, const std::function<void()>& work, double* cpuMs = nullptr)
{
    std::vector<double> times, cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        const double c0 = threadCpuMs();
        t.start();
        work();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
        cpu.push_back(threadCpuMs() - c0);
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    if (cpuMs)
        *cpuMs = cpu[cpu.size() / 2];
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption functionsOpt(QStringLiteral("functions"), QStringLiteral("Functions."), QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption invocationsOpt(QStringLiteral("invocations"), QStringLiteral("Invocations in total."), QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Runs per figure."), QStringLiteral("N"), QStringLiteral("11"));
    const QCommandLineOption binsOpt(QStringLiteral("bins"), QStringLiteral("Time bins per function."), QStringLiteral("N"), QStringLiteral("300"));
    parser.addOptions({ functionsOpt, invocationsOpt, runsOpt, binsOpt });
    parser.process(app);
    const int functions = parser.value(functionsOpt).toInt();
    const int invocations = parser.value(invocationsOpt).toInt();
    const int runs = parser.value(runsOpt).toInt();
    const int bins = parser.value(binsOpt).toInt();

    QElapsedTimer gen;
    gen.start();
    const InvocationColumns c = synthetic(functions, invocations);
    std::printf("table: %d functions, %zu invocations (generated in %.0f ms)\n", functions, c.size(), double(gen.elapsed()));
    const auto rows = functionRows(c);

    MemoryBinSpec spec;
    spec.bins = bins;
    spec.histogramBuckets = 10;
    std::vector<MemorySeries> series;
    double binningCpu = 0;
    const double binning = medianMs(runs, [&] { series = binMemory(c, rows, spec); }, &binningCpu);
    std::printf("memory binning, all %d functions x %d bins (band min/p50/p95/max, cold/warm, OOM, sizes, histogram): median %.1f ms wall, %.1f ms CPU\n",
                functions, bins, binning, binningCpu);

    MemoryChart chart;
    chart.resize(1400, 500);
    std::vector<MemorySeries> shown(series.begin(), series.begin() + std::min<size_t>(series.size(), size_t(MemoryChart::maxFunctions())));
    double chartCpu = 0;
    const double chartUpdate = medianMs(runs, [&] { chart.setSeries(shown); }, &chartCpu);
    std::printf("chart update (Qt Charts series rebuilt for %zu shown functions): median %.1f ms wall, %.1f ms CPU\n", shown.size(), chartUpdate, chartCpu);
    std::printf("=> binning + chart update: median %.1f ms wall, %.1f ms CPU (target < 50 ms)\n", binning + chartUpdate, binningCpu + chartCpu);

    SizingOptions o;
    o.prices = PriceTable::builtin();
    double cpu = 0;
    const double sizing = medianMs(runs, [&] { (void)sizeFunctions(c, {}, o); }, &cpu);
    std::printf("sizing, all functions (percentiles per size, CPU fit, costs): median %.1f ms wall, %.1f ms CPU\n", sizing, cpu);

    HeatmapSpec hs;
    hs.columns = 200;
    hs.rows = 40;
    const double heat = medianMs(runs, [&] { (void)buildHeatmap(c, rows, hs); }, &cpu);
    std::printf("duration heatmap 200x40, all functions: median %.1f ms wall, %.1f ms CPU\n", heat, cpu);

    InsightInput in;
    in.columns = &c;
    const double rules = medianMs(runs, [&] { (void)evaluateRules(in, {}); }, &cpu);
    std::printf("insight rules, all functions: median %.1f ms wall, %.1f ms CPU\n", rules, cpu);
    return 0;
}
