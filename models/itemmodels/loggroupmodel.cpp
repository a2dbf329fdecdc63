#include "itemmodels/loggroupmodel.h"

#include <QLocale>

namespace ll {

LogGroupModel::LogGroupModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QString LogGroupModel::key(const aws::DiscoveredGroup& g)
{
    return g.origin.account + QLatin1Char('|') + g.origin.region + QLatin1Char('|') + g.target.endpointUrl + QLatin1Char('|') + g.info.name;
}

void LogGroupModel::setGroups(const QVector<aws::DiscoveredGroup>& groups)
{
    beginResetModel();
    m_groups = groups;
    QSet<QString> still;
    for (const aws::DiscoveredGroup& g : m_groups)
        if (m_checked.contains(key(g)))
            still.insert(key(g));
    m_checked = still;
    endResetModel();
    Q_EMIT checkedChanged();
}

QVector<aws::DiscoveredGroup> LogGroupModel::checkedGroups() const
{
    QVector<aws::DiscoveredGroup> out;
    for (const aws::DiscoveredGroup& g : m_groups)
        if (m_checked.contains(key(g)))
            out << g;
    return out;
}

void LogGroupModel::setAllChecked(bool checked)
{
    m_checked.clear();
    if (checked)
        for (const aws::DiscoveredGroup& g : m_groups)
            m_checked.insert(key(g));
    if (!m_groups.isEmpty())
        Q_EMIT dataChanged(index(0, Group), index(rowCount() - 1, Group), {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
}

int LogGroupModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_groups.size()); }
int LogGroupModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant LogGroupModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const aws::DiscoveredGroup& g = m_groups[index.row()];
    if (role == Qt::CheckStateRole && index.column() == Group)
        return m_checked.contains(key(g)) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole && (index.column() == StoredBytes || index.column() == Retention))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == ValueRole) {
        switch (index.column()) {
        case Group: return g.info.name;
        case Account: return g.origin.account;
        case Region: return g.origin.region;
        case StoredBytes: return g.info.storedBytes;
        case Retention: return g.info.retentionDays;
        }
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Group: return g.info.name;
        case Account: return g.origin.profile.isEmpty() ? tr("default credentials") : g.origin.profile;
        case Region: return g.origin.region;
        case StoredBytes: return QLocale().formattedDataSize(g.info.storedBytes);
        case Retention: return g.info.retentionDays ? tr("%1 days").arg(g.info.retentionDays) : tr("never expires");
        }
    }
    return {};
}

bool LogGroupModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || role != Qt::CheckStateRole
        || index.column() != Group)
        return false;
    const QString k = key(m_groups[index.row()]);
    if (value.toInt() == Qt::Checked)
        m_checked.insert(k);
    else
        m_checked.remove(k);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return true;
}

Qt::ItemFlags LogGroupModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Group)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant LogGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Group: return tr("Log group");
    case Account: return tr("Profile");
    case Region: return tr("Region");
    case StoredBytes: return tr("Stored");
    case Retention: return tr("Retention");
    }
    return {};
}

} // namespace ll
