// Per-pixel lane aggregation alone (no painting), one thread: walking the rows (aggregateLane)
// against searching the lane index (aggregateIndexed), for the lanes a 1920 px timeline shows
// at several zoom levels. Prints median CPU milliseconds per frame's worth of lanes.
//   bench_laneaggregate [--invocations N] [--functions N] [--frames N] [--width PX] [--lanes N]
#include "timeline/laneindex.h"
#include "timeline/lanelayout.h"
#include "timeline/syntheticcolumns.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace ll;

namespace {

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("invocations"), QStringLiteral("Invocations."), QStringLiteral("n"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("functions"), QStringLiteral("Functions."), QStringLiteral("n"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("frames"), QStringLiteral("Repetitions."), QStringLiteral("n"), QStringLiteral("15")});
    parser.addOption({QStringLiteral("width"), QStringLiteral("Axis width."), QStringLiteral("px"), QStringLiteral("1710")});
    parser.addOption({QStringLiteral("lanes"), QStringLiteral("Function lanes per frame."), QStringLiteral("n"), QStringLiteral("41")});
    parser.process(app);
    const int frames = std::max(1, parser.value(QStringLiteral("frames")).toInt());
    const int width = parser.value(QStringLiteral("width")).toInt();
    const int laneCount = parser.value(QStringLiteral("lanes")).toInt();
    constexpr int64_t start = 1795000000000;
    const int64_t span = 168 * 3600000LL;
    const TimelineSource src = makeSyntheticSource(parser.value(QStringLiteral("functions")).toInt(),
                                                   parser.value(QStringLiteral("invocations")).toInt(), start, span, 7);
    double t0 = cpuMs();
    const auto index = TimelineIndex::build(src);
    std::printf("index build (one thread): %.0f ms\n", cpuMs() - t0);

    LaneLayout open, collapsed;
    open.setSource(src);
    collapsed.setSource(src);
    for (const TimelineFunction& f : src.functions)
        collapsed.setServiceCollapsed(laneServiceName(f), true);
    auto pick = [](const LaneLayout& layout, Lane::Kind kind, int n) {
        std::vector<const Lane*> out;
        for (const Lane& l : layout.lanes())
            if (l.kind == kind && int(out.size()) < n)
                out.push_back(&l);
        return out;
    };
    const auto functionLanes = pick(open, Lane::Kind::Function, laneCount);
    const auto serviceLanes = pick(collapsed, Lane::Kind::Service, 1000);
    const double mid = double(start) + double(span) / 2;
    struct Level {
        const char* name;
        double spanMs;
        bool services;
    };
    const Level levels[] = {{"full range", double(span), false}, {"1 h", 3600000.0, false}, {"1 min", 60000.0, false},
                            {"collapsed", double(span), true}};
    std::printf("%-11s %6s %12s %12s %12s\n", "zoom", "lanes", "walk cpu ms", "index cpu ms", "paint cpu ms");
    LaneAggregate agg;
    for (const Level& level : levels) {
        const auto& lanes = level.services ? serviceLanes : functionLanes;
        const TimeAxis axis(mid - level.spanMs / 2, mid + level.spanMs / 2, width);
        std::vector<double> walk, searched, paint;
        for (int i = 0; i < frames; ++i) {
            t0 = cpuMs();
            for (const Lane* lane : lanes)
                aggregateLane(*src.columns, *lane, axis, agg);
            walk.push_back(cpuMs() - t0);
            t0 = cpuMs();
            for (const Lane* lane : lanes)
                aggregateIndexed(*index->find(*lane), axis, agg);
            searched.push_back(cpuMs() - t0);
            // As the painter does: column bounds once per frame, no max duration.
            t0 = cpuMs();
            const ColumnBounds bounds(axis);
            for (const Lane* lane : lanes)
                aggregateIndexed(*index->find(*lane), bounds, agg, false);
            paint.push_back(cpuMs() - t0);
        }
        std::printf("%-11s %6zu %12.2f %12.2f %12.2f\n", level.name, lanes.size(), median(walk), median(searched), median(paint));
    }
    return 0;
}
