// The last steps of FleetBuilder::finish(): the string table, the request id index (which also
// decides retries) and the lines in time order (computed beside the invocation steps).
#include "store/fleetbuilder.h"

#include "store/radixorder.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace ll {

void FleetBuilder::buildStringTable(Fleet& f, std::vector<uint64_t> textStrings)
{
    // The interned strings back to back, then the pieces of the text.
    m_stringIds.clear();
    m_functionIds.clear();
    m_streamIds.clear();
    {
        size_t bytes = 0;
        for (const std::string& s : m_stringStore)
            bytes += s.size();
        f.m_stringData.reserve(bytes);
        f.m_stringRef.reserve(m_stringStore.size() + textStrings.size());
        for (const std::string& s : m_stringStore) {
            f.m_stringRef.push_back(stringRef(f.m_stringData.size(), s.size()));
            f.m_stringData.append(s);
        }
        f.m_stringRef.insert(f.m_stringRef.end(), textStrings.begin(), textStrings.end());
        textStrings = {};
        m_stringStore.clear();
        m_stringStore.shrink_to_fit();
    }
}

std::vector<uint32_t> FleetBuilder::timeOrderOf(const Fleet& f)
{
    // Ties in line order.
    const size_t kept = f.lineCount();
    if (!f.m_lineTime32.empty())
        return radixOrder(f.m_lineTime32.data(), kept);
    std::vector<std::pair<int64_t, uint32_t>> byTime(kept);
    for (uint32_t i = 0; i < kept; ++i)
        byTime[i] = { f.lineTimeMs(i), i };
    std::sort(byTime.begin(), byTime.end());
    std::vector<uint32_t> order(kept);
    for (uint32_t i = 0; i < kept; ++i)
        order[i] = byTime[i].second;
    return order;
}

void FleetBuilder::buildIndexes(Fleet& f, std::vector<uint32_t> timeOrder)
{
    InvocationColumns& c = f.m_inv;
    const size_t m = c.size();
    const size_t kept = f.lineCount();
    constexpr uint32_t kNone = UINT32_MAX;

    // Request id index, ordered by (hash of the id, row): integer compares instead of string
    // compares. Equal ids end up adjacent, so retries (a request id seen in an earlier invocation
    // of the same function) fall out of the same pass.
    {
        std::vector<std::pair<uint64_t, uint32_t>> keyed(m);
        for (uint32_t row = 0; row < m; ++row)
            keyed[row] = { Fleet::requestKey(f.string(c.requestId[row])), row };
        std::sort(keyed.begin(), keyed.end());
        f.m_byRequest.resize(m);
        for (size_t i = 0; i < m; ++i)
            f.m_byRequest[i] = keyed[i].second;
        auto markRetry = [&c](uint32_t row, uint32_t first) {
            c.flags[row] |= Retry;
            c.firstAttempt[row] = first;
        };
        std::unordered_map<std::string_view, uint32_t> firstSeen;
        for (size_t b = 0; b < m;) {
            size_t e = b + 1;
            while (e < m && keyed[e].first == keyed[b].first)
                ++e;
            if (e - b > 16) {
                // A hostile file repeating one id (or colliding ids) must stay linear. Rows of a
                // run ascend, so its functions come in blocks.
                uint32_t function = kNone;
                for (size_t i = b; i < e; ++i) {
                    const uint32_t row = keyed[i].second;
                    if (c.function[row] != function) {
                        firstSeen.clear();
                        function = c.function[row];
                    }
                    const std::string_view id = f.string(c.requestId[row]);
                    if (id.empty())
                        continue;
                    const auto [it, inserted] = firstSeen.emplace(id, row);
                    if (!inserted)
                        markRetry(row, it->second);
                }
            } else {
                for (size_t i = b + 1; i < e; ++i) {
                    const uint32_t row = keyed[i].second;
                    const std::string_view id = f.string(c.requestId[row]);
                    if (id.empty())
                        continue;
                    for (size_t j = b; j < i; ++j) {
                        const uint32_t earlier = keyed[j].second;
                        if (c.function[earlier] == c.function[row] && f.string(c.requestId[earlier]) == id) {
                            markRetry(row, earlier);
                            break;
                        }
                    }
                }
            }
            b = e;
        }
    }

    f.m_timeOrder = std::move(timeOrder);
    if (kept) {
        f.m_firstMs = f.lineTimeMs(f.m_timeOrder.front());
        f.m_lastMs = f.lineTimeMs(f.m_timeOrder.back());
    }

}

} // namespace ll
