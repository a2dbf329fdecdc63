#include "itemmodels/sizingmodel.h"

namespace ll {

SizingModel::SizingModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SizingModel::setSizings(std::vector<FunctionSizing> sizings)
{
    beginResetModel();
    m_rows = std::move(sizings);
    endResetModel();
}

const FunctionSizing* SizingModel::sizingAt(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? &m_rows[size_t(row)] : nullptr;
}

int SizingModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int SizingModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SizingModel::value(const FunctionSizing& s, int column)
{
    switch (column) {
    case Name: return s.shownName();
    case MemorySize: return s.memorySizeMb;
    case MaxMemoryUsed: return s.maxMemoryUsedMb;
    case P99MemoryUsed: return s.p99MemoryUsedMb;
    case Utilization: return s.utilization;
    case P50Duration: return s.p50DurationMs;
    case P99Duration: return s.p99DurationMs;
    case P99BilledDuration: return s.p99BilledMs;
    case Invocations: return qulonglong(s.invocations);
    case GbSecondsPerDay: return s.gbSecondsPerDay;
    case CostPerDay: return s.costPerDayUsd;
    case CostPerMillion: return s.costPerMillionUsd;
    case CpuBound: return s.cpuBound ? int(*s.cpuBound) : -1;
    case RecommendedMemory: return s.recommendedMemoryMb;
    case RecommendedCostPerDay: return s.recommendedCostPerDayUsd;
    case SavingPerDay: return s.savingPerDayUsd;
    case Arm64CostPerDay: return s.arm64CostPerDayUsd;
    default: return {};
    }
}

QVariant SizingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FunctionSizing& s = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case ValueRole: return value(s, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Name ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                                      : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        if (index.column() == CpuBound)
            return s.cpuEvidence;
        if (index.column() == RecommendedMemory || index.column() == SavingPerDay)
            return s.reason;
        return {};
    case FunctionIdRole: return s.function;
    case RecommendationRole: return int(s.recommendation);
    case EstimateRole:
        return index.column() == Arm64CostPerDay
            || (s.recommendedCostIsEstimate && (index.column() == RecommendedCostPerDay || index.column() == SavingPerDay));
    case ReasonRole: return s.reason;
    case CpuEvidenceRole: return s.cpuEvidence;
    case UsedQuantilesRole: {
        QVariantList q;
        for (double v : s.usedMbQuantiles)
            q << v;
        return q;
    }
    case SizePointsRole: return int(s.sizes.size());
    default: return {};
    }
}

QVariant SizingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Function");
    case MemorySize: return tr("Size MB");
    case MaxMemoryUsed: return tr("Max used MB");
    case P99MemoryUsed: return tr("p99 used MB");
    case Utilization: return tr("Used");
    case P50Duration: return tr("p50 ms");
    case P99Duration: return tr("p99 ms");
    case P99BilledDuration: return tr("p99 billed ms");
    case Invocations: return tr("Invocations");
    case GbSecondsPerDay: return tr("GB-s/day");
    case CostPerDay: return tr("Cost/day");
    case CostPerMillion: return tr("Cost/1M");
    case CpuBound: return tr("CPU-bound");
    case RecommendedMemory: return tr("Rec. MB");
    case RecommendedCostPerDay: return tr("Rec. cost/day");
    case SavingPerDay: return tr("Saving/day");
    case Arm64CostPerDay: return tr("arm64/day (est.)");
    default: return {};
    }
}

QHash<int, QByteArray> SizingModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ValueRole, "value");
    names.insert(FunctionIdRole, "functionId");
    names.insert(RecommendationRole, "recommendation");
    names.insert(EstimateRole, "estimate");
    names.insert(ReasonRole, "reason");
    names.insert(CpuEvidenceRole, "cpuEvidence");
    names.insert(UsedQuantilesRole, "usedQuantiles");
    names.insert(SizePointsRole, "sizePoints");
    return names;
}

} // namespace ll
