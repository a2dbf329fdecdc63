#include "sizing/sizingview.h"

#include "itemmodels/sizingmodel.h"
#include "jobs/jobrunner.h"
#include "report/sizingreport.h"
#include "settings/appsettings.h"
#include "sizing/sizingchart.h"
#include "sizing/sizingdelegate.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QSaveFile>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <cmath>

Q_DECLARE_METATYPE(std::shared_ptr<std::vector<ll::FunctionSizing>>)

namespace ll {

SizingView::SizingView(QWidget* parent)
    : QWidget(parent)
    , m_model(new SizingModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_chart(new SizingChart(this))
    , m_details(new QLabel(this))
    , m_prices(new QLabel(this))
    , m_headroom(new QDoubleSpinBox(this))
    , m_arch(new QComboBox(this))
    , m_job(new JobRunner(this))
    , m_priceTable(PriceTable::current())
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SizingModel::ValueRole);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new SizingDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SizingModel::SavingPerDay, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The table is wide: keep the columns a sizing decision needs in front.
    for (const int hidden : { int(SizingModel::P99BilledDuration), int(SizingModel::GbSecondsPerDay),
                              int(SizingModel::CostPerMillion), int(SizingModel::Arm64CostPerDay) })
        m_table->setColumnHidden(hidden, true);
    m_chart->setModel(m_proxy);
    // Decisions first: what to set, what it saves, why (CPU); the measurements after.
    {
        QHeaderView* h = m_table->horizontalHeader();
        const int order[] = { SizingModel::Name, SizingModel::MemorySize, SizingModel::RecommendedMemory,
                              SizingModel::SavingPerDay, SizingModel::CostPerDay, SizingModel::RecommendedCostPerDay,
                              SizingModel::CpuBound, SizingModel::Utilization, SizingModel::P99MemoryUsed,
                              SizingModel::MaxMemoryUsed, SizingModel::P50Duration, SizingModel::P99Duration,
                              SizingModel::Invocations };
        for (int visual = 0; visual < int(std::size(order)); ++visual)
            h->moveSection(h->visualIndex(order[visual]), visual);
    }

    m_headroom->setRange(0, 200);
    m_headroom->setDecimals(0);
    m_headroom->setSuffix(QStringLiteral(" %"));
    m_headroom->setValue(std::round(AppSettings::load().sizingHeadroom * 100.0));
    m_arch->addItem(QStringLiteral("x86_64"), int(Architecture::X86_64));
    m_arch->addItem(QStringLiteral("arm64"), int(Architecture::Arm64));
    m_prices->setTextFormat(Qt::PlainText);
    m_details->setTextFormat(Qt::PlainText);   // function names come from logs
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Headroom over p99 used:"), this));
    bar->addWidget(m_headroom);
    bar->addWidget(new QLabel(tr("Architecture:"), this));
    bar->addWidget(m_arch);
    bar->addStretch(1);
    bar->addWidget(m_prices);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_chart);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(scroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({ 900, 600 });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(m_details);

    connect(m_headroom, &QDoubleSpinBox::valueChanged, this, &SizingView::recompute);
    connect(m_arch, &QComboBox::currentIndexChanged, this, &SizingView::recompute);
    connect(m_job, &JobRunner::finished, this, [this](const QVariant& result) {
        if (auto s = result.value<std::shared_ptr<std::vector<FunctionSizing>>>())
            setSizings(std::move(*s));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SizingView::showDetails);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT functionActivated(index.data(SizingModel::FunctionIdRole).toUInt());
    });
    auto* csv = new QAction(tr("Export Comparison as CSV…"), m_table);
    csv->setObjectName(QStringLiteral("exportCsv"));
    connect(csv, &QAction::triggered, this, &SizingView::exportCsvInteractive);
    m_table->addAction(csv);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    showPrices();
    connect(m_arch, &QComboBox::currentIndexChanged, this, &SizingView::showPrices);
    showDetails();
}

void SizingView::showPrices()
{
    const SizingOptions o = options();
    m_prices->setText(tr("%1 list prices: $%2 per GB-s, $%3 per 1M requests")
                          .arg(m_priceTable.region)
                          .arg(m_priceTable.gbSecond(o.architecture), 0, 'f', 10)
                          .arg(m_priceTable.perMillionRequestsUsd[size_t(o.architecture)], 0, 'f', 2));
}

bool SizingView::exportCsv(const QString& path, QString* error) const
{
    QSaveFile file(path);
    const QByteArray text = sizingCsv(m_model->sizings()).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void SizingView::exportCsvInteractive()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export sizing comparison as CSV"),
                                                QDir::home().filePath(QStringLiteral("lambdalens-sizing.csv")),
                                                tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    QString error;
    if (exportCsv(path, &error))
        Q_EMIT exportFinished(true, tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    else
        Q_EMIT exportFinished(false, error);
}

void SizingView::setHeadroom(double fraction)
{
    // valueChanged recomputes when the value moves.
    m_headroom->setValue(std::round(fraction * 100.0));
}

void SizingView::setPriceTable(const PriceTable& prices)
{
    m_priceTable = prices;
    showPrices();
    recompute();
}

SizingOptions SizingView::options() const
{
    SizingOptions o;
    o.headroom = m_headroom->value() / 100.0;
    o.architecture = Architecture(m_arch->currentData().toInt());
    o.prices = m_priceTable;
    return o;
}

void SizingView::setFleet(const FleetPtr& fleet)
{
    m_fleet = fleet;
    recompute();
}

void SizingView::recompute()
{
    if (!m_fleet) {
        setSizings({});
        return;
    }
    m_job->start(tr("Sizing functions"), [fleet = m_fleet, o = options()](JobContext&) {
        return QVariant::fromValue(std::make_shared<std::vector<FunctionSizing>>(sizeFleet(*fleet, o)));
    });
}

bool SizingView::waitForIdle(int timeoutMs) { return m_job->waitForIdle(timeoutMs); }

void SizingView::setSizings(std::vector<FunctionSizing> sizings)
{
    m_model->setSizings(std::move(sizings));
    // Chart rows line up with the table rows (same proxy order, same geometry).
    m_chart->setRowLayout(m_table->horizontalHeader()->sizeHint().height() + m_table->frameWidth(),
                          m_table->verticalHeader()->defaultSectionSize());
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    showDetails();
}

void SizingView::showDetails()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    const FunctionSizing* s = m_model->sizingAt(current.row());
    if (!s) {
        m_details->setText(m_model->rowCount() ? tr("Select a function to see why.")
                                               : tr("No functions loaded."));
        return;
    }
    QStringList lines;
    lines << s->name + QStringLiteral(": ") + s->reason;
    lines << tr("CPU: %1").arg(s->cpuEvidence);
    if (s->sizes.size() > 1) {
        QStringList pts;
        for (const SizePoint& p : s->sizes) {
            pts << tr("%1 MB: p50 %2 ms, p99 %3 ms, $%4 per 1M (%5 runs)")
                       .arg(p.memorySizeMb)
                       .arg(p.p50DurationMs, 0, 'f', 1)
                       .arg(p.p99DurationMs, 0, 'f', 1)
                       .arg(p.costPerMillionUsd, 0, 'f', 3)
                       .arg(p.invocations);
        }
        lines << tr("Measured: %1").arg(pts.join(QStringLiteral("; ")));
    }
    lines << tr("arm64 estimate (same durations): $%1 per day; * = estimate").arg(s->arm64CostPerDayUsd, 0, 'f', 4);
    m_details->setText(lines.join(QLatin1Char('\n')));
}

} // namespace ll
