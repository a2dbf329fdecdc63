#pragma once

#include "store/fleet.h"

#include <QAbstractItemModel>
#include <QVector>

namespace ll {

// Services at the top level, their functions below, one column per statistic. Cells hand out
// numbers (Qt::DisplayRole and ValueRole); FormatRole tells delegates how to show them.
class FleetModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Invocations,
        Failed,
        FailureRate,
        Errors,
        Timeouts,
        OutOfMemory,
        Crashes,
        ColdStarts,
        ColdStartRate,
        Retries,
        DurationP50,
        DurationP99,
        InitP50,
        MemorySize,
        MaxMemoryUsed,
        Utilization,
        CostUsd,
        Activity,
        Account,   // where the function's logs came from (CloudWatch sources); empty for files
        Region,
        ColumnCount
    };
    enum Role {
        ValueRole = Qt::UserRole + 1,  // the number behind a cell (also the sort key)
        FormatRole,                    // a Format
        FunctionIdRole,                // function id, -1 on service rows
        ServiceRole,                   // service name
        ActivityRole,                  // QVector<int>: invocations per time bin
        FailureActivityRole,           // QVector<int>: failures per time bin
        FilterTextRole,                // name, account and region: what the fleet filter matches
    };
    enum Format { Text, Count, Percent, Millis, MegaBytes, Usd, Sparkline };
    Q_ENUM(Column)

    explicit FleetModel(QObject* parent = nullptr);

    void setFleet(FleetPtr fleet);
    const FleetPtr& fleet() const { return m_fleet; }
    static constexpr int kActivityBins = 48;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOfFunction(uint32_t function) const;

private:
    struct Service {
        QString name;
        QVector<uint32_t> functions;
        FunctionStats stats;
        QVector<int> activity, failures;
    };
    QVariant value(const FunctionStats& s, int column) const;
    QString origin(const Service& service, int function, int column) const;

    FleetPtr m_fleet;
    QVector<Service> m_services;
    QVector<QVector<int>> m_activity;  // per function
    QVector<QVector<int>> m_failures;
    QVector<int> m_serviceOf;          // function -> service row
    QVector<int> m_rowInService;       // function -> row under its service
};

} // namespace ll
