#include "store/fleet.h"

#include <QHash>
#include <QStringList>
#include <algorithm>
#include <functional>

namespace ll {

Fleet::Fleet() = default;
Fleet::~Fleet() = default;

int Fleet::functionId(const QString& name) const
{
    for (const FunctionInfo& f : m_functions) {
        if (f.name == name)
            return int(f.id);
    }
    return -1;
}

int Fleet::functionId(const QString& account, const QString& region, const QString& name) const
{
    for (const FunctionInfo& f : m_functions) {
        if (f.name == name && f.region == region && f.account == account)
            return int(f.id);
    }
    return -1;
}

std::vector<uint32_t> Fleet::functionsMatching(const QString& spec) const
{
    std::vector<uint32_t> out;
    for (const FunctionInfo& f : m_functions) {
        if (f.name == spec)
            out.push_back(f.id);
    }
    if (!out.empty())
        return out;
    // Qualified: the name is the last part, the region the one before it; what is left is the
    // account (an account key such as "profile:dev" could hold a '/').
    const qsizetype lastSlash = spec.lastIndexOf(QLatin1Char('/'));
    if (lastSlash <= 0)
        return out;
    const QString name = spec.mid(lastSlash + 1);
    const QString head = spec.left(lastSlash);
    const qsizetype regionSlash = head.lastIndexOf(QLatin1Char('/'));
    const QString region = regionSlash < 0 ? head : head.mid(regionSlash + 1);
    const bool withAccount = regionSlash >= 0;
    const QString account = withAccount ? head.left(regionSlash) : QString();
    for (const FunctionInfo& f : m_functions) {
        if (f.name == name && f.region == region && (!withAccount || f.account == account))
            out.push_back(f.id);
    }
    return out;
}

QString Fleet::qualifiedName(uint32_t id) const
{
    const FunctionInfo& f = m_functions[id];
    if (f.account.isEmpty() && f.region.isEmpty())
        return f.name;
    return f.account + QLatin1Char('/') + f.region + QLatin1Char('/') + f.name;
}

void Fleet::computeDisplayNames()
{
    // Only the parts that tell same-named functions apart: files and the demo (one origin) and
    // fleets without shared names keep the plain names.
    QHash<QString, std::vector<uint32_t>> byName;
    for (const FunctionInfo& f : m_functions)
        byName[f.name].push_back(f.id);
    m_displayNames.assign(m_functions.size(), QString());
    m_nameShared.assign(m_functions.size(), 0);
    for (const FunctionInfo& f : m_functions)
        m_displayNames[f.id] = f.name;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        const std::vector<uint32_t>& ids = it.value();
        if (ids.size() < 2)
            continue;
        bool accounts = false, regions = false;
        for (uint32_t id : ids) {
            accounts |= m_functions[id].account != m_functions[ids.front()].account;
            regions |= m_functions[id].region != m_functions[ids.front()].region;
        }
        for (uint32_t id : ids) {
            const FunctionInfo& f = m_functions[id];
            m_nameShared[id] = 1;
            QStringList parts;
            if (accounts && !f.account.isEmpty())
                parts << f.account;
            if (regions && !f.region.isEmpty())
                parts << f.region;
            if (!parts.isEmpty())
                m_displayNames[id] = f.name + QStringLiteral(" (") + parts.join(QStringLiteral(" · ")) + QLatin1Char(')');
        }
    }
}

std::string_view Fleet::string(uint32_t id) const
{
    if (id >= m_stringRef.size())
        return {};
    const uint64_t ref = m_stringRef[id];
    const char* base = (ref >> 63) ? m_text.data() : m_stringData.data();
    return std::string_view(base + ((ref >> 24) & ((uint64_t(1) << 39) - 1)), size_t(ref & 0xFFFFFF));
}

uint32_t Fleet::lineStream(uint32_t index) const
{
    // Lines are grouped by stream: the stream is the last one starting at or before the line.
    const auto it = std::upper_bound(m_streamFirstLine.begin(), m_streamFirstLine.end(), index);
    return uint32_t(it - m_streamFirstLine.begin() - 1);
}

std::string_view Fleet::streamName(uint32_t stream) const { return string(m_streamName[stream]); }

Invocation Fleet::invocation(uint32_t row) const
{
    const InvocationColumns& c = m_inv;
    Invocation i;
    i.index = row;
    i.function = c.function[row];
    i.stream = c.stream[row];
    i.startMs = c.startMs[row];
    i.endMs = c.endMs[row];
    i.durationMs = c.durationMs[row];
    i.billedDurationMs = c.billedDurationMs[row];
    i.initDurationMs = c.initDurationMs[row];
    i.restoreDurationMs = c.restoreDurationMs[row];
    i.billedRestoreDurationMs = c.billedRestoreDurationMs[row];
    i.memorySizeMb = c.memorySizeMb[row];
    i.maxMemoryUsedMb = c.maxMemoryUsedMb[row];
    i.outcome = c.outcome[row];
    i.flags = c.flags[row];
    i.firstLine = c.firstLine[row];
    i.lineCount = c.lineCount[row];
    i.errorLines = c.errorLines[row];
    i.warnLines = c.warnLines[row];
    i.requestId = string(c.requestId[row]);
    i.traceId = string(c.traceId[row]);
    i.errorType = string(c.errorType[row]);
    return i;
}

std::pair<uint32_t, uint32_t> Fleet::invocationRange(uint32_t function) const
{
    const auto& f = m_inv.function;
    const auto lo = std::lower_bound(f.begin(), f.end(), function);
    const auto hi = std::upper_bound(lo, f.end(), function);
    return { uint32_t(lo - f.begin()), uint32_t(hi - f.begin()) };
}

std::pair<uint32_t, uint32_t> Fleet::invocationRange(uint32_t function, int64_t fromMs, int64_t toMs) const
{
    const auto [b, e] = invocationRange(function);
    const auto first = m_inv.startMs.begin();
    const auto lo = std::lower_bound(first + b, first + e, fromMs);
    const auto hi = std::lower_bound(lo, first + e, toMs);
    return { uint32_t(lo - first), uint32_t(hi - first) };
}

uint64_t Fleet::requestKey(std::string_view requestId) { return std::hash<std::string_view> {}(requestId); }

int64_t Fleet::findInvocation(std::string_view requestId) const
{
    const uint64_t key = requestKey(requestId);
    auto keyOf = [this](uint32_t row) { return requestKey(string(m_inv.requestId[row])); };
    const auto it = std::partition_point(m_byRequest.begin(), m_byRequest.end(), [&](uint32_t row) { return keyOf(row) < key; });
    int64_t found = -1;
    for (auto i = it; i != m_byRequest.end() && keyOf(*i) == key; ++i) {
        if (string(m_inv.requestId[*i]) == requestId)
            found = *i; // rows sort by time within a function: the last is the latest attempt
    }
    return found;
}

std::pair<int64_t, int64_t> Fleet::neighboursInStream(uint32_t row) const
{
    // Rows of one function are in start order; streams of that function interleave in it.
    const uint32_t stream = m_inv.stream[row];
    const auto [b, e] = invocationRange(m_inv.function[row]);
    int64_t prev = -1, next = -1;
    for (int64_t r = int64_t(row) - 1; r >= int64_t(b); --r) {
        if (m_inv.stream[size_t(r)] == stream) {
            prev = r;
            break;
        }
    }
    for (uint32_t r = row + 1; r < e; ++r) {
        if (m_inv.stream[r] == stream) {
            next = r;
            break;
        }
    }
    return { prev, next };
}

LogLine Fleet::line(uint32_t index) const
{
    LogLine l;
    l.index = index;
    l.timestampMs = lineTimeMs(index);
    l.stream = lineStream(index);
    l.function = m_streamFunction[l.stream];
    l.invocation = m_lineInvocation[index];
    l.level = LogLevel(m_lineMeta[index] & 0x0F);
    l.kind = LineKind(m_lineMeta[index] >> 4);
    l.message = lineMessage(index);
    return l;
}

std::pair<uint32_t, uint32_t> Fleet::initLines(uint32_t row) const
{
    const uint32_t first = m_inv.firstLine[row];
    if (!(m_inv.flags[row] & ColdStart))
        return { first, first };
    const uint32_t streamBegin = m_streamFirstLine[m_inv.stream[row]];
    uint32_t begin = first;
    while (begin > streamBegin && m_lineInvocation[begin - 1] < 0) {
        --begin;
        const auto kind = LineKind(m_lineMeta[begin] >> 4);
        if (kind == LineKind::InitStart || kind == LineKind::RestoreStart)
            break;
    }
    return { begin, first };
}

size_t Fleet::memoryBytes() const
{
    auto bytes = [](const auto& v) { return v.capacity() * sizeof(typename std::decay_t<decltype(v)>::value_type); };
    size_t total = m_text.capacity();
    total += bytes(m_lineTime32) + bytes(m_lineTime64) + bytes(m_lineOffset32) + bytes(m_offsetWrap)
        + bytes(m_streamFirstLine) + bytes(m_lineInvocation) + bytes(m_lineMeta) + bytes(m_timeOrder);
    const InvocationColumns& c = m_inv;
    total += bytes(c.function) + bytes(c.stream) + bytes(c.startMs) + bytes(c.endMs) + bytes(c.durationMs)
        + bytes(c.billedDurationMs) + bytes(c.initDurationMs) + bytes(c.restoreDurationMs)
        + bytes(c.billedRestoreDurationMs) + bytes(c.memorySizeMb) + bytes(c.maxMemoryUsedMb) + bytes(c.outcome)
        + bytes(c.flags) + bytes(c.firstLine) + bytes(c.lineCount) + bytes(c.errorLines) + bytes(c.warnLines)
        + bytes(c.firstAttempt) + bytes(c.requestId) + bytes(c.traceId) + bytes(c.errorType) + bytes(m_byRequest);
    total += bytes(m_stringRef) + m_stringData.capacity();
    return total;
}

} // namespace ll
