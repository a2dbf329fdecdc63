#include "logsearch/fleetlinesource.h"

namespace ll {

FleetLineSource::FleetLineSource(FleetPtr fleet)
    : m_fleet(std::move(fleet))
{
    const size_t n = m_fleet->lineCount();
    m_rowOfLine.resize(n);
    for (uint32_t k = 0; k < n; ++k)
        m_rowOfLine[m_fleet->lineInTimeOrder(k)] = k;
}

std::string_view FleetLineSource::message(uint32_t row) const { return m_fleet->lineMessage(lineIndex(row)); }
int64_t FleetLineSource::timestampMs(uint32_t row) const { return m_fleet->lineTimeMs(lineIndex(row)); }
LogLevel FleetLineSource::level(uint32_t row) const { return m_fleet->lineLevel(lineIndex(row)); }
uint32_t FleetLineSource::function(uint32_t row) const { return m_fleet->streamFunction(m_fleet->lineStream(lineIndex(row))); }
int64_t FleetLineSource::invocation(uint32_t row) const { return m_fleet->lineInvocation(lineIndex(row)); }
LineKind FleetLineSource::kind(uint32_t row) const { return m_fleet->lineKind(lineIndex(row)); }

Outcome FleetLineSource::outcome(int64_t invocation) const
{
    return m_fleet->columns().outcome[static_cast<size_t>(invocation)];
}

std::string_view FleetLineSource::requestId(int64_t invocation) const
{
    return m_fleet->string(m_fleet->columns().requestId[static_cast<size_t>(invocation)]);
}

int64_t FleetLineSource::firstRowOf(int64_t invocation) const
{
    const InvocationColumns& c = m_fleet->columns();
    const auto i = static_cast<size_t>(invocation);
    if (i >= c.size() || c.lineCount[i] == 0)
        return -1;
    // An invocation's lines are contiguous and time-ordered in its stream: the first is earliest.
    return m_rowOfLine[c.firstLine[i]];
}

QString FleetLineSource::functionName(uint32_t function) const { return m_fleet->displayName(function); }

void FleetLineSource::fetch(const uint32_t* rows, size_t n, std::vector<LineRecord>* out) const
{
    out->clear();
    out->reserve(n);
    for (size_t i = 0; i < n; ++i) {
        const LogLine l = m_fleet->line(lineIndex(rows[i]));
        LineRecord r;
        r.row = rows[i];
        r.timestampMs = l.timestampMs;
        r.function = l.function;
        r.invocation = l.invocation;
        r.level = l.level;
        r.kind = l.kind;
        r.message = l.message;
        out->push_back(r);
    }
}

} // namespace ll
