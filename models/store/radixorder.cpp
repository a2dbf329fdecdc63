#include "store/radixorder.h"

#include <algorithm>
#include <numeric>

namespace ll {

std::vector<uint32_t> radixOrder(const uint32_t* keys, size_t n)
{
    // The counting passes cost 2 x 65536 counters whatever n is: small inputs (a live-tail
    // refresh, a short file) sort faster by comparison.
    if (n < 16384) {
        std::vector<uint32_t> out(n);
        std::iota(out.begin(), out.end(), 0);
        std::stable_sort(out.begin(), out.end(), [keys](uint32_t a, uint32_t b) { return keys[a] < keys[b]; });
        return out;
    }
    std::vector<uint32_t> low(n), out(n);
    std::vector<uint32_t> count(0x10000 + 1);
    for (size_t i = 0; i < n; ++i)
        ++count[(keys[i] & 0xFFFF) + 1];
    std::partial_sum(count.begin(), count.end(), count.begin());
    for (size_t i = 0; i < n; ++i)
        low[count[keys[i] & 0xFFFF]++] = uint32_t(i);
    std::fill(count.begin(), count.end(), 0);
    for (size_t i = 0; i < n; ++i)
        ++count[(keys[i] >> 16) + 1];
    std::partial_sum(count.begin(), count.end(), count.begin());
    for (const uint32_t i : low)
        out[count[keys[i] >> 16]++] = i;
    return out;
}

} // namespace ll
