#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace ll {

// The indices 0..n-1 ordered by keys[i], ties in index order: the permutation a stable sort by
// key gives, in two 16-bit counting passes (linear; the store sorts millions of lines by time).
std::vector<uint32_t> radixOrder(const uint32_t* keys, size_t n);

} // namespace ll
