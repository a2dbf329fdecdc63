#include "itemmodels/insightsmodel.h"

namespace ll {

InsightsModel::InsightsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void InsightsModel::setInsights(std::vector<Insight> insights)
{
    beginResetModel();
    m_rows = std::move(insights);
    endResetModel();
}

const Insight* InsightsModel::insightAt(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? &m_rows[size_t(row)] : nullptr;
}

int InsightsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int InsightsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant InsightsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Insight& in = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Severity: return QLatin1String(severityKey(in.severity));
        case Rule: return ruleTitle(in.rule);
        case Function: return in.functionName;
        case Message: return in.message;
        case Value: return in.value;
        case Threshold: return in.threshold;
        case EvidenceCount: return qulonglong(in.evidence.totalRows);
        default: return {};
        }
    case ValueRole:
        switch (index.column()) {
        case Severity: return int(in.severity);
        case Rule: return int(in.rule);
        case Function: return in.functionName;
        case Message: return in.message;
        case Value: return in.value;
        case Threshold: return in.threshold;
        case EvidenceCount: return qulonglong(in.evidence.totalRows);
        default: return {};
        }
    case SeverityRole: return int(in.severity);
    case RuleRole: return int(in.rule);
    case RuleKeyRole: return QLatin1String(ruleKey(in.rule));
    case FunctionIdRole: return in.function;
    case EvidenceFromRole: return qint64(in.evidence.fromMs);
    case EvidenceToRole: return qint64(in.evidence.toMs);
    case EvidenceRowsRole: {
        QVariantList rows;
        rows.reserve(qsizetype(in.evidence.rows.size()));
        for (uint32_t r : in.evidence.rows)
            rows << r;
        return rows;
    }
    case EvidenceTotalRole: return qulonglong(in.evidence.totalRows);
    default: return {};
    }
}

QVariant InsightsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Severity: return tr("Severity");
    case Rule: return tr("Rule");
    case Function: return tr("Function");
    case Message: return tr("Finding");
    case Value: return tr("Value");
    case Threshold: return tr("Threshold");
    case EvidenceCount: return tr("Evidence");
    default: return {};
    }
}

} // namespace ll
