#pragma once

#include "logsearch/linesource.h"

#include <QStringList>
#include <string>

namespace ll {

// A LineSource held in plain vectors: for tests, benchmarks, the demo and screenshots.
// Fill it, then share it read-only (copy it to make a grown snapshot for a live tail).
class MemoryLineSource : public LineSource {
public:
    uint32_t addFunction(const QString& name);
    int64_t addInvocation(Outcome outcome, std::string requestId);
    void reserve(size_t lines, size_t textBytes);
    // Lines must be appended in time order.
    void append(int64_t timestampMs, uint32_t function, int64_t invocation, LogLevel level, std::string_view message,
        LineKind kind = LineKind::App);

    uint32_t count() const override { return static_cast<uint32_t>(m_time.size()); }
    std::string_view message(uint32_t row) const override
    {
        return std::string_view(m_text).substr(m_offset[row], m_length[row]);
    }
    int64_t timestampMs(uint32_t row) const override { return m_time[row]; }
    LogLevel level(uint32_t row) const override { return static_cast<LogLevel>(m_meta[row] & 0x0f); }
    LineKind kind(uint32_t row) const override { return static_cast<LineKind>(m_meta[row] >> 4); }
    uint32_t function(uint32_t row) const override { return m_function[row]; }
    int64_t invocation(uint32_t row) const override { return m_invocation[row]; }
    Outcome outcome(int64_t invocation) const override { return m_outcome[static_cast<size_t>(invocation)]; }
    std::string_view requestId(int64_t invocation) const override
    {
        return m_requestId[static_cast<size_t>(invocation)];
    }
    int64_t firstRowOf(int64_t invocation) const override { return m_firstRow[static_cast<size_t>(invocation)]; }
    QString functionName(uint32_t function) const override { return m_functions.value(int(function)); }
    uint32_t functionCount() const override { return static_cast<uint32_t>(m_functions.size()); }

    uint64_t textBytes() const { return m_text.size(); }

private:
    std::string m_text;
    std::vector<uint64_t> m_offset;
    std::vector<uint32_t> m_length;
    std::vector<int64_t> m_time;
    std::vector<uint32_t> m_function;
    std::vector<int64_t> m_invocation;
    std::vector<uint8_t> m_meta;  // level (low nibble) | kind (high nibble)
    QStringList m_functions;
    std::vector<Outcome> m_outcome;
    std::vector<std::string> m_requestId;
    std::vector<int64_t> m_firstRow;
};

} // namespace ll
