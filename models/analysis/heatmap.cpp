#include "analysis/heatmap.h"

#include "domain/invocation.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ll {

int LogDurationAxis::rowOf(double durationMs) const
{
    if (!(durationMs > loMs))
        return 0;
    const double f = std::log(durationMs / loMs) / std::log(hiMs / loMs);
    return std::clamp(int(std::floor(f * rows)), 0, rows - 1);
}

double LogDurationAxis::rowLowerMs(int row) const { return loMs * std::pow(hiMs / loMs, double(row) / rows); }

double LogDurationAxis::fraction(double durationMs) const
{
    if (!(durationMs > loMs))
        return 0;
    return std::clamp(std::log(durationMs / loMs) / std::log(hiMs / loMs), 0.0, 1.0);
}

LogDurationAxis LogDurationAxis::covering(double minMs, double maxMs, int rows)
{
    LogDurationAxis a;
    a.rows = std::max(1, rows);
    minMs = std::max(minMs, 0.1);
    maxMs = std::max(maxMs, minMs);
    a.loMs = std::pow(10.0, std::floor(std::log10(minMs)));
    a.hiMs = std::pow(10.0, std::ceil(std::log10(maxMs)));
    if (a.hiMs <= a.loMs)
        a.hiMs = a.loMs * 10;
    return a;
}

int HeatmapGrid::columnOf(int64_t ms) const
{
    const int64_t span = std::max<int64_t>(1, toMs - fromMs);
    return int(std::clamp<int64_t>((ms - fromMs) * columns / span, 0, columns - 1));
}

int64_t HeatmapGrid::columnStartMs(int column) const
{
    return fromMs + (toMs - fromMs) * column / std::max(1, columns);
}

namespace {
bool counted(const InvocationColumns& c, uint32_t i) { return (c.flags[i] & HasReport) && c.durationMs[i] >= 0; }
}

HeatmapGrid buildHeatmap(const InvocationColumns& c, const std::vector<FunctionRows>& functions,
                             const HeatmapSpec& spec)
{
    HeatmapGrid map;
    map.columns = std::max(1, spec.columns);
    map.fromMs = spec.fromMs;
    map.toMs = spec.toMs;
    double minD = spec.minDurationMs, maxD = spec.maxDurationMs;
    const bool autoTime = spec.fromMs == 0 && spec.toMs == 0;
    const bool autoDuration = minD == 0 && maxD == 0;
    if (autoTime || autoDuration) {
        bool any = false, anyTime = false;
        for (const FunctionRows& r : functions) {
            if (r.size() == 0)
                continue;
            if (autoTime) {
                map.fromMs = anyTime ? std::min(map.fromMs, c.startMs[r.begin]) : c.startMs[r.begin];
                map.toMs = anyTime ? std::max(map.toMs, c.startMs[r.end - 1] + 1) : c.startMs[r.end - 1] + 1;
                anyTime = true;
            }
            if (autoDuration) {
                for (uint32_t i = r.begin; i < r.end; ++i) {
                    if (!counted(c, i))
                        continue;
                    const double d = c.durationMs[i];
                    minD = any ? std::min(minD, d) : d;
                    maxD = any ? std::max(maxD, d) : d;
                    any = true;
                }
            }
        }
        if (autoDuration && !any) {
            minD = 1;
            maxD = 1000;
        }
    }
    map.axis = autoDuration ? LogDurationAxis::covering(minD, maxD, spec.rows)
                            : LogDurationAxis { std::max(minD, 0.001), std::max(maxD, minD * 10), std::max(1, spec.rows) };
    const size_t cells = size_t(map.columns) * size_t(map.axis.rows);
    map.counts.assign(cells, 0);
    map.coldStarts.assign(cells, 0);
    map.failures.assign(cells, 0);
    // Row edges once, then a binary search per invocation: no log() in the hot loop. Edges are
    // computed with the same maths as rowOf, and checked against it at the boundaries.
    std::vector<float> edges;
    for (int r = 1; r < map.axis.rows; ++r) {
        float e = float(map.axis.rowLowerMs(r));
        while (map.axis.rowOf(double(e)) < r)
            e = std::nextafter(e, std::numeric_limits<float>::infinity());
        while (map.axis.rowOf(double(std::nextafter(e, 0.0f))) >= r)
            e = std::nextafter(e, 0.0f);
        edges.push_back(e);
    }
    for (const FunctionRows& r : functions) {
        const FunctionRows clipped = clipRows(c, r, map.fromMs, map.toMs);
        for (uint32_t i = clipped.begin; i < clipped.end; ++i) {
            if (!counted(c, i))
                continue;
            const int row = int(std::upper_bound(edges.begin(), edges.end(), c.durationMs[i]) - edges.begin());
            const size_t k = map.cell(map.columnOf(c.startMs[i]), row);
            map.maxCount = std::max(map.maxCount, ++map.counts[k]);
            if (c.flags[i] & ColdStart)
                ++map.coldStarts[k];
            if (isFailure(c.outcome[i]))
                ++map.failures[k];
            ++map.total;
        }
    }
    return map;
}

std::vector<uint32_t> rowsInRegion(const InvocationColumns& c, const std::vector<FunctionRows>& functions,
                                   const HeatmapGrid& map, HeatmapRegion region)
{
    const int c0 = std::clamp(std::min(region.column0, region.column1), 0, map.columns - 1);
    const int c1 = std::clamp(std::max(region.column0, region.column1), 0, map.columns - 1);
    const int r0 = std::clamp(std::min(region.row0, region.row1), 0, map.axis.rows - 1);
    const int r1 = std::clamp(std::max(region.row0, region.row1), 0, map.axis.rows - 1);
    std::vector<uint32_t> out;
    const int64_t from = map.columnStartMs(c0);
    // +1: integer rounding can put a row of column c1 on the next column's first millisecond.
    const int64_t to = c1 + 1 == map.columns ? map.toMs : map.columnStartMs(c1 + 1) + 1;
    for (const FunctionRows& r : functions) {
        const FunctionRows clipped = clipRows(c, r, from, to);
        for (uint32_t i = clipped.begin; i < clipped.end; ++i) {
            if (!counted(c, i))
                continue;
            // Same cell maths as buildHeatmap, so a brushed cell gives exactly its counted rows.
            const int col = map.columnOf(c.startMs[i]);
            const int row = map.axis.rowOf(c.durationMs[i]);
            if (col >= c0 && col <= c1 && row >= r0 && row <= r1)
                out.push_back(i);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace ll
