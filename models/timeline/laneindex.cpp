#include "timeline/laneindex.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace ll {

namespace {

// Same tie-break as aggregateLane: a column as likely failed as not reads as failed.
constexpr std::array<int, OutcomeCount> kSeverity = {1, 2, 3, 4, 5, 0};

// Times per grid cell on average: fewer cost memory, more a longer search (bench_laneaggregate).
constexpr size_t kTimesPerCell = 4;

bool cancelled(const std::atomic<bool>* cancel) { return cancel && cancel->load(std::memory_order_relaxed); }

// First position >= i whose value is not below `bound`, for the rarer outcomes' short arrays.
size_t advance(const std::vector<double>& a, size_t i, double bound)
{
    const size_t n = a.size();
    const double* v = a.data();
    while (i + 16 <= n) {
        int below = 0;
        for (int j = 0; j < 16; ++j)
            below += v[i + size_t(j)] < bound;
        i += size_t(below);
        if (below < 16)
            return i;
    }
    while (i < n && v[i] < bound)
        ++i;
    return i;
}

size_t firstNotBelow(const std::vector<double>& a, double bound)
{
    return size_t(std::lower_bound(a.begin(), a.end(), bound) - a.begin());
}

} // namespace

void SortedTimes::build(std::vector<double> ascending)
{
    m_size = ascending.size();
    m_time = std::move(ascending);
    const size_t cells = std::max<size_t>(1, m_size / kTimesPerCell);
    m_origin = m_size ? m_time.front() : 0;
    const double span = m_size ? m_time.back() - m_origin : 0;
    m_cellMs = span > 0 ? span / double(cells) : 1;
    m_cellsPerMs = 1 / m_cellMs;
    m_time.resize(m_size + Window, std::numeric_limits<double>::infinity());
    m_cellStart.resize(cells + 1);
    size_t p = 0;
    for (size_t c = 0; c < cells; ++c) {
        const double edge = cellEdge(c);
        while (p < m_size && m_time[p] < edge)
            ++p;
        m_cellStart[c] = uint32_t(p);
    }
    m_cellStart[cells] = uint32_t(m_size);
}

size_t SortedTimes::cellOf(double t) const
{
    const size_t last = cells() - 1;
    if (!(t > m_origin))
        return 0;
    const double f = (t - m_origin) * m_cellsPerMs;
    size_t cell = f >= double(last) ? last : size_t(f);
    // The estimate may round across an edge; the edges themselves are what the grid was built on.
    while (cell > 0 && cellEdge(cell) > t)
        --cell;
    while (cell < last && cellEdge(cell + 1) <= t)
        ++cell;
    return cell;
}

size_t SortedTimes::lowerBoundFar(double t, size_t hint) const
{
    // Further than the window: the answer lies in t's cell (times before the cell are below
    // its left edge, hence below t; times after it are at or past the next edge, above t).
    const size_t cell = cellOf(t);
    const size_t lo = std::max<size_t>(hint, m_cellStart[cell]);
    const size_t hi = m_cellStart[cell + 1];
    if (hi <= lo + Window)
        return lo + countBelow(m_time.data() + lo, t);
    return size_t(std::lower_bound(m_time.begin() + std::ptrdiff_t(lo), m_time.begin() + std::ptrdiff_t(hi), t) - m_time.begin());
}

bool buildLaneIndex(const InvocationColumns& c, const std::vector<std::pair<uint32_t, uint32_t>>& ranges, LaneIndex& out,
                    const std::atomic<bool>* cancel)
{
    out = LaneIndex{};
    std::vector<uint32_t> rows;
    for (const auto& [b, e] : ranges)
        for (uint32_t r = b; r < e; ++r)
            rows.push_back(r);
    // Each range is sorted already; only a service's several ranges need merging. Ties keep
    // row order (they fall into the same column anyway).
    if (ranges.size() > 1)
        std::sort(rows.begin(), rows.end(), [&](uint32_t a, uint32_t b) {
            return c.startMs[a] != c.startMs[b] ? c.startMs[a] < c.startMs[b] : a < b;
        });
    if (cancelled(cancel))
        return false;
    std::array<size_t, OutcomeCount> perOutcome{};
    for (uint32_t r : rows)
        ++perOutcome[size_t(c.outcome[r])];
    out.common = Outcome(std::max_element(perOutcome.begin(), perOutcome.end()) - perOutcome.begin());
    const size_t n = rows.size();
    std::vector<double> starts(n), ends(n);
    out.coldPrefix.reserve(n + 1);
    out.durationMs.reserve(n);
    out.coldPrefix.push_back(0);
    for (size_t i = 0; i < n; ++i) {
        const uint32_t r = rows[i];
        starts[i] = double(c.startMs[r]);
        ends[i] = invocationEndMs(c, r);
        if (c.outcome[r] != out.common) {
            out.rareStarts[size_t(c.outcome[r])].push_back(starts[i]);
            out.rareEnds[size_t(c.outcome[r])].push_back(ends[i]);
        }
        out.coldPrefix.push_back(out.coldPrefix.back() + ((c.flags[r] & ColdStart) ? 1u : 0u));
        out.durationMs.push_back(c.durationMs[r]);
    }
    if (cancelled(cancel))
        return false;
    for (auto& e : out.rareEnds)
        std::sort(e.begin(), e.end());
    std::sort(ends.begin(), ends.end());
    out.starts.build(std::move(starts));
    out.ends.build(std::move(ends));
    return !cancelled(cancel);
}

ColumnBounds::ColumnBounds(const TimeAxis& axis)
{
    const int w = axis.width();
    const double from = axis.fromMs();
    const double scale = double(w) / axis.spanMs();
    m_scale = scale;
    m_from = from;
    auto f = [&](double v) { return (v - from) * scale; };
    m_bound.resize(size_t(w) + 1);
    for (int k = 0; k <= w; ++k) {
        // The smallest double u with f(u) >= k. f is monotonic, so v < u exactly when f(v) < k.
        // The estimate is usually within a few doubles of it: step there.
        const double g = from + double(k) / scale;
        double u = g;
        int steps = 0;
        if (f(u) < k) {
            while (f(u) < k && ++steps < 64)
                u = std::nextafter(u, std::numeric_limits<double>::infinity());
        } else {
            for (double below = std::nextafter(u, -std::numeric_limits<double>::infinity()); f(below) >= k && ++steps < 64;
                 below = std::nextafter(u, -std::numeric_limits<double>::infinity()))
                u = below;
        }
        if (steps >= 64) {
            // Far off (a huge span over few pixels): bracket the estimate, then bisect down to
            // adjacent doubles.
            double d = std::max(1e-9, std::abs(g) * 1e-14);
            double lo = g - d, hi = g + d;
            while (!(f(lo) < k))
                d *= 2, lo = g - d;
            while (f(hi) < k)
                d *= 2, hi = g + d;
            for (;;) {
                const double mid = lo + (hi - lo) / 2;
                if (mid <= lo || mid >= hi)
                    break;
                (f(mid) < k ? lo : hi) = mid;
            }
            u = hi;
        }
        m_bound[size_t(k)] = u;
    }
}

void aggregateIndexed(const LaneIndex& index, const TimeAxis& axis, LaneAggregate& out, bool withMaxDuration)
{
    aggregateIndexed(index, ColumnBounds(axis), out, withMaxDuration);
}

void aggregateIndexed(const LaneIndex& index, const ColumnBounds& bounds, LaneAggregate& out, bool withMaxDuration)
{
    const int w = bounds.width();
    const double* bound = bounds.data();
    out.columns.assign(size_t(w), PixelColumn{});
    out.maxActive = 0;
    out.rows = 0;
    if (index.size() == 0)
        return;
    const double from = bounds.from();
    const double scale = bounds.scale();
    constexpr int kNever = std::numeric_limits<int>::max();
    // The column a value falls in (value v counts before boundary k iff floor((v - from) * scale) < k);
    // kNever past the right edge or the end of the array.
    // Only called for values not below bound[0], so fx >= 0 and truncation is floor.
    auto columnOf = [&](double v) {
        const double fx = (v - from) * scale;
        return fx >= double(w) ? kNever : int(fx);
    };

    // The rarer outcomes: per outcome, positions at the current column's left boundary (starts
    // before it, ends before it) and the next column where each moves.
    std::array<int, OutcomeCount> rare{};
    int rareCount = 0;
    for (int o = 0; o < OutcomeCount; ++o)
        if (!index.rareStarts[size_t(o)].empty())
            rare[size_t(rareCount++)] = o;
    std::array<size_t, OutcomeCount> s{}, e{};
    std::array<int, OutcomeCount> nextStart{}, nextEnd{};
    std::array<int32_t, OutcomeCount> running{};
    int32_t rareRunning = 0;
    auto nextStartOf = [&](size_t o) {
        return s[o] < index.rareStarts[o].size() ? columnOf(index.rareStarts[o][s[o]]) : kNever;
    };
    // An end in column c stops counting as running from column c + 1.
    auto nextEndOf = [&](size_t o) {
        const int c = e[o] < index.rareEnds[o].size() ? columnOf(index.rareEnds[o][e[o]]) : kNever;
        return c == kNever ? kNever : c + 1;
    };
    int nextRare = kNever;
    for (int k = 0; k < rareCount; ++k) {
        const auto o = size_t(rare[size_t(k)]);
        s[o] = firstNotBelow(index.rareStarts[o], bound[0]);
        e[o] = firstNotBelow(index.rareEnds[o], bound[0]);
        running[o] = int32_t(s[o] - e[o]);
        rareRunning += running[o];
        nextStart[o] = nextStartOf(o);
        nextEnd[o] = nextEndOf(o);
        nextRare = std::min({nextRare, nextStart[o], nextEnd[o]});
    }

    // All rows: started before the column's left boundary, ended before it.
    size_t started = index.starts.lowerBound(bound[0], 0);
    size_t ended = index.ends.lowerBound(bound[0], 0);
    const size_t endedBefore = ended;
    const bool commonFails = isFailure(index.common);
    const int commonSeverity = kSeverity[size_t(index.common)];
    const float* duration = index.durationMs.data();
    const uint32_t* cold = index.coldPrefix.data();
    PixelColumn* columns = out.columns.data();
    uint32_t maxActive = 0;
    for (int x = 0; x < w; ++x) {
        const size_t startedNext = index.starts.lowerBound(bound[x + 1], started);
        PixelColumn& p = columns[x];
        uint32_t rareStarted = 0, rareFailures = 0;
        if (x == nextRare) {
            nextRare = kNever;
            for (int k = 0; k < rareCount; ++k) {
                const auto o = size_t(rare[size_t(k)]);
                if (nextStart[o] == x) {
                    const size_t next = advance(index.rareStarts[o], s[o], bound[x + 1]);
                    const auto n = uint32_t(next - s[o]);
                    rareStarted += n;
                    if (isFailure(Outcome(o)))
                        rareFailures += n;
                    running[o] += int32_t(n);
                    rareRunning += int32_t(n);
                    s[o] = next;
                    nextStart[o] = nextStartOf(o);
                }
                if (nextEnd[o] == x) {
                    const size_t next = advance(index.rareEnds[o], e[o], bound[x]);
                    running[o] -= int32_t(next - e[o]);
                    rareRunning -= int32_t(next - e[o]);
                    e[o] = next;
                    nextEnd[o] = nextEndOf(o);
                }
                nextRare = std::min({nextRare, nextStart[o], nextEnd[o]});
            }
        }
        if (startedNext != started) {
            p.count = uint32_t(startedNext - started);
            p.failures = (commonFails ? p.count - rareStarted : 0) + rareFailures;
            p.coldStarts = cold[startedNext] - cold[started];
            if (withMaxDuration) {
                float m = 0;
                for (size_t r = started; r < startedNext; ++r)
                    m = std::max(m, duration[r]);
                p.maxDurationMs = m;
            }
        }
        const auto total = uint32_t(startedNext - ended);
        if (total > 0) {
            p.active = total;
            p.dominant = index.common;
            if (rareRunning > 0) {
                // Most running count wins, then severity: aggregateLane's order as one key.
                int64_t best = int64_t(int32_t(total) - rareRunning) * 8 + commonSeverity;
                for (int k = 0; k < rareCount; ++k) {
                    const auto o = size_t(rare[size_t(k)]);
                    const int64_t key = int64_t(running[o]) * 8 + kSeverity[o];
                    if (key > best) {
                        best = key;
                        p.dominant = Outcome(o);
                    }
                }
            }
            maxActive = std::max(maxActive, total);
        }
        started = startedNext;
        ended = index.ends.lowerBound(bound[x + 1], ended);
    }
    out.maxActive = maxActive;
    // Rows that started before the right edge and did not end before the left one.
    out.rows = uint32_t(started - endedBefore);
}

std::shared_ptr<const TimelineIndex> TimelineIndex::build(const TimelineSource& source, const std::atomic<bool>* cancel)
{
    auto index = std::make_shared<TimelineIndex>();
    if (source.isEmpty())
        return index;
    const InvocationColumns& c = *source.columns;
    index->m_columns = &c;
    std::map<QString, std::vector<std::pair<uint32_t, uint32_t>>> services;
    for (const TimelineFunction& f : source.functions) {
        const auto lo = std::lower_bound(c.function.begin(), c.function.end(), f.id);
        const auto hi = std::upper_bound(lo, c.function.end(), f.id);
        const std::pair<uint32_t, uint32_t> range{uint32_t(lo - c.function.begin()), uint32_t(hi - c.function.begin())};
        if (index->m_functions.size() <= f.id)
            index->m_functions.resize(size_t(f.id) + 1);
        if (!buildLaneIndex(c, {range}, index->m_functions[f.id], cancel))
            return nullptr;
        services[laneServiceName(f)].push_back(range);
    }
    for (auto& [name, ranges] : services) {
        index->m_serviceIndex.insert(name, int(index->m_services.size()));
        index->m_services.emplace_back();
        if (!buildLaneIndex(c, ranges, index->m_services.back(), cancel))
            return nullptr;
    }
    return index;
}

const LaneIndex* TimelineIndex::find(const Lane& lane) const
{
    const LaneIndex* found = nullptr;
    if (lane.kind == Lane::Kind::Function && lane.function < m_functions.size())
        found = &m_functions[lane.function];
    else if (lane.kind == Lane::Kind::Service)
        if (const auto it = m_serviceIndex.constFind(lane.service); it != m_serviceIndex.cend())
            found = &m_services[size_t(*it)];
    // A lane built from other rows (another source, an unknown service) must not borrow an index.
    if (found && found->size() != lane.rows.size())
        return nullptr;
    return found;
}

} // namespace ll
