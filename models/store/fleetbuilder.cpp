#include "store/fleetbuilder.h"

#include "analysis/statscalculator.h"
#include "parse/lambdaline.h"
#include "settings/appsettings.h"
#include "store/parallelfor.h"
#include "store/radixorder.h"
#include "store/servicename.h"
#include "store/steptimer.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStringView>
#include <unistd.h>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <new>
#include <numeric>
#include <thread>

namespace ll {

using namespace std::string_view_literals;

namespace {

constexpr uint32_t kNone = UINT32_MAX;

// An eventId's key (never 0, which means "no id"). Keys are only compared between lines of the
// same stream and millisecond, so a fast 64-bit mix is enough; ids are ~56 digits, taken eight
// bytes a step rather than one (a byte-wise hash cost ~90 ns per event).
uint64_t eventKey(std::string_view s)
{
    uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdull;
        h ^= h >> 32;
    }
    uint64_t tail = 0;
    std::memcpy(&tail, s.data() + i, s.size() - i);
    h = (h ^ tail) * 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 29;
    return h | 1;
}

uint8_t meta(LogLevel level, LineKind kind) { return uint8_t(uint8_t(level) | (uint8_t(kind) << 4)); }

bool contains(std::string_view s, std::string_view what) { return s.find(what) != std::string_view::npos; }

} // namespace

// Where a request or trace id lies: inside its line's message (most often; no copy), or an
// interned string when the parser's view was not a piece of the message.
struct FleetBuilder::TextRef {
    static constexpr uint32_t kInterned = 0x80000000u;
    uint32_t offset = 0;     // in the message, or the string id
    uint32_t length = 0;     // kInterned set: offset is a string id
    bool empty() const { return length == 0; }
};

struct FleetBuilder::Record {
    uint32_t line = 0;
    LineKind kind = LineKind::App;
    bool unhandled = false;
    bool killed = false;
    TextRef requestId;
    uint32_t status = 0;
    uint32_t errorType = 0;
    TextRef traceId;
    float durationMs = -1, billedDurationMs = -1, initDurationMs = -1, restoreDurationMs = -1,
          billedRestoreDurationMs = -1;
    uint16_t memorySizeMb = 0, maxMemoryUsedMb = 0;
};

FleetBuilder::FleetBuilder()
    : m_fleet(std::make_unique<Fleet>())
    , m_budget(defaultMemoryBudget())
{
    intern({}); // string id 0 is the empty string
}

uint64_t FleetBuilder::defaultMemoryBudget()
{
    if (const auto mb = memoryBudgetFromEnvironmentMb())
        return *mb << 20;
    // The Preferences value (import/memory_budget_mb); the environment above wins over it.
    if (const uint64_t mb = memoryBudgetSettingMb(QSettings()))
        return mb << 20;
    const long pages = sysconf(_SC_PHYS_PAGES);
    const long pageSize = sysconf(_SC_PAGE_SIZE);
    return pages > 0 && pageSize > 0 ? uint64_t(pages) * uint64_t(pageSize) / 2 : 0;
}

FleetBuilder::~FleetBuilder() = default;

uint32_t FleetBuilder::intern(std::string_view s)
{
    const auto it = m_stringIds.find(s);
    if (it != m_stringIds.end())
        return it->second;
    const uint32_t id = uint32_t(m_stringStore.size());
    m_stringStore.emplace_back(s);
    m_stringIds.emplace(std::string_view(m_stringStore.back()), id);
    return id;
}

FleetBuilder::TextRef FleetBuilder::textRef(std::string_view message, std::string_view piece)
{
    if (piece.empty())
        return {};
    const auto* b = reinterpret_cast<const unsigned char*>(message.data());
    const auto* p = reinterpret_cast<const unsigned char*>(piece.data());
    if (std::less_equal<>()(b, p) && std::less_equal<>()(p + piece.size(), b + message.size()) && piece.size() < (1u << 24))
        return { uint32_t(p - b), uint32_t(piece.size()) };
    return { intern(piece), TextRef::kInterned | 1u };
}

uint32_t FleetBuilder::functionId(std::string_view name)
{
    if (name.empty())
        name = "unknown"sv;
    const uint32_t nameId = intern(name);
    const uint64_t key = (uint64_t(m_origin) << 32) | nameId;
    const auto it = m_functionIds.find(key);
    if (it != m_functionIds.end())
        return it->second;
    const std::string_view stored = m_stringStore[nameId];
    FunctionInfo info;
    info.id = uint32_t(m_fleet->m_functions.size());
    info.name = QString::fromUtf8(stored.data(), qsizetype(stored.size()));
    info.service = serviceOfFunction(info.name);
    info.account = m_account;
    info.region = m_region;
    m_fleet->m_functions.push_back(info);
    m_functionIds.emplace(key, info.id);
    return info.id;
}

uint32_t FleetBuilder::streamId(uint32_t function, std::string_view name)
{
    const uint32_t nameId = intern(name);
    const uint64_t key = (uint64_t(function) << 32) | nameId;
    const auto it = m_streamIds.find(key);
    if (it != m_streamIds.end())
        return it->second;
    const uint32_t id = uint32_t(m_fleet->m_streamFunction.size());
    m_fleet->m_streamFunction.push_back(function);
    m_fleet->m_streamName.push_back(nameId);
    m_streamIds.emplace(key, id);
    return id;
}

void FleetBuilder::setDefaultFunction(std::string_view name)
{
    m_defaultFunction.assign(name);
    m_currentFunction = kNone;
    m_lastStream = kNone;
}

void FleetBuilder::setOrigin(const QString& account, const QString& region)
{
    if (account == m_account && region == m_region)
        return;
    m_account = account;
    m_region = region;
    const auto it = std::find(m_origins.begin(), m_origins.end(), std::pair(account, region));
    m_origin = uint32_t(it - m_origins.begin());
    if (it == m_origins.end())
        m_origins.emplace_back(account, region);
    // The per-event shortcuts remember functions of the previous origin.
    m_currentFunction = kNone;
    m_lastFunction = kNone;
    m_lastStream = kNone;
}

void FleetBuilder::addSkipped(const SkippedInput& skipped) { m_fleet->m_skipped.append(skipped); }

void FleetBuilder::reserve(uint64_t messageBytes, uint64_t events)
{
    m_arrivalText.reserve(messageBytes);
    m_lineTime.reserve(events);
    m_lineLength.reserve(events);
    m_lineStream.reserve(events);
    m_lineMeta.reserve(events);
    m_lineKey.reserve(events);
}

void FleetBuilder::expectInputBytes(uint64_t bytes)
{
    // Messages are at most the input (aws-CLI exports: about a third of it) and an event takes
    // some 100 bytes of input or more. Reserving is address space only: pages are touched as
    // the columns fill, so a generous estimate costs no memory, and growth by copying (with
    // fresh pages each time) is what it saves. Within the memory budget.
    const uint64_t limit = m_budget ? m_budget : bytes;
    const uint64_t events = std::min(bytes / 128, limit / 32);
    try {
        reserve(std::min(bytes, limit), events);
    } catch (const std::bad_alloc&) {
        // Strict overcommit counts address space too: then the columns grow as events come.
    }
}

void FleetBuilder::addEvent(const RawEvent& e)
{
    if (m_budgetExceeded) {
        ++m_droppedEvents;
        return;
    }
    if (e.message.size() > UINT32_MAX) {
        RawEvent cut = e;
        cut.message = e.message.substr(0, UINT32_MAX);
        addParsedEvent(cut, parseLambdaLine(cut.message));
        return;
    }
    addParsedEvent(e, parseLambdaLine(e.message));
}

void FleetBuilder::addParsedEvent(const RawEvent& e, const ParsedLine& parsed)
{
    if (m_budgetExceeded) {
        ++m_droppedEvents;
        return;
    }
    // Per line: message bytes plus about 40 bytes of columns while building (and a bit more for
    // platform records); checked before the event is kept so the budget is never passed.
    const uint64_t projected = m_arrivalText.size() + e.message.size() + (m_lineTime.size() + 1) * 48
        + m_records.size() * sizeof(Record);
    if (m_budget && projected > m_budget) {
        m_budgetExceeded = true;
        ++m_droppedEvents;
        return;
    }
    uint32_t function;
    if (!e.function.empty()) {
        // Consecutive events mostly share function and stream: skip the hash lookups then.
        if (m_lastFunction != kNone && e.function == m_lastFunctionName) {
            function = m_lastFunction;
        } else {
            function = functionId(e.function);
            m_lastFunction = function;
            m_lastFunctionName.assign(e.function);
        }
    } else {
        if (m_currentFunction == kNone)
            m_currentFunction = functionId(m_defaultFunction);
        function = m_currentFunction;
    }
    uint32_t stream;
    if (m_lastStream != kNone && function == m_lastStreamFunction && e.logStream == m_lastStreamName) {
        stream = m_lastStream;
    } else {
        stream = streamId(function, e.logStream);
        m_lastStream = stream;
        m_lastStreamFunction = function;
        m_lastStreamName.assign(e.logStream);
    }
    if (e.message.size() > UINT32_MAX) {
        addEvent(e); // cut and parsed again: the parsed views must lie inside what is kept
        return;
    }
    const uint32_t line = uint32_t(m_lineTime.size());
    const std::string_view message = e.message;
    m_lineTime.push_back(e.timestampMs);
    m_lineLength.push_back(uint32_t(message.size()));
    m_lineStream.push_back(stream);
    m_lineKey.push_back(e.eventId.empty() ? 0 : eventKey(e.eventId));
    m_arrivalText.append(message);

    m_lineMeta.push_back(meta(parsed.level, parsed.kind));
    // END carries nothing the assembly needs; extension/telemetry lines neither.
    const bool needed = parsed.kind != LineKind::End && parsed.kind != LineKind::Extension
        && parsed.kind != LineKind::Telemetry && (parsed.kind != LineKind::App || parsed.unhandledError);
    if (needed)
        addRecord(line, message, parsed);
    // The log format is the platform's: a text function may still print JSON lines itself.
    if (parsed.json && parsed.kind != LineKind::App)
        m_fleet->m_functions[function].jsonFormat = true;
    if (!parsed.runtimeVersion.empty() && m_fleet->m_functions[function].runtime.isEmpty())
        m_fleet->m_functions[function].runtime
            = QString::fromUtf8(parsed.runtimeVersion.data(), qsizetype(parsed.runtimeVersion.size()));
}

void FleetBuilder::addRecord(uint32_t line, std::string_view message, const ParsedLine& p)
{
    Record r;
    r.line = line;
    r.kind = p.kind;
    r.unhandled = p.unhandledError;
    r.killed = p.killed;
    r.requestId = textRef(message, p.requestId);
    r.status = p.status.empty() ? 0 : intern(p.status);
    r.errorType = p.errorType.empty() ? 0 : intern(p.errorType);
    r.traceId = textRef(message, p.traceId);
    r.durationMs = float(p.durationMs);
    r.billedDurationMs = float(p.billedDurationMs);
    r.initDurationMs = float(p.initDurationMs);
    r.restoreDurationMs = float(p.restoreDurationMs);
    r.billedRestoreDurationMs = float(p.billedRestoreDurationMs);
    r.memorySizeMb = uint16_t(std::clamp(p.memorySizeMb, 0, 65535));
    r.maxMemoryUsedMb = uint16_t(std::clamp(p.maxMemoryUsedMb, 0, 65535));
    m_records.push_back(r);
}

namespace {

// An invocation while it is being assembled. Ids are views into the Fleet's final text (or
// into the builder's interned strings).
struct Draft {
    uint32_t stream = 0;
    uint32_t function = 0;
    int64_t startMs = 0, endMs = 0;
    uint32_t firstLine = 0, lastLine = 0;
    std::string_view requestId, traceId;
    uint32_t errorType = 0, status = 0;
    float durationMs = -1, billedDurationMs = -1, initDurationMs = -1, restoreDurationMs = -1,
          billedRestoreDurationMs = -1;
    uint16_t memorySizeMb = 0, maxMemoryUsedMb = 0;
    uint8_t flags = 0;
    bool timedOut = false, killed = false, exited = false, unhandled = false;
    uint32_t appErrorType = 0;
};

} // namespace

FleetPtr FleetBuilder::finish(const std::atomic<bool>* cancel)
{
    auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    StepTimer timer("FleetBuilder::finish");
    Fleet& f = *m_fleet;
    const size_t n = m_lineTime.size();

    if (m_budgetExceeded) {
        f.m_skipped.append({ QCoreApplication::translate("FleetBuilder", "memory budget"),
            QCoreApplication::translate("FleetBuilder",
                "The memory budget of %1 MiB was reached after %2 events; %3 later events were not loaded. "
                "Load a shorter time range or fewer functions, or raise LAMBDALENS_MEMORY_BUDGET_MB.")
                .arg(m_budget >> 20)
                .arg(n)
                .arg(m_droppedEvents) });
    }

    std::vector<uint32_t> newIndex;   // arrival index -> line, kNone for a dropped duplicate
    if (!layOutLines(f, newIndex, cancel, timer))
        return nullptr;
    const size_t kept = f.lineCount();
    // Lines in time order: nothing below changes line times, so this runs beside steps 4-6.
    std::vector<uint32_t> timeOrder;
    std::jthread timeOrdering;   // joins on every return, cancelled ones included
    if (kept > (1u << 18))
        timeOrdering = std::jthread([&f, &timeOrder] { timeOrder = timeOrderOf(f); });
    else
        timeOrder = timeOrderOf(f);
    // 4. Records in line order: the kept ones' new lines, then one gather (a linear counting
    // sort of arrival order to line order, not a comparison sort).
    std::vector<Record> records;
    {
        std::vector<uint32_t> keptRecord, lines;
        keptRecord.reserve(m_records.size());
        lines.reserve(m_records.size());
        for (size_t i = 0; i < m_records.size(); ++i) {
            if (const uint32_t line = newIndex[m_records[i].line]; line != kNone) {
                keptRecord.push_back(uint32_t(i));
                lines.push_back(line);
            }
        }
        newIndex = {};
        records.resize(keptRecord.size());
        auto put = [&](size_t to, size_t from) {
            records[to] = m_records[keptRecord[from]];
            records[to].line = lines[from];
        };
        if (std::is_sorted(lines.begin(), lines.end())) {
            for (size_t i = 0; i < lines.size(); ++i)
                put(i, i);
        } else {
            const std::vector<uint32_t> byLine = radixOrder(lines.data(), lines.size());
            for (size_t i = 0; i < byLine.size(); ++i)
                put(i, byLine[i]);
        }
        m_records = {};
    }
    if (cancelled())
        return nullptr;
    const auto view = [this, &f](const TextRef& ref, uint32_t line) -> std::string_view {
        if (ref.empty())
            return {};
        if (ref.length & TextRef::kInterned)
            return m_stringStore[ref.offset];
        return std::string_view(f.m_text.data() + f.lineOffset(line) + ref.offset, ref.length);
    };

    timer.lap("records");
    // 5. Walk each stream: START..REPORT cycles become invocations.
    std::vector<Draft> drafts;
    size_t ri = 0;
    while (ri < records.size()) {
        const uint32_t stream = f.lineStream(records[ri].line);
        const uint32_t streamEnd = f.m_streamFirstLine[stream + 1];
        int64_t open = -1;
        int64_t lastClosed = -1;
        bool pendingCold = false, pendingRestore = false;
        auto closeOpen = [&](uint32_t lastLine) {
            if (open < 0)
                return;
            Draft& d = drafts[size_t(open)];
            d.lastLine = std::max(d.firstLine, lastLine);
            d.endMs = f.lineTimeMs(d.lastLine);
            lastClosed = open;
            open = -1;
        };
        auto target = [&](std::string_view requestId) -> Draft* {
            if (open >= 0 && (requestId.empty() || drafts[size_t(open)].requestId == requestId))
                return &drafts[size_t(open)];
            if (lastClosed >= 0 && !requestId.empty() && drafts[size_t(lastClosed)].requestId == requestId)
                return &drafts[size_t(lastClosed)];
            return nullptr;
        };
        for (; ri < records.size() && records[ri].line < streamEnd; ++ri) {
            const Record& r = records[ri];
            const std::string_view requestId = view(r.requestId, r.line);
            switch (r.kind) {
            case LineKind::InitStart:
            case LineKind::RestoreStart:
                if (r.line > 0)
                    closeOpen(r.line - 1);
                pendingCold = true;
                pendingRestore = r.kind == LineKind::RestoreStart;
                break;
            case LineKind::Start: {
                if (open >= 0)
                    closeOpen(r.line - 1);
                Draft d;
                d.stream = stream;
                d.function = f.m_streamFunction[stream];
                d.startMs = d.endMs = f.lineTimeMs(r.line);
                d.firstLine = d.lastLine = r.line;
                d.requestId = requestId;
                d.flags = HasStart;
                if (pendingCold)
                    d.flags |= ColdStart | (pendingRestore ? Restored : 0);
                pendingCold = pendingRestore = false;
                open = int64_t(drafts.size());
                drafts.push_back(d);
                break;
            }
            case LineKind::Report: {
                if (open >= 0 && !requestId.empty() && drafts[size_t(open)].requestId != requestId)
                    closeOpen(r.line - 1);
                if (open < 0) {
                    // REPORT without START: the window cut the start off.
                    Draft d;
                    d.stream = stream;
                    d.function = f.m_streamFunction[stream];
                    d.firstLine = r.line;
                    d.requestId = requestId;
                    // Clamped: a corrupt "Duration: 2.9e24 ms" must not make the conversion undefined.
                    d.startMs = f.lineTimeMs(r.line) - (r.durationMs > 0 ? int64_t(std::min(r.durationMs, 1e12f)) : 0);
                    if (pendingCold)
                        d.flags |= ColdStart | (pendingRestore ? Restored : 0);
                    pendingCold = pendingRestore = false;
                    open = int64_t(drafts.size());
                    drafts.push_back(d);
                }
                Draft& d = drafts[size_t(open)];
                d.flags |= HasReport;
                d.durationMs = r.durationMs;
                d.billedDurationMs = r.billedDurationMs;
                d.memorySizeMb = r.memorySizeMb;
                d.maxMemoryUsedMb = r.maxMemoryUsedMb;
                d.initDurationMs = r.initDurationMs;
                d.restoreDurationMs = r.restoreDurationMs;
                d.billedRestoreDurationMs = r.billedRestoreDurationMs;
                if (r.initDurationMs >= 0)
                    d.flags |= ColdStart;
                if (r.restoreDurationMs >= 0)
                    d.flags |= ColdStart | Restored;
                if (!r.traceId.empty())
                    d.traceId = view(r.traceId, r.line);
                if (r.status)
                    d.status = r.status;
                if (r.errorType)
                    d.errorType = r.errorType;
                closeOpen(r.line);
                break;
            }
            case LineKind::Timeout:
                if (Draft* d = target(requestId))
                    d->timedOut = true;
                break;
            case LineKind::PlatformError:
                if (Draft* d = target(requestId)) {
                    (r.killed ? d->killed : d->exited) = true;
                    const bool closed = open < 0 || d != &drafts[size_t(open)];
                    if (closed && d->lastLine < r.line)
                        d->lastLine = r.line; // the older OOM form comes after REPORT
                }
                break;
            case LineKind::PlatformOther:
                if (Draft* d = target(requestId)) {
                    if (r.status && d->status == 0)
                        d->status = r.status;
                    if (r.errorType && d->errorType == 0)
                        d->errorType = r.errorType;
                }
                break;
            case LineKind::App:
                if (r.unhandled) {
                    if (Draft* d = target(requestId)) {
                        d->unhandled = true;
                        if (!d->appErrorType)
                            d->appErrorType = r.errorType;
                    }
                }
                break;
            default:
                break;
            }
        }
        if (open >= 0)
            closeOpen(streamEnd - 1);
    }
    records = {};
    if (cancelled())
        return nullptr;

    timer.lap("invocations");
    // 6. Columns sorted by (function, start). Outcomes are decided here, once lines after
    // REPORT (older OOM form) are attached.
    const auto str = [this](uint32_t id) { return std::string_view(m_stringStore[id]); };
    const uint32_t timedOutType = intern("Sandbox.Timedout"sv);
    const uint32_t outOfMemoryType = intern("Runtime.OutOfMemory"sv);
    // Request and trace ids stay in the text; their string ids follow the interned strings.
    std::vector<uint64_t> textStrings;
    const char* const textBegin = f.m_text.data();
    const char* const textEnd = textBegin + f.m_text.size();
    auto stringId = [&](std::string_view s) -> uint32_t {
        if (s.empty())
            return 0;
        if (std::less_equal<>()(textBegin, s.data()) && std::less<>()(s.data(), textEnd)) {
            textStrings.push_back(kTextString | stringRef(uint64_t(s.data() - textBegin), s.size()));
            return uint32_t(m_stringStore.size() + textStrings.size() - 1);
        }
        return intern(s); // already interned: the view came from the string store
    };
    // The sort keys side by side: comparing through the drafts would miss the cache.
    struct RowKey {
        uint32_t function;
        uint32_t firstLine;
        int64_t startMs;
        uint32_t draft;
    };
    std::vector<RowKey> keys(drafts.size());
    for (size_t i = 0; i < drafts.size(); ++i)
        keys[i] = { drafts[i].function, drafts[i].firstLine, drafts[i].startMs, uint32_t(i) };
    std::sort(keys.begin(), keys.end(), [](const RowKey& x, const RowKey& y) {
        if (x.function != y.function)
            return x.function < y.function;
        if (x.startMs != y.startMs)
            return x.startMs < y.startMs;
        return x.firstLine < y.firstLine;
    });
    std::vector<uint32_t> rows(drafts.size());
    for (size_t i = 0; i < keys.size(); ++i)
        rows[i] = keys[i].draft;
    keys = {};
    InvocationColumns& c = f.m_inv;
    const size_t m = rows.size();
    auto reserveAll = [m](auto&... v) { (v.reserve(m), ...); };
    reserveAll(c.function, c.stream, c.startMs, c.endMs, c.durationMs, c.billedDurationMs, c.initDurationMs,
        c.restoreDurationMs, c.billedRestoreDurationMs, c.memorySizeMb, c.maxMemoryUsedMb, c.outcome, c.flags,
        c.firstLine, c.lineCount, c.errorLines, c.warnLines, c.firstAttempt, c.requestId, c.traceId, c.errorType);
    textStrings.reserve(m);
    for (uint32_t row = 0; row < m; ++row) {
        const Draft& d = drafts[rows[row]];
        const std::string_view status = str(d.status);
        const std::string_view type = str(d.errorType);
        Outcome outcome = Outcome::Ok;
        if (!(d.flags & HasReport))
            outcome = Outcome::Incomplete;
        else if (status == "timeout"sv || d.timedOut)
            outcome = Outcome::Timeout;
        else if (d.killed || contains(type, "OutOfMemory"sv))
            outcome = Outcome::OutOfMemory;
        else if (d.exited || contains(type, "ExitError"sv) || contains(type, "Runtime.Unknown"sv))
            outcome = Outcome::Crash;
        else if (!status.empty() && status != "success"sv)
            outcome = Outcome::Error;
        else if (d.unhandled)
            outcome = Outcome::Error;
        uint32_t errorType = d.errorType ? d.errorType : d.appErrorType;
        if (outcome == Outcome::Timeout && !errorType)
            errorType = timedOutType;
        if (outcome == Outcome::OutOfMemory && str(errorType) != "Runtime.OutOfMemory"sv)
            errorType = outOfMemoryType;

        uint32_t errors = 0, warns = 0;
        for (uint32_t l = d.firstLine; l <= d.lastLine; ++l) {
            f.m_lineInvocation[l] = int32_t(row);
            const auto level = LogLevel(f.m_lineMeta[l] & 0x0F);
            errors += level >= LogLevel::Error;
            warns += level == LogLevel::Warn;
        }
        c.function.push_back(d.function);
        c.stream.push_back(d.stream);
        c.startMs.push_back(d.startMs);
        c.endMs.push_back(std::max(d.endMs, d.startMs));
        c.durationMs.push_back(d.durationMs);
        c.billedDurationMs.push_back(d.billedDurationMs);
        c.initDurationMs.push_back(d.initDurationMs);
        c.restoreDurationMs.push_back(d.restoreDurationMs);
        c.billedRestoreDurationMs.push_back(d.billedRestoreDurationMs);
        c.memorySizeMb.push_back(d.memorySizeMb);
        c.maxMemoryUsedMb.push_back(d.maxMemoryUsedMb);
        c.outcome.push_back(outcome);
        c.flags.push_back(d.flags | (f.m_functions[d.function].jsonFormat ? JsonFormat : 0));
        c.firstLine.push_back(d.firstLine);
        c.lineCount.push_back(d.lastLine - d.firstLine + 1);
        c.errorLines.push_back(errors);
        c.warnLines.push_back(warns);
        c.firstAttempt.push_back(-1);
        c.requestId.push_back(stringId(d.requestId));
        c.traceId.push_back(stringId(d.traceId));
        c.errorType.push_back(errorType);
    }
    drafts = {};
    rows = {};

    timer.lap("columns");
    // 7-9. The string table, the request id index (and retries), lines in time order.
    buildStringTable(f, std::move(textStrings));
    if (timeOrdering.joinable())
        timeOrdering.join();
    buildIndexes(f, std::move(timeOrder));
    timer.lap("indexes");

    f.computeDisplayNames();
    computeFleetStats(f);
    timer.lap("statistics");
    std::shared_ptr<const Fleet> result(m_fleet.release());
    m_fleet = std::make_unique<Fleet>();
    m_lastFunction = m_lastStream = m_currentFunction = kNone;
    m_budgetExceeded = false;
    m_droppedEvents = 0;
    intern({});
    return result;
}

} // namespace ll
