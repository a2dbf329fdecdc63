#pragma once

#include "analysis/errorclusters.h"
#include "store/fleet.h"

#include <QWidget>
#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ll {

class ClusterModel;
class Selection;

// The fleet's errors grouped by cause: a table (count bars, activity sparklines) and the
// selected cluster's details as plain text. Selecting a cluster sets Selection's cluster and
// highlights its invocations; a cluster selected elsewhere is selected here.
class ClusterPanel : public QWidget {
    Q_OBJECT
public:
    explicit ClusterPanel(Selection* selection, QWidget* parent = nullptr);
    ~ClusterPanel() override;

    // Clusters the fleet in a worker; results of an older fleet are dropped.
    void setFleet(FleetPtr fleet);
    // Shows clusters computed elsewhere (synchronous).
    void setClusters(FleetPtr fleet, std::vector<ErrorCluster> clusters);
    QListWidget* invocationList() const { return m_failing; }

    QTableView* view() const { return m_view; }
    ClusterModel* model() const { return m_model; }
    // The Logs Insights query of the current cluster, also put on the clipboard.
    QString copyInsightsQuery();

Q_SIGNALS:
    void clustersReady();

private:
    void pushSelection();
    void pullSelection(const QString& id);
    void showDetails();
    void highlight(const ErrorCluster* cluster);
    void applyKindFilter();

    Selection* m_selection;
    ClusterModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QComboBox* m_kind;
    QPushButton* m_copy;
    QLabel* m_status;
    QPlainTextEdit* m_details;
    QListWidget* m_failing;   // the selected cluster's invocations; activating one selects it
    FleetPtr m_fleet;
    struct Worker;
    std::shared_ptr<Worker> m_worker;
    std::shared_ptr<std::atomic<bool>> m_cancel;   // of the running job
    uint64_t m_generation = 0;
    bool m_syncing = false;
    bool m_ownsHighlight = false;   // the shared highlight is the current cluster's
};

} // namespace ll
