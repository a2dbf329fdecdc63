#include "analysis/insightrules.h"

#include "domain/invocation.h"

#include <QCoreApplication>
#include <QSettings>
#include <algorithm>
#include <charconv>
#include <cmath>

namespace ll {

namespace {

constexpr std::array<const char*, RuleCount> kRuleKeys = {
    "memory-pressure", "error-rate", "error-rate-critical", "out-of-memory", "timeouts",
    "near-timeout",    "over-provisioned", "cold-start-rate", "new-error-cluster",
};

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ll::InsightRules)
};
QString pct(double fraction) { return QString::number(fraction * 100, 'f', fraction < 0.1 ? 1 : 0) + QLatin1Char('%'); }

// Collects evidence rows, keeping the first `cap` but counting all.
struct EvidenceBuilder {
    Evidence e;
    size_t cap;
    bool any = false;
    void add(const InvocationColumns& c, uint32_t row)
    {
        if (e.rows.size() < cap)
            e.rows.push_back(row);
        ++e.totalRows;
        const int64_t end = std::max(c.endMs[row], c.startMs[row] + 1);
        e.fromMs = any ? std::min(e.fromMs, c.startMs[row]) : c.startMs[row];
        e.toMs = any ? std::max(e.toMs, end) : end;
        any = true;
    }
};

struct Context {
    const InvocationColumns& c;
    const InsightInput& input;
    const RuleSettings& s;
    std::vector<Insight>& out;

    Insight make(RuleId rule, Severity severity, const FunctionRows& rows, double value, double threshold) const
    {
        Insight i;
        i.rule = rule;
        i.severity = severity;
        i.function = rows.function;
        i.functionName = rows.function < uint32_t(input.functionNames.size())
            ? input.functionNames.at(int(rows.function))
            : QStringLiteral("#%1").arg(rows.function);
        i.value = value;
        i.threshold = threshold;
        return i;
    }
    bool on(RuleId rule) const { return !s.isMuted(rule); }
};

bool finished(const InvocationColumns& c, uint32_t i) { return c.flags[i] & HasReport; }

void memoryPressure(const Context& x, const FunctionRows& rows)
{
    const InvocationColumns& c = x.c;
    const int64_t window = std::max<int64_t>(1, x.s.memoryWindowMs);
    double worst = 0;
    int64_t worstStart = 0;
    int hotWindows = 0;
    uint32_t i = rows.begin;
    while (i < rows.end) {
        // Windows aligned to the clock, so the same window is named the same way on every update.
        const int64_t start = c.startMs[i] - (((c.startMs[i] % window) + window) % window);
        double sum = 0;
        uint32_t n = 0;
        for (; i < rows.end && c.startMs[i] < start + window; ++i) {
            if (finished(c, i) && c.memorySizeMb[i]) {
                sum += double(c.maxMemoryUsedMb[i]) / double(c.memorySizeMb[i]);
                ++n;
            }
        }
        const double mean = n ? sum / n : 0;
        if (mean > x.s.memoryPressureFraction) {
            ++hotWindows;
            if (mean > worst) {
                worst = mean;
                worstStart = start;
            }
        }
    }
    if (!hotWindows)
        return;
    Insight in = x.make(RuleId::MemoryPressure, Severity::Warning, rows, worst, x.s.memoryPressureFraction);
    EvidenceBuilder ev { {}, x.s.maxEvidenceRows };
    const FunctionRows w = clipRows(c, rows, worstStart, worstStart + window);
    for (uint32_t k = w.begin; k < w.end; ++k) {
        if (finished(c, k))
            ev.add(c, k);
    }
    ev.e.fromMs = worstStart;
    ev.e.toMs = worstStart + window;
    in.evidence = std::move(ev.e);
    in.message = Text::tr("Memory used averaged %1 of the configured size over %2 minutes (above %3); %n window(s) "
                    "like this.", nullptr, hotWindows)
                     .arg(pct(worst))
                     .arg(window / 60'000)
                     .arg(pct(x.s.memoryPressureFraction));
    x.out.push_back(std::move(in));
}

void outcomes(const Context& x, const FunctionRows& rows)
{
    const InvocationColumns& c = x.c;
    EvidenceBuilder failed { {}, x.s.maxEvidenceRows }, oom { {}, x.s.maxEvidenceRows },
        timeouts { {}, x.s.maxEvidenceRows }, near { {}, x.s.maxEvidenceRows }, cold { {}, x.s.maxEvidenceRows };
    uint64_t n = 0;
    double peak = 0;
    uint32_t peakRow = 0;
    const double timeoutS = rows.function < x.input.timeoutSeconds.size() ? x.input.timeoutSeconds[rows.function] : 0;
    const double nearMs = timeoutS * 1000.0 * (1.0 - x.s.nearTimeoutFraction);
    for (uint32_t i = rows.begin; i < rows.end; ++i) {
        if (!finished(c, i))
            continue;
        ++n;
        const Outcome o = c.outcome[i];
        if (isFailure(o))
            failed.add(c, i);
        if (o == Outcome::OutOfMemory)
            oom.add(c, i);
        if (o == Outcome::Timeout)
            timeouts.add(c, i);
        else if (timeoutS > 0 && c.durationMs[i] >= nearMs)
            near.add(c, i);
        if (c.flags[i] & ColdStart)
            cold.add(c, i);
        if (c.memorySizeMb[i]) {
            const double u = double(c.maxMemoryUsedMb[i]) / double(c.memorySizeMb[i]);
            if (u >= peak) {
                peak = u;
                peakRow = i;
            }
        }
    }
    if (n == 0)
        return;

    const double errorRate = double(failed.e.totalRows) / double(n);
    if (n >= x.s.minInvocations && failed.e.totalRows > 0) {
        // A muted critical rule still leaves the warning rule to speak.
        const bool critical = errorRate > x.s.errorRateCritical && x.on(RuleId::ErrorRateCritical);
        const RuleId rule = critical ? RuleId::ErrorRateCritical : RuleId::ErrorRate;
        const double threshold = critical ? x.s.errorRateCritical : x.s.errorRateWarning;
        if (errorRate > x.s.errorRateWarning && x.on(rule)) {
            Insight in = x.make(rule, critical ? Severity::Critical : Severity::Warning, rows, errorRate, threshold);
            in.message = Text::tr("%1 of %2 invocations failed (%3, above %4).")
                             .arg(failed.e.totalRows)
                             .arg(n)
                             .arg(pct(errorRate))
                             .arg(pct(threshold));
            in.evidence = failed.e;
            x.out.push_back(std::move(in));
        }
    }
    if (oom.e.totalRows && x.on(RuleId::OutOfMemory)) {
        Insight in = x.make(RuleId::OutOfMemory, Severity::Critical, rows, double(oom.e.totalRows), 0);
        in.message = Text::tr("%n invocation(s) killed for running out of memory.", nullptr, int(oom.e.totalRows));
        in.evidence = oom.e;
        x.out.push_back(std::move(in));
    }
    if (timeouts.e.totalRows && x.on(RuleId::Timeouts)) {
        Insight in = x.make(RuleId::Timeouts, Severity::Critical, rows, double(timeouts.e.totalRows), timeoutS);
        in.message = timeoutS > 0
            ? Text::tr("%n invocation(s) timed out (timeout %1 s).", nullptr, int(timeouts.e.totalRows)).arg(timeoutS)
            : Text::tr("%n invocation(s) timed out.", nullptr, int(timeouts.e.totalRows));
        in.evidence = timeouts.e;
        x.out.push_back(std::move(in));
    }
    if (near.e.totalRows && x.on(RuleId::NearTimeout)) {
        Insight in = x.make(RuleId::NearTimeout, Severity::Warning, rows, double(near.e.totalRows), timeoutS);
        in.message = Text::tr("%n invocation(s) ran within %1 of the %2 s timeout.", nullptr, int(near.e.totalRows))
                         .arg(pct(x.s.nearTimeoutFraction))
                         .arg(timeoutS);
        in.evidence = near.e;
        x.out.push_back(std::move(in));
    }
    if (n >= x.s.minInvocations && peak < x.s.overProvisionedFraction && x.on(RuleId::OverProvisioned)) {
        Insight in = x.make(RuleId::OverProvisioned, Severity::Info, rows, peak, x.s.overProvisionedFraction);
        in.message = Text::tr("At most %1 of the configured memory was used (%2 MB of %3 MB), below %4: the size can "
                        "probably be lowered (see Sizing).")
                         .arg(pct(peak))
                         .arg(c.maxMemoryUsedMb[peakRow])
                         .arg(c.memorySizeMb[peakRow])
                         .arg(pct(x.s.overProvisionedFraction));
        EvidenceBuilder ev { {}, x.s.maxEvidenceRows };
        ev.add(c, peakRow);
        ev.e.fromMs = c.startMs[rows.begin];
        ev.e.toMs = std::max(c.endMs[rows.end - 1], c.startMs[rows.end - 1] + 1);
        in.evidence = ev.e;
        x.out.push_back(std::move(in));
    }
    const double coldRate = double(cold.e.totalRows) / double(n);
    if (n >= x.s.minInvocations && coldRate > x.s.coldStartRate && x.on(RuleId::ColdStartRate)) {
        Insight in = x.make(RuleId::ColdStartRate, Severity::Warning, rows, coldRate, x.s.coldStartRate);
        in.message = Text::tr("%1 of invocations were cold starts (%2 of %3, above %4).")
                         .arg(pct(coldRate))
                         .arg(cold.e.totalRows)
                         .arg(n)
                         .arg(pct(x.s.coldStartRate));
        in.evidence = cold.e;
        x.out.push_back(std::move(in));
    }
}

} // namespace

const char* ruleKey(RuleId id) { return kRuleKeys[size_t(id)]; }

std::optional<RuleId> ruleFromKey(std::string_view key)
{
    for (size_t i = 0; i < kRuleKeys.size(); ++i) {
        if (key == kRuleKeys[i])
            return RuleId(i);
    }
    return std::nullopt;
}

QString ruleTitle(RuleId id)
{
    switch (id) {
    case RuleId::MemoryPressure: return Text::tr("Memory pressure");
    case RuleId::ErrorRate: return Text::tr("Error rate");
    case RuleId::ErrorRateCritical: return Text::tr("High error rate");
    case RuleId::OutOfMemory: return Text::tr("Out-of-memory kills");
    case RuleId::Timeouts: return Text::tr("Timeouts");
    case RuleId::NearTimeout: return Text::tr("Close to the timeout");
    case RuleId::OverProvisioned: return Text::tr("Over-provisioned memory");
    case RuleId::ColdStartRate: return Text::tr("Cold-start rate");
    case RuleId::NewErrorCluster: return Text::tr("New error cluster");
    }
    return {};
}

const char* severityKey(Severity s)
{
    return s == Severity::Critical ? "critical" : s == Severity::Warning ? "warning" : "info";
}

QString Insight::key() const { return QLatin1String(ruleKey(rule)) + QLatin1Char('/') + functionName; }

RuleSettings RuleSettings::load(const QSettings& q)
{
    RuleSettings s;
    auto num = [&q](const char* key, double fallback) {
        bool ok = false;
        const double v = q.value(QStringLiteral("insights/") + QLatin1String(key)).toDouble(&ok);
        return ok && v >= 0 ? v : fallback;
    };
    s.memoryPressureFraction = num("memory_pressure_fraction", s.memoryPressureFraction);
    s.memoryWindowMs = int64_t(num("memory_window_minutes", double(s.memoryWindowMs) / 60'000) * 60'000);
    s.errorRateWarning = num("error_rate_warning", s.errorRateWarning);
    s.errorRateCritical = num("error_rate_critical", s.errorRateCritical);
    s.nearTimeoutFraction = num("near_timeout_fraction", s.nearTimeoutFraction);
    s.overProvisionedFraction = num("over_provisioned_fraction", s.overProvisionedFraction);
    s.coldStartRate = num("cold_start_rate", s.coldStartRate);
    s.minInvocations = uint64_t(num("min_invocations", double(s.minInvocations)));
    const QStringList muted = q.value(QStringLiteral("insights/muted")).toStringList();
    for (const QString& key : muted) {
        if (const auto id = ruleFromKey(key.toStdString()))
            s.setMuted(*id, true);
    }
    return s;
}

void RuleSettings::save(QSettings& q) const
{
    q.setValue(QStringLiteral("insights/memory_pressure_fraction"), memoryPressureFraction);
    q.setValue(QStringLiteral("insights/memory_window_minutes"), double(memoryWindowMs) / 60'000);
    q.setValue(QStringLiteral("insights/error_rate_warning"), errorRateWarning);
    q.setValue(QStringLiteral("insights/error_rate_critical"), errorRateCritical);
    q.setValue(QStringLiteral("insights/near_timeout_fraction"), nearTimeoutFraction);
    q.setValue(QStringLiteral("insights/over_provisioned_fraction"), overProvisionedFraction);
    q.setValue(QStringLiteral("insights/cold_start_rate"), coldStartRate);
    q.setValue(QStringLiteral("insights/min_invocations"), double(minInvocations));
    QStringList keys;
    for (int i = 0; i < RuleCount; ++i) {
        if (muted[size_t(i)])
            keys << QLatin1String(kRuleKeys[size_t(i)]);
    }
    q.setValue(QStringLiteral("insights/muted"), keys);
}

std::vector<Insight> evaluateRules(const InsightInput& input, const RuleSettings& settings,
                                   const ErrorClusterHook& clusterHook)
{
    std::vector<Insight> out;
    if (!input.columns)
        return out;
    const Context x { *input.columns, input, settings, out };
    for (const FunctionRows& rows : functionRows(*input.columns)) {
        if (x.on(RuleId::MemoryPressure))
            memoryPressure(x, rows);
        outcomes(x, rows);
    }
    if (clusterHook && x.on(RuleId::NewErrorCluster)) {
        for (Insight& in : clusterHook(input, settings)) {
            in.rule = RuleId::NewErrorCluster;
            out.push_back(std::move(in));
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Insight& a, const Insight& b) { return a.severity > b.severity; });
    return out;
}

std::vector<Insight> InsightTracker::update(const InsightInput& input, const RuleSettings& settings)
{
    return accept(evaluateRules(input, settings, m_hook));
}

std::vector<Insight> InsightTracker::accept(std::vector<Insight> all)
{
    m_current = std::move(all);
    std::vector<Insight> fresh;
    for (const Insight& in : m_current) {
        const QString key = in.key();
        if (!m_seen.contains(key)) {
            m_seen.insert(key);
            fresh.push_back(in);
        }
    }
    return fresh;
}

void InsightTracker::reset()
{
    m_seen.clear();
    m_current.clear();
}

std::optional<double> parseTimeoutSeconds(std::string_view message)
{
    static constexpr std::string_view marker = "Task timed out after ";
    const size_t at = message.find(marker);
    if (at == std::string_view::npos)
        return std::nullopt;
    const char* first = message.data() + at + marker.size();
    const char* last = message.data() + message.size();
    double seconds = 0;
    const auto [ptr, ec] = std::from_chars(first, last, seconds);
    if (ec != std::errc() || !(seconds > 0) || !std::isfinite(seconds))
        return std::nullopt;
    const std::string_view rest(ptr, size_t(last - ptr));
    if (rest.substr(0, 8) != " seconds")
        return std::nullopt;
    return seconds;
}

} // namespace ll
