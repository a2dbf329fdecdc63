#pragma once

#include <QString>
#include <cstdint>
#include <string_view>

namespace ll {

struct ParsedLine;

// One CloudWatch log event as any source delivers it. The views point into the source's buffer
// and are only valid during EventSink::addEvent; the sink copies what it keeps.
struct RawEvent {
    int64_t timestampMs = 0;          // epoch milliseconds (CloudWatch "timestamp")
    std::string_view message;         // UTF-8 bytes as stored; may be invalid UTF-8 or huge
    std::string_view logStream;       // "2024/03/13/[$LATEST]6f1c…"; empty when unknown
    std::string_view function;        // function name; empty: the sink's current default
    std::string_view eventId;         // CloudWatch eventId; empty when the source has none
    int64_t ingestionTimeMs = 0;      // 0 when unknown
};

// Where a source that could not use part of its input says so. Good data of the same run
// is still delivered.
struct SkippedInput {
    QString source;                   // file path or log group
    QString reason;                   // translated, names the line or byte offset
};

// Receives events from a source (file importer, demo fleet, CloudWatch). Implemented by
// FleetBuilder; tests implement it to capture events.
class EventSink {
public:
    virtual ~EventSink() = default;
    // Function name used for events whose RawEvent::function is empty (e.g. from a file name).
    virtual void setDefaultFunction(std::string_view name) = 0;
    virtual void addEvent(const RawEvent& event) = 0;
    // Sources that parse in other threads may hand over parseLambdaLine(event.message) too, whose
    // views point into event.message; only when the sink asks for it.
    virtual bool wantsParsedLines() const { return false; }
    virtual void addParsedEvent(const RawEvent& event, const ParsedLine&) { addEvent(event); }
    virtual void addSkipped(const SkippedInput& skipped) = 0;
    // About how many bytes of input follow (file sizes), before the first event: a sink may
    // reserve room up front instead of growing, and copying, its storage as events arrive.
    virtual void expectInputBytes(uint64_t bytes) { (void)bytes; }
    // False once the sink will not keep more events (its memory budget is spent): sources
    // may stop reading.
    virtual bool wantsMore() const { return true; }
};

} // namespace ll
