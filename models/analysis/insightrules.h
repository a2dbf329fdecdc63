#pragma once

#include "analysis/rowranges.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <array>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

class QSettings;

namespace ll {

class Fleet;

enum class RuleId : uint8_t {
    MemoryPressure,      // mean used/size above a fraction over a window
    ErrorRate,           // failures above the warning rate
    ErrorRateCritical,   // failures above the critical rate (supersedes ErrorRate)
    OutOfMemory,         // any out-of-memory kill
    Timeouts,            // any timeout
    NearTimeout,         // durations within a fraction of the configured timeout
    OverProvisioned,     // peak used below a fraction of the size over the whole window
    ColdStartRate,       // cold starts above a rate
    NewErrorCluster,     // raised by the error clustering hook (another module)
};
inline constexpr int RuleCount = 9;

enum class Severity : uint8_t { Info, Warning, Critical };

const char* ruleKey(RuleId id);           // "memory-pressure", "error-rate", …
std::optional<RuleId> ruleFromKey(std::string_view key);
QString ruleTitle(RuleId id);             // translated
const char* severityKey(Severity s);      // "info", "warning", "critical"

// Thresholds (editable) and mutes; stored under insights/ in QSettings.
struct RuleSettings {
    double memoryPressureFraction = 0.90;
    int64_t memoryWindowMs = 15 * 60'000;
    double errorRateWarning = 0.01;
    double errorRateCritical = 0.10;
    double nearTimeoutFraction = 0.10;       // within 10% of the timeout
    double overProvisionedFraction = 0.50;
    double coldStartRate = 0.10;
    uint64_t minInvocations = 20;           // rates and over-provisioning need this many runs
    size_t maxEvidenceRows = 1000;          // evidence keeps this many rows (the count is exact)
    std::array<bool, RuleCount> muted {};

    bool isMuted(RuleId id) const { return muted[size_t(id)]; }
    void setMuted(RuleId id, bool on) { muted[size_t(id)] = on; }
    static RuleSettings load(const QSettings& settings);
    void save(QSettings& settings) const;
};

// Where an insight comes from: invocation rows (ascending, capped) and the time range to show.
struct Evidence {
    std::vector<uint32_t> rows;
    uint64_t totalRows = 0;
    int64_t fromMs = 0, toMs = 0;
};

struct Insight {
    RuleId rule = RuleId::ErrorRate;
    Severity severity = Severity::Warning;
    uint32_t function = 0;
    QString functionName;
    double value = 0;         // the measured figure (rate, fraction, count, seconds)
    double threshold = 0;     // what it was compared with
    QString message;          // translated, plain text
    Evidence evidence;
    QString subject;          // what within the function, when a rule can trigger more than once (cluster id)
    QString key() const;      // rule + function (+ subject): identifies "the same insight" across evaluations
};

// What the rules read. Timeouts come from "Task timed out after N seconds" lines.
struct InsightInput {
    const InvocationColumns* columns = nullptr;
    QStringList functionNames;              // by function id
    std::vector<double> timeoutSeconds;     // by function id; 0 or missing: unknown
    const Fleet* fleet = nullptr;           // for rules that need more than the columns (error clusters)
};

// Error clustering plugs in here: it returns NewErrorCluster insights for the input.
using ErrorClusterHook = std::function<std::vector<Insight>(const InsightInput&, const RuleSettings&)>;

std::vector<Insight> evaluateRules(const InsightInput& input, const RuleSettings& settings,
                                   const ErrorClusterHook& clusterHook = {});

// Incremental use while data arrives (live tail): each update re-evaluates the data loaded so far
// and reports only the insights not triggered before, so a notification fires once.
class InsightTracker {
public:
    std::vector<Insight> update(const InsightInput& input, const RuleSettings& settings);
    // The same for insights evaluated elsewhere (in a worker): records them, returns the new ones.
    std::vector<Insight> accept(std::vector<Insight> all);
    const std::vector<Insight>& current() const { return m_current; }
    void setErrorClusterHook(ErrorClusterHook hook) { m_hook = std::move(hook); }
    const ErrorClusterHook& errorClusterHook() const { return m_hook; }
    void reset();

private:
    QSet<QString> m_seen;
    std::vector<Insight> m_current;
    ErrorClusterHook m_hook;
};

// "… Task timed out after 3.00 seconds" -> 3.0; nullopt when the message is not such a line.
std::optional<double> parseTimeoutSeconds(std::string_view message);
// Per function id, the largest timeout announced by its LineKind::Timeout lines (0: none seen).
std::vector<double> timeoutsFromFleet(const Fleet& fleet);
InsightInput insightInputFromFleet(const Fleet& fleet);

} // namespace ll
