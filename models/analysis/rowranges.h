#pragma once

#include "store/fleet.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace ll {

// Rows [begin, end) of one function in an InvocationColumns table sorted by (function, startMs).
struct FunctionRows {
    uint32_t function = 0;
    uint32_t begin = 0;
    uint32_t end = 0;
    uint32_t size() const { return end - begin; }
};

// One entry per function present in the table, in table order (one linear pass).
std::vector<FunctionRows> functionRows(const InvocationColumns& columns);

// Rows of [rows.begin, rows.end) whose startMs lies in [fromMs, toMs): binary search.
FunctionRows clipRows(const InvocationColumns& columns, FunctionRows rows, int64_t fromMs, int64_t toMs);

// Nearest-rank percentile (q in [0,1]) of `values`, reordering them (nth_element). 0 when empty.
template <typename T>
double percentileInPlace(std::vector<T>& values, double q)
{
    if (values.empty())
        return 0;
    size_t rank = size_t(q * double(values.size()) + 0.999999999);
    rank = std::clamp<size_t>(rank, 1, values.size()) - 1;
    std::nth_element(values.begin(), values.begin() + rank, values.end());
    return double(values[rank]);
}

// Several quantiles at once (ascending q), each nth_element restricted to the part above the last.
template <typename T, size_t N>
std::array<double, N> quantilesInPlace(std::vector<T>& values, const std::array<double, N>& qs)
{
    std::array<double, N> out {};
    if (values.empty())
        return out;
    auto lo = values.begin();
    for (size_t i = 0; i < N; ++i) {
        size_t rank = size_t(qs[i] * double(values.size()) + 0.999999999);
        rank = std::clamp<size_t>(rank, 1, values.size()) - 1;
        auto nth = values.begin() + rank;
        if (nth >= lo) {
            std::nth_element(lo, nth, values.end());
            lo = nth;
        }
        out[i] = double(*nth);
    }
    return out;
}

} // namespace ll
