#include "logsearch/matchdensity.h"

#include <algorithm>

namespace ll {

int MatchDensity::bucketOf(uint64_t index, uint64_t domainCount, int buckets)
{
    if (domainCount == 0 || buckets <= 0)
        return 0;
    return int(std::min<uint64_t>(index * uint64_t(buckets) / domainCount, uint64_t(buckets - 1)));
}

MatchDensity MatchDensity::fromMarks(const Rows* domain, uint32_t domainCount, const Rows& marks, int buckets)
{
    MatchDensity d;
    buckets = std::max(buckets, 0);
    d.counts.assign(size_t(buckets), 0);
    if (buckets == 0 || domainCount == 0)
        return d;
    if (!domain) {
        for (uint32_t m : marks) {
            if (m >= domainCount)
                break;
            ++d.counts[size_t(bucketOf(m, domainCount, buckets))];
            ++d.total;
        }
    } else {
        // Both sorted: one merge walk finds each mark's displayed position.
        size_t i = 0;
        const size_t n = std::min<size_t>(domain->size(), domainCount);
        for (uint32_t m : marks) {
            while (i < n && (*domain)[i] < m)
                ++i;
            if (i == n)
                break;
            if ((*domain)[i] == m) {
                ++d.counts[size_t(bucketOf(i, n, buckets))];
                ++d.total;
            }
        }
    }
    d.maxCount = *std::max_element(d.counts.begin(), d.counts.end());
    return d;
}

MatchDensity MatchDensity::fromLevels(const LineSource& source, const Rows* domain, uint32_t domainCount,
    LogLevel minLevel, int buckets)
{
    MatchDensity d;
    buckets = std::max(buckets, 0);
    d.counts.assign(size_t(buckets), 0);
    const uint32_t n = domain ? std::min<uint32_t>(domainCount, uint32_t(domain->size()))
                              : std::min(domainCount, source.count());
    if (buckets == 0 || n == 0)
        return d;
    for (uint32_t i = 0; i < n; ++i) {
        const uint32_t row = domain ? (*domain)[i] : i;
        if (source.level(row) >= minLevel) {
            ++d.counts[size_t(bucketOf(i, n, buckets))];
            ++d.total;
        }
    }
    d.maxCount = *std::max_element(d.counts.begin(), d.counts.end());
    return d;
}

} // namespace ll
