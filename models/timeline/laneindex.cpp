#include "timeline/laneindex.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace ll {

namespace {

// Same tie-break as aggregateLane: a column as likely failed as not reads as failed.
constexpr std::array<int, OutcomeCount> kSeverity = {1, 2, 3, 4, 5, 0};

bool cancelled(const std::atomic<bool>* cancel) { return cancel && cancel->load(std::memory_order_relaxed); }

// First position >= i whose value is not below `bound`. Counts in blocks of 16 without
// branching (the compiler vectorises it): a column holds a few to a few dozen values, and a
// loop exit or binary search step per value would mispredict far more often.
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

// The same from the start of the array: a binary search, the boundary may be far in.
size_t firstNotBelow(const std::vector<double>& a, double bound)
{
    return size_t(std::lower_bound(a.begin(), a.end(), bound) - a.begin());
}

} // namespace

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
    out.coldPrefix.reserve(rows.size() + 1);
    out.durationMs.reserve(rows.size());
    out.coldPrefix.push_back(0);
    for (uint32_t r : rows) {
        const auto o = size_t(c.outcome[r]);
        out.starts[o].push_back(double(c.startMs[r]));
        out.ends[o].push_back(invocationEndMs(c, r));
        out.coldPrefix.push_back(out.coldPrefix.back() + ((c.flags[r] & ColdStart) ? 1u : 0u));
        out.durationMs.push_back(c.durationMs[r]);
    }
    for (auto& e : out.ends)
        std::sort(e.begin(), e.end());
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
        // The smallest double u with f(u) >= k: bracket the estimate, then bisect down to
        // adjacent doubles. f is monotonic, so v < u exactly when f(v) < k.
        const double g = from + double(k) / scale;
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
        m_bound[size_t(k)] = hi;
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
    // Only outcomes that occur: most lanes have a big Ok set and a few small failure sets.
    std::array<int, OutcomeCount> present{};
    int np = 0;
    for (int o = 0; o < OutcomeCount; ++o)
        if (!index.starts[size_t(o)].empty())
            present[size_t(np++)] = o;
    // Per outcome: positions at the current column's left boundary (starts before it, ends
    // before it) and the next column where each moves. Columns where nothing starts or ends
    // keep the running counts of the one before: only those events cost anything.
    std::array<size_t, OutcomeCount> s{}, e{};
    std::array<int, OutcomeCount> nextStart{}, nextEnd{};
    std::array<int32_t, OutcomeCount> running{};
    size_t p0 = 0;   // rows started before the boundary, in start order
    size_t endedBefore = 0;
    int32_t total = 0;
    auto nextStartOf = [&](size_t o) { return s[o] < index.starts[o].size() ? columnOf(index.starts[o][s[o]]) : kNever; };
    // An end in column c stops counting as running from column c + 1.
    auto nextEndOf = [&](size_t o) {
        const int c = e[o] < index.ends[o].size() ? columnOf(index.ends[o][e[o]]) : kNever;
        return c == kNever ? kNever : c + 1;
    };
    for (int k = 0; k < np; ++k) {
        const auto o = size_t(present[size_t(k)]);
        s[o] = firstNotBelow(index.starts[o], bound[0]);
        e[o] = firstNotBelow(index.ends[o], bound[0]);
        p0 += s[o];
        endedBefore += e[o];
        running[o] = int32_t(s[o] - e[o]);
        total += running[o];
        nextStart[o] = nextStartOf(o);
        nextEnd[o] = nextEndOf(o);
    }
    const float* duration = index.durationMs.data();
    const uint32_t* cold = index.coldPrefix.data();
    PixelColumn* columns = out.columns.data();
    Outcome dominant = Outcome::Ok;
    auto updateDominant = [&] {
        int best = int(Outcome::Ok);
        for (int o = 1; o < OutcomeCount; ++o)
            if (running[size_t(o)] > running[size_t(best)]
                || (running[size_t(o)] == running[size_t(best)] && running[size_t(o)] > 0
                    && kSeverity[size_t(o)] > kSeverity[size_t(best)]))
                best = o;
        dominant = Outcome(best);
    };
    updateDominant();
    int x = 0;
    while (x < w) {
        int event = kNever;
        for (int k = 0; k < np; ++k) {
            const auto o = size_t(present[size_t(k)]);
            event = std::min({event, nextStart[o], nextEnd[o]});
        }
        // Quiet columns up to the next event: what runs keeps running.
        const int quietEnd = std::min(event, w);
        if (total > 0) {
            for (int q = x; q < quietEnd; ++q) {
                columns[q].active = uint32_t(total);
                columns[q].dominant = dominant;
            }
            out.maxActive = std::max(out.maxActive, uint32_t(total));
        }
        if (event >= w)
            break;
        x = event;
        PixelColumn& p = columns[x];
        size_t p1 = p0;
        for (int k = 0; k < np; ++k) {
            const auto o = size_t(present[size_t(k)]);
            if (nextStart[o] == x) {
                const size_t next = advance(index.starts[o], s[o], bound[x + 1]);
                const auto started = uint32_t(next - s[o]);
                p.count += started;
                if (isFailure(Outcome(o)))
                    p.failures += started;
                p1 += started;
                running[o] += int32_t(started);
                total += int32_t(started);
                s[o] = next;
                nextStart[o] = nextStartOf(o);
            }
            if (nextEnd[o] == x) {
                const size_t next = advance(index.ends[o], e[o], bound[x]);
                running[o] -= int32_t(next - e[o]);
                total -= int32_t(next - e[o]);
                e[o] = next;
                nextEnd[o] = nextEndOf(o);
            }
        }
        if (p1 > p0) {
            p.coldStarts = cold[p1] - cold[p0];
            float m = 0;
            if (withMaxDuration)
            for (size_t r = p0; r < p1; ++r)
                m = std::max(m, duration[r]);
            p.maxDurationMs = m;
        }
        p0 = p1;
        updateDominant();
        if (total > 0) {
            p.active = uint32_t(total);
            p.dominant = dominant;
            out.maxActive = std::max(out.maxActive, uint32_t(total));
        }
        ++x;
    }
    // Rows that started before the right edge and did not end before the left one.
    size_t startedBeforeRight = 0;
    for (int k = 0; k < np; ++k) {
        const auto o = size_t(present[size_t(k)]);
        startedBeforeRight += advance(index.starts[o], s[o], bound[w]);
    }
    out.rows = uint32_t(startedBeforeRight - endedBefore);
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
