#include "analysis/newerrorclusters.h"

#include "store/fleet.h"

#include <QCoreApplication>

namespace ll {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ll::InsightRules)
};
Insight insightFor(const ErrorCluster& c, const InsightInput& input, const RuleSettings& settings)
{
    Insight in;
    in.rule = RuleId::NewErrorCluster;
    in.severity = c.kind == ClusterKind::Failure ? Severity::Warning : Severity::Info;
    in.function = c.functions.empty() ? 0 : c.functions.front().first;
    in.functionName = in.function < uint32_t(input.functionNames.size()) ? input.functionNames.at(int(in.function))
                                                                         : QStringLiteral("#%1").arg(in.function);
    in.subject = c.id;
    in.value = double(c.count);
    const QString what = c.errorType.isEmpty() ? c.templateText : c.errorType + QStringLiteral(": ") + c.templateText;
    in.message = c.kind == ClusterKind::Failure
        ? Text::tr("New error: %1 (%n failed invocation(s)).", nullptr, int(c.invocations.size())).arg(what)
        : Text::tr("New error line: %1 (%n occurrence(s)).", nullptr, int(c.count)).arg(what);
    if (c.functions.size() > 1)
        in.message += QLatin1Char(' ') + Text::tr("Also in %n other function(s).", nullptr, int(c.functions.size() - 1));
    Evidence& e = in.evidence;
    e.totalRows = c.invocations.size();
    e.rows.assign(c.invocations.begin(),
                  c.invocations.begin() + std::ptrdiff_t(std::min(c.invocations.size(), settings.maxEvidenceRows)));
    e.fromMs = c.firstSeenMs;
    e.toMs = std::max(c.lastSeenMs, c.firstSeenMs) + 1;
    return in;
}

} // namespace

std::vector<Insight> NewErrorClusterRule::update(const Fleet& fleet, const InsightInput& input, const RuleSettings& settings)
{
    const std::lock_guard lock(m_mutex);
    std::vector<ErrorCluster> clusters = m_clusterer.cluster(fleet);
    std::vector<Insight> out;
    if (!m_primed) {
        for (const ErrorCluster& c : clusters)
            m_known.insert(c.id);
        m_primed = true;
        m_watermarkMs = fleet.lastTimeMs();
        return out;
    }
    sortClusters(clusters, ClusterSort::Newest);
    for (const ErrorCluster& c : clusters) {
        if (!m_known.contains(c.id)) {
            m_known.insert(c.id);
            if (c.firstSeenMs > m_watermarkMs)
                m_appeared.insert(c.id);
        }
        if (m_appeared.contains(c.id))
            out.push_back(insightFor(c, input, settings));
    }
    m_watermarkMs = std::max(m_watermarkMs, fleet.lastTimeMs());
    return out;
}

void NewErrorClusterRule::reset()
{
    const std::lock_guard lock(m_mutex);
    m_clusterer = ErrorClusterer();
    m_known.clear();
    m_appeared.clear();
    m_watermarkMs = 0;
    m_primed = false;
}

bool NewErrorClusterRule::primed() const
{
    const std::lock_guard lock(m_mutex);
    return m_primed;
}

ErrorClusterHook newErrorClusterHook(std::shared_ptr<NewErrorClusterRule> rule)
{
    return [rule = std::move(rule)](const InsightInput& input, const RuleSettings& settings) {
        return input.fleet ? rule->update(*input.fleet, input, settings) : std::vector<Insight>();
    };
}

} // namespace ll
