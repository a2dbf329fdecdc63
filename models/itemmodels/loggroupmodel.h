#pragma once

#include "aws/awscontroller.h"

#include <QAbstractTableModel>
#include <QSet>

namespace ll {

// Log groups discovered over one or several profile x region pairs, with the account and region
// as columns so the connect dialog can sort and filter by them. The first column is checkable:
// the checked groups are what sync / Insights / live tail act on.
class LogGroupModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Group, Account, Region, StoredBytes, Retention, ColumnCount };
    enum Role {
        ValueRole = Qt::UserRole + 1,  // the number or text behind a cell (also the sort key)
    };
    Q_ENUM(Column)

    explicit LogGroupModel(QObject* parent = nullptr);

    // Replaces the groups; checks survive for groups that are still there.
    void setGroups(const QVector<aws::DiscoveredGroup>& groups);
    const QVector<aws::DiscoveredGroup>& groups() const { return m_groups; }
    QVector<aws::DiscoveredGroup> checkedGroups() const;
    void setAllChecked(bool checked);
    int checkedCount() const { return int(m_checked.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void checkedChanged();

private:
    static QString key(const aws::DiscoveredGroup& g);
    QVector<aws::DiscoveredGroup> m_groups;
    QSet<QString> m_checked;
};

} // namespace ll
