#pragma once

#include "sources/sourceloader.h"
#include "store/fleet.h"

#include <QMainWindow>

class QLabel;
class QProgressBar;
class QToolButton;
class QTabWidget;
class QDockWidget;

namespace ll {

class AwsConnect;
class Banner;
class FleetPanel;
class InvocationPanel;
class LogBrowser;
class TimelineView;
class SizingView;
class MemoryChart;
class DurationHeatmap;
class InsightsPanel;
class InsightsSummary;
class ClusterPanel;
class JobRunner;
class Selection;
class ChartExporter;
struct AppSettings;

// The composition root: owns the shared Selection and the loading job, and places the panels.
// Each panel is its own class in widgets/; this file only wires them together.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void load(const LoadRequest& request);
    bool waitForLoad(int timeoutMs);
    // "function=NAME", "request=ID", "view=NAME": used by --select for screenshots.
    void applySelections(const QStringList& selections);
    FleetPtr fleet() const { return m_fleet; }
    Selection* selection() const { return m_selection; }
    AwsConnect* aws() const { return m_aws; }
    InsightsSummary* insightsSummary() const { return m_insightsSummary; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createPanels();
    void setFleet(FleetPtr fleet, bool keepView = false);
    void reloadLive();
    void updateStatus();
    void fillRecentMenu();
    void openPreferences();
    void applySettings(const AppSettings& settings);
    void exportCurrentChart();
    QVector<uint32_t> defaultChartFunctions() const;
    QDockWidget* addPanel(QWidget* panel, const QString& title, const QString& objectName, Qt::DockWidgetArea area);

    Selection* m_selection;
    JobRunner* m_loader;
    Banner* m_banner;
    QTabWidget* m_center;
    FleetPanel* m_fleetPanel;
    InvocationPanel* m_invocationPanel = nullptr;
    LogBrowser* m_logBrowser = nullptr;
    TimelineView* m_timeline = nullptr;
    SizingView* m_sizing = nullptr;
    MemoryChart* m_memory = nullptr;
    DurationHeatmap* m_heatmap = nullptr;
    InsightsPanel* m_insights = nullptr;
    ClusterPanel* m_clusters = nullptr;
    QDockWidget* m_invocationDock = nullptr;
    QDockWidget* m_logDock = nullptr;
    QLabel* m_sourceLabel;
    QLabel* m_rangeLabel;
    QLabel* m_volumeLabel;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    FleetPtr m_fleet;
    LoadRequest m_lastRequest;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    ChartExporter* m_exporter = nullptr;
    AwsConnect* m_aws = nullptr;
    InsightsSummary* m_insightsSummary = nullptr;  // Logs Insights results as the fleet, drill-down
    bool m_liveLoad = false;     // the running load refreshes live-tail data in place
    bool m_livePending = false;  // live tail stored more while a load was running
};

} // namespace ll
