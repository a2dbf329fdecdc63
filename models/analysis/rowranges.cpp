#include "analysis/rowranges.h"

namespace ll {

std::vector<FunctionRows> functionRows(const InvocationColumns& columns)
{
    std::vector<FunctionRows> out;
    const size_t n = columns.function.size();
    size_t i = 0;
    while (i < n) {
        const uint32_t f = columns.function[i];
        size_t j = i + 1;
        while (j < n && columns.function[j] == f)
            ++j;
        out.push_back({ f, uint32_t(i), uint32_t(j) });
        i = j;
    }
    return out;
}

FunctionRows clipRows(const InvocationColumns& columns, FunctionRows rows, int64_t fromMs, int64_t toMs)
{
    const auto first = columns.startMs.begin() + rows.begin;
    const auto last = columns.startMs.begin() + rows.end;
    const auto lo = std::lower_bound(first, last, fromMs);
    const auto hi = std::lower_bound(lo, last, toMs);
    return { rows.function, uint32_t(lo - columns.startMs.begin()), uint32_t(hi - columns.startMs.begin()) };
}

} // namespace ll
