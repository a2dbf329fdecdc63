#include "timeline/syntheticcolumns.h"

#include <QStringList>
#include <cmath>
#include <random>

namespace ll {

namespace {
constexpr uint32_t kFirstRequestId = 16;   // string ids below are error types
} // namespace

void appendInvocation(InvocationColumns& c, const InvocationSpec& s)
{
    const auto row = uint32_t(c.size());
    c.function.push_back(s.function);
    c.stream.push_back(s.stream);
    c.startMs.push_back(s.startMs);
    c.endMs.push_back(s.startMs + int64_t(std::ceil(s.durationMs)));
    c.durationMs.push_back(s.durationMs);
    c.billedDurationMs.push_back(std::ceil(s.durationMs));
    c.initDurationMs.push_back(s.initDurationMs);
    c.restoreDurationMs.push_back(s.restoreDurationMs);
    c.billedRestoreDurationMs.push_back(s.restoreDurationMs >= 0 ? std::ceil(s.restoreDurationMs) : -1.0f);
    c.memorySizeMb.push_back(s.memorySizeMb);
    c.maxMemoryUsedMb.push_back(s.maxMemoryUsedMb);
    c.outcome.push_back(s.outcome);
    uint8_t flags = HasStart;
    if (s.outcome != Outcome::Incomplete)
        flags |= HasReport;
    if (s.initDurationMs >= 0 || s.restoreDurationMs >= 0)
        flags |= ColdStart;
    if (s.restoreDurationMs >= 0)
        flags |= Restored;
    if (s.firstAttempt >= 0)
        flags |= Retry;
    c.flags.push_back(flags);
    c.firstLine.push_back(row);
    c.lineCount.push_back(3);
    c.errorLines.push_back(isFailure(s.outcome) ? 1 : 0);
    c.warnLines.push_back(0);
    c.firstAttempt.push_back(s.firstAttempt);
    c.requestId.push_back(s.requestId);
    c.traceId.push_back(0);
    c.errorType.push_back(s.errorType);
}

TimelineSource makeSyntheticSource(int functions, int invocations, int64_t startMs, int64_t spanMs, uint32_t seed)
{
    static const QStringList services = {
        QStringLiteral("orders"), QStringLiteral("payments"), QStringLiteral("catalog"), QStringLiteral("auth"),
        QStringLiteral("search"), QStringLiteral("media"), QStringLiteral("notify"), QStringLiteral("billing"),
    };
    static const QStringList verbs = {
        QStringLiteral("api"), QStringLiteral("worker"), QStringLiteral("consumer"), QStringLiteral("cron"),
        QStringLiteral("webhook"), QStringLiteral("resize"), QStringLiteral("sync"), QStringLiteral("export"),
    };
    auto columns = std::make_shared<InvocationColumns>();
    TimelineSource src;
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> uni(0, 1);
    const int perFunction = std::max(1, invocations / std::max(1, functions));
    uint32_t stream = 0;
    const double day = 86400000.0;
    for (int f = 0; f < functions; ++f) {
        TimelineFunction info;
        info.id = uint32_t(f);
        info.service = services[f % services.size()] + (f >= 64 ? QString::number(f / 64) : QString());
        info.name = info.service + QLatin1Char('-') + verbs[(f / services.size()) % verbs.size()];
        src.functions.push_back(info);
        // Traffic shape: a daily wave, a burst of failures somewhere, a few functions mostly idle.
        const double typicalMs = 20 + 800 * uni(rng) * uni(rng);
        const double failRate = 0.002 + 0.03 * uni(rng) * uni(rng);
        const double burstAt = double(startMs) + uni(rng) * double(spanMs);
        const double burstLen = double(spanMs) * 0.01;
        const bool snap = f % 7 == 3;
        const int n = perFunction;
        // Start times by inverse sampling of 1 + 0.6 sin(2π t/day): sort afterwards.
        std::vector<int64_t> starts(static_cast<size_t>(n));
        for (auto& s : starts) {
            double t;
            do {
                t = uni(rng) * double(spanMs);
            } while (uni(rng) * 1.6 > 1 + 0.6 * std::sin(2 * M_PI * t / day + f));
            s = startMs + int64_t(t);
        }
        std::sort(starts.begin(), starts.end());
        std::vector<int64_t> envFreeAt;   // per environment: busy until
        std::vector<uint32_t> envStream;
        for (int i = 0; i < n; ++i) {
            InvocationSpec s;
            s.function = uint32_t(f);
            s.startMs = starts[size_t(i)];
            s.durationMs = float(typicalMs * std::exp(0.6 * (uni(rng) - 0.5) * 3));
            const bool inBurst = std::abs(double(s.startMs) - burstAt) < burstLen;
            const double p = uni(rng);
            const double fr = inBurst ? 0.35 : failRate;
            if (p < fr * 0.7)
                s.outcome = Outcome::Error;
            else if (p < fr * 0.85)
                s.outcome = Outcome::Timeout, s.durationMs = float(typicalMs * 6);
            else if (p < fr * 0.95)
                s.outcome = Outcome::OutOfMemory;
            else if (p < fr)
                s.outcome = Outcome::Crash;
            // Reuse an idle environment; otherwise start a new one (a cold start).
            size_t env = envFreeAt.size();
            for (size_t e = 0; e < envFreeAt.size(); ++e)
                if (envFreeAt[e] <= s.startMs && s.startMs - envFreeAt[e] < 15 * 60000) {
                    env = e;
                    break;
                }
            if (env == envFreeAt.size() || uni(rng) < 0.002) {
                if (env == envFreeAt.size()) {
                    envFreeAt.push_back(0);
                    envStream.push_back(stream++);
                } else {
                    envStream[env] = stream++;
                }
                if (snap)
                    s.restoreDurationMs = float(150 + 300 * uni(rng));
                else
                    s.initDurationMs = float(120 + 900 * uni(rng) * uni(rng));
            }
            s.stream = envStream[env];
            envFreeAt[env] = s.startMs + int64_t(s.durationMs) + 1;
            if (i > 0 && isFailure(columns->outcome.back()) && uni(rng) < 0.5 && columns->function.back() == s.function)
                s.firstAttempt = columns->firstAttempt.back() >= 0 ? columns->firstAttempt.back()
                                                                    : int64_t(columns->size() - 1);
            s.memorySizeMb = uint16_t(128 << (f % 4));
            s.maxMemoryUsedMb = uint16_t(double(s.memorySizeMb) * (0.3 + 0.5 * uni(rng)));
            s.requestId = uint32_t(columns->size()) + kFirstRequestId;
            s.errorType = isFailure(s.outcome) ? uint32_t(s.outcome) : 0;
            appendInvocation(*columns, s);
        }
    }
    src.columns = columns.get();
    src.text = [](uint32_t id) -> QString {
        static const QStringList errors = {QString(), QStringLiteral("TypeError"), QStringLiteral("Sandbox.Timedout"),
                                           QStringLiteral("Runtime.OutOfMemory"), QStringLiteral("Runtime.ExitError")};
        if (id < kFirstRequestId)
            return id < uint32_t(errors.size()) ? errors[int(id)] : QString();
        const uint32_t h = (id - kFirstRequestId) * 2654435761u;
        return QStringLiteral("%1-%2-4%3-a%4-%5")
            .arg(h, 8, 16, QLatin1Char('0'))
            .arg(h >> 16, 4, 16, QLatin1Char('0'))
            .arg(h & 0xfff, 3, 16, QLatin1Char('0'))
            .arg((h >> 8) & 0xfff, 3, 16, QLatin1Char('0'))
            .arg(id, 12, 16, QLatin1Char('0'));
    };
    src.owner = columns;
    return src;
}

} // namespace ll
