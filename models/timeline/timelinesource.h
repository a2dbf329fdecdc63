#pragma once

#include "store/fleet.h"

#include <QString>
#include <functional>
#include <memory>
#include <vector>

namespace ll {

struct TimelineFunction {
    uint32_t id = 0;      // function id as used in InvocationColumns::function
    QString name;
    QString service;      // lanes are grouped by it; empty: "other"
};

// What the timeline draws: the invocation columns (rows sorted by (function, startMs)) plus the
// few names it shows. Built from a Fleet by timelineSourceFromFleet(), or filled by hand in tests
// and benchmarks so they need no parser.
struct TimelineSource {
    const InvocationColumns* columns = nullptr;
    std::vector<TimelineFunction> functions;
    std::function<QString(uint32_t stringId)> text;       // request ids, error types; may be empty
    std::function<QString(uint32_t stream)> streamName;   // may be empty
    std::shared_ptr<const void> owner;                    // keeps `columns` alive

    bool isEmpty() const { return !columns || columns->size() == 0; }
    QString string(uint32_t id) const { return text ? text(id) : QString(); }
};

} // namespace ll
