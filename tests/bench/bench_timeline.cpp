// Paints a 1920x1080 timeline over 1M invocations in 200 lanes into a QImage at several zoom
// levels and prints the median milliseconds per frame. Target: <= 8 ms.
//   bench_timeline [--invocations N] [--functions N] [--frames N] [--png DIR] [--dpr R] [--no-index] [--levels full,collapsed]
#include "../models/fixtureevents.h"
#include "selection/selection.h"
#include "timeline/fleetsource.h"
#include "timeline/syntheticcolumns.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace ll;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// CPU time of the process (all threads): on a loaded machine wall time also counts waiting.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("invocations"), QStringLiteral("Invocations."), QStringLiteral("n"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("functions"), QStringLiteral("Functions (lanes)."), QStringLiteral("n"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("frames"), QStringLiteral("Frames per zoom level."), QStringLiteral("n"), QStringLiteral("21")});
    parser.addOption({QStringLiteral("png"), QStringLiteral("Write one PNG per zoom level here."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("dpr"), QStringLiteral("Device pixel ratio."), QStringLiteral("r"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("hours"), QStringLiteral("Time span of the data."), QStringLiteral("h"), QStringLiteral("168")});
    parser.addOption({QStringLiteral("showcase"), QStringLiteral("For screenshots: split the first function into environments, "
                                                                 "collapse the last service, select a failure.")});
    parser.addOption({QStringLiteral("fixture"), QStringLiteral("Paint Lambda logs in the reference fixture format instead "
                                                                "(parsed by FleetBuilder)."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("grab"), QStringLiteral("Also save the widget as shown (scroll bar, overlay) at the 1 min level."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("width"), QStringLiteral("Image width."), QStringLiteral("px"), QStringLiteral("1920")});
    parser.addOption({QStringLiteral("height"), QStringLiteral("Image height."), QStringLiteral("px"), QStringLiteral("1080")});
    parser.addOption({QStringLiteral("no-index"), QStringLiteral("Build no lane index (normally built in a worker after "
                                                                 "loading): every frame walks the visible rows.")});
    parser.addOption({QStringLiteral("levels"), QStringLiteral("Only these zoom levels (comma separated: full, 1h, 1min, 10ms, "
                                                               "collapsed), e.g. to profile one."), QStringLiteral("list")});
    parser.process(app);
    const int invocations = parser.value(QStringLiteral("invocations")).toInt();
    const int functions = parser.value(QStringLiteral("functions")).toInt();
    const int frames = std::max(1, parser.value(QStringLiteral("frames")).toInt());
    const qreal dpr = parser.value(QStringLiteral("dpr")).toDouble();
    const QSize size(parser.value(QStringLiteral("width")).toInt(), parser.value(QStringLiteral("height")).toInt());

    constexpr int64_t start = 1795000000000;   // 2026-11-19
    const int64_t span = int64_t(parser.value(QStringLiteral("hours")).toDouble() * 3600000);
    QElapsedTimer build;
    build.start();
    const TimelineSource source = parser.isSet(QStringLiteral("fixture"))
        ? timelineSourceFromFleet(testing::buildFleet(testing::loadFixture(parser.value(QStringLiteral("fixture")))))
        : makeSyntheticSource(functions, invocations, start, span, 7);
    if (source.isEmpty()) {
        std::fprintf(stderr, "no invocations\n");
        return 1;
    }
    std::printf("data: %zu invocations in %zu functions, made in %lld ms\n", source.columns->size(),
                source.functions.size(), static_cast<long long>(build.elapsed()));

    TimelineView view;
    view.setIndexing(!parser.isSet(QStringLiteral("no-index")));
    Selection selection;
    view.setSelection(&selection);
    view.resize(size);
    build.restart();
    view.setSource(source);
    std::printf("setSource (lane layout, data range): %lld ms\n", static_cast<long long>(build.elapsed()));
    // The index arrives through the event loop: wait for it, as a user would after loading.
    if (!parser.isSet(QStringLiteral("no-index"))) {
        build.restart();
        if (!view.isIndexReady()) {
            QEventLoop loop;
            QObject::connect(&view, &TimelineView::indexReady, &loop, &QEventLoop::quit);
            loop.exec();
        }
        std::printf("lane index (worker, wall): %lld ms\n", static_cast<long long>(build.elapsed()));
    } else {
        std::printf("lane index: not used\n");
    }

    // Zoom about a busy moment: the start of an invocation near the middle of the data.
    const InvocationColumns& c = *source.columns;
    const size_t firstFunctionRows = size_t(std::upper_bound(c.function.begin(), c.function.end(), c.function[0]) - c.function.begin());
    const auto middle = std::lower_bound(c.startMs.begin(), c.startMs.begin() + firstFunctionRows,
                                         (c.startMs.front() + c.startMs[firstFunctionRows - 1]) / 2);
    const double focus = double(*middle) + 2;
    // Highlight a few hundred failures, as an error cluster would.
    QSet<uint32_t> highlighted;
    for (uint32_t r = 0; r < c.size() && highlighted.size() < 300; r += 97)
        if (isFailure(c.outcome[r]))
            highlighted.insert(r);
    selection.setHighlighted(highlighted);
    if (parser.isSet(QStringLiteral("showcase"))) {
        view.setFunctionExpanded(0, true);
        view.setServiceCollapsed(view.layout().lanes().back().service, true);
        const auto failed = std::find_if(middle, c.startMs.begin() + firstFunctionRows, [&](const int64_t& s) {
            return isFailure(c.outcome[size_t(&s - c.startMs.data())]);
        });
        if (failed != c.startMs.begin() + firstFunctionRows)
            selection.setInvocation(int64_t(failed - c.startMs.begin()));
    }

    struct Level {
        const char* name;
        double spanMs;
    };
    // The last level collapses every service: each lane then sums all its functions' rows.
    const Level levels[] = {{"full range", 0}, {"1 h", 3600000.0}, {"1 min", 60000.0}, {"10 ms", 10.0}, {"collapsed", -1}};
    const char* const keys[] = {"full", "1h", "1min", "10ms", "collapsed"};
    const QStringList only = parser.value(QStringLiteral("levels")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QString pngDir = parser.value(QStringLiteral("png"));
    std::printf("%-11s %9s %9s %9s %7s %5s %7s\n", "zoom", "wall ms", "cpu ms", "first ms", "detail", "heat", "marks");
    for (const Level& level : levels) {
        if (!only.isEmpty() && !only.contains(QLatin1String(keys[&level - levels])))
            continue;
        if (level.spanMs < 0) {
            QStringList services;
            for (const Lane& lane : view.layout().lanes())
                if (lane.kind == Lane::Kind::Service)
                    services << lane.service;
            for (const QString& service : services)
                view.setServiceCollapsed(service, true);
            view.zoomToFit();
        } else if (level.spanMs == 0)
            view.zoomToFit();
        else
            view.setVisibleRange(focus - level.spanMs / 2, focus + level.spanMs / 2);
        std::vector<double> ms, cpu;
        QElapsedTimer t;
        // First frame pays for the background (lane stripes, names); later ones reuse it, as
        // zooming and panning do. Each frame pans one pixel so nothing but the background is reused.
        t.start();
        QImage image;
        view.renderInto(image, dpr);
        const double cold = double(t.nsecsElapsed()) / 1e6;
        for (int i = 0; i < frames; ++i) {
            view.setVisibleRange(view.axis().fromMs() + view.axis().msPerPixel() * (i % 2 ? -1 : 1),
                                 view.axis().toMs() + view.axis().msPerPixel() * (i % 2 ? -1 : 1));
            t.restart();
            const double c0 = threadCpuMs();
            view.renderInto(image, dpr);
            cpu.push_back(threadCpuMs() - c0);
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        const TimelinePaintStats& s = view.paintStats();
        std::printf("%-11s %9.2f %9.2f %9.2f %7d %5d %7zu\n", level.name, median(ms), median(cpu), cold, s.detailLanes,
                    s.aggregateLanes, s.marks);
        if (parser.isSet(QStringLiteral("grab")) && level.spanMs == 60000.0) {
            view.show();
            view.grab().save(parser.value(QStringLiteral("grab")));
        }
        if (!pngDir.isEmpty()) {
            QDir().mkpath(pngDir);
            QString name = QString::fromLatin1(level.name);
            name.replace(QLatin1Char(' '), QLatin1Char('_'));
            image.save(pngDir + QStringLiteral("/timeline_") + name + QStringLiteral(".png"));
        }
    }
    return 0;
}
