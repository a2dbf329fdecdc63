#include "logsearch/memorylinesource.h"

namespace ll {

uint32_t MemoryLineSource::addFunction(const QString& name)
{
    m_functions.append(name);
    return static_cast<uint32_t>(m_functions.size() - 1);
}

int64_t MemoryLineSource::addInvocation(Outcome outcome, std::string requestId)
{
    m_outcome.push_back(outcome);
    m_requestId.push_back(std::move(requestId));
    m_firstRow.push_back(-1);
    return static_cast<int64_t>(m_outcome.size() - 1);
}

void MemoryLineSource::reserve(size_t lines, size_t textBytes)
{
    m_text.reserve(textBytes);
    m_offset.reserve(lines);
    m_length.reserve(lines);
    m_time.reserve(lines);
    m_function.reserve(lines);
    m_invocation.reserve(lines);
    m_meta.reserve(lines);
}

void MemoryLineSource::append(int64_t timestampMs, uint32_t function, int64_t invocation, LogLevel level,
    std::string_view message, LineKind kind)
{
    const auto row = static_cast<int64_t>(m_time.size());
    m_offset.push_back(m_text.size());
    m_length.push_back(static_cast<uint32_t>(message.size()));
    m_text.append(message);
    m_time.push_back(timestampMs);
    m_function.push_back(function);
    m_invocation.push_back(invocation);
    m_meta.push_back(static_cast<uint8_t>(static_cast<uint8_t>(level) | (static_cast<uint8_t>(kind) << 4)));
    if (invocation >= 0 && static_cast<size_t>(invocation) < m_firstRow.size()
        && m_firstRow[static_cast<size_t>(invocation)] < 0)
        m_firstRow[static_cast<size_t>(invocation)] = row;
}

} // namespace ll
