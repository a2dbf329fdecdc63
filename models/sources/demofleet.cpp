#include "demofleet.h"

#include "democatalog.h"
#include "demorandom.h"
#include "demoruntimes.h"
#include "demotext.h"

#include <algorithm>
#include <cmath>
#include <queue>
#include <string>
#include <vector>

namespace ll {

namespace {

using namespace demo;

constexpr int64_t kSecond = 1000;
constexpr int64_t kMinute = 60 * kSecond;
constexpr int64_t kHour = 60 * kMinute;
constexpr int64_t kSliceMs = 5 * kMinute; // events older than the slice end are emitted after each slice
constexpr double kVolume = 0.82;          // tunes the default fleet to ~200k invocations per day

enum class Kind : uint8_t { Ok, Error, Timeout, OutOfMemory, Crash };

struct PendingEvent {
    int64_t ts;
    uint64_t seq;
    uint32_t function;
    uint32_t stream;
    std::string message;
};

// Buffers events until every function has been simulated past their timestamp, then hands them
// out in (timestamp, generation order).
class EventQueue {
public:
    EventQueue(EventSink& sink, int64_t endMs, uint64_t seed, const std::vector<std::string>& streams,
               const std::vector<FunctionSpec>& catalog)
        : m_sink(sink), m_endMs(endMs), m_seed(seed), m_streams(streams), m_catalog(catalog)
    {
    }

    // Returns false when the event falls after the window and is dropped.
    bool push(int64_t ts, uint32_t function, uint32_t stream, std::string&& message)
    {
        if (ts >= m_endMs)
            return false;
        m_pending.push_back({ ts, m_seq++, function, stream, std::move(message) });
        return true;
    }

    void flushBefore(int64_t limit)
    {
        std::sort(m_pending.begin(), m_pending.end(), [](const PendingEvent& a, const PendingEvent& b) {
            return a.ts != b.ts ? a.ts < b.ts : a.seq < b.seq;
        });
        size_t n = 0;
        for (; n < m_pending.size() && m_pending[n].ts < limit; ++n)
            emit(m_pending[n]);
        m_pending.erase(m_pending.begin(), m_pending.begin() + static_cast<std::ptrdiff_t>(n));
    }

    uint64_t emitted() const { return m_emitted; }

private:
    void emit(const PendingEvent& e)
    {
        // 56 digits like CloudWatch's: time-ordered prefix, a scrambled middle, a unique counter.
        m_eventId.clear();
        m_eventId.push_back('3');
        appendPadded(m_eventId, e.ts * 1000000 + static_cast<int64_t>(m_emitted % 1000000), 19);
        appendPadded(m_eventId, static_cast<int64_t>(mix64(m_seed, m_emitted) % 1000000000000000000ull), 18);
        appendPadded(m_eventId, static_cast<int64_t>(m_emitted), 18);
        RawEvent raw;
        raw.timestampMs = e.ts;
        raw.message = e.message;
        raw.logStream = m_streams[e.stream];
        raw.function = m_catalog[e.function].name;
        raw.eventId = m_eventId;
        raw.ingestionTimeMs = e.ts + 200 + static_cast<int64_t>(mix64(m_seed, e.seq) % 2800);
        m_sink.addEvent(raw);
        ++m_emitted;
    }

    EventSink& m_sink;
    int64_t m_endMs;
    uint64_t m_seed;
    const std::vector<std::string>& m_streams;
    const std::vector<FunctionSpec>& m_catalog;
    std::vector<PendingEvent> m_pending;
    std::string m_eventId;
    uint64_t m_seq = 0;
    uint64_t m_emitted = 0;
};

struct Env {
    uint32_t stream = 0;
    int64_t busyUntil = 0;   // earliest next START: invocations in one stream never overlap
    int64_t lastEnd = 0;
    int64_t idleTimeoutMs = 0;
    int64_t recycleAt = 0;
    uint32_t memoryMb = 0;
    double memUsedMb = 0;
    uint32_t invocations = 0;
    bool initPending = false; // the next invocation carries the init (cold start)
};

struct Retry {
    int64_t time;
    uint64_t order;
    std::string requestId;
    int attempt;
    Kind previous;
    ErrorKind errorKind;
};

struct RetryLater {
    bool operator()(const Retry& a, const Retry& b) const
    {
        return a.time != b.time ? a.time > b.time : a.order > b.order;
    }
};

double cpuSlowdown(uint32_t memoryMb) { return 1769.0 / std::min<double>(memoryMb, 1769.0); }

class FunctionSim {
public:
    FunctionSim(const FunctionSpec& spec, uint32_t index, const DemoOptions& options, int64_t endMs,
                EventQueue& queue, std::vector<std::string>& streams, DemoFunctionTruth& truth)
        : m_spec(spec)
        , m_index(index)
        , m_startMs(options.startMs)
        , m_endMs(endMs)
        , m_scale(std::max(0.0, options.scale))
        , m_rng(mix64(options.seed, 0xF00D0000ull + index))
        , m_queue(queue)
        , m_streams(streams)
        , m_truth(truth)
    {
        buildArrivals();
        prewarm();
    }

    void runUntil(int64_t limit)
    {
        for (;;) {
            const bool haveArrival = m_next < m_arrivals.size();
            const bool haveRetry = !m_retries.empty();
            if (!haveArrival && !haveRetry)
                return;
            if (haveArrival && (!haveRetry || m_arrivals[m_next] <= m_retries.top().time)) {
                if (m_arrivals[m_next] >= limit)
                    return;
                invoke(m_arrivals[m_next++], makeUuid(m_rng), 0, nullptr);
            } else {
                if (m_retries.top().time >= limit)
                    return;
                Retry retry = m_retries.top();
                m_retries.pop();
                invoke(retry.time, retry.requestId, retry.attempt, &retry);
            }
        }
    }

private:
    double dayShape(int64_t ms) const
    {
        const double hour = static_cast<double>(((ms % (24 * kHour)) + 24 * kHour) % (24 * kHour)) / kHour;
        const double lag = m_spec.traffic == Traffic::Worker ? 0.75 : 0.0;
        const double wave = 0.5 - 0.5 * std::cos(2.0 * M_PI * (hour - 3.5 - lag) / 24.0);
        const double floor = m_spec.traffic == Traffic::Worker ? 0.3 : 0.15;
        return floor + (1.0 - floor) * std::pow(wave, 1.6);
    }

    void buildArrivals()
    {
        const int64_t windowMs = m_endMs - m_startMs;
        if (m_spec.traffic == Traffic::Schedule) {
            const int64_t period = static_cast<int64_t>(m_spec.everyMinutes) * kMinute;
            for (int64_t t = m_startMs; t < m_endMs; t += period)
                m_arrivals.push_back(t + m_rng.range(0, 1500));
            return;
        }
        const int64_t minutes = windowMs / kMinute;
        if (minutes <= 0)
            return;
        std::vector<double> shape(static_cast<size_t>(minutes));
        double dayTotal = 0; // the shape summed over one day, so that perDay holds for any window
        for (int64_t m = 0; m < 24 * 60; ++m)
            dayTotal += dayShape(m_startMs + m * kMinute);
        for (int64_t m = 0; m < minutes; ++m)
            shape[static_cast<size_t>(m)] = dayShape(m_startMs + m * kMinute);
        // Traffic surges: a few minutes at several times the usual rate.
        const int surges = static_cast<int>(m_rng.range(2, 5));
        for (int s = 0; s < surges; ++s) {
            const int64_t at = m_rng.range(0, minutes - 1);
            const int64_t length = m_rng.range(2, 8);
            const double factor = m_rng.uniform(3.0, 8.0);
            for (int64_t m = at; m < std::min(minutes, at + length); ++m)
                shape[static_cast<size_t>(m)] *= factor;
        }
        const double perMinute = m_spec.perDay * m_scale * kVolume / dayTotal;
        for (int64_t m = 0; m < minutes; ++m) {
            const double lambda = perMinute * shape[static_cast<size_t>(m)];
            int64_t count = static_cast<int64_t>(lambda);
            if (m_rng.chance(lambda - static_cast<double>(count)))
                ++count;
            for (int64_t i = 0; i < count; ++i)
                m_arrivals.push_back(m_startMs + m * kMinute + m_rng.range(0, kMinute - 1));
        }
        // Bursts: many requests within seconds (API spikes, queue batches) force scale-out.
        const bool worker = m_spec.traffic == Traffic::Worker;
        const int bursts = static_cast<int>(m_rng.range(worker ? 2 : 3, worker ? 5 : 7));
        const double size = std::min(1.0, m_spec.perDay / 5000.0) * m_scale;
        for (int b = 0; b < bursts; ++b) {
            const int64_t at = m_startMs + m_rng.range(0, windowMs - 60 * kSecond);
            const int64_t span = worker ? m_rng.range(3, 30) * kSecond : m_rng.range(1, 3) * kSecond;
            const int64_t count = static_cast<int64_t>((worker ? m_rng.uniform(40, 200) : m_rng.uniform(15, 60)) * size);
            for (int64_t i = 0; i < count; ++i)
                m_arrivals.push_back(at + m_rng.range(0, span));
        }
        std::sort(m_arrivals.begin(), m_arrivals.end());
    }

    uint32_t memoryAt(int64_t ms) const
    {
        if (m_spec.memoryAfterMb && ms >= m_startMs + 12 * kHour)
            return m_spec.memoryAfterMb;
        return m_spec.memoryMb;
    }

    uint32_t newStream(int64_t createdMs)
    {
        std::string name;
        name.reserve(56);
        appendDayPath(name, createdMs);
        name += "/[";
        if (m_spec.version > 0)
            appendInt(name, m_spec.version);
        else
            name += "$LATEST";
        name += ']';
        appendHex(name, m_rng, 32);
        m_streams.push_back(std::move(name));
        return static_cast<uint32_t>(m_streams.size() - 1);
    }

    Env makeEnv(int64_t createdMs, uint32_t memoryMb)
    {
        Env env;
        env.stream = newStream(createdMs);
        env.idleTimeoutMs = m_rng.range(5, 45) * kMinute;
        env.recycleAt = createdMs + m_rng.range(2 * 60, 7 * 60) * kMinute;
        env.memoryMb = memoryMb;
        env.memUsedMb = m_spec.memBaseMb * m_rng.uniform(0.85, 0.95);
        return env;
    }

    // Busy functions already have warm environments when the window opens: their streams started
    // the day before and their first invocation in the window is not a cold start.
    void prewarm()
    {
        if (m_spec.traffic != Traffic::Api || m_spec.perDay * m_scale < 3000 || m_spec.snapStart)
            return;
        const int count = m_spec.perDay * m_scale >= 10000 ? 2 : 1;
        for (int i = 0; i < count; ++i) {
            const int64_t created = m_startMs - m_rng.range(10, 150) * kMinute;
            Env env = makeEnv(created, m_spec.memoryMb);
            env.recycleAt = std::max(env.recycleAt, m_startMs + 30 * kMinute);
            env.lastEnd = m_startMs - m_rng.range(0, 4) * kMinute;
            env.idleTimeoutMs += 10 * kMinute;
            env.busyUntil = m_startMs;
            env.invocations = static_cast<uint32_t>(m_rng.range(20, 400));
            m_envs.push_back(env);
        }
    }

    double initMs()
    {
        double ms = 0;
        switch (m_spec.runtime) {
        case Runtime::Node: ms = m_rng.logNormal(230, 0.3); break;
        case Runtime::Python: ms = m_rng.logNormal(300, 0.3) * (1.0 + m_spec.memBaseMb / 300.0); break;
        case Runtime::Java: ms = m_rng.logNormal(2800, 0.25); break;
        case Runtime::Dotnet: ms = m_rng.logNormal(420, 0.3); break;
        case Runtime::Go: ms = m_rng.logNormal(70, 0.3); break;
        case Runtime::Ruby: ms = m_rng.logNormal(300, 0.3); break;
        }
        for (uint8_t bit = 1; bit; bit <<= 1) {
            if (m_spec.extensions & bit)
                ms += m_rng.logNormal(120, 0.4);
        }
        return ms;
    }

    Kind sampleKind()
    {
        double u = m_rng.uniform();
        if ((u -= m_spec.crashRate) < 0)
            return Kind::Crash;
        if ((u -= m_spec.oomRate) < 0)
            return Kind::OutOfMemory;
        if ((u -= m_spec.timeoutRate) < 0)
            return Kind::Timeout;
        if ((u -= m_spec.errorRate) < 0)
            return Kind::Error;
        return Kind::Ok;
    }

    Kind retryKind(const Retry& retry)
    {
        double again = 0.3;
        switch (retry.previous) {
        case Kind::Error: again = isTransient(retry.errorKind) ? 0.3 : 0.8; break;
        case Kind::Timeout: again = 0.4; break;
        case Kind::OutOfMemory:
            if (m_spec.leakMbPerInvoke > 0)
                return sampleKind(); // the leak killed that environment, not this request
            again = 0.35;
            break;
        default: break;
        }
        return m_rng.chance(again) ? retry.previous : Kind::Ok;
    }

    void retireEnvs(int64_t now, uint32_t memoryMb)
    {
        m_envs.erase(std::remove_if(m_envs.begin(), m_envs.end(),
                                    [&](const Env& e) {
                                        return e.busyUntil <= now
                                            && (now - e.lastEnd > e.idleTimeoutMs || now >= e.recycleAt
                                                || e.memoryMb != memoryMb);
                                    }),
                     m_envs.end());
    }

    void invoke(int64_t arrival, const std::string& requestId, int attempt, const Retry* retry)
    {
        if (arrival >= m_endMs)
            return;
        const uint32_t memoryMb = memoryAt(arrival);
        retireEnvs(arrival, memoryMb);

        size_t envIndex = m_envs.size();
        for (size_t i = 0; i < m_envs.size(); ++i) {
            if (m_envs[i].busyUntil <= arrival
                && (envIndex == m_envs.size() || m_envs[i].lastEnd > m_envs[envIndex].lastEnd))
                envIndex = i;
        }

        const bool json = m_spec.json;
        const uint32_t fn = m_index;
        int64_t startTs = arrival;
        int64_t initCs = -1, restoreCs = -1, billedRestoreMs = -1;
        if (envIndex == m_envs.size()) {
            const double setupMs = m_spec.snapStart ? m_rng.logNormal(420, 0.25) : initMs();
            const int64_t setupCs = std::llround(setupMs * 100);
            startTs = arrival + (setupCs + 99) / 100;
            if (startTs >= m_endMs)
                return; // would not even start inside the window
            m_envs.push_back(makeEnv(arrival, memoryMb));
            envIndex = m_envs.size() - 1;
            m_envs[envIndex].initPending = true;
            const uint32_t stream = m_envs[envIndex].stream;
            if (m_spec.snapStart) {
                restoreCs = setupCs;
                billedRestoreMs = std::llround(setupMs * m_rng.uniform(0.25, 0.4));
                m_queue.push(arrival, fn, stream, initStartLine(m_spec.runtime, true));
                m_queue.push(startTs, fn, stream, restoreReportLine(restoreCs));
            } else {
                initCs = setupCs;
                m_queue.push(arrival, fn, stream,
                             json ? platformInitStart(arrival, m_spec.runtime) : initStartLine(m_spec.runtime, false));
                int64_t t = arrival;
                for (uint8_t bit = 1; bit; bit <<= 1) {
                    if (!(m_spec.extensions & bit))
                        continue;
                    const std::string_view name = extensionName(static_cast<Extension>(bit));
                    t = std::min(t + m_rng.range(20, 90), startTs);
                    m_queue.push(t, fn, stream, json ? platformExtension(t, name) : extensionLine(name));
                    if (bit == DatadogAgent && !json)
                        m_queue.push(t, fn, stream, telemetryLine(name));
                }
                if (m_spec.initLog) {
                    const int64_t at = std::min(startTs, t + m_rng.range(30, 120));
                    m_queue.push(at, fn, stream,
                                 appLine(m_spec, Level::Info, at, "undefined",
                                         expandTemplate("Loaded configuration from SSM in %mms", m_rng)));
                }
            }
        }
        Env& env = m_envs[envIndex];
        const bool cold = env.initPending;
        env.initPending = false;
        const uint32_t stream = env.stream;

        Kind kind = retry ? retryKind(*retry) : sampleKind();
        ErrorKind errorKind = retry ? retry->errorKind : ErrorKind::NodeTypeError;
        if (kind == Kind::Error && (!retry || retry->previous != Kind::Error) && !m_spec.errors.empty())
            errorKind = m_spec.errors[m_rng.next() % m_spec.errors.size()];
        if (kind == Kind::Error && m_spec.errors.empty())
            kind = Kind::Ok;

        // Memory: a leak grows until the environment is killed; otherwise the peak creeps up slowly.
        if (m_spec.leakMbPerInvoke > 0) {
            env.memUsedMb += m_spec.leakMbPerInvoke * m_rng.uniform(0.6, 1.4);
            if (env.memUsedMb >= memoryMb)
                kind = Kind::OutOfMemory;
        } else {
            const double sample = m_spec.memBaseMb + m_spec.memSpreadMb * std::fabs(m_rng.normal()) * 0.8
                + env.invocations * 0.02;
            env.memUsedMb = std::max(env.memUsedMb, sample);
        }
        const uint32_t maxUsed = kind == Kind::OutOfMemory
            ? memoryMb
            : std::min<uint32_t>(static_cast<uint32_t>(std::ceil(env.memUsedMb)), memoryMb - 1);

        // Duration: CPU-bound work scales with the vCPU share that comes with memory.
        const double timeoutMs = m_spec.timeoutS * 1000.0;
        const double cpu = (1.0 - m_spec.cpuShare)
            + m_spec.cpuShare * cpuSlowdown(memoryMb) / cpuSlowdown(m_spec.memoryMb);
        double ms = m_rng.logNormal(m_spec.medianMs, m_spec.sigma) * cpu;
        if (cold) {
            switch (m_spec.runtime) {
            case Runtime::Java: ms *= m_spec.snapStart ? m_rng.uniform(1.2, 1.6) : m_rng.uniform(2.5, 4.0); break;
            case Runtime::Dotnet: ms *= m_rng.uniform(1.6, 2.4); break;
            default: ms *= m_rng.uniform(1.05, 1.3); break;
            }
        }
        if (m_rng.chance(m_spec.nearTimeoutRate))
            ms = timeoutMs * m_rng.uniform(0.82, 0.98);
        ms = std::clamp(ms, 0.8, timeoutMs * 0.99);
        switch (kind) {
        case Kind::Timeout: ms = timeoutMs; break;
        case Kind::Error:
        case Kind::OutOfMemory: ms *= m_rng.uniform(0.3, 1.0); break;
        case Kind::Crash: ms *= m_rng.uniform(0.1, 0.8); break;
        case Kind::Ok: break;
        }
        const int64_t durationCs = std::max<int64_t>(80, std::llround(ms * 100));
        int64_t billedMs = (durationCs + std::max<int64_t>(0, initCs) + 99) / 100;
        if (restoreCs >= 0)
            billedMs = (durationCs + 99) / 100 + billedRestoreMs;
        if (!cold)
            initCs = restoreCs = billedRestoreMs = -1;
        const int64_t endTs = startTs + (durationCs + 99) / 100;

        std::string traceId, segmentId;
        if (m_spec.xray) {
            traceId = makeTraceId(startTs, m_rng);
            appendHex(segmentId, m_rng, 16);
        }

        // START
        const bool started = m_queue.push(startTs, fn, stream,
                                          json ? platformStart(startTs, requestId, m_spec.version, traceId, segmentId)
                                               : startLine(requestId, m_spec.version));
        // Application output.
        const int64_t lines = static_cast<int64_t>(m_spec.linesMean) + (m_rng.chance(m_spec.linesMean - std::floor(m_spec.linesMean)) ? 1 : 0);
        const int64_t span = endTs - startTs;
        for (int64_t i = 0; i < lines; ++i) {
            const int64_t at = startTs + span * (i + 1) / (lines + 2);
            Level level = Level::Info;
            std::string_view pattern = m_spec.info.empty() ? std::string_view("handled request") : m_spec.info[m_rng.next() % m_spec.info.size()];
            if (m_rng.chance(m_spec.warnRate) && !m_spec.warn.empty()) {
                level = Level::Warn;
                pattern = m_spec.warn[m_rng.next() % m_spec.warn.size()];
            } else if (m_rng.chance(m_spec.debugRate)) {
                level = Level::Debug;
                pattern = "cache hit ratio %n% after %c lookups";
            } else if (m_rng.chance(m_spec.handledErrorRate)) {
                level = Level::Error;
                pattern = "signature verification failed for evt_%k, rejecting with 400";
            }
            m_queue.push(at, fn, stream, appLine(m_spec, level, at, requestId, expandTemplate(pattern, m_rng)));
        }

        std::string errorType;
        switch (kind) {
        case Kind::Error: {
            const ErrorInfo error = makeError(m_spec, errorKind, m_rng);
            errorType = error.type;
            m_queue.push(endTs, fn, stream, unhandledErrorLine(m_spec, error, endTs, requestId));
            break;
        }
        case Kind::Timeout:
            if (!json)
                m_queue.push(endTs, fn, stream, timeoutLine(endTs, requestId, m_spec.timeoutS));
            break;
        case Kind::Crash:
            if (!json)
                m_queue.push(endTs, fn, stream, runtimeExitLine(requestId, false));
            break;
        default: break;
        }

        ReportData report;
        report.requestId = requestId;
        report.durationCs = durationCs;
        report.billedMs = std::max<int64_t>(1, billedMs);
        report.memorySizeMb = memoryMb;
        report.maxMemoryUsedMb = maxUsed;
        report.initCs = initCs;
        report.restoreCs = restoreCs;
        report.billedRestoreMs = billedRestoreMs;
        report.traceId = traceId;
        report.segmentId = segmentId;
        report.errorType = errorType;
        switch (kind) {
        case Kind::Ok: report.status = ReportStatus::None; break;
        case Kind::Error: report.status = json ? ReportStatus::Failure : ReportStatus::None; break;
        case Kind::Timeout: report.status = ReportStatus::Timeout; break;
        case Kind::OutOfMemory: report.status = m_spec.oldOomForm ? ReportStatus::None : ReportStatus::OutOfMemory; break;
        case Kind::Crash: report.status = ReportStatus::ExitError; break;
        }

        bool reported = false;
        if (json) {
            if (kind == Kind::Ok || kind == Kind::Error || kind == Kind::Timeout) {
                const std::string_view status = kind == Kind::Ok ? "success" : kind == Kind::Error ? "failure" : "timeout";
                m_queue.push(endTs, fn, stream,
                             platformRuntimeDone(endTs, requestId, status, errorType, durationCs - 3,
                                                 kind == Kind::Ok ? m_rng.range(40, 4000) : 0));
            }
            reported = m_queue.push(endTs, fn, stream, platformReport(endTs, report));
        } else {
            m_queue.push(endTs, fn, stream, endLine(requestId));
            reported = m_queue.push(endTs, fn, stream, reportLine(report));
            if (kind == Kind::OutOfMemory && m_spec.oldOomForm)
                m_queue.push(endTs, fn, stream, runtimeExitLine(requestId, true));
        }

        if (reported) {
            DemoFunctionTruth& t = m_truth;
            ++t.invocations;
            if (cold)
                ++t.coldStarts;
            if (attempt > 0)
                ++t.retries;
            switch (kind) {
            case Kind::Error: ++t.errors; break;
            case Kind::Timeout: ++t.timeouts; break;
            case Kind::OutOfMemory: ++t.outOfMemory; break;
            case Kind::Crash: ++t.crashes; break;
            case Kind::Ok: break;
            }
            if (!t.memorySizesMb.contains(memoryMb))
                t.memorySizesMb.append(memoryMb);
            t.maxMemoryUsedMb = std::max(t.maxMemoryUsedMb, maxUsed);
        } else if (started) {
            ++m_truth.incomplete;
        }

        if (kind == Kind::OutOfMemory || kind == Kind::Crash) {
            m_envs.erase(m_envs.begin() + static_cast<std::ptrdiff_t>(envIndex)); // the environment is gone
        } else {
            env.busyUntil = endTs + 1;
            env.lastEnd = endTs;
            ++env.invocations;
        }

        // Asynchronous invocations are retried twice by Lambda, about one and three minutes later.
        if (reported && kind != Kind::Ok && m_spec.traffic != Traffic::Api && attempt < 2) {
            const int64_t delay = (attempt == 0 ? kMinute : 2 * kMinute) + m_rng.range(0, 20 * kSecond);
            m_retries.push({ endTs + delay, m_retryOrder++, requestId, attempt + 1, kind, errorKind });
        }
    }

    const FunctionSpec& m_spec;
    uint32_t m_index;
    int64_t m_startMs;
    int64_t m_endMs;
    double m_scale;
    Rng m_rng;
    EventQueue& m_queue;
    std::vector<std::string>& m_streams;
    DemoFunctionTruth& m_truth;
    std::vector<int64_t> m_arrivals;
    size_t m_next = 0;
    std::priority_queue<Retry, std::vector<Retry>, RetryLater> m_retries;
    uint64_t m_retryOrder = 0;
    std::vector<Env> m_envs;
};

} // namespace

void generateDemoFleet(EventSink& sink, const DemoOptions& options, DemoTruth* truth,
                       const std::atomic<bool>* cancel, const std::function<void(double)>& progress)
{
    const std::vector<FunctionSpec>& catalog = demoCatalog();
    const int64_t endMs = options.startMs + std::max(0, options.hours) * kHour;

    DemoTruth localTruth;
    DemoTruth& t = truth ? *truth : localTruth;
    t = DemoTruth();
    t.functions.resize(static_cast<qsizetype>(catalog.size()));
    for (size_t i = 0; i < catalog.size(); ++i) {
        DemoFunctionTruth& f = t.functions[static_cast<qsizetype>(i)];
        const FunctionSpec& spec = catalog[i];
        f.name = QString::fromUtf8(spec.name.data(), static_cast<qsizetype>(spec.name.size()));
        const std::string_view service = serviceOf(spec.name);
        f.service = QString::fromUtf8(service.data(), static_cast<qsizetype>(service.size()));
        const std::string_view runtime = runtimeLabel(spec.runtime);
        f.runtime = QString::fromUtf8(runtime.data(), static_cast<qsizetype>(runtime.size()));
        f.jsonFormat = spec.json;
    }

    std::vector<std::string> streams;
    streams.reserve(4096);
    EventQueue queue(sink, endMs, options.seed, streams, catalog);
    std::vector<FunctionSim> sims;
    sims.reserve(catalog.size());
    for (size_t i = 0; i < catalog.size(); ++i)
        sims.emplace_back(catalog[i], static_cast<uint32_t>(i), options, endMs, queue, streams,
                          t.functions[static_cast<qsizetype>(i)]);

    int lastPercent = -1;
    for (int64_t limit = options.startMs + kSliceMs;; limit += kSliceMs) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            break;
        const int64_t bounded = std::min(limit, endMs);
        for (FunctionSim& sim : sims)
            sim.runUntil(bounded);
        queue.flushBefore(bounded);
        if (progress && endMs > options.startMs) {
            const double fraction = static_cast<double>(bounded - options.startMs) / static_cast<double>(endMs - options.startMs);
            const int percent = static_cast<int>(fraction * 100);
            if (percent != lastPercent) {
                lastPercent = percent;
                progress(fraction);
            }
        }
        if (bounded >= endMs)
            break;
    }
    t.events = queue.emitted();
}

} // namespace ll
