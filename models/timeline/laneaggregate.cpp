#include "timeline/laneaggregate.h"

#include <array>
#include <cmath>

namespace ll {

namespace {

// Higher wins a tie for the dominant outcome: a column as likely failed as not reads as failed.
constexpr std::array<int, OutcomeCount> kSeverity = {1, 2, 3, 4, 5, 0};

int columnOf(double x, int width)
{
    if (x < 0)
        return -1;
    if (x >= width)
        return width;
    return int(x);
}

} // namespace

size_t countCandidateRows(const InvocationColumns& c, const Lane& lane, double fromMs, double toMs)
{
    const double lo = fromMs - lane.maxLengthMs - 1;
    const double hi = toMs + lane.maxInitMs + 1;
    const auto& start = c.startMs;
    auto less = [](int64_t v, double t) { return double(v) < t; };
    size_t n = 0;
    for (const auto& [b, e] : lane.rows.ranges) {
        const auto first = std::lower_bound(start.begin() + b, start.begin() + e, lo, less);
        const auto last = std::lower_bound(first, start.begin() + e, hi, less);
        n += size_t(last - first);
    }
    if (lane.rows.list) {
        const auto& rows = *lane.rows.list;
        auto byStart = [&](uint32_t r, double t) { return double(start[r]) < t; };
        const auto first = std::lower_bound(rows.begin(), rows.end(), lo, byStart);
        const auto last = std::lower_bound(first, rows.end(), hi, byStart);
        n += size_t(last - first);
    }
    return n;
}

void aggregateLane(const InvocationColumns& c, const Lane& lane, const TimeAxis& axis, LaneAggregate& out)
{
    const int w = axis.width();
    out.columns.assign(size_t(w), PixelColumn{});
    out.maxActive = 0;
    out.rows = 0;
    // Running invocations per outcome as difference arrays: O(rows + width) however long they are.
    thread_local std::vector<int32_t> diff;
    diff.assign(size_t(w + 1) * OutcomeCount, 0);
    const double from = axis.fromMs();
    const double scale = double(w) / axis.spanMs();
    forEachCandidateRow(c, lane, axis.fromMs(), axis.toMs(), [&](uint32_t r) {
        const int x0 = columnOf((double(c.startMs[r]) - from) * scale, w);
        const int x1 = columnOf((double(c.endMs[r]) - from) * scale, w);
        if (x1 < 0 || x0 >= w)
            return;
        ++out.rows;
        const int o = int(c.outcome[r]);
        diff[size_t(std::max(x0, 0)) * OutcomeCount + size_t(o)] += 1;
        diff[size_t(std::min(x1, w - 1) + 1) * OutcomeCount + size_t(o)] -= 1;
        if (x0 >= 0) {
            PixelColumn& p = out.columns[size_t(x0)];
            ++p.count;
            p.failures += isFailure(c.outcome[r]);
            p.coldStarts += (c.flags[r] & ColdStart) != 0;
            p.maxDurationMs = std::max(p.maxDurationMs, c.durationMs[r]);
        }
    });
    std::array<int32_t, OutcomeCount> running{};
    for (int x = 0; x < w; ++x) {
        PixelColumn& p = out.columns[size_t(x)];
        int best = int(Outcome::Ok);
        int32_t total = 0;
        for (int o = 0; o < OutcomeCount; ++o) {
            running[size_t(o)] += diff[size_t(x) * OutcomeCount + size_t(o)];
            total += running[size_t(o)];
            if (running[size_t(o)] > running[size_t(best)]
                || (running[size_t(o)] == running[size_t(best)] && running[size_t(o)] > 0
                    && kSeverity[size_t(o)] > kSeverity[size_t(best)]))
                best = o;
        }
        p.active = uint32_t(total);
        p.dominant = Outcome(best);
        out.maxActive = std::max(out.maxActive, p.active);
    }
}

int64_t rowAt(const InvocationColumns& c, const Lane& lane, const TimeAxis& axis, double x, double tolPx)
{
    const double t = axis.xToTime(x);
    const double tol = tolPx * axis.msPerPixel();
    int64_t best = -1;
    double bestDist = tolPx + 1e-9;
    bool bestFailed = false;
    forEachCandidateRow(c, lane, t - tol, t + tol, [&](uint32_t r) {
        const double before = std::max({0.0, double(c.initDurationMs[r]), double(c.restoreDurationMs[r])});
        const double x0 = axis.timeToX(double(c.startMs[r]) - before);
        const double x1 = std::max(axis.timeToX(double(c.endMs[r])), axis.timeToX(double(c.startMs[r])) + 1);
        const double d = x < x0 ? x0 - x : x > x1 ? x - x1 : 0;
        const bool failed = isFailure(c.outcome[r]);
        if (d < bestDist || (d == bestDist && failed && !bestFailed)) {
            best = r;
            bestDist = d;
            bestFailed = failed;
        }
    });
    return best;
}

} // namespace ll
