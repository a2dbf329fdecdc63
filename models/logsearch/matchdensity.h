#pragma once

#include "domain/logline.h"
#include "logsearch/filterengine.h"

#include <cstdint>
#include <vector>

namespace ll {

// How many marked rows fall into each of N equal slices of the rows a view shows: the data of
// the minimap strip beside the log view's scroll bar. Pure data, no painting.
struct MatchDensity {
    std::vector<uint32_t> counts;  // one per bucket
    uint32_t maxCount = 0;
    uint64_t total = 0;            // marks counted

    int buckets() const { return int(counts.size()); }
    // 0..1 relative to the fullest bucket; 0 for an empty bucket.
    double level(int bucket) const { return maxCount ? double(counts[size_t(bucket)]) / maxCount : 0.0; }
    // Bucket of the displayed position `index` among `domainCount` rows.
    static int bucketOf(uint64_t index, uint64_t domainCount, int buckets);

    // `domain`: the displayed rows (sorted source rows; nullptr = rows 0..domainCount-1).
    // `marks`: sorted source rows to count; marks not in the domain are ignored.
    static MatchDensity fromMarks(const Rows* domain, uint32_t domainCount, const Rows& marks, int buckets);
    // Marks are the displayed rows at `minLevel` or worse.
    static MatchDensity fromLevels(const LineSource& source, const Rows* domain, uint32_t domainCount,
        LogLevel minLevel, int buckets);
};

} // namespace ll
