#include "fleet/fleetpanel.h"

#include "fleet/statdelegate.h"
#include "itemmodels/fleetfilterproxy.h"
#include "itemmodels/fleetmodel.h"
#include "selection/selection.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace ll {

FleetPanel::FleetPanel(Selection* selection, QWidget* parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_model(new FleetModel(this))
    , m_proxy(new FleetFilterProxy(this))
    , m_view(new QTreeView(this))
    , m_search(new QLineEdit(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FleetModel::ValueRole);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new StatDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(false);
    m_view->sortByColumn(FleetModel::Failed, Qt::DescendingOrder);
    m_search->setPlaceholderText(tr("Filter functions, accounts, regions"));
    m_search->setClearButtonEnabled(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_view);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &FleetFilterProxy::setQuery);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FleetPanel::pushSelection);
    connect(m_selection, &Selection::functionsChanged, this, &FleetPanel::pullSelection);
}

void FleetPanel::setFleet(FleetPtr fleet)
{
    m_model->setFleet(std::move(fleet));
    m_view->expandAll();
    // Account and region columns only when the fleet came from CloudWatch (they are empty for files).
    bool hasOrigin = false;
    const FleetPtr& f = m_model->fleet();
    for (uint32_t i = 0; f && i < f->functionCount() && !hasOrigin; ++i)
        hasOrigin = !f->function(i).account.isEmpty() || !f->function(i).region.isEmpty();
    m_view->setColumnHidden(FleetModel::Account, !hasOrigin);
    m_view->setColumnHidden(FleetModel::Region, !hasOrigin);
    m_search->setPlaceholderText(hasOrigin ? tr("Filter functions, accounts, regions (region:eu-west-1 account:prod)")
                                           : tr("Filter functions, accounts, regions"));
    for (int c = 0; c < FleetModel::ColumnCount; ++c)
        m_view->resizeColumnToContents(c);
}

void FleetPanel::pushSelection()
{
    if (m_syncing)
        return;
    QVector<uint32_t> functions;
    for (const QModelIndex& proxyIndex : m_view->selectionModel()->selectedRows()) {
        const QModelIndex index = m_proxy->mapToSource(proxyIndex);
        const int id = index.data(FleetModel::FunctionIdRole).toInt();
        if (id >= 0) {
            functions.append(uint32_t(id));
        } else {
            // A service row selects all of its functions.
            for (int r = 0; r < m_model->rowCount(index); ++r)
                functions.append(uint32_t(m_model->index(r, 0, index).data(FleetModel::FunctionIdRole).toInt()));
        }
    }
    std::sort(functions.begin(), functions.end());
    functions.erase(std::unique(functions.begin(), functions.end()), functions.end());
    m_syncing = true;
    m_selection->setFunctions(functions);
    m_syncing = false;
}

void FleetPanel::pullSelection()
{
    if (m_syncing)
        return;
    m_syncing = true;
    QItemSelection sel;
    for (uint32_t f : m_selection->functions()) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfFunction(f));
        if (index.isValid())
            sel.select(index, index);
    }
    m_view->selectionModel()->select(sel, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!sel.isEmpty())
        m_view->scrollTo(sel.indexes().first());
    m_syncing = false;
}

} // namespace ll
