#pragma once

#include "domain/invocation.h"
#include "domain/logline.h"

#include <QString>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace ll {

// One line as the log browser shows it. `message` views into the source and stays valid while the
// source lives (sources only ever append).
struct LineRecord {
    uint32_t row = 0;             // position in the source's time order
    int64_t timestampMs = 0;
    uint32_t function = 0;
    int64_t invocation = -1;      // -1: outside any invocation
    LogLevel level = LogLevel::None;
    LineKind kind = LineKind::App;
    std::string_view message;
};

// The lines the search engine and the log view work on, in time order (row 0 is the oldest).
// An interface so the engine, its tests and the benchmark run without the parser or the store.
// Implementations are read-only once handed out and may be read from several threads at once;
// a live source may only grow (count() increases, existing rows never change).
class LineSource {
public:
    virtual ~LineSource() = default;

    virtual uint32_t count() const = 0;
    virtual std::string_view message(uint32_t row) const = 0;
    virtual int64_t timestampMs(uint32_t row) const = 0;
    virtual LogLevel level(uint32_t row) const = 0;
    virtual uint32_t function(uint32_t row) const = 0;
    virtual int64_t invocation(uint32_t row) const = 0;
    virtual LineKind kind(uint32_t) const { return LineKind::App; }

    // About invocations (ids as returned by invocation()); the id is never -1 here.
    virtual Outcome outcome(int64_t invocation) const = 0;
    virtual std::string_view requestId(int64_t) const { return {}; }
    // First row (time order) of the invocation's lines, -1 when unknown.
    virtual int64_t firstRowOf(int64_t invocation) const;

    virtual QString functionName(uint32_t function) const;
    virtual uint32_t functionCount() const = 0;

    // The view's batch fetch: one call per repaint for all visible rows.
    virtual void fetch(const uint32_t* rows, size_t n, std::vector<LineRecord>* out) const;

    LineRecord record(uint32_t row) const;
    // First row whose timestamp is >= ms (rows are time ordered): O(log n).
    uint32_t lowerBoundTime(int64_t ms) const;
};

using LineSourcePtr = std::shared_ptr<const LineSource>;

} // namespace ll
