#include "selection/selection.h"

namespace ll {

namespace {
constexpr int kMaxHistory = 200;
}

Selection::Selection(QObject* parent)
    : QObject(parent)
{
    m_history.append(m_state);
}

void Selection::setHighlighted(QSet<uint32_t> rows, const QString& label)
{
    const QString named = rows.isEmpty() ? QString() : label;
    if (rows == m_highlighted && named == m_highlightLabel)
        return;
    m_highlighted = std::move(rows);
    m_highlightLabel = named;
    Q_EMIT highlightedChanged();
}

void Selection::setTimeRange(int64_t fromMs, int64_t toMs)
{
    SelectionState next = m_state;
    next.fromMs = fromMs;
    next.toMs = toMs;
    apply(next, true);
}

void Selection::setFunctions(QVector<uint32_t> functions)
{
    SelectionState next = m_state;
    next.functions = std::move(functions);
    apply(next, true);
}

void Selection::setInvocation(int64_t row)
{
    SelectionState next = m_state;
    next.invocation = row;
    apply(next, true);
}

void Selection::setCluster(const QString& id)
{
    SelectionState next = m_state;
    next.cluster = id;
    apply(next, true);
}

void Selection::setFilterText(const QString& text)
{
    SelectionState next = m_state;
    next.filterText = text;
    // Typing is not navigation: the filter text is not recorded step by step.
    apply(next, false);
}

void Selection::clearAll()
{
    apply(SelectionState {}, true);
}

void Selection::reset(const SelectionState& state)
{
    setHighlighted({});
    m_state = SelectionState {};
    m_history = {SelectionState {}};
    m_index = 0;
    apply(state, false);
    m_history = {m_state};
    m_index = 0;
    Q_EMIT historyChanged();
}

void Selection::back()
{
    if (!canGoBack())
        return;
    --m_index;
    apply(m_history[m_index], false);
    Q_EMIT historyChanged();
}

void Selection::forward()
{
    if (!canGoForward())
        return;
    ++m_index;
    apply(m_history[m_index], false);
    Q_EMIT historyChanged();
}

void Selection::apply(const SelectionState& next, bool record)
{
    if (next == m_state)
        return;
    const SelectionState before = m_state;
    m_state = next;
    if (record) {
        m_history.resize(m_index + 1);
        m_history.append(m_state);
        if (m_history.size() > kMaxHistory)
            m_history.removeFirst();
        m_index = m_history.size() - 1;
        Q_EMIT historyChanged();
    } else {
        m_history[m_index] = m_state;
    }
    if (before.fromMs != next.fromMs || before.toMs != next.toMs)
        Q_EMIT timeRangeChanged(next.fromMs, next.toMs);
    if (before.functions != next.functions)
        Q_EMIT functionsChanged();
    if (before.invocation != next.invocation)
        Q_EMIT invocationChanged(next.invocation);
    if (before.cluster != next.cluster)
        Q_EMIT clusterChanged(next.cluster);
    if (before.filterText != next.filterText)
        Q_EMIT filterTextChanged(next.filterText);
    Q_EMIT changed(next, before);
}

} // namespace ll
