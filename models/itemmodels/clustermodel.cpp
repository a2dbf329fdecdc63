#include "itemmodels/clustermodel.h"

#include "analysis/invocationlinks.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>

namespace ll {

ClusterModel::ClusterModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ClusterModel::setClusters(FleetPtr fleet, std::vector<ErrorCluster> clusters)
{
    beginResetModel();
    m_fleet = std::move(fleet);
    m_clusters = std::move(clusters);
    m_activity.clear();
    m_maxCount = m_maxFailed = 1;
    const int64_t from = m_fleet ? m_fleet->firstTimeMs() : 0;
    const int64_t span = m_fleet ? std::max<int64_t>(1, m_fleet->lastTimeMs() - from + 1) : 1;
    for (const ErrorCluster& c : m_clusters) {
        QVector<int> bins(kActivityBins, 0);
        for (int64_t t : c.times)
            ++bins[int(std::clamp<int64_t>((t - from) * kActivityBins / span, 0, kActivityBins - 1))];
        m_activity.append(bins);
        m_maxCount = std::max(m_maxCount, c.count);
        m_maxFailed = std::max(m_maxFailed, c.failedInvocations());
    }
    endResetModel();
}

void ClusterModel::setNewWindow(int64_t fromMs, int64_t toMs)
{
    if (fromMs == 0 && toMs == 0) {
        for (ErrorCluster& c : m_clusters)
            c.isNew = false;
    } else {
        markNew(m_clusters, fromMs, toMs);
    }
    if (!m_clusters.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {IsNewRole});
}

const ErrorCluster* ClusterModel::cluster(int row) const
{
    return row >= 0 && size_t(row) < m_clusters.size() ? &m_clusters[size_t(row)] : nullptr;
}

int ClusterModel::rowOf(const QString& id) const
{
    for (size_t i = 0; i < m_clusters.size(); ++i) {
        if (m_clusters[i].id == id)
            return int(i);
    }
    // An id from before a merge names the cluster that absorbed it.
    for (size_t i = 0; i < m_clusters.size(); ++i) {
        if (m_clusters[i].aliases.contains(id))
            return int(i);
    }
    return -1;
}

int ClusterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_clusters.size());
}

int ClusterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClusterModel::value(const ErrorCluster& c, int column) const
{
    switch (column) {
    case Kind: return QString::fromLatin1(clusterKindKey(c.kind));
    case ErrorType: return c.errorType;
    case Template: return c.templateText;
    case Count: return qulonglong(c.count);
    case Failed: return qulonglong(c.failedInvocations());
    case Functions: return int(c.functions.size());
    case FirstSeen: return qlonglong(c.firstSeenMs);
    case LastSeen: return qlonglong(c.lastSeenMs);
    case Activity: return qulonglong(c.count);
    default: return {};
    }
}

QVariant ClusterModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ErrorCluster& c = m_clusters[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Kind:
            return c.kind == ClusterKind::Failure ? QCoreApplication::translate("ClusterModel", "failure")
                                                  : QCoreApplication::translate("ClusterModel", "log");
        case Functions: {
            // Names, most affected first: "orders-api 12, checkout 3".
            QStringList names;
            for (const auto& [f, n] : c.functions) {
                if (m_fleet && f < m_fleet->functionCount())
                    names.append(displaySafeBounded(m_fleet->displayName(f), 256) + QLatin1Char(' ') + QString::number(n));
            }
            return names.join(QStringLiteral(", "));
        }
        case ErrorType:
        case Template:
            // Log content: control and bidi characters made visible, bounded for layout.
            return displaySafeBounded(value(c, column).toString(), 2048);
        case FirstSeen:
        case LastSeen:
            return QDateTime::fromMSecsSinceEpoch(column == FirstSeen ? c.firstSeenMs : c.lastSeenMs, Qt::UTC);
        case Activity:
            return {};
        default:
            return value(c, column);
        }
    case Qt::TextAlignmentRole:
        if (column == Count || column == Failed)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ValueRole: return value(c, column);
    case ClusterIdRole: return c.id;
    case KindRole: return int(c.kind);
    case IsNewRole: return c.isNew;
    case FractionRole:
        if (column == Count || column == Activity)
            return double(c.count) / double(m_maxCount);
        if (column == Failed)
            return double(c.failedInvocations()) / double(m_maxFailed);
        return {};
    case ActivityRole: return QVariant::fromValue(m_activity.value(index.row()));
    case InvocationsRole: {
        QVector<uint> rows;
        rows.reserve(qsizetype(c.invocations.size()));
        for (uint32_t r : c.invocations)
            rows.append(r);
        return QVariant::fromValue(rows);
    }
    case TemplateRole: return c.templateText;
    case ExampleRole: return c.example;
    case InsightsQueryRole: return logsInsightsQuery(c);
    default: return {};
    }
}

QVariant ClusterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind: return QCoreApplication::translate("ClusterModel", "Kind");
    case ErrorType: return QCoreApplication::translate("ClusterModel", "Error type");
    case Template: return QCoreApplication::translate("ClusterModel", "Message");
    case Count: return QCoreApplication::translate("ClusterModel", "Count");
    case Failed: return QCoreApplication::translate("ClusterModel", "Failed");
    case Functions: return QCoreApplication::translate("ClusterModel", "Functions");
    case FirstSeen: return QCoreApplication::translate("ClusterModel", "First seen");
    case LastSeen: return QCoreApplication::translate("ClusterModel", "Last seen");
    case Activity: return QCoreApplication::translate("ClusterModel", "Activity");
    default: return {};
    }
}

} // namespace ll
