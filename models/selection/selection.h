#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QVector>
#include <cstdint>

namespace ll {

// What the user is looking at, shared by every panel: each panel observes it and changes it,
// so selecting anything in one panel updates the others. Changes are recorded for back/forward.
struct SelectionState {
    int64_t fromMs = 0;             // visible/selected time range [fromMs, toMs); both 0: everything
    int64_t toMs = 0;
    QVector<uint32_t> functions;    // selected function ids (empty: all)
    int64_t invocation = -1;        // selected Fleet invocation row
    QString cluster;                // selected error cluster id (empty: none)
    QString filterText;             // the log browser's active filter text

    bool operator==(const SelectionState& o) const
    {
        return fromMs == o.fromMs && toMs == o.toMs && functions == o.functions && invocation == o.invocation
            && cluster == o.cluster && filterText == o.filterText;
    }
    bool operator!=(const SelectionState& o) const { return !(*this == o); }
};

class Selection : public QObject {
    Q_OBJECT
public:
    explicit Selection(QObject* parent = nullptr);

    const SelectionState& state() const { return m_state; }
    int64_t fromMs() const { return m_state.fromMs; }
    int64_t toMs() const { return m_state.toMs; }
    const QVector<uint32_t>& functions() const { return m_state.functions; }
    int64_t invocation() const { return m_state.invocation; }
    const QString& cluster() const { return m_state.cluster; }

    // Invocations to highlight (a cluster's or a filter's); not part of history.
    const QSet<uint32_t>& highlighted() const { return m_highlighted; }
    // What the highlighted invocations are, for a filter's breadcrumb ("cluster: <template>");
    // plain text, empty when the setter did not say.
    const QString& highlightLabel() const { return m_highlightLabel; }
    void setHighlighted(QSet<uint32_t> rows, const QString& label = QString());

    void setTimeRange(int64_t fromMs, int64_t toMs);
    void setFunctions(QVector<uint32_t> functions);
    void setInvocation(int64_t row);
    void setCluster(const QString& id);
    void setFilterText(const QString& text);
    void clearAll();
    // A new fleet: rows of the old one mean nothing, so history starts again from `state`.
    void reset(const SelectionState& state = {});

    bool canGoBack() const { return m_index > 0; }
    bool canGoForward() const { return m_index + 1 < m_history.size(); }
    void back();
    void forward();

Q_SIGNALS:
    void changed(const ll::SelectionState& now, const ll::SelectionState& before);
    void timeRangeChanged(int64_t fromMs, int64_t toMs);
    void functionsChanged();
    void invocationChanged(int64_t row);
    void clusterChanged(const QString& id);
    void filterTextChanged(const QString& text);
    void highlightedChanged();
    void historyChanged();

private:
    void apply(const SelectionState& next, bool record);

    SelectionState m_state;
    QSet<uint32_t> m_highlighted;
    QString m_highlightLabel;
    QVector<SelectionState> m_history;
    int m_index = 0;
};

} // namespace ll
