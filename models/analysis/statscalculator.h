#pragma once

#include "analysis/functionstats.h"

#include <vector>

namespace ll {

class Fleet;

// Fills per-function statistics and fleet totals from the invocation columns.
void computeFleetStats(Fleet& fleet);

// Nearest-rank percentile of an ascending-sorted vector (p in 0..100); 0 when empty.
double percentileSorted(const std::vector<double>& sorted, double p);

} // namespace ll
