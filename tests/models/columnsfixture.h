#pragma once

// Builds ll::InvocationColumns by hand for analysis tests (no parser, no Fleet needed).

#include "store/fleet.h"

#include <algorithm>
#include <numeric>

namespace lltest {

struct Row {
    uint32_t function = 0;
    int64_t startMs = 0;
    float durationMs = 10;
    float billedMs = 10;
    uint16_t sizeMb = 128;
    uint16_t usedMb = 64;
    ll::Outcome outcome = ll::Outcome::Ok;
    bool cold = false;
    float initMs = -1;
};

inline constexpr int64_t kT0 = 1'700'000'000'000;   // 2023-11-14, any fixed epoch will do
inline constexpr int64_t kMinute = 60'000;
inline constexpr int64_t kHour = 3'600'000;
inline constexpr int64_t kDay = 86'400'000;

class ColumnsBuilder {
public:
    ColumnsBuilder& add(const Row& r)
    {
        m_rows.push_back(r);
        return *this;
    }
    // n warm invocations evenly spread over [fromMs, fromMs + spanMs).
    ColumnsBuilder& addSpread(Row r, int n, int64_t fromMs, int64_t spanMs)
    {
        for (int i = 0; i < n; ++i) {
            r.startMs = fromMs + spanMs * i / std::max(1, n);
            m_rows.push_back(r);
        }
        return *this;
    }
    ll::InvocationColumns finish() const
    {
        std::vector<size_t> order(m_rows.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
            const Row& x = m_rows[a];
            const Row& y = m_rows[b];
            return x.function != y.function ? x.function < y.function : x.startMs < y.startMs;
        });
        ll::InvocationColumns c;
        for (size_t k : order) {
            const Row& r = m_rows[k];
            c.function.push_back(r.function);
            c.stream.push_back(r.function);
            c.startMs.push_back(r.startMs);
            c.endMs.push_back(r.startMs + int64_t(r.durationMs));
            c.durationMs.push_back(r.durationMs);
            c.billedDurationMs.push_back(r.billedMs);
            c.initDurationMs.push_back(r.initMs);
            c.restoreDurationMs.push_back(-1);
            c.billedRestoreDurationMs.push_back(-1);
            c.memorySizeMb.push_back(r.sizeMb);
            c.maxMemoryUsedMb.push_back(r.usedMb);
            c.outcome.push_back(r.outcome);
            uint8_t flags = r.outcome == ll::Outcome::Incomplete ? ll::HasStart : (ll::HasStart | ll::HasReport);
            if (r.cold)
                flags |= ll::ColdStart;
            c.flags.push_back(flags);
            c.firstLine.push_back(0);
            c.lineCount.push_back(0);
            c.errorLines.push_back(ll::isFailure(r.outcome) ? 1 : 0);
            c.warnLines.push_back(0);
            c.firstAttempt.push_back(-1);
            c.requestId.push_back(0);
            c.traceId.push_back(0);
            c.errorType.push_back(0);
        }
        return c;
    }

private:
    std::vector<Row> m_rows;
};

} // namespace lltest
