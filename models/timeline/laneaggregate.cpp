#include "timeline/laneaggregate.h"

#include <array>
#include <cmath>

namespace ll {

namespace {

// Higher wins a tie for the dominant outcome: a column as likely failed as not reads as failed.
constexpr std::array<int, OutcomeCount> kSeverity = {1, 2, 3, 4, 5, 0};

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
    const int64_t* start = c.startMs.data();
    const Outcome* outcome = c.outcome.data();
    const uint8_t* flags = c.flags.data();
    const float* duration = c.durationMs.data();
    PixelColumn* columns = out.columns.data();
    int32_t* d = diff.data();
    uint32_t rows = 0;
    // The hot loop of a zoomed-out frame: raw pointers, no captures, one pass over the rows.
    auto visit = [&](uint32_t r) {
        const double fx0 = (double(start[r]) - from) * scale;
        const double fx1 = (invocationEndMs(c, r) - from) * scale;
        if (fx1 < 0 || fx0 >= w)
            return;
        ++rows;
        const int o = int(outcome[r]);
        const int x0 = fx0 < 0 ? -1 : int(fx0);
        const int x1 = fx1 >= w ? w - 1 : int(fx1);
        d[std::max(x0, 0) * OutcomeCount + o] += 1;
        d[(x1 + 1) * OutcomeCount + o] -= 1;
        if (x0 >= 0) {
            PixelColumn& p = columns[x0];
            ++p.count;
            p.failures += o != int(Outcome::Ok) && o != int(Outcome::Incomplete);
            p.coldStarts += flags[r] & ColdStart;
            p.maxDurationMs = std::max(p.maxDurationMs, duration[r]);
        }
    };
    forEachCandidateRow(c, lane, axis.fromMs(), axis.toMs(), visit);
    out.rows = rows;
    std::array<int32_t, OutcomeCount> running{};
    int32_t total = 0;
    for (int x = 0; x < w; ++x) {
        PixelColumn& p = columns[x];
        const int32_t* dx = d + x * OutcomeCount;
        for (int o = 0; o < OutcomeCount; ++o) {
            running[size_t(o)] += dx[o];
            total += dx[o];
        }
        p.active = uint32_t(total);
        if (total == 0)
            continue;
        int best = int(Outcome::Ok);
        for (int o = 1; o < OutcomeCount; ++o)
            if (running[size_t(o)] > running[size_t(best)]
                || (running[size_t(o)] == running[size_t(best)] && running[size_t(o)] > 0
                    && kSeverity[size_t(o)] > kSeverity[size_t(best)]))
                best = o;
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
        const double x1 = std::max(axis.timeToX(invocationEndMs(c, r)), axis.timeToX(double(c.startMs[r])) + 1);
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
