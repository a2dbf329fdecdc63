#include "logsearch/linesource.h"

namespace ll {

int64_t LineSource::firstRowOf(int64_t invocation) const
{
    // Generic fallback: a linear scan. Sources with an index override this.
    const uint32_t n = count();
    for (uint32_t r = 0; r < n; ++r) {
        if (this->invocation(r) == invocation)
            return r;
    }
    return -1;
}

QString LineSource::functionName(uint32_t function) const
{
    return QStringLiteral("#%1").arg(function);
}

void LineSource::fetch(const uint32_t* rows, size_t n, std::vector<LineRecord>* out) const
{
    out->clear();
    out->reserve(n);
    for (size_t i = 0; i < n; ++i)
        out->push_back(record(rows[i]));
}

LineRecord LineSource::record(uint32_t row) const
{
    LineRecord r;
    r.row = row;
    r.timestampMs = timestampMs(row);
    r.function = function(row);
    r.invocation = invocation(row);
    r.level = level(row);
    r.kind = kind(row);
    r.message = message(row);
    return r;
}

uint32_t LineSource::lowerBoundTime(int64_t ms) const
{
    uint32_t lo = 0;
    uint32_t hi = count();
    while (lo < hi) {
        const uint32_t mid = lo + (hi - lo) / 2;
        if (timestampMs(mid) < ms)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

} // namespace ll
