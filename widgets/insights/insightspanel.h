#pragma once

#include "analysis/insightrules.h"
#include "store/fleet.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QSystemTrayIcon;
class QTableView;

namespace ll {

class InsightsModel;
class JobRunner;
class Selection;

// Triggered insight rules, most severe first, each with a link to its evidence: "Show evidence"
// (or double-click) selects the function and time range and highlights the invocation rows in
// the shared Selection. Rules can be muted from the context menu. In live mode (tail), a rule
// that newly triggers raises a system-tray notification when a tray exists, and is POSTed to
// the configured webhook (insights/webhook_url).
class InsightsPanel : public QWidget {
    Q_OBJECT
public:
    explicit InsightsPanel(QWidget* parent = nullptr);
    ~InsightsPanel() override;

    void setSelection(Selection* selection);
    void setFleet(const FleetPtr& fleet);           // evaluates in a worker
    void setInsights(std::vector<Insight> insights);  // evaluated elsewhere (tests)
    void setLive(bool live);
    bool isLive() const { return m_live; }
    void setRuleSettings(const RuleSettings& settings);
    const RuleSettings& ruleSettings() const { return m_settings; }
    void setErrorClusterHook(ErrorClusterHook hook);

    InsightsModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    bool waitForIdle(int timeoutMs = 30000);

    // Applies the evidence of `row` to the selection.
    void showEvidence(int row);

Q_SIGNALS:
    // Insights that triggered for the first time during live mode.
    void newInsights(const std::vector<ll::Insight>& insights);

private:
    void reevaluate();
    void notify(const std::vector<Insight>& fresh);
    void contextMenu(const QPoint& pos);

    InsightsModel* m_model;
    QTableView* m_view;
    QLabel* m_status;
    QPushButton* m_evidence;
    JobRunner* m_job;
    QPointer<Selection> m_selection;
    QSystemTrayIcon* m_tray = nullptr;
    FleetPtr m_fleet;
    RuleSettings m_settings;
    InsightTracker m_tracker;   // UI thread only
    bool m_live = false;
};

} // namespace ll

Q_DECLARE_METATYPE(std::vector<ll::Insight>)
