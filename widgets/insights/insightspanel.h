#pragma once

#include "analysis/insightnotifier.h"
#include "analysis/insightrules.h"
#include "store/fleet.h"

#include <QPointer>
#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QSystemTrayIcon;
class QTableView;

namespace ll {

class InsightsModel;
class JobRunner;
class NewErrorClusterRule;
class Selection;

// Triggered insight rules, most severe first, each with a link to its evidence: "Show evidence"
// (or double-click) selects the function and time range and highlights the invocation rows in
// the shared Selection. Rules can be muted from the context menu. In live mode (tail), a rule
// that newly triggers raises a system-tray notification when a tray exists (else
// inlineNotification() for the window's banner), and is POSTed to the configured webhook
// (InsightNotifier decides which insights notify, once each). The "new error cluster" rule is
// built in (NewErrorClusterRule); setErrorClusterHook() replaces it.
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
    void setNotificationOptions(const InsightNotifier::Options& options) { m_notifyOptions = options; }
    const InsightNotifier::Options& notificationOptions() const { return m_notifyOptions; }

    InsightsModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    bool waitForIdle(int timeoutMs = 30000);

    // Applies the evidence of `row` to the selection.
    void showEvidence(int row);

Q_SIGNALS:
    // Insights that triggered for the first time during live mode.
    void newInsights(const std::vector<ll::Insight>& insights);
    // A desktop notification when no system tray exists, or a webhook failure: show it inline.
    void inlineNotification(const QString& text);

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
    InsightNotifier m_notifier; // UI thread only
    InsightNotifier::Options m_notifyOptions;
    std::shared_ptr<NewErrorClusterRule> m_clusterRule;
    bool m_live = false;
};

} // namespace ll

Q_DECLARE_METATYPE(std::vector<ll::Insight>)
