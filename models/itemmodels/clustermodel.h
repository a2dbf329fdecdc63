#pragma once

#include "analysis/errorclusters.h"
#include "store/fleet.h"

#include <QAbstractTableModel>
#include <QVector>

namespace ll {

// One row per error cluster. Cells hand out numbers and times as numbers (ValueRole, the sort
// key); delegates format them and paint the count bar and the activity sparkline.
class ClusterModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Kind, ErrorType, Template, Count, Failed, Functions, FirstSeen, LastSeen, Activity, ColumnCount };
    enum Role {
        ValueRole = Qt::UserRole + 1,  // number behind the cell: counts, epoch ms; text for text columns
        ClusterIdRole,                 // QString
        KindRole,                      // int ClusterKind
        IsNewRole,                     // bool: first seen inside the window of setNewWindow()
        FractionRole,                  // double 0..1: this row's value over the column's largest (count bars)
        ActivityRole,                  // QVector<int>: occurrences per time bin over the fleet's span
        InvocationsRole,               // QVector<uint>: Fleet rows (failed ones for failures)
        TemplateRole,                  // QString: the template (plain text)
        ExampleRole,                   // QString: one full raw message (plain text)
        InsightsQueryRole,             // QString: Logs Insights query for the cluster
    };
    Q_ENUM(Column)
    static constexpr int kActivityBins = 48;

    explicit ClusterModel(QObject* parent = nullptr);

    void setClusters(FleetPtr fleet, std::vector<ErrorCluster> clusters);
    // Marks clusters first seen in [fromMs, toMs); both 0 clears the marks.
    void setNewWindow(int64_t fromMs, int64_t toMs);
    const std::vector<ErrorCluster>& clusters() const { return m_clusters; }
    const ErrorCluster* cluster(int row) const;
    int rowOf(const QString& id) const;   // -1 when absent; an absorbed cluster's id finds its survivor

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant value(const ErrorCluster& c, int column) const;

    FleetPtr m_fleet;
    std::vector<ErrorCluster> m_clusters;
    QVector<QVector<int>> m_activity;
    uint64_t m_maxCount = 1;
    uint64_t m_maxFailed = 1;
};

} // namespace ll
