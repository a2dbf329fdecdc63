#pragma once

#include "timeline/laneaggregate.h"

#include <QHash>
#include <QString>
#include <array>
#include <atomic>
#include <memory>
#include <vector>

namespace ll {

// The rows of one function (or of all functions of a service) rearranged so that a frame can
// aggregate them per pixel column without visiting each row: per outcome, starts and ends
// sorted, plus cold-start prefix counts and durations in start order. A pixel column's counts
// are then differences of positions found by searching these arrays at the column boundaries:
// O(width * log(rows per column)) per lane instead of O(rows), whatever the zoom.
struct LaneIndex {
    std::array<std::vector<double>, OutcomeCount> starts;    // startMs, ascending
    std::array<std::vector<double>, OutcomeCount> ends;      // invocationEndMs, ascending
    std::vector<uint32_t> coldPrefix;   // cold starts among the first i rows in start order (size + 1)
    std::vector<float> durationMs;      // in start order
    size_t size() const { return durationMs.size(); }
};

// Builds the index of `ranges` (each a [begin, end) part of the table sorted by start).
// Returns false when `cancel` was raised.
bool buildLaneIndex(const InvocationColumns& c, const std::vector<std::pair<uint32_t, uint32_t>>& ranges, LaneIndex& out,
                    const std::atomic<bool>* cancel = nullptr);

// The pixel column boundaries of an axis as times: value v lies left of boundary k exactly when
// aggregateLane's (v - from) * scale < k, i.e. when v < bound(k). One per frame, shared by lanes.
class ColumnBounds {
public:
    explicit ColumnBounds(const TimeAxis& axis);
    int width() const { return int(m_bound.size()) - 1; }
    const double* data() const { return m_bound.data(); }
    double from() const { return m_from; }
    double scale() const { return m_scale; }

private:
    std::vector<double> m_bound;   // width + 1
    double m_from = 0, m_scale = 1;
};

// Same result as aggregateLane(c, lane, axis, out) for the rows `index` was built from.
// Without maxDuration (painting does not show it) columns keep maxDurationMs = 0.
void aggregateIndexed(const LaneIndex& index, const TimeAxis& axis, LaneAggregate& out, bool withMaxDuration = true);
void aggregateIndexed(const LaneIndex& index, const ColumnBounds& bounds, LaneAggregate& out, bool withMaxDuration = true);

// The indexes of every function lane and of every service (the lane a collapsed service shows).
// Built once per source in a worker; read-only afterwards, shared with painting threads.
class TimelineIndex {
public:
    // nullptr when cancelled.
    static std::shared_ptr<const TimelineIndex> build(const TimelineSource& source, const std::atomic<bool>* cancel = nullptr);

    const InvocationColumns* columns() const { return m_columns; }
    // The index showing exactly `lane`'s rows, nullptr when there is none (stream lanes).
    const LaneIndex* find(const Lane& lane) const;

private:
    const InvocationColumns* m_columns = nullptr;
    std::vector<LaneIndex> m_functions;            // by function id (empty when unknown)
    std::vector<LaneIndex> m_services;
    QHash<QString, int> m_serviceIndex;
};

} // namespace ll
