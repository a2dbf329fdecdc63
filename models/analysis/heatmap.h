#pragma once

#include "analysis/rowranges.h"

#include <cstdint>
#include <vector>

namespace ll {

// Log-scaled duration axis: row r covers [lo * ratio^r, lo * ratio^(r+1)). Durations below lo go
// to row 0, above hi to the last row.
struct LogDurationAxis {
    double loMs = 1;
    double hiMs = 1000;
    int rows = 32;

    int rowOf(double durationMs) const;
    double rowLowerMs(int row) const;        // rowLowerMs(rows) == hiMs
    // Fractional position 0..1 of a duration on the axis (for painting ticks).
    double fraction(double durationMs) const;
    // Decade-aligned range covering [minMs, maxMs] (at least one decade; min 0.1 ms).
    static LogDurationAxis covering(double minMs, double maxMs, int rows);
};

struct HeatmapSpec {
    int64_t fromMs = 0, toMs = 0;    // both 0: the rows' span
    int columns = 120;
    int rows = 32;
    double minDurationMs = 0, maxDurationMs = 0;   // both 0: from the data, decade-aligned
};

// Counts of invocations per (time column, duration row) cell, with the cold starts and failures
// of each cell as overlays. Cell (c, r) is at index r * columns + c.
struct HeatmapGrid {
    int64_t fromMs = 0, toMs = 0;
    int columns = 0;
    LogDurationAxis axis;
    std::vector<uint32_t> counts;
    std::vector<uint32_t> coldStarts;
    std::vector<uint32_t> failures;
    uint32_t maxCount = 0;
    uint64_t total = 0;

    size_t cell(int column, int row) const { return size_t(row) * size_t(columns) + size_t(column); }
    int columnOf(int64_t ms) const;
    int64_t columnStartMs(int column) const;     // columnStartMs(columns) == toMs
};

// Bins finished invocations (those with a duration) of the given functions into one heatmap.
HeatmapGrid buildHeatmap(const InvocationColumns& columns, const std::vector<FunctionRows>& functions,
                             const HeatmapSpec& spec);

// A brushed rectangle: cells [column0, column1] x [row0, row1] (inclusive, any order).
struct HeatmapRegion {
    int column0 = 0, column1 = 0, row0 = 0, row1 = 0;
};

// Invocation rows that fall in `region` of `map`, ascending.
std::vector<uint32_t> rowsInRegion(const InvocationColumns& columns, const std::vector<FunctionRows>& functions,
                                   const HeatmapGrid& map, HeatmapRegion region);

} // namespace ll
