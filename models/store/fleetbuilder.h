#pragma once

#include "domain/logevent.h"
#include "domain/logline.h"
#include "store/fleet.h"

#include <algorithm>
#include <atomic>
#include <deque>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace ll {

class StepTimer;

struct ParsedLine;

// Collects events from any source, parses each line once as it arrives, and on finish()
// rebuilds invocations per execution environment (log stream): robust to events out of order,
// interleaved streams, duplicates (same eventId), START without REPORT and REPORT without START.
// Not thread-safe: one source feeds one builder (in a worker thread).
class FleetBuilder : public EventSink {
public:
    FleetBuilder();
    ~FleetBuilder() override;

    void setDefaultFunction(std::string_view name) override;
    void addEvent(const RawEvent& event) override;
    bool wantsParsedLines() const override { return true; }
    void addParsedEvent(const RawEvent& event, const ParsedLine& parsed) override;
    void addSkipped(const SkippedInput& skipped) override;

    // Optional: account and region of the events added from now on. A function is one
    // (account, region, name): the same name from two origins makes two functions.
    void setOrigin(const QString& account, const QString& region);
    // Stop keeping events once the store would grow past this many bytes (0: no limit); what
    // fits is kept and a SkippedInput says where loading stopped. Default: LAMBDALENS_MEMORY_BUDGET_MB
    // from the environment, else the import/memory_budget_mb setting, else half of the physical memory.
    void setMemoryBudget(uint64_t bytes) { m_budget = bytes; }
    uint64_t memoryBudget() const { return m_budget; }
    bool wantsMore() const override { return !m_budgetExceeded; }
    static uint64_t defaultMemoryBudget();

    // Hint to avoid reallocations for large imports.
    void reserve(uint64_t messageBytes, uint64_t events);
    void expectInputBytes(uint64_t bytes) override;

    uint64_t events() const { return m_lineTime.size(); }

    // Builds the Fleet; the builder is empty afterwards. Returns nullptr when cancelled.
    FleetPtr finish(const std::atomic<bool>* cancel = nullptr);

private:
    struct Record;
    struct TextRef;
    uint32_t intern(std::string_view s);
    TextRef textRef(std::string_view message, std::string_view piece);
    uint32_t functionId(std::string_view name);
    uint32_t streamId(uint32_t function, std::string_view name);
    void addRecord(uint32_t line, std::string_view message, const ParsedLine& parsed);
    // String ids beyond the interned strings point into the text: kTextString | stringRef(...).
    static constexpr uint64_t kTextString = uint64_t(1) << 63;
    static uint64_t stringRef(uint64_t offset, size_t length) { return (offset << 24) | std::min<uint64_t>(length, 0xFFFFFF); }
    void buildStringTable(Fleet& fleet, std::vector<uint64_t> textStrings);  // fleetindexes.cpp
    static void buildIndexes(Fleet& fleet, std::vector<uint32_t> timeOrder);  // fleetindexes.cpp
    static std::vector<uint32_t> timeOrderOf(const Fleet& fleet);            // fleetindexes.cpp
    bool layOutLines(Fleet& fleet, std::vector<uint32_t>& newIndex, const std::atomic<bool>* cancel,
                     StepTimer& timer);                                      // fleetlayout.cpp

    std::unique_ptr<Fleet> m_fleet;
    std::deque<std::string> m_stringStore;
    std::unordered_map<std::string_view, uint32_t> m_stringIds;
    std::unordered_map<uint64_t, uint32_t> m_functionIds;  // (origin << 32 | name string id)
    std::unordered_map<uint64_t, uint32_t> m_streamIds;   // (function << 32 | name string id)
    std::string m_defaultFunction;
    uint32_t m_currentFunction = UINT32_MAX;
    uint32_t m_lastFunction = UINT32_MAX;
    std::string m_lastFunctionName;
    uint32_t m_lastStream = UINT32_MAX;
    uint32_t m_lastStreamFunction = UINT32_MAX;
    std::string m_lastStreamName;
    QString m_account, m_region;
    uint32_t m_origin = 0;                     // index into m_origins; 0: none (files, demo)
    std::vector<std::pair<QString, QString>> m_origins { { QString(), QString() } };

    std::vector<int64_t> m_lineTime;
    std::string m_arrivalText;           // the messages back to back, in arrival order
    std::vector<uint32_t> m_lineLength;
    std::vector<uint32_t> m_lineStream;
    std::vector<uint8_t> m_lineMeta;
    std::vector<uint64_t> m_lineKey;     // eventId hash for de-duplication; 0: none
    std::vector<Record> m_records;       // platform lines and error lines, in arrival order
    uint64_t m_budget = 0;
    bool m_budgetExceeded = false;
    uint64_t m_droppedEvents = 0;
};

} // namespace ll
