#pragma once

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace ll {

// Runs body(begin, end) over [0, n) split into one contiguous range per core, the calling
// thread taking the first. Small n runs inline: a thread costs more than it saves below about
// minPerThread items (and fuzzers build thousands of tiny fleets a second).
template <typename Body>
void parallelFor(size_t n, size_t minPerThread, Body body)
{
    const size_t cores = std::max(1u, std::thread::hardware_concurrency());
    const size_t parts = std::clamp<size_t>(n / std::max<size_t>(minPerThread, 1), 1, std::min<size_t>(cores, 8));
    if (parts <= 1) {
        body(size_t(0), n);
        return;
    }
    std::vector<std::thread> helpers;
    helpers.reserve(parts - 1);
    for (size_t p = 1; p < parts; ++p)
        helpers.emplace_back(body, n * p / parts, n * (p + 1) / parts);
    body(size_t(0), n / parts);
    for (std::thread& t : helpers)
        t.join();
}

} // namespace ll
