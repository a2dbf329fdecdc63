#pragma once

#include "timeline/lanelayout.h"
#include "timeline/timeaxis.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace ll {

// One pixel column of a lane: what started there (count, failures, cold starts, longest
// duration) and what was running there (active, and the dominant outcome among those).
struct PixelColumn {
    uint32_t count = 0;
    uint32_t active = 0;
    uint32_t failures = 0;
    uint32_t coldStarts = 0;
    float maxDurationMs = 0;
    Outcome dominant = Outcome::Ok;
};

struct LaneAggregate {
    std::vector<PixelColumn> columns;   // axis.width() entries
    uint32_t maxActive = 0;
    uint32_t rows = 0;                  // invocations that touched the visible range
};

// Rows of `lane` that may be visible in [fromMs, toMs): start in [from - maxLength, to + maxInit).
// Binary search per part; calls f(row) in start order within each part.
template <typename F>
void forEachCandidateRow(const InvocationColumns& c, const Lane& lane, double fromMs, double toMs, F&& f)
{
    const double lo = fromMs - lane.maxLengthMs - 1;
    const double hi = toMs + lane.maxInitMs + 1;
    const auto& start = c.startMs;
    for (const auto& [b, e] : lane.rows.ranges) {
        auto first = std::lower_bound(start.begin() + b, start.begin() + e, lo,
                                      [](int64_t v, double t) { return double(v) < t; });
        for (auto it = first; it != start.begin() + e && double(*it) < hi; ++it)
            f(uint32_t(it - start.begin()));
    }
    if (lane.rows.list) {
        const auto& rows = *lane.rows.list;
        auto first = std::lower_bound(rows.begin(), rows.end(), lo,
                                      [&](uint32_t r, double t) { return double(start[r]) < t; });
        for (auto it = first; it != rows.end() && double(start[*it]) < hi; ++it)
            f(*it);
    }
}

// Upper bound of forEachCandidateRow's count, in O(log n) per part.
size_t countCandidateRows(const InvocationColumns& c, const Lane& lane, double fromMs, double toMs);

// Per-pixel aggregation of a lane over `axis` (one column per axis pixel).
void aggregateLane(const InvocationColumns& c, const Lane& lane, const TimeAxis& axis, LaneAggregate& out);

// The invocation drawn at x (within tolPx pixels) in a lane, -1 when none. Failures win over
// successes at equal distance, so the interesting one is found under a dense cluster.
int64_t rowAt(const InvocationColumns& c, const Lane& lane, const TimeAxis& axis, double x, double tolPx = 3);

// Next (forward) or previous row in time order, strictly after/before (refStartMs, refRow),
// over all `ranges`, that satisfies pred; -1 when none.
template <typename Pred>
int64_t findNeighbour(const InvocationColumns& c, const std::vector<std::pair<uint32_t, uint32_t>>& ranges,
                      int64_t refStartMs, int64_t refRow, bool forward, Pred&& pred)
{
    int64_t best = -1;
    auto better = [&](uint32_t r) {
        if (best < 0)
            return true;
        const auto a = std::make_pair(c.startMs[r], int64_t(r));
        const auto b = std::make_pair(c.startMs[size_t(best)], best);
        return forward ? a < b : b < a;
    };
    const auto key = std::make_pair(refStartMs, refRow);
    for (const auto& [b, e] : ranges) {
        const auto begin = c.startMs.begin() + b, end = c.startMs.begin() + e;
        if (forward) {
            for (auto it = std::lower_bound(begin, end, refStartMs); it != end; ++it) {
                const auto r = uint32_t(it - c.startMs.begin());
                if (std::make_pair(*it, int64_t(r)) <= key || !pred(r))
                    continue;
                if (better(r))
                    best = r;
                break;
            }
        } else {
            for (auto it = std::upper_bound(begin, end, refStartMs); it != begin;) {
                --it;
                const auto r = uint32_t(it - c.startMs.begin());
                if (std::make_pair(*it, int64_t(r)) >= key || !pred(r))
                    continue;
                if (better(r))
                    best = r;
                break;
            }
        }
    }
    return best;
}

} // namespace ll
