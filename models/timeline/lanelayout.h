#pragma once

#include "timeline/timelinesource.h"

#include <QSet>
#include <QString>
#include <algorithm>
#include <memory>
#include <utility>
#include <vector>

namespace ll {

// Where an invocation's mark ends: start + the REPORT's Duration when there is one (sub-ms
// precise, and what the brief of a timeline is: length = duration), else the last time seen.
inline double invocationEndMs(const InvocationColumns& c, size_t r)
{
    if ((c.flags[r] & HasReport) && c.durationMs[r] >= 0)
        return double(c.startMs[r]) + double(c.durationMs[r]);
    return double(std::max(c.endMs[r], c.startMs[r]));
}

// The invocation rows a lane shows, each part sorted by startMs: contiguous ranges of the table
// (a function, or the functions of a collapsed service) or an explicit row list (a stream).
struct LaneRows {
    std::vector<std::pair<uint32_t, uint32_t>> ranges;     // [begin, end) rows
    std::shared_ptr<const std::vector<uint32_t>> list;     // rows of one stream, by startMs
    size_t size() const;
};

// The service a function's lane is grouped under ("other" when it has none).
QString laneServiceName(const TimelineFunction& f);

struct Lane {
    enum class Kind : uint8_t { Service, Function, Stream };
    Kind kind = Kind::Function;
    QString label;
    QString service;
    uint32_t function = 0;      // Function and Stream lanes
    uint32_t stream = 0;        // Stream lanes
    bool open = true;           // Service: expanded; Function: split into streams
    LaneRows rows;
    double maxLengthMs = 0;     // longest end - start: how far back a visible invocation may start
    double maxInitMs = 0;       // longest init/restore segment drawn before a start
    uint64_t invocations = 0;
    uint64_t failures = 0;
    uint64_t coldStarts = 0;
};

enum class LaneSort : uint8_t { Name, Failures, Invocations, ColdStartRate };

// One lane per function, grouped under a header lane per service. A collapsed service shows
// only its header lane (which aggregates all its functions); an expanded function is followed by
// one lane per execution environment (stream). Sorting orders functions within a service and
// services by the same key over their functions.
class LaneLayout {
public:
    void setSource(const TimelineSource& source);
    void setSort(LaneSort sort, bool descending);
    LaneSort sort() const { return m_sort; }
    bool descending() const { return m_descending; }
    void setServiceCollapsed(const QString& service, bool collapsed);
    bool isServiceCollapsed(const QString& service) const { return m_collapsed.contains(service); }
    void setFunctionExpanded(uint32_t function, bool expanded);
    bool isFunctionExpanded(uint32_t function) const { return m_expanded.contains(function); }

    // Show only these functions (and their services); empty shows every function.
    void setFunctionFilter(QSet<uint32_t> functions);
    const QSet<uint32_t>& functionFilter() const { return m_filter; }

    const std::vector<Lane>& lanes() const { return m_lanes; }
    // The lane showing a function: its own, or its collapsed service's; -1 when filtered out.
    int laneOfFunction(uint32_t function) const
    {
        return function < m_laneOfFunction.size() ? m_laneOfFunction[function] : -1;
    }
    // The lane that shows `row`: its stream lane, else its function lane, else its service
    // lane when collapsed; -1 when unknown.
    int laneOfRow(uint32_t row) const;
    // Every function's row range, for navigation across the whole fleet.
    const std::vector<std::pair<uint32_t, uint32_t>>& functionRanges() const { return m_ranges; }

private:
    struct FunctionEntry {
        TimelineFunction info;
        std::pair<uint32_t, uint32_t> range;
        uint64_t invocations = 0, failures = 0, coldStarts = 0;
        double maxLengthMs = 0, maxInitMs = 0;
    };
    void rebuild();
    bool lessThan(const FunctionEntry& a, const FunctionEntry& b) const;
    void appendStreams(const FunctionEntry& f);

    const InvocationColumns* m_columns = nullptr;
    std::function<QString(uint32_t)> m_streamName;
    std::vector<FunctionEntry> m_functions;
    std::vector<std::pair<uint32_t, uint32_t>> m_ranges;
    LaneSort m_sort = LaneSort::Name;
    bool m_descending = false;
    QSet<QString> m_collapsed;
    QSet<uint32_t> m_expanded;
    QSet<uint32_t> m_filter;
    std::vector<Lane> m_lanes;
    std::vector<int> m_laneOfFunction;     // by function id
    std::vector<std::pair<uint32_t, int>> m_laneOfStream;  // sorted by stream
};

} // namespace ll
