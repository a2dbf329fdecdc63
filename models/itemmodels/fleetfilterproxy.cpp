#include "itemmodels/fleetfilterproxy.h"

#include "itemmodels/fleetmodel.h"

namespace ll {

FleetFilterProxy::FleetFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void FleetFilterProxy::setQuery(const QString& query)
{
    if (query == m_query)
        return;
    m_query = query;
    QVector<Term> terms;
    for (const QString& word : query.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        Term t;
        t.text = word;
        const qsizetype colon = word.indexOf(QLatin1Char(':'));
        if (colon > 0) {
            const QString key = word.left(colon).toLower();
            const QString rest = word.mid(colon + 1);
            // "profile:dev" is an account key, not a field: only these prefixes are fields.
            if (key == QLatin1String("account"))
                t = { Term::Account, rest };
            else if (key == QLatin1String("region"))
                t = { Term::Region, rest };
            else if (key == QLatin1String("name") || key == QLatin1String("function"))
                t = { Term::Name, rest };
        }
        if (!t.text.isEmpty())
            terms << t;
    }
    m_terms = terms;
    invalidateFilter();
}

bool FleetFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    const QAbstractItemModel* model = sourceModel();
    auto field = [&](int column) {
        return model->index(sourceRow, column, sourceParent).data(FleetModel::ValueRole).toString();
    };
    const QString name = field(FleetModel::Name);
    const QString account = field(FleetModel::Account);
    const QString region = field(FleetModel::Region);
    for (const Term& t : m_terms) {
        auto has = [&t](const QString& s) { return s.contains(t.text, Qt::CaseInsensitive); };
        bool ok = false;
        switch (t.field) {
        case Term::Any: ok = has(name) || has(account) || has(region); break;
        case Term::Account: ok = has(account); break;
        case Term::Region: ok = has(region); break;
        case Term::Name: ok = has(name); break;
        }
        if (!ok)
            return false;
    }
    return true;
}

} // namespace ll
