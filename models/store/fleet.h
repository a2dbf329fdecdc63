#pragma once

#include "analysis/functionstats.h"
#include "domain/invocation.h"
#include "domain/logevent.h"
#include "domain/logline.h"
#include "store/textbuffer.h"

#include <QString>
#include <QVector>
#include <algorithm>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace ll {

struct FunctionInfo {
    uint32_t id = 0;
    QString name;
    QString service;   // grouping for the UI: derived from the name ("orders-api" → "orders")
    QString runtime;   // "nodejs:20.v22", "python:3.12.v38", … from INIT_START; empty when unknown
    QString account;   // empty for files and the demo
    QString region;
    bool jsonFormat = false;
};

// Columnar invocation table, sorted by (function, startMs). One entry per invocation in every
// column; Fleet::invocation(i) materialises a row.
struct InvocationColumns {
    std::vector<uint32_t> function;
    std::vector<uint32_t> stream;
    std::vector<int64_t> startMs;
    std::vector<int64_t> endMs;
    std::vector<float> durationMs;
    std::vector<float> billedDurationMs;
    std::vector<float> initDurationMs;          // -1: none
    std::vector<float> restoreDurationMs;       // -1: none
    std::vector<float> billedRestoreDurationMs; // -1: none
    std::vector<uint16_t> memorySizeMb;
    std::vector<uint16_t> maxMemoryUsedMb;
    std::vector<Outcome> outcome;
    std::vector<uint8_t> flags;
    std::vector<uint32_t> firstLine;
    std::vector<uint32_t> lineCount;
    std::vector<uint32_t> errorLines;
    std::vector<uint32_t> warnLines;
    std::vector<int64_t> firstAttempt;          // row of the first attempt of a retry, -1 otherwise
    std::vector<uint32_t> requestId;            // string ids into Fleet's string pool
    std::vector<uint32_t> traceId;
    std::vector<uint32_t> errorType;
    size_t size() const { return startMs.size(); }
};

// The immutable, queryable result of loading a source: functions, execution environments
// (streams), invocations and log lines. Built by FleetBuilder; shared read-only between threads.
class Fleet;
struct FleetSummary;
void computeFleetStats(Fleet& fleet);
struct PriceTable;
void computeFleetStats(Fleet& fleet, const PriceTable& prices);

class Fleet {
public:
    Fleet();
    ~Fleet();

    // Functions
    size_t functionCount() const { return m_functions.size(); }
    const FunctionInfo& function(uint32_t id) const { return m_functions[id]; }
    // The first function with this name, -1 when unknown. Enough for files and the demo, whose
    // functions have no account or region; CloudWatch fleets may hold one name several times.
    int functionId(const QString& name) const;
    // The function deployed as `name` in (account, region); -1 when unknown.
    int functionId(const QString& account, const QString& region, const QString& name) const;
    // Functions a user-typed name picks: "name" (every function of that name), "region/name" or
    // "account/region/name" (the account may itself contain '/'). Ascending ids; empty: none.
    std::vector<uint32_t> functionsMatching(const QString& spec) const;
    // The name as shown: "orders-api", or "orders-api (eu-west-1)" / "orders-api (profile:prod)" /
    // "orders-api (profile:prod · eu-west-1)" when another function of the fleet has the same name.
    const QString& displayName(uint32_t id) const { return m_displayNames[id]; }
    bool isNameShared(uint32_t id) const { return m_nameShared[id] != 0; }
    // "account/region/name" when the function has an origin, else "name": what functionsMatching()
    // picks exactly this function with.
    QString qualifiedName(uint32_t id) const;
    const FunctionStats& stats(uint32_t function) const { return m_stats[function]; }
    const FunctionStats& totals() const { return m_totals; }

    // Streams (execution environments)
    size_t streamCount() const { return m_streamFunction.size(); }
    std::string_view streamName(uint32_t stream) const;
    uint32_t streamFunction(uint32_t stream) const { return m_streamFunction[stream]; }

    // Invocations, sorted by (function, startMs)
    size_t invocationCount() const { return m_inv.size(); }
    Invocation invocation(uint32_t row) const;
    const InvocationColumns& columns() const { return m_inv; }
    std::pair<uint32_t, uint32_t> invocationRange(uint32_t function) const;
    // Rows of `function` whose startMs lies in [fromMs, toMs): O(log n).
    std::pair<uint32_t, uint32_t> invocationRange(uint32_t function, int64_t fromMs, int64_t toMs) const;
    // Row of the invocation with this request id in `function` (last attempt), -1 when none.
    int64_t findInvocation(std::string_view requestId) const;
    // The request-id index's order: rows sorted by (requestKey(id), row).
    static uint64_t requestKey(std::string_view requestId);
    // Invocations of the same stream just before and after `row` (-1 when none).
    std::pair<int64_t, int64_t> neighboursInStream(uint32_t row) const;

    // Lines, in stream order (grouped by stream, by time within a stream); each invocation's
    // lines are contiguous there.
    size_t lineCount() const { return m_lineMeta.size(); }
    LogLine line(uint32_t index) const;
    std::string_view lineMessage(uint32_t index) const
    {
        const uint64_t begin = lineOffset(index);
        return std::string_view(m_text.data() + begin, size_t(lineOffset(index + 1) - begin));
    }
    // Single fields of line(index), cheaper than materialising the whole line.
    int64_t lineTimeMs(uint32_t index) const
    {
        return m_lineTime64.empty() ? m_timeBase + int64_t(m_lineTime32[index]) : m_lineTime64[index];
    }
    uint32_t lineStream(uint32_t index) const;
    int32_t lineInvocation(uint32_t index) const { return m_lineInvocation[index]; }
    LogLevel lineLevel(uint32_t index) const { return LogLevel(m_lineMeta[index] & 0x0F); }
    LineKind lineKind(uint32_t index) const { return LineKind(m_lineMeta[index] >> 4); }
    // Lines in global time order: lineInTimeOrder(k) for k in [0, lineCount()).
    uint32_t lineInTimeOrder(uint32_t k) const { return m_timeOrder[k]; }
    // Lines of a cold invocation's init phase (between INIT_START and START) in the stream.
    std::pair<uint32_t, uint32_t> initLines(uint32_t row) const;

    int64_t firstTimeMs() const { return m_firstMs; }
    int64_t lastTimeMs() const { return m_lastMs; }
    uint64_t messageBytes() const { return m_messageBytes; }
    size_t memoryBytes() const;  // approximate resident size of the store

    const QVector<SkippedInput>& skipped() const { return m_skipped; }
    uint64_t duplicateEvents() const { return m_duplicates; }
    std::string_view string(uint32_t id) const;

    // Set when the statistics were computed server-side (Logs Insights) and invocations exist
    // only for the functions whose raw events were fetched (store/fleetsummary.h); null otherwise.
    const std::shared_ptr<const FleetSummary>& summary() const { return m_summary; }

private:
    friend class InsightsFleet;
    friend class FleetBuilder;
    friend void computeFleetStats(Fleet& fleet);
    friend void computeFleetStats(Fleet& fleet, const PriceTable& prices);
    void computeDisplayNames();
    std::vector<FunctionInfo> m_functions;
    std::vector<QString> m_displayNames;
    std::vector<uint8_t> m_nameShared;
    std::vector<FunctionStats> m_stats;
    FunctionStats m_totals;
    std::vector<uint32_t> m_streamFunction;
    std::vector<uint32_t> m_streamName;         // string ids

    InvocationColumns m_inv;
    std::vector<uint32_t> m_byRequest;          // rows sorted by (requestKey of the id, row)

    // Lines (stream order). A few bytes per line matter here: large imports hold millions.
    uint64_t lineOffset(uint32_t index) const   // into m_text; index == lineCount() is the end
    {
        if (m_offsetWrap.empty())
            return m_lineOffset32[index];
        const auto high = std::upper_bound(m_offsetWrap.begin(), m_offsetWrap.end(), index) - m_offsetWrap.begin();
        return (uint64_t(high) << 32) | m_lineOffset32[index];
    }
    // Times as unsigned milliseconds after m_timeBase when the span fits 32 bits (49 days),
    // else the 64-bit column; exactly one of the two is filled.
    int64_t m_timeBase = 0;
    std::vector<uint32_t> m_lineTime32;
    std::vector<int64_t> m_lineTime64;
    // Messages lie back to back in line order: line i is [offset(i), offset(i + 1)). The low 32
    // bits of each offset (lineCount() + 1 of them), and the lines at which the high word steps.
    std::vector<uint32_t> m_lineOffset32;
    std::vector<uint32_t> m_offsetWrap;
    std::vector<uint32_t> m_streamFirstLine;    // lines of stream s: [first[s], first[s + 1])
    std::vector<int32_t> m_lineInvocation;
    std::vector<uint8_t> m_lineMeta;            // level (low nibble) | kind (high nibble)
    std::vector<uint32_t> m_timeOrder;
    TextBuffer m_text;                           // all messages, back to back in line order

    // Small strings by id: names, error types, request ids, trace ids. Each is one word:
    // bit 63 set: a piece of m_text (request ids are quoted in the START/REPORT lines), else of
    // m_stringData; bits 24..62 the offset, bits 0..23 the length.
    std::vector<uint64_t> m_stringRef;
    std::string m_stringData;
    QVector<SkippedInput> m_skipped;
    int64_t m_firstMs = 0;
    int64_t m_lastMs = 0;
    uint64_t m_messageBytes = 0;
    uint64_t m_duplicates = 0;
    std::shared_ptr<const FleetSummary> m_summary;
};

using FleetPtr = std::shared_ptr<const Fleet>;

} // namespace ll
