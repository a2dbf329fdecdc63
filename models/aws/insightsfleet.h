#pragma once

#include "aws/awscontroller.h"
#include "store/fleet.h"
#include "store/fleetsummary.h"

#include <QSet>

namespace ll {

struct PriceTable;

// Builds the window's fleet from Logs Insights aggregates: one function per (account, region,
// function) with statistics merged over its time bins and no invocations; and later the same
// summary with the raw events of the functions the user drilled into.
//
// Merging bins: counts, GB-seconds and cost add up; maximum duration and memory are maxima.
// Percentiles cannot be added, so:
//  - p95 and p99 are the MAXIMUM over the bins: an upper bound of the window's true value
//    (if at most 1 % of every bin lies above its p99, at most 1 % of the window lies above the
//    largest of them); an SRE reading a tail latency wants it never understated;
//  - p50 is the INVOCATION-WEIGHTED MEAN of the bins' medians: an estimate (a typical latency,
//    where the max of bins would report the worst bin instead).
// With binMinutes 0 (one row per function) all of them are exact. See mergeBins().
class InsightsFleet {
public:
    static FleetPtr build(const aws::AwsOutcome& outcome, const PriceTable& prices);

    // `summary` (from build()) with the functions of `raw` (events replayed from the cache for
    // the drilled-into log groups) replacing their summary rows: those carry invocations and
    // exact statistics, every other function keeps its summary row.
    static FleetPtr withRaw(const FleetPtr& summary, const FleetPtr& raw);

    // Statistics of one function (or the fleet) from its bins; see the class comment.
    static FunctionStats mergeBins(const QVector<const FunctionStats*>& bins, const PriceTable& prices);

    // Index of (account, region, name) in `fleet`, -1 when absent.
    static int findFunction(const Fleet& fleet, const QString& account, const QString& region, const QString& name);
};

} // namespace ll
