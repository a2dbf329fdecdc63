#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace ll {

// The fleet table's filter. The query is words that must all hold: "account:prod" and
// "region:eu-west" match that column only, any other word the function (or service) name, the
// account or the region. Case-insensitive substrings, so "orders eu-west-1" keeps orders-api in
// eu-west-1 but not in us-east-1. A service row stays when one of its functions matches.
class FleetFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit FleetFilterProxy(QObject* parent = nullptr);

    void setQuery(const QString& query);
    QString query() const { return m_query; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    struct Term {
        enum Field { Any, Account, Region, Name } field = Any;
        QString text;
    };
    QString m_query;
    QVector<Term> m_terms;
};

} // namespace ll
