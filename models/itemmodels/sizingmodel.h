#pragma once

#include "analysis/sizing.h"

#include <QAbstractTableModel>
#include <vector>

namespace ll {

// One row per function: the sizing comparison. Every cell's DisplayRole/ValueRole is a number
// (or the name); delegates and the CLI format. Sort on ValueRole.
class SizingModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns {
        Name,
        MemorySize,
        MaxMemoryUsed,
        P99MemoryUsed,
        Utilization,
        P50Duration,
        P99Duration,
        P99BilledDuration,
        Invocations,
        GbSecondsPerDay,
        CostPerDay,
        CostPerMillion,
        CpuBound,              // -1 unknown, 0 no, 1 yes
        RecommendedMemory,
        RecommendedCostPerDay,
        SavingPerDay,
        Arm64CostPerDay,       // estimate
        ColumnCount
    };
    Q_ENUM(Columns)
    enum Roles {
        ValueRole = Qt::UserRole,   // the cell's number
        FunctionIdRole,
        RecommendationRole,         // int(Recommendation)
        EstimateRole,               // bool: the figure is an estimate (recommended cost, arm64)
        ReasonRole,                 // translated recommendation reason (plain text)
        CpuEvidenceRole,            // translated sentence
        UsedQuantilesRole,          // QVariantList of 5 doubles: min, p25, p50, p75, max MB
        SizePointsRole,             // number of measured sizes
    };
    Q_ENUM(Roles)

    explicit SizingModel(QObject* parent = nullptr);

    void setSizings(std::vector<FunctionSizing> sizings);
    const std::vector<FunctionSizing>& sizings() const { return m_rows; }
    const FunctionSizing* sizingAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QVariant value(const FunctionSizing& s, int column);

private:
    std::vector<FunctionSizing> m_rows;
};

} // namespace ll
