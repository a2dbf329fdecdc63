#include "logsearch/filterspec.h"

#include "logsearch/linesource.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
#include <limits>

namespace ll {

InvocationSetPtr InvocationSet::make(std::vector<uint32_t> ids, QString label)
{
    auto set = std::make_shared<InvocationSet>();
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    set->ids = std::move(ids);
    set->label = std::move(label);
    return set;
}

bool FilterSpec::isEmpty() const
{
    return text.isEmpty() && minLevel == LogLevel::None && functions.isEmpty() && outcomes == 0 && !failedOnly
        && !hasTimeRange() && !invocations;
}

bool FilterSpec::operator==(const FilterSpec& o) const
{
    return text == o.text && regex == o.regex && caseSensitive == o.caseSensitive && minLevel == o.minLevel
        && functions == o.functions && outcomes == o.outcomes && failedOnly == o.failedOnly && fromMs == o.fromMs
        && toMs == o.toMs
        && (invocations == o.invocations || (invocations && o.invocations && *invocations == *o.invocations));
}

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ll::FilterSpec)
};
} // namespace

QString FilterSpec::describe() const
{
    QStringList parts;
    if (!text.isEmpty()) {
        QString shown = text.left(40);
        if (text.size() > 40)
            shown += QChar(0x2026);
        parts << (regex ? QLatin1Char('/') + shown + QLatin1Char('/') : QLatin1Char('"') + shown + QLatin1Char('"'));
    }
    if (minLevel != LogLevel::None)
        parts << QStringLiteral("\u2265 ") + QString::fromLatin1(levelKey(minLevel));
    if (!functions.isEmpty())
        parts << QCoreApplication::translate("ll::FilterSpec", "%n function(s)", nullptr, int(functions.size()));
    if (outcomes != 0) {
        QStringList names;
        for (int o = 0; o < OutcomeCount; ++o) {
            if (outcomes & (1 << o))
                names << QString::fromLatin1(outcomeKey(static_cast<Outcome>(o)));
        }
        parts << names.join(QLatin1Char('|'));
    }
    if (failedOnly)
        parts << Text::tr("failed only");
    if (hasTimeRange())
        parts << Text::tr("time range");
    if (invocations)
        parts << (invocations->label.isEmpty() ? Text::tr("selected invocations") : invocations->label);
    if (parts.isEmpty())
        return Text::tr("All lines");
    return parts.join(QStringLiteral(" \u00b7 "));
}

bool CompiledFilter::compile(const FilterSpec& spec, const LineSource& source, QString* error)
{
    m_spec = spec;
    m_matcher.reset();
    if (!spec.text.isEmpty()) {
        m_matcher = TextMatcher::create(spec.text, spec.regex ? TextMatcher::Mode::Regex : TextMatcher::Mode::Literal,
            spec.caseSensitive, error);
        if (!m_matcher)
            return false;
    }
    m_functionAllowed.clear();
    if (!spec.functions.isEmpty()) {
        uint32_t maxId = source.functionCount();
        for (uint32_t f : spec.functions)
            maxId = std::max(maxId, f + 1);
        m_functionAllowed.assign(maxId, 0);
        for (uint32_t f : spec.functions)
            m_functionAllowed[f] = 1;
    }
    m_invocationAllowed.clear();
    if (spec.invocations && !spec.invocations->ids.empty()) {
        m_invocationAllowed.assign(size_t(spec.invocations->ids.back()) + 1, 0);
        for (uint32_t i : spec.invocations->ids)
            m_invocationAllowed[i] = 1;
    }
    m_needsInvocation = spec.outcomes != 0 || spec.failedOnly;
    m_toMs = spec.toMs != 0 ? spec.toMs : std::numeric_limits<int64_t>::max();
    return true;
}

bool CompiledFilter::accepts(const LineSource& source, uint32_t row) const
{
    // Cheapest criteria first; the text search last.
    if (m_spec.hasTimeRange()) {
        const int64_t t = source.timestampMs(row);
        if (t < m_spec.fromMs || t >= m_toMs)
            return false;
    }
    if (m_spec.minLevel != LogLevel::None && source.level(row) < m_spec.minLevel)
        return false;
    if (!m_functionAllowed.empty()) {
        const uint32_t f = source.function(row);
        if (f >= m_functionAllowed.size() || !m_functionAllowed[f])
            return false;
    }
    if (m_spec.invocations) {
        const int64_t inv = source.invocation(row);
        if (inv < 0 || uint64_t(inv) >= m_invocationAllowed.size() || !m_invocationAllowed[size_t(inv)])
            return false;
    }
    if (m_needsInvocation) {
        const int64_t inv = source.invocation(row);
        if (inv < 0)
            return false;
        const Outcome o = source.outcome(inv);
        if (m_spec.failedOnly && !isFailure(o))
            return false;
        if (m_spec.outcomes != 0 && !(m_spec.outcomes & outcomeBit(o)))
            return false;
    }
    return !m_matcher || m_matcher->matches(source.message(row));
}

} // namespace ll
