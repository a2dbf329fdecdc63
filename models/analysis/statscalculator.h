#pragma once

#include "analysis/functionstats.h"

#include <initializer_list>
#include <vector>

namespace ll {

class Fleet;

struct PriceTable;

// Fills per-function statistics and fleet totals from the invocation columns. Costs use the
// built-in price table with the user's overrides (PriceTable::current()) unless given `prices`.
void computeFleetStats(Fleet& fleet);
void computeFleetStats(Fleet& fleet, const PriceTable& prices);

// Nearest-rank percentile of an ascending-sorted vector (p in 0..100); 0 when empty.
double percentileSorted(const std::vector<double>& sorted, double p);

// The same percentiles (p ascending) of unsorted values, by selection; reorders `values`.
std::vector<double> percentiles(std::vector<double>& values, std::initializer_list<double> ascending);

} // namespace ll
