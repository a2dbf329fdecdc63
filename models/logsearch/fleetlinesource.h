#pragma once

#include "logsearch/linesource.h"
#include "store/fleet.h"

namespace ll {

// The log browser's view of a loaded Fleet: its lines in global time order.
class FleetLineSource : public LineSource {
public:
    explicit FleetLineSource(FleetPtr fleet);

    const FleetPtr& fleet() const { return m_fleet; }
    // Fleet's (stream-ordered) line index of a row, and back.
    uint32_t lineIndex(uint32_t row) const { return m_fleet->lineInTimeOrder(row); }
    uint32_t rowOfLine(uint32_t lineIndex) const { return m_rowOfLine[lineIndex]; }

    uint32_t count() const override { return static_cast<uint32_t>(m_fleet->lineCount()); }
    std::string_view message(uint32_t row) const override;
    int64_t timestampMs(uint32_t row) const override;
    LogLevel level(uint32_t row) const override;
    uint32_t function(uint32_t row) const override;
    int64_t invocation(uint32_t row) const override;
    LineKind kind(uint32_t row) const override;
    Outcome outcome(int64_t invocation) const override;
    std::string_view requestId(int64_t invocation) const override;
    int64_t firstRowOf(int64_t invocation) const override;
    QString functionName(uint32_t function) const override;
    uint32_t functionCount() const override { return static_cast<uint32_t>(m_fleet->functionCount()); }
    void fetch(const uint32_t* rows, size_t n, std::vector<LineRecord>* out) const override;

private:
    FleetPtr m_fleet;
    std::vector<uint32_t> m_rowOfLine;
};

} // namespace ll
