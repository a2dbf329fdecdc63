#include "timeline/laneaggregate.h"
#include "timeline/laneindex.h"
#include "timeline/lanelayout.h"
#include "timeline/syntheticcolumns.h"

#include <QTest>
#include <algorithm>
#include <cmath>
#include <limits>

using namespace ll;

namespace {

constexpr int64_t T0 = 1795000000000;  // an epoch millisecond in 2026

// A compact invocation description for data tables: "f<function>/s<stream>@<startMs>+<duration>[flags]"
// with flags e = error, t = timeout, c = cold start (init 100 ms), r = restore (50 ms).
InvocationSpec spec(const QString& text)
{
    InvocationSpec s;
    const QStringList parts = text.split(QLatin1Char('@'));
    const QStringList who = parts[0].split(QLatin1Char('/'));
    s.function = who[0].mid(1).toUInt();
    s.stream = who.size() > 1 ? who[1].mid(1).toUInt() : s.function;
    QString rest = parts[1];
    QString flags;
    while (!rest.isEmpty() && rest.back().isLetter()) {
        flags.prepend(rest.back());
        rest.chop(1);
    }
    const QStringList when = rest.split(QLatin1Char('+'));
    s.startMs = T0 + when[0].toLongLong();
    s.durationMs = when[1].toFloat();
    if (flags.contains(QLatin1Char('e')))
        s.outcome = Outcome::Error;
    if (flags.contains(QLatin1Char('t')))
        s.outcome = Outcome::Timeout;
    if (flags.contains(QLatin1Char('c')))
        s.initDurationMs = 100;
    if (flags.contains(QLatin1Char('r')))
        s.restoreDurationMs = 50;
    return s;
}

// Sorted by (function, start) as the table requires; returns the source owning the columns.
TimelineSource source(const QStringList& invocations, const QStringList& names = {}, const QStringList& services = {})
{
    std::vector<InvocationSpec> specs;
    for (const QString& t : invocations)
        specs.push_back(spec(t));
    std::stable_sort(specs.begin(), specs.end(), [](const InvocationSpec& a, const InvocationSpec& b) {
        return std::tie(a.function, a.startMs) < std::tie(b.function, b.startMs);
    });
    auto columns = std::make_shared<InvocationColumns>();
    for (const InvocationSpec& s : specs)
        appendInvocation(*columns, s);
    TimelineSource src;
    src.columns = columns.get();
    src.owner = columns;
    uint32_t maxF = 0;
    for (const InvocationSpec& s : specs)
        maxF = std::max(maxF, s.function + 1);
    maxF = std::max(maxF, uint32_t(names.size()));
    for (uint32_t f = 0; f < maxF; ++f) {
        TimelineFunction info;
        info.id = f;
        info.name = f < uint32_t(names.size()) ? names[int(f)] : QStringLiteral("fn%1").arg(f);
        info.service = f < uint32_t(services.size()) ? services[int(f)] : QStringLiteral("svc");
        src.functions.push_back(info);
    }
    return src;
}

QStringList labels(const LaneLayout& layout)
{
    QStringList out;
    for (const Lane& l : layout.lanes())
        out << (l.kind == Lane::Kind::Service ? QLatin1Char('[') + l.label + QLatin1Char(']') : l.label);
    return out;
}

} // namespace

class TstTimelineLanes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sortsFunctionsWithinServices_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QStringList>("expected");
        // zeta: 3 invocations, 2 failures, no cold; alpha: 1 invocation, cold; mid: 2, one failure.
        QTest::newRow("lanes sorted by name read alphabetically under their service")
            << int(LaneSort::Name) << false
            << QStringList{QStringLiteral("[api]"), QStringLiteral("alpha"), QStringLiteral("zeta"),
                           QStringLiteral("[jobs]"), QStringLiteral("mid")};
        QTest::newRow("sorting by failures puts the failing service and function first")
            << int(LaneSort::Failures) << true
            << QStringList{QStringLiteral("[api]"), QStringLiteral("zeta"), QStringLiteral("alpha"),
                           QStringLiteral("[jobs]"), QStringLiteral("mid")};
        QTest::newRow("sorting by invocations ascending puts the quiet function first")
            << int(LaneSort::Invocations) << false
            << QStringList{QStringLiteral("[api]"), QStringLiteral("alpha"), QStringLiteral("zeta"),
                           QStringLiteral("[jobs]"), QStringLiteral("mid")};
        QTest::newRow("sorting by cold-start rate puts the always-cold function first")
            << int(LaneSort::ColdStartRate) << true
            << QStringList{QStringLiteral("[api]"), QStringLiteral("alpha"), QStringLiteral("zeta"),
                           QStringLiteral("[jobs]"), QStringLiteral("mid")};
        QTest::newRow("reverse name sort reverses services and functions")
            << int(LaneSort::Name) << true
            << QStringList{QStringLiteral("[jobs]"), QStringLiteral("mid"), QStringLiteral("[api]"),
                           QStringLiteral("zeta"), QStringLiteral("alpha")};
    }
    void sortsFunctionsWithinServices()
    {
        QFETCH(int, sort);
        QFETCH(bool, descending);
        QFETCH(QStringList, expected);
        const TimelineSource src = source({QStringLiteral("f0@0+5e"), QStringLiteral("f0@10+5e"), QStringLiteral("f0@20+5"),
                                           QStringLiteral("f1@0+5c"), QStringLiteral("f2@0+5e"), QStringLiteral("f2@9+5")},
                                          {QStringLiteral("zeta"), QStringLiteral("alpha"), QStringLiteral("mid")},
                                          {QStringLiteral("api"), QStringLiteral("api"), QStringLiteral("jobs")});
        LaneLayout layout;
        layout.setSource(src);
        layout.setSort(LaneSort(sort), descending);
        QCOMPARE(labels(layout), expected);
    }

    void collapsesAndExpands_data()
    {
        QTest::addColumn<QString>("collapse");
        QTest::addColumn<int>("expand");   // function id, -1: none
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("rowOfInterest");
        QTest::addColumn<QString>("laneOfRowLabel");
        QTest::newRow("by default every function has its own lane")
            << QString() << -1
            << QStringList{QStringLiteral("[api]"), QStringLiteral("fn0"), QStringLiteral("fn1"), QStringLiteral("[jobs]"), QStringLiteral("fn2")}
            << 4 << QStringLiteral("fn2");
        QTest::newRow("a collapsed service hides its functions and its header shows their rows")
            << QStringLiteral("api") << -1
            << QStringList{QStringLiteral("[api]"), QStringLiteral("[jobs]"), QStringLiteral("fn2")}
            << 1 << QStringLiteral("api");
        QTest::newRow("an expanded function gets one lane per execution environment in order of first use")
            << QString() << 0
            << QStringList{QStringLiteral("[api]"), QStringLiteral("fn0"), QStringLiteral("environment 1"),
                           QStringLiteral("environment 2"), QStringLiteral("fn1"), QStringLiteral("[jobs]"), QStringLiteral("fn2")}
            << 2 << QStringLiteral("environment 2");
        QTest::newRow("expanding a function inside a collapsed service shows nothing more")
            << QStringLiteral("api") << 0
            << QStringList{QStringLiteral("[api]"), QStringLiteral("[jobs]"), QStringLiteral("fn2")}
            << 0 << QStringLiteral("api");
    }
    void collapsesAndExpands()
    {
        QFETCH(QString, collapse);
        QFETCH(int, expand);
        QFETCH(QStringList, expected);
        QFETCH(int, rowOfInterest);
        QFETCH(QString, laneOfRowLabel);
        // Rows after sorting: 0 f0/s7@0, 1 f0/s3@5, 2 f0/s3@30, 3 f1@0, 4 f2@0
        const TimelineSource src = source({QStringLiteral("f0/s7@0+10c"), QStringLiteral("f0/s3@5+10c"), QStringLiteral("f0/s3@30+10"),
                                           QStringLiteral("f1@0+5"), QStringLiteral("f2@0+5")},
                                          {}, {QStringLiteral("api"), QStringLiteral("api"), QStringLiteral("jobs")});
        LaneLayout layout;
        layout.setSource(src);
        if (!collapse.isEmpty())
            layout.setServiceCollapsed(collapse, true);
        if (expand >= 0)
            layout.setFunctionExpanded(uint32_t(expand), true);
        QCOMPARE(labels(layout), expected);
        const int lane = layout.laneOfRow(uint32_t(rowOfInterest));
        QVERIFY(lane >= 0);
        QCOMPARE(layout.lanes()[size_t(lane)].label, laneOfRowLabel);
        // Every lane's rows are what it claims: a stream lane only holds its stream.
        for (const Lane& l : layout.lanes()) {
            QCOMPARE(l.rows.size(), size_t(l.invocations));
            if (l.kind == Lane::Kind::Stream)
                for (uint32_t r : *l.rows.list)
                    QCOMPARE(src.columns->stream[r], l.stream);
        }
    }

    void aggregatesPerPixelColumn_data()
    {
        QTest::addColumn<QStringList>("invocations");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("active");
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("cold");
        QTest::addColumn<int>("dominant");
        QTest::addColumn<float>("maxDuration");
        // Axis: T0 .. T0 + 1000 ms over 100 px: 10 ms per column.
        QTest::newRow("an invocation counts in the column where it starts")
            << QStringList{QStringLiteral("f0@123+4")} << 12 << 1 << 1 << 0 << 0 << int(Outcome::Ok) << 4.0f;
        QTest::newRow("a long invocation is running in every column it spans but counted once")
            << QStringList{QStringLiteral("f0@100+500")} << 40 << 0 << 1 << 0 << 0 << int(Outcome::Ok) << 0.0f;
        QTest::newRow("an invocation started before the visible range is still running at the left edge")
            << QStringList{QStringLiteral("f0@-5000+5050")} << 0 << 0 << 1 << 0 << 0 << int(Outcome::Ok) << 0.0f;
        QTest::newRow("an invocation after the visible range is not counted at the right edge")
            << QStringList{QStringLiteral("f0@1000+5")} << 99 << 0 << 0 << 0 << 0 << int(Outcome::Ok) << 0.0f;
        QTest::newRow("failures and cold starts in one column are both counted")
            << QStringList{QStringLiteral("f0@500+1e"), QStringLiteral("f0@502+7c"), QStringLiteral("f0@505+2t")}
            << 50 << 3 << 3 << 2 << 1 << int(Outcome::Timeout) << 7.0f;
        QTest::newRow("the dominant outcome is the most frequent running one")
            << QStringList{QStringLiteral("f0@300+2"), QStringLiteral("f0@301+2"), QStringLiteral("f0@302+2e")}
            << 30 << 3 << 3 << 1 << 0 << int(Outcome::Ok) << 2.0f;
        QTest::newRow("a tie between ok and error reads as error")
            << QStringList{QStringLiteral("f0@300+2"), QStringLiteral("f0@301+2e")}
            << 30 << 2 << 2 << 1 << 0 << int(Outcome::Error) << 2.0f;
        QTest::newRow("another function's invocations stay out of this lane")
            << QStringList{QStringLiteral("f1@300+2e"), QStringLiteral("f0@700+2")}
            << 30 << 0 << 0 << 0 << 0 << int(Outcome::Ok) << 0.0f;
    }
    void aggregatesPerPixelColumn()
    {
        QFETCH(QStringList, invocations);
        QFETCH(int, column);
        QFETCH(int, count);
        QFETCH(int, active);
        QFETCH(int, failures);
        QFETCH(int, cold);
        QFETCH(int, dominant);
        QFETCH(float, maxDuration);
        const TimelineSource src = source(invocations + QStringList{QStringLiteral("f0@-90000+1")});
        LaneLayout layout;
        layout.setSource(src);
        const auto& lanes = layout.lanes();
        const auto it = std::find_if(lanes.begin(), lanes.end(), [](const Lane& l) { return l.label == QLatin1String("fn0"); });
        QVERIFY(it != lanes.end());
        const TimeAxis axis(double(T0), double(T0 + 1000), 100);
        LaneAggregate agg;
        aggregateLane(*src.columns, *it, axis, agg);
        QCOMPARE(agg.columns.size(), size_t(100));
        const PixelColumn& p = agg.columns[size_t(column)];
        QCOMPARE(int(p.count), count);
        QCOMPARE(int(p.active), active);
        QCOMPARE(int(p.failures), failures);
        QCOMPARE(int(p.coldStarts), cold);
        if (active > 0)
            QCOMPARE(int(p.dominant), dominant);
        QCOMPARE(p.maxDurationMs, maxDuration);
        // The aggregate never loses an invocation that starts inside the range.
        uint32_t started = 0;
        for (const PixelColumn& q : agg.columns)
            started += q.count;
        uint32_t expectedStarted = 0;
        for (uint32_t r = it->rows.ranges[0].first; r < it->rows.ranges[0].second; ++r)
            expectedStarted += src.columns->startMs[r] >= T0 && src.columns->startMs[r] < T0 + 1000;
        QCOMPARE(started, expectedStarted);
    }

    void findsTheInvocationUnderThePointer_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<int>("expectedRow");
        // Axis 10 ms per px. Rows: 0 @100+50 ok (x 10..15), 1 @300+10 cold (init from x 20), 2 @302+5 error.
        QTest::newRow("a pointer inside an invocation finds it") << 12.0 << 0;
        QTest::newRow("a pointer two pixels past the end still finds it") << 17.0 << 0;
        QTest::newRow("a pointer far from everything finds nothing") << 60.0 << -1;
        QTest::newRow("overlapping ok and error marks: the error wins") << 30.2 << 2;
        QTest::newRow("a pointer on the init segment finds the cold invocation") << 22.0 << 1;
    }
    void findsTheInvocationUnderThePointer()
    {
        QFETCH(double, x);
        QFETCH(int, expectedRow);
        const TimelineSource src = source({QStringLiteral("f0@100+50"), QStringLiteral("f0@300+10c"), QStringLiteral("f0@302+5e")});
        LaneLayout layout;
        layout.setSource(src);
        const TimeAxis axis(double(T0), double(T0 + 1000), 100);
        QCOMPARE(int(rowAt(*src.columns, layout.lanes()[1], axis, x)), expectedRow);
    }

    void navigatesAcrossFunctionsInTimeOrder_data()
    {
        QTest::addColumn<int>("fromRow");
        QTest::addColumn<bool>("forward");
        QTest::addColumn<bool>("cold");
        QTest::addColumn<int>("expectedRow");
        // Rows: 0 f0@0 e, 1 f0@50, 2 f0@90 e, 3 f1@10 c, 4 f1@40 e, 5 f1@95 c
        QTest::newRow("next failure jumps to another function when it comes first") << 0 << true << false << 4;
        QTest::newRow("next failure after the last one finds nothing") << 2 << true << false << -1;
        QTest::newRow("previous failure goes back across functions") << 2 << false << false << 4;
        QTest::newRow("next cold start skips warm invocations") << 4 << true << true << 5;
        QTest::newRow("previous cold start before the first one finds nothing") << 3 << false << true << -1;
    }
    void navigatesAcrossFunctionsInTimeOrder()
    {
        QFETCH(int, fromRow);
        QFETCH(bool, forward);
        QFETCH(bool, cold);
        QFETCH(int, expectedRow);
        const TimelineSource src = source({QStringLiteral("f0@0+5e"), QStringLiteral("f0@50+5"), QStringLiteral("f0@90+5e"),
                                           QStringLiteral("f1@10+5c"), QStringLiteral("f1@40+5e"), QStringLiteral("f1@95+5c")});
        LaneLayout layout;
        layout.setSource(src);
        const InvocationColumns& c = *src.columns;
        const int64_t row = findNeighbour(c, layout.functionRanges(), c.startMs[size_t(fromRow)], fromRow, forward,
                                          [&](uint32_t r) { return cold ? (c.flags[r] & ColdStart) != 0 : isFailure(c.outcome[r]); });
        QCOMPARE(int(row), expectedRow);
    }

    void syntheticSourceIsSortedByFunctionAndStart()
    {
        const TimelineSource src = makeSyntheticSource(12, 6000, T0, 3600000);
        const InvocationColumns& c = *src.columns;
        QVERIFY(c.size() >= 5000);
        for (size_t r = 1; r < c.size(); ++r)
            QVERIFY(std::tie(c.function[r - 1], c.startMs[r - 1]) <= std::tie(c.function[r], c.startMs[r]));
        for (size_t r = 0; r < c.size(); ++r)
            QVERIFY(c.firstAttempt[r] < int64_t(r));
    }

    void indexedAggregationMatchesWalkingTheRows_data()
    {
        QTest::addColumn<double>("fromMs");   // relative to T0
        QTest::addColumn<double>("spanMs");
        QTest::addColumn<int>("width");
        QTest::addColumn<bool>("collapsed");
        QTest::addColumn<bool>("dense");      // a few functions crowded into one hour: dozens of rows per column
        const double day = 86400000.0;
        QTest::newRow("the whole two days over a wide axis sums every row exactly") << -3600000.0 << 2 * day + 7200000 << 1711 << false << false;
        QTest::newRow("collapsed services over the whole range equal their functions' rows") << -3600000.0 << 2 * day + 7200000 << 1711 << true << false;
        QTest::newRow("one hour in the middle, invocations crossing both edges") << day << 3600000.0 << 1500 << false << false;
        QTest::newRow("one minute at a fractional start, collapsed") << day + 0.37 << 60000.0 << 997 << true << false;
        QTest::newRow("ten milliseconds where long invocations run across every column") << day + 5.5 << 10.0 << 400 << false << false;
        QTest::newRow("a one-pixel axis counts everything in one column") << 0.0 << 2 * day << 1 << true << false;
        QTest::newRow("a range after the data shows nothing") << 3 * day << 3600000.0 << 300 << false << false;
        QTest::newRow("a range before the data shows nothing") << -day << 3600000.0 << 300 << true << false;
        QTest::newRow("dozens of rows per column are found past the nearby ones") << -60000.0 << 3720000.0 << 300 << false << true;
        QTest::newRow("hundreds of rows per column in a collapsed service jump through the grid") << 0.0 << 3600000.0 << 37 << true << true;
        QTest::newRow("a dense lane over a narrow fractional window of a few rows per column") << 1800000.25 << 30000.0 << 640 << true << true;
    }
    void indexedAggregationMatchesWalkingTheRows()
    {
        QFETCH(double, fromMs);
        QFETCH(double, spanMs);
        QFETCH(int, width);
        QFETCH(bool, collapsed);
        QFETCH(bool, dense);
        const TimelineSource src = dense ? makeSyntheticSource(4, 120000, T0, 3600000, 5) : makeSyntheticSource(20, 40000, T0, 2 * 86400000, 3);
        const auto index = TimelineIndex::build(src);
        QVERIFY(index);
        LaneLayout layout;
        layout.setSource(src);
        if (collapsed)
            for (const TimelineFunction& f : src.functions)
                layout.setServiceCollapsed(laneServiceName(f), true);
        const TimeAxis axis(double(T0) + fromMs, double(T0) + fromMs + spanMs, width);
        int compared = 0;
        for (const Lane& lane : layout.lanes()) {
            if (lane.kind == Lane::Kind::Service && lane.open)
                continue;
            const LaneIndex* li = index->find(lane);
            QVERIFY2(li, qPrintable(lane.label));
            LaneAggregate walked, searched;
            aggregateLane(*src.columns, lane, axis, walked);
            aggregateIndexed(*li, axis, searched);
            QCOMPARE(searched.rows, walked.rows);
            QCOMPARE(searched.maxActive, walked.maxActive);
            QCOMPARE(searched.columns.size(), walked.columns.size());
            for (size_t x = 0; x < walked.columns.size(); ++x) {
                const PixelColumn& a = walked.columns[x];
                const PixelColumn& b = searched.columns[x];
                const QByteArray where = lane.label.toUtf8() + " column " + QByteArray::number(qulonglong(x));
                QVERIFY2(a.count == b.count && a.active == b.active && a.failures == b.failures && a.coldStarts == b.coldStarts
                             && a.maxDurationMs == b.maxDurationMs && (a.active == 0 || a.dominant == b.dominant),
                         where.constData());
            }
            ++compared;
        }
        QVERIFY(compared > 0);
    }

    void sortedTimesFindTheSamePositionAsABinarySearch_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::newRow("no times at all") << QStringLiteral("empty");
        QTest::newRow("a single time") << QStringLiteral("one");
        QTest::newRow("every time equal puts all of them in the first cell") << QStringLiteral("equal");
        QTest::newRow("evenly spread times") << QStringLiteral("even");
        QTest::newRow("a burst of thousands in one cell among sparse times") << QStringLiteral("burst");
        QTest::newRow("fractional end times with runs of ties") << QStringLiteral("ties");
    }
    void sortedTimesFindTheSamePositionAsABinarySearch()
    {
        QFETCH(QString, shape);
        std::vector<double> times;
        const double t0 = double(T0);
        if (shape == QLatin1String("one"))
            times = {t0};
        else if (shape == QLatin1String("equal"))
            times.assign(100, t0);
        else if (shape == QLatin1String("even"))
            for (int i = 0; i < 1000; ++i)
                times.push_back(t0 + i * 10);
        else if (shape == QLatin1String("burst")) {
            for (int i = 0; i < 200; ++i)
                times.push_back(t0 + i * 1000);
            for (int i = 0; i < 5000; ++i)
                times.push_back(t0 + 100000 + i * 0.01);
        } else if (shape == QLatin1String("ties"))
            for (int i = 0; i < 3000; ++i)
                times.push_back(t0 + double(i / 7) * 3.25 + 0.125);
        std::sort(times.begin(), times.end());
        SortedTimes sorted;
        sorted.build(times);
        QCOMPARE(sorted.size(), times.size());
        // Probes at, between and beyond the times, ascending as a frame asks, each from the last answer.
        std::vector<double> probes = {-1e18, t0 - 1};
        for (size_t i = 0; i < times.size(); i += 1 + i % 13) {
            probes.push_back(times[i]);
            probes.push_back(std::nextafter(times[i], 1e300));
            probes.push_back(times[i] + 0.005);
        }
        probes.push_back(t0 + 1e9);
        probes.push_back(std::numeric_limits<double>::infinity());
        std::sort(probes.begin(), probes.end());
        size_t hint = 0;
        for (double p : probes) {
            const auto expected = size_t(std::lower_bound(times.begin(), times.end(), p) - times.begin());
            const size_t fromStart = sorted.lowerBound(p, 0);
            hint = sorted.lowerBound(p, hint);
            QVERIFY2(fromStart == expected && hint == expected,
                     qPrintable(QStringLiteral("at %1: %2 / %3, expected %4").arg(p, 0, 'f', 4).arg(fromStart).arg(hint).arg(expected)));
            const size_t cell = sorted.cellOf(p);
            QVERIFY(cell < sorted.cells());
        }
    }

    void anIndexIsNotLentToALaneWithOtherRows()
    {
        const TimelineSource src = makeSyntheticSource(10, 3000, T0, 3600000);   // f0 and f8 share "orders"
        const auto index = TimelineIndex::build(src);
        LaneLayout layout;
        layout.setSource(src);
        // Filtered to one function, its service lane holds fewer rows than the service's index.
        layout.setFunctionFilter({src.functions[0].id});
        layout.setServiceCollapsed(laneServiceName(src.functions[0]), true);
        QCOMPARE(layout.lanes().size(), size_t(1));
        QVERIFY(index->find(layout.lanes()[0]) == nullptr);
        layout.setFunctionFilter({});
        layout.setFunctionExpanded(src.functions[1].id, true);
        for (const Lane& lane : layout.lanes())
            if (lane.kind == Lane::Kind::Stream)
                QVERIFY(index->find(lane) == nullptr);
    }

    void cancellingTheIndexBuildReturnsNothing()
    {
        const std::atomic<bool> cancel{true};
        QVERIFY(TimelineIndex::build(makeSyntheticSource(4, 1000, T0, 3600000), &cancel) == nullptr);
    }
};

QTEST_GUILESS_MAIN(TstTimelineLanes)
#include "tst_timelinelanes.moc"
