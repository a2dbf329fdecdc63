// Steps 1-3 of FleetBuilder::finish(): the lines ordered by (stream, time, arrival), duplicate
// events dropped, and the lines' text, times and kinds laid out in that order.
#include "store/fleetbuilder.h"

#include "store/parallelfor.h"
#include "store/steptimer.h"

#include <algorithm>
#include <cstring>
#include <numeric>

namespace ll {

bool FleetBuilder::layOutLines(Fleet& f, std::vector<uint32_t>& newIndex, const std::atomic<bool>* cancel, StepTimer& timer)
{
    constexpr uint32_t kNone = UINT32_MAX;
    const size_t n = m_lineTime.size();
    const size_t streams = f.m_streamFunction.size();

    // 1. Order lines by (stream, time, arrival): counting sort by stream, then by time.
    std::vector<uint32_t> order(n);
    {
        std::vector<uint32_t> start(streams + 1, 0);
        for (size_t i = 0; i < n; ++i)
            ++start[m_lineStream[i] + 1];
        std::partial_sum(start.begin(), start.end(), start.begin());
        std::vector<uint32_t> pos(start.begin(), start.end() - 1);
        for (size_t i = 0; i < n; ++i)
            order[pos[m_lineStream[i]]++] = uint32_t(i);
        for (size_t s = 0; s < streams; ++s) {
            auto b = order.begin() + start[s], e = order.begin() + start[s + 1];
            const bool sorted = std::is_sorted(b, e, [this](uint32_t a, uint32_t c) { return m_lineTime[a] < m_lineTime[c]; });
            if (!sorted)
                std::stable_sort(b, e, [this](uint32_t a, uint32_t c) { return m_lineTime[a] < m_lineTime[c]; });
        }
    }
    if (cancel && cancel->load(std::memory_order_relaxed))
        return false;

    timer.lap("order");
    // 2. Drop duplicates (same eventId).
    newIndex.assign(n, kNone);
    size_t kept = 0;
    for (size_t k = 0; k < n; ++k) {
        const uint32_t i = order[k];
        bool duplicate = false;
        if (m_lineKey[i]) {
            for (size_t j = k; j-- > 0;) {
                const uint32_t o = order[j];
                if (m_lineStream[o] != m_lineStream[i] || m_lineTime[o] != m_lineTime[i])
                    break;
                if (m_lineKey[o] == m_lineKey[i] && newIndex[o] != kNone) {
                    duplicate = true;
                    break;
                }
            }
        }
        if (duplicate) {
            ++f.m_duplicates;
            continue;
        }
        newIndex[i] = uint32_t(kept);
        order[kept++] = i;
    }
    order.resize(kept);
    order.shrink_to_fit();
    m_lineKey = {};

    timer.lap("duplicates");
    // 3. Lay the lines out in stream order, messages included, in columns of exact size.
    f.m_streamFirstLine.assign(streams + 1, 0);
    for (const uint32_t i : order)
        ++f.m_streamFirstLine[m_lineStream[i] + 1];
    std::partial_sum(f.m_streamFirstLine.begin(), f.m_streamFirstLine.end(), f.m_streamFirstLine.begin());
    m_lineStream = {};
    {
        f.m_lineOffset32.resize(kept + 1);
        uint64_t offset = 0;
        uint64_t high = 0;
        for (size_t k = 0; k <= kept; ++k) {
            for (; (offset >> 32) > high; ++high)
                f.m_offsetWrap.push_back(uint32_t(k));
            f.m_lineOffset32[k] = uint32_t(offset);
            if (k < kept)
                offset += m_lineLength[order[k]];
        }
        f.m_messageBytes = offset;
        // Written in line order, read where each message arrived: each thread fills (and first
        // touches) its own contiguous part of the text.
        std::vector<uint64_t> arrivalOffset(n);
        uint64_t arrived = 0;
        for (size_t i = 0; i < n; ++i) {
            arrivalOffset[i] = arrived;
            arrived += m_lineLength[i];
        }
        TextBuffer text(offset);
        if (offset > 0) {   // all messages empty: no buffer, and memcpy must not see its null pointer
            parallelFor(kept, 1 << 18, [&](size_t from, size_t to) {
                for (size_t k = from; k < to; ++k)
                    std::memcpy(text.data() + f.lineOffset(k), m_arrivalText.data() + arrivalOffset[order[k]], m_lineLength[order[k]]);
            });
        }
        f.m_text = std::move(text);
        std::string().swap(m_arrivalText);
        m_lineLength = {};
    }
    {
        int64_t lo = 0, hi = 0;
        if (kept) {
            const auto [mn, mx] = std::minmax_element(order.begin(), order.end(),
                [this](uint32_t a, uint32_t b) { return m_lineTime[a] < m_lineTime[b]; });
            lo = m_lineTime[*mn];
            hi = m_lineTime[*mx];
        }
        if (uint64_t(hi) - uint64_t(lo) <= UINT32_MAX) {
            f.m_timeBase = lo;
            f.m_lineTime32.resize(kept);
            parallelFor(kept, 1 << 18, [&](size_t from, size_t to) {
                for (size_t k = from; k < to; ++k)
                    f.m_lineTime32[k] = uint32_t(uint64_t(m_lineTime[order[k]]) - uint64_t(lo));
            });
        } else {
            f.m_lineTime64.resize(kept);
            for (size_t k = 0; k < kept; ++k)
                f.m_lineTime64[k] = m_lineTime[order[k]];
        }
        m_lineTime = {};
    }
    f.m_lineMeta.resize(kept);
    parallelFor(kept, 1 << 18, [&](size_t from, size_t to) {
        for (size_t k = from; k < to; ++k)
            f.m_lineMeta[k] = m_lineMeta[order[k]];
    });
    m_lineMeta = {};
    order = {};
    f.m_lineInvocation.assign(kept, -1);

    timer.lap("layout");
    return true;
}

} // namespace ll
