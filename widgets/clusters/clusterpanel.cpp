#include "clusters/clusterpanel.h"

#include "analysis/invocationlinks.h"

#include "clusters/clusterdelegates.h"
#include "itemmodels/clustermodel.h"
#include "selection/selection.h"

#include <QClipboard>
#include <QComboBox>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QDateTime>
#include <QListWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <mutex>

namespace ll {

namespace {
constexpr qsizetype kMaxPieceChars = 16 * 1024;
}

// The clusterer keeps its template miner between fleets (stable templates and ids), so jobs
// share it and take turns.
struct ClusterPanel::Worker {
    std::mutex mutex;
    ErrorClusterer clusterer;
};

ClusterPanel::ClusterPanel(Selection* selection, QWidget* parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_model(new ClusterModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_kind(new QComboBox(this))
    , m_copy(new QPushButton(tr("Copy as Logs Insights query"), this))
    , m_status(new QLabel(this))
    , m_details(new QPlainTextEdit(this))
    , m_failing(new QListWidget(this))
    , m_worker(std::make_shared<Worker>())
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ClusterModel::ValueRole);
    m_proxy->setFilterRole(ClusterModel::ValueRole);
    m_proxy->setFilterKeyColumn(ClusterModel::Kind);
    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(ClusterModel::Count, new CountBarDelegate(m_view));
    m_view->setItemDelegateForColumn(ClusterModel::Failed, new CountBarDelegate(m_view));
    m_view->setItemDelegateForColumn(ClusterModel::Activity, new SparklineDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ClusterModel::Failed, Qt::DescendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ClusterModel::Template, QHeaderView::Stretch);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* copyAction = new QAction(tr("Copy as Logs Insights query"), m_view);
    m_view->addAction(copyAction);

    m_kind->addItem(tr("All errors"), QString());
    m_kind->addItem(tr("Failures"), QStringLiteral("failure"));
    m_kind->addItem(tr("Error lines of successful invocations"), QStringLiteral("log"));
    m_copy->setEnabled(false);
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setPlaceholderText(tr("Select a cluster to see its example, stack frames and top values."));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_kind);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_copy);
    auto* split = new QSplitter(Qt::Vertical, this);
    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_details);
    lower->addWidget(m_failing);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    m_failing->setUniformItemSizes(true);
    m_failing->setToolTip(tr("The cluster's invocations, oldest first: activate one to open it"));
    split->addWidget(m_view);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(split);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ClusterPanel::applyKindFilter);
    connect(m_copy, &QPushButton::clicked, this, &ClusterPanel::copyInsightsQuery);
    connect(copyAction, &QAction::triggered, this, &ClusterPanel::copyInsightsQuery);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ClusterPanel::pushSelection);
    connect(m_selection, &Selection::clusterChanged, this, &ClusterPanel::pullSelection);
    connect(m_selection, &Selection::highlightedChanged, this, [this] {
        if (!m_syncing)
            m_ownsHighlight = false;  // someone else's now (a heatmap brush): not ours to clear
    });
    connect(m_selection, &Selection::timeRangeChanged, m_model, &ClusterModel::setNewWindow);
    const auto open = [this](QListWidgetItem* item) {
        if (item)
            m_selection->setInvocation(item->data(Qt::UserRole).toLongLong());
    };
    connect(m_failing, &QListWidget::itemActivated, this, open);
    connect(m_failing, &QListWidget::itemClicked, this, open);
}

ClusterPanel::~ClusterPanel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ClusterPanel::setFleet(FleetPtr fleet)
{
    const uint64_t generation = ++m_generation;
    if (m_cancel)
        m_cancel->store(true);  // its result would be dropped anyway
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    if (!fleet) {
        setClusters(nullptr, {});
        return;
    }
    m_status->setText(tr("Grouping errors…"));
    auto* watcher = new QFutureWatcher<std::vector<ErrorCluster>>(this);
    QPointer<ClusterPanel> self(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [self, watcher, generation, fleet] {
        watcher->deleteLater();
        if (!self || generation != self->m_generation)
            return;  // a newer fleet is on its way
        self->setClusters(fleet, watcher->result());
    });
    std::shared_ptr<Worker> worker = m_worker;
    std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    watcher->setFuture(QtConcurrent::run([worker, fleet, cancel] {
        std::lock_guard<std::mutex> lock(worker->mutex);
        return worker->clusterer.cluster(*fleet, cancel.get());
    }));
}

void ClusterPanel::setClusters(FleetPtr fleet, std::vector<ErrorCluster> clusters)
{
    const QString current = m_selection->cluster();
    m_fleet = fleet;
    m_model->setClusters(std::move(fleet), std::move(clusters));
    if (m_selection->fromMs() != 0 || m_selection->toMs() != 0)
        m_model->setNewWindow(m_selection->fromMs(), m_selection->toMs());
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(ClusterModel::Template, QHeaderView::Stretch);
    m_status->setText(tr("%n cluster(s)", nullptr, m_model->rowCount()));
    pullSelection(current);
    showDetails();
    Q_EMIT clustersReady();
}

QString ClusterPanel::copyInsightsQuery()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid())
        return {};
    const QString query = current.data(ClusterModel::InsightsQueryRole).toString();
    if (QClipboard* clipboard = QGuiApplication::clipboard())
        clipboard->setText(query);
    return query;
}

void ClusterPanel::applyKindFilter()
{
    const QString kind = m_kind->currentData().toString();
    m_proxy->setFilterRegularExpression(kind.isEmpty() ? QString() : QLatin1Char('^') + kind + QLatin1Char('$'));
}

void ClusterPanel::pushSelection()
{
    showDetails();
    if (m_syncing)
        return;
    const QModelIndex index = m_proxy->mapToSource(m_view->currentIndex());
    const ErrorCluster* c = m_model->cluster(index.row());
    m_syncing = true;
    m_selection->setCluster(c ? c->id : QString());
    highlight(c);
    m_syncing = false;
}

// The cluster's invocations become the shared highlight (timeline marks, log browser filter).
void ClusterPanel::highlight(const ErrorCluster* c)
{
    if (!c) {
        if (m_ownsHighlight)
            m_selection->setHighlighted({});
        m_ownsHighlight = false;
        return;
    }
    QSet<uint32_t> rows;
    rows.reserve(qsizetype(c->invocations.size()));
    for (uint32_t r : c->invocations)
        rows.insert(r);
    QString name = c->templateText.isEmpty() ? c->errorType : c->templateText;
    if (name.size() > 80)
        name = name.left(79) + QChar(0x2026);
    m_selection->setHighlighted(std::move(rows), tr("cluster: %1").arg(name));
    m_ownsHighlight = true;
}

void ClusterPanel::pullSelection(const QString& id)
{
    if (m_syncing)
        return;
    m_syncing = true;
    const int row = id.isEmpty() ? -1 : m_model->rowOf(id);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    } else {
        m_view->selectionModel()->clear();
    }
    highlight(index.isValid() ? m_model->cluster(row) : nullptr);
    m_syncing = false;
    showDetails();
}

void ClusterPanel::showDetails()
{
    const QModelIndex index = m_proxy->mapToSource(m_view->currentIndex());
    const ErrorCluster* c = m_model->cluster(index.row());
    m_copy->setEnabled(c != nullptr);
    m_failing->clear();
    if (!c) {
        m_details->clear();
        return;
    }
    if (m_fleet) {
        // Bounded: a cluster can hold a million invocations; n/N and the log filter reach all.
        constexpr size_t kMaxListed = 2000;
        for (size_t i = 0; i < std::min(c->invocations.size(), kMaxListed); ++i) {
            const Invocation inv = m_fleet->invocation(c->invocations[i]);
            auto* item = new QListWidgetItem(
                QDateTime::fromMSecsSinceEpoch(inv.startMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
                + QStringLiteral("  ") + displaySafeBounded(m_fleet->displayName(inv.function), 128) + QStringLiteral("  ")
                + QLatin1String(outcomeKey(inv.outcome)) + QStringLiteral("  ") + displaySafeBounded(inv.requestId, 128));
            item->setData(Qt::UserRole, qlonglong(inv.index));
            m_failing->addItem(item);
        }
        if (c->invocations.size() > kMaxListed)
            m_failing->addItem(tr("… and %n more (n/N walks them all)", nullptr, int(c->invocations.size() - kMaxListed)));
    }
    // Plain text only: this is log content.
    // Each piece is bounded: the pane does not wrap and a 50 MB example would freeze its layout.
    QString text = (c->errorType.isEmpty() ? tr("(no error type)") : displaySafeBounded(c->errorType, 1024)) + QLatin1Char('\n')
        + displaySafeBounded(c->templateText, kMaxPieceChars) + QLatin1Char('\n');
    if (!c->frames.isEmpty()) {
        QStringList frames;
        for (const QString& f : c->frames)
            frames.append(displaySafeBounded(f, 1024));
        text += QLatin1Char('\n') + tr("Top frames:") + QLatin1Char('\n') + QStringLiteral("  ") + frames.join(QStringLiteral("\n  ")) + QLatin1Char('\n');
    }
    for (size_t s = 0; s < c->slotValues.size(); ++s) {
        QStringList values;
        for (const SlotValue& v : c->slotValues[s])
            values.append(QStringLiteral("%1 (%2)").arg(displaySafeBounded(v.value, 256)).arg(v.count));
        text += tr("<*> #%1: %2").arg(s + 1).arg(values.join(QStringLiteral(", "))) + QLatin1Char('\n');
    }
    text += QLatin1Char('\n') + tr("Example:") + QLatin1Char('\n') + displaySafeBounded(c->example, kMaxPieceChars);
    m_details->setPlainText(text);
}

} // namespace ll
