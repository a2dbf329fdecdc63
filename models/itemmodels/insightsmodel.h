#pragma once

#include "analysis/insightrules.h"

#include <QAbstractTableModel>
#include <vector>

namespace ll {

// Triggered insights, most severe first. Numbers through roles; the message is plain text.
class InsightsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns { Severity, Rule, Function, Message, Value, Threshold, EvidenceCount, ColumnCount };
    Q_ENUM(Columns)
    enum Roles {
        ValueRole = Qt::UserRole,   // the cell's raw value
        SeverityRole,               // int(ll::Severity)
        RuleRole,                   // int(ll::RuleId)
        RuleKeyRole,                // "memory-pressure", …
        FunctionIdRole,
        EvidenceFromRole,           // qint64 epoch ms
        EvidenceToRole,
        EvidenceRowsRole,           // QVariantList of invocation rows (capped)
        EvidenceTotalRole,          // exact count
    };
    Q_ENUM(Roles)

    explicit InsightsModel(QObject* parent = nullptr);

    void setInsights(std::vector<Insight> insights);
    const std::vector<Insight>& insights() const { return m_rows; }
    const Insight* insightAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Insight> m_rows;
};

} // namespace ll
