#include "store/radixorder.h"

#include <numeric>

namespace ll {

std::vector<uint32_t> radixOrder(const uint32_t* keys, size_t n)
{
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
