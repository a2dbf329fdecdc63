#pragma once

#include "analysis/errorclusters.h"
#include "analysis/insightrules.h"

#include <QSet>
#include <QString>
#include <memory>
#include <mutex>

namespace ll {

class Fleet;

// The "new error cluster" rule: an error whose cluster did not exist when watching started.
// The first update records the clusters already there (nothing is new in data just opened);
// each later update (live tail, sync append: the same source grown) reports every cluster that
// appeared since, with its template and invocations as evidence. The insight stays listed on
// later updates (InsightTracker decides what is newly triggered, so it notifies once).
// A cluster whose id is unknown but whose first occurrence lies in data seen before is not new:
// it is an old error whose template was refined by more examples.
// Thread-safe: evaluation runs in workers, possibly overlapping a cancelled one.
class NewErrorClusterRule {
public:
    std::vector<Insight> update(const Fleet& fleet, const InsightInput& input, const RuleSettings& settings);
    void reset();   // a different source: the next update is a baseline again
    bool primed() const;

private:
    mutable std::mutex m_mutex;
    ErrorClusterer m_clusterer;
    QSet<QString> m_known;      // cluster ids seen so far
    QSet<QString> m_appeared;   // ids that appeared after the baseline
    int64_t m_watermarkMs = 0;  // newest event time of the data seen before this update
    bool m_primed = false;
};

// The hook InsightTracker/evaluateRules call; needs InsightInput::fleet.
ErrorClusterHook newErrorClusterHook(std::shared_ptr<NewErrorClusterRule> rule);

} // namespace ll
