#pragma once

#include "timeline/laneaggregate.h"

#include <QHash>
#include <QString>
#include <array>
#include <atomic>
#include <memory>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ll {

// A lane's start (or end) times, ascending, with a uniform grid over them (the first position
// at or after each cell's left edge). A frame looks up one position per pixel column boundary:
// the next few dozen times are compared in blocks without branching, and when the boundary is
// further away the grid says where to look, so a lookup costs about the same however dense the
// lane is.
class SortedTimes {
public:
    void build(std::vector<double> ascending);
    size_t size() const { return m_size; }
    double operator[](size_t i) const { return m_time[i]; }
    // The first position >= hint whose time is not below t; every time before hint must be below t.
    size_t lowerBound(double t, size_t hint) const
    {
        // A few windows on from the hint: memory read in order, which the cache prefetches.
        for (int i = 0; i < 4; ++i, hint += Window) {
            const size_t near = countBelow(m_time.data() + hint, t);
            if (near < Window)
                return hint + near;
        }
        return lowerBoundFar(t, hint);
    }
    size_t cells() const { return m_cellStart.size() - 1; }
    double cellEdge(size_t cell) const { return m_origin + double(cell) * m_cellMs; }
    // The cell with cellEdge(cell) <= t < cellEdge(cell + 1) (the first or last one beyond the ends).
    size_t cellOf(double t) const;

    static constexpr size_t Window = 8;   // times compared at once; also the padding at the end
    // How many of the Window ascending times at v lie below t. Without branches: a column
    // boundary may fall anywhere among them, and a loop exit per boundary would mispredict.
    static size_t countBelow(const double* v, double t)
    {
#if defined(__SSE2__)
        const __m128d b = _mm_set1_pd(t);
        const int m = _mm_movemask_pd(_mm_cmplt_pd(_mm_loadu_pd(v), b))
            | _mm_movemask_pd(_mm_cmplt_pd(_mm_loadu_pd(v + 2), b)) << 2
            | _mm_movemask_pd(_mm_cmplt_pd(_mm_loadu_pd(v + 4), b)) << 4
            | _mm_movemask_pd(_mm_cmplt_pd(_mm_loadu_pd(v + 6), b)) << 6;
        // Ascending: the times below t are a prefix, so the count is the run of low one bits.
        return size_t(__builtin_ctz(~unsigned(m)));
#else
        size_t n = 0;
        for (size_t j = 0; j < Window; ++j)
            n += v[j] < t;
        return n;
#endif
    }

private:
    size_t lowerBoundFar(double t, size_t hint) const;

    std::vector<double> m_time;          // size() times, then Window times of +infinity
    size_t m_size = 0;
    double m_origin = 0, m_cellMs = 1, m_cellsPerMs = 1;
    std::vector<uint32_t> m_cellStart = {0};   // cells() + 1 entries, the last one size()
};

// The rows of one function (or of all functions of a service) rearranged so that a frame can
// aggregate them per pixel column without visiting each row. All rows' starts and ends, sorted,
// give how many started and are running in a column; the outcome most rows have is counted as
// the rest, while the rarer outcomes keep sorted starts and ends of their own, visited only in
// the columns where one of them starts or ends. Plus cold-start prefix counts and durations in
// start order. A frame costs O(width) per lane plus the rarer outcomes' events.
struct LaneIndex {
    Outcome common = Outcome::Ok;
    SortedTimes starts;   // startMs
    SortedTimes ends;     // invocationEndMs
    std::array<std::vector<double>, OutcomeCount> rareStarts;   // empty for `common`
    std::array<std::vector<double>, OutcomeCount> rareEnds;
    std::vector<uint32_t> coldPrefix;   // cold starts among the first i rows in start order (size + 1)
    std::vector<float> durationMs;      // in start order
    size_t size() const { return durationMs.size(); }
};

// Builds the index of `ranges` (each a [begin, end) part of the table sorted by start).
// Returns false when `cancel` was raised.
bool buildLaneIndex(const InvocationColumns& c, const std::vector<std::pair<uint32_t, uint32_t>>& ranges, LaneIndex& out,
                    const std::atomic<bool>* cancel = nullptr);

// The pixel column boundaries of an axis as times: value v lies left of boundary k exactly when
// aggregateLane's (v - from) * scale < k, i.e. when v < bound(k). One per frame, shared by lanes.
class ColumnBounds {
public:
    explicit ColumnBounds(const TimeAxis& axis);
    int width() const { return int(m_bound.size()) - 1; }
    const double* data() const { return m_bound.data(); }
    double from() const { return m_from; }
    double scale() const { return m_scale; }

private:
    std::vector<double> m_bound;   // width + 1
    double m_from = 0, m_scale = 1;
};

// Same result as aggregateLane(c, lane, axis, out) for the rows `index` was built from.
// Without maxDuration (painting does not show it) columns keep maxDurationMs = 0.
void aggregateIndexed(const LaneIndex& index, const TimeAxis& axis, LaneAggregate& out, bool withMaxDuration = true);
void aggregateIndexed(const LaneIndex& index, const ColumnBounds& bounds, LaneAggregate& out, bool withMaxDuration = true);

// The indexes of every function lane and of every service (the lane a collapsed service shows).
// Built once per source in a worker; read-only afterwards, shared with painting threads.
class TimelineIndex {
public:
    // nullptr when cancelled.
    static std::shared_ptr<const TimelineIndex> build(const TimelineSource& source, const std::atomic<bool>* cancel = nullptr);

    const InvocationColumns* columns() const { return m_columns; }
    // The index showing exactly `lane`'s rows, nullptr when there is none (stream lanes).
    const LaneIndex* find(const Lane& lane) const;

private:
    const InvocationColumns* m_columns = nullptr;
    std::vector<LaneIndex> m_functions;            // by function id (empty when unknown)
    std::vector<LaneIndex> m_services;
    QHash<QString, int> m_serviceIndex;
};

} // namespace ll
