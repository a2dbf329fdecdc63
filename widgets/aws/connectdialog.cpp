#include "aws/connectdialog.h"

#include "aws/awsstatus.h"
#include "aws/timeparse.h"
#include "common/banner.h"
#include "itemmodels/loggroupmodel.h"

#include <QCheckBox>
#include <QCompleter>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ll {

namespace {
constexpr int ProfileRole = Qt::UserRole + 1;
constexpr int EntryRole = Qt::UserRole + 2;   // index into m_entries, -1 for the environment keys

QLabel* plainLabel(QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}
} // namespace

ConnectDialog::ConnectDialog(aws::AwsController* controller, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_banner(new Banner(this))
    , m_profiles(new QListWidget(this))
    , m_profileNote(plainLabel(this))
    , m_regions(new QLineEdit(this))
    , m_endpoint(new QLineEdit(this))
    , m_discover(new QPushButton(tr("&Discover Log Groups"), this))
    , m_filter(new QLineEdit(this))
    , m_groups(new LogGroupModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_groupView(new QTableView(this))
    , m_selectionLabel(plainLabel(this))
    , m_since(new QLineEdit(QStringLiteral("6h"), this))
    , m_start(new QLineEdit(this))
    , m_end(new QLineEdit(this))
    , m_sync(new QPushButton(tr("&Sync into Cache"), this))
    , m_estimate(new QPushButton(tr("&Estimate Insights Cost"), this))
    , m_insights(new QPushButton(tr("Run &Insights"), this))
    , m_tail(new QCheckBox(tr("&Live tail"), this))
    , m_showCache(new QPushButton(tr("Show Cache in &Window"), this))
    , m_estimateLabel(plainLabel(this))
    , m_result(plainLabel(this))
    , m_insightsTable(new QTreeWidget(this))
    , m_status(new AwsStatus(controller, this))
{
    setWindowTitle(tr("Connect to AWS"));
    setObjectName(QStringLiteral("connectDialog"));
    buildUi();
    reloadProfiles();

    connect(m_profiles, &QListWidget::currentItemChanged, this, &ConnectDialog::showProfileNote);
    connect(m_discover, &QPushButton::clicked, this, [this] { trigger(aws::AwsAction::Discover); });
    connect(m_sync, &QPushButton::clicked, this, [this] { trigger(aws::AwsAction::Sync); });
    connect(m_estimate, &QPushButton::clicked, this, [this] { trigger(aws::AwsAction::Estimate); });
    connect(m_insights, &QPushButton::clicked, this, [this] { trigger(aws::AwsAction::Insights); });
    connect(m_showCache, &QPushButton::clicked, this, &ConnectDialog::showCacheRequested);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto invalidateEstimate = [this] {
        m_insights->setEnabled(!m_controller->isRunning() && !m_estimatedFor.isEmpty() && m_estimatedFor == estimateKey());
    };
    connect(m_groups, &LogGroupModel::checkedChanged, this, [this, invalidateEstimate] {
        m_selectionLabel->setText(m_groups->checkedCount()
                ? tr("%1 of %2 groups selected").arg(m_groups->checkedCount()).arg(m_groups->rowCount())
                : tr("No group selected: actions use every /aws/lambda/ group of the checked profiles"));
        invalidateEstimate();
    });
    for (QLineEdit* e : {m_since, m_start, m_end, m_regions, m_endpoint})
        connect(e, &QLineEdit::textChanged, this, invalidateEstimate);
    connect(m_profiles, &QListWidget::itemChanged, this, invalidateEstimate);
    connect(m_tail, &QCheckBox::toggled, this, [this](bool on) {
        if (!on) {
            m_controller->stopTail();
            return;
        }
        aws::AwsRequest request;
        QString problem;
        if (!buildRequest(aws::AwsAction::Sync, &request, &problem)) {
            m_banner->showMessage(Banner::Kind::Error, problem);
            const QSignalBlocker block(m_tail);
            m_tail->setChecked(false);
            return;
        }
        m_controller->startTail(request);
    });
    connect(controller, &aws::AwsController::started, this, [this] {
        m_banner->hide();
        setBusy(true);
    });
    connect(controller, &aws::AwsController::finished, this, &ConnectDialog::onFinished);
    connect(controller, &aws::AwsController::tailChanged, this, [this](const aws::TailSnapshot& t) {
        if (t.running || !m_tail->isChecked())
            return;
        // The tail stopped by itself (no credentials, every group failing): say why, offer it again.
        const QSignalBlocker block(m_tail);
        m_tail->setChecked(false);
        if (t.lastError)
            m_banner->showMessage(Banner::Kind::Error, tr("Live tail stopped: %1").arg(t.lastError.userMessage()), tr("Retry"),
                                  [this] { m_tail->setChecked(true); });
    });
    m_groups->checkedChanged();
}

void ConnectDialog::buildUi()
{
    m_profiles->setObjectName(QStringLiteral("profiles"));
    m_profiles->setMaximumHeight(140);
    m_profileNote->setObjectName(QStringLiteral("profileNote"));
    m_profileNote->setStyleSheet(QStringLiteral("color: #92400e;"));
    m_regions->setPlaceholderText(tr("the profile's region; several: us-east-1, eu-west-1"));
    auto* completer = new QCompleter(aws::knownRegions(), m_regions);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_regions->setCompleter(completer);
    m_endpoint->setPlaceholderText(tr("AWS default (for local emulators: http://127.0.0.1:5000)"));

    auto* accounts = new QGroupBox(tr("Accounts"), this);
    auto* accountsForm = new QFormLayout(accounts);
    accountsForm->addRow(tr("Profiles:"), m_profiles);
    accountsForm->addRow(QString(), m_profileNote);
    accountsForm->addRow(tr("Regions:"), m_regions);
    accountsForm->addRow(tr("Endpoint URL:"), m_endpoint);
    accountsForm->addRow(QString(), m_discover);

    m_proxy->setSourceModel(m_groups);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(LogGroupModel::ValueRole);
    m_groupView->setModel(m_proxy);
    m_groupView->setSortingEnabled(true);
    m_groupView->sortByColumn(LogGroupModel::Group, Qt::AscendingOrder);
    m_groupView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groupView->verticalHeader()->hide();
    m_groupView->horizontalHeader()->setSectionResizeMode(LogGroupModel::Group, QHeaderView::Stretch);
    m_groupView->setMinimumHeight(160);
    m_filter->setPlaceholderText(tr("Filter by group, profile or region"));
    m_filter->setClearButtonEnabled(true);
    auto* all = new QPushButton(tr("All"), this);
    auto* none = new QPushButton(tr("None"), this);
    connect(all, &QPushButton::clicked, this, [this] { m_groups->setAllChecked(true); });
    connect(none, &QPushButton::clicked, this, [this] { m_groups->setAllChecked(false); });
    auto* groups = new QGroupBox(tr("Log groups"), this);
    auto* groupsLayout = new QVBoxLayout(groups);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(all);
    filterRow->addWidget(none);
    groupsLayout->addLayout(filterRow);
    groupsLayout->addWidget(m_groupView, 1);
    groupsLayout->addWidget(m_selectionLabel);

    m_start->setPlaceholderText(tr("2024-03-13T10:00:00Z or epoch"));
    m_end->setPlaceholderText(tr("now"));
    auto* window = new QGroupBox(tr("Time window"), this);
    auto* windowRow = new QHBoxLayout(window);
    windowRow->addWidget(new QLabel(tr("Last:"), this));
    windowRow->addWidget(m_since);
    windowRow->addWidget(new QLabel(tr("or from:"), this));
    windowRow->addWidget(m_start, 1);
    windowRow->addWidget(new QLabel(tr("to:"), this));
    windowRow->addWidget(m_end, 1);
    m_since->setMaximumWidth(80);
    m_since->setToolTip(tr("30m, 6h, 2d, 1w; ignored when a start time is given"));

    auto* actions = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*>{m_sync, m_estimate, m_insights, m_tail})
        actions->addWidget(w);
    actions->addStretch(1);
    actions->addWidget(m_showCache);
    m_insights->setEnabled(false);
    m_insights->setToolTip(tr("Estimate the cost first: Logs Insights is billed per GB scanned"));
    m_estimateLabel->setObjectName(QStringLiteral("estimate"));
    m_result->setObjectName(QStringLiteral("result"));

    m_insightsTable->setRootIsDecorated(false);
    m_insightsTable->setHeaderLabels({tr("Function"), tr("Profile"), tr("Region"), tr("Bin"), tr("Invocations"), tr("Failures"),
                                      tr("Cold"), tr("p50 ms"), tr("p99 ms"), tr("Max MB")});
    m_insightsTable->setSortingEnabled(true);
    m_insightsTable->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(accounts);
    layout->addWidget(groups, 1);
    layout->addWidget(window);
    layout->addLayout(actions);
    layout->addWidget(m_estimateLabel);
    layout->addWidget(m_result);
    layout->addWidget(m_insightsTable, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(860, 760);
}

void ConnectDialog::reloadProfiles()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const aws::AwsConfig config(env);
    m_entries = aws::listProfiles(config);
    QStringList checked;
    for (int i = 0; i < m_profiles->count(); ++i)
        if (m_profiles->item(i)->checkState() == Qt::Checked)
            checked << m_profiles->item(i)->data(ProfileRole).toString();
    m_profiles->clear();
    auto add = [this, &checked](const QString& profile, const QString& text, int entry, bool usable) {
        auto* item = new QListWidgetItem(text, m_profiles);
        item->setData(ProfileRole, profile);
        item->setData(EntryRole, entry);
        Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
        if (usable)
            flags |= Qt::ItemIsUserCheckable;
        item->setFlags(flags);
        item->setCheckState(usable && checked.contains(profile) ? Qt::Checked : Qt::Unchecked);
    };
    if (!env.value(QStringLiteral("AWS_ACCESS_KEY_ID")).isEmpty())
        add(QString(), tr("Environment keys (AWS_ACCESS_KEY_ID)"), -1, true);
    for (int i = 0; i < m_entries.size(); ++i) {
        const aws::ProfileEntry& e = m_entries[i];
        QString text = e.name + QStringLiteral(" — ") + (e.region.isEmpty() ? tr("no region") : e.region) + QStringLiteral(" — ")
            + e.credentialKind;
        if (e.problem.kind == aws::ErrorKind::UnsupportedProfile)
            text += QStringLiteral(" — ") + tr("not supported yet");
        add(e.name, text, i, e.usable());
    }
    if (m_profiles->count() == 0) {
        auto* item = new QListWidgetItem(tr("No profiles in %1 or %2").arg(config.configPath(), config.credentialsPath()), m_profiles);
        item->setFlags(Qt::NoItemFlags);
        item->setData(EntryRole, -2);
    } else if (checked.isEmpty()) {
        // Start with the profile the CLI would use.
        const QString preferred = config.effectiveProfile(QString());
        for (int i = 0; i < m_profiles->count(); ++i) {
            QListWidgetItem* item = m_profiles->item(i);
            if ((item->flags() & Qt::ItemIsUserCheckable) && item->data(ProfileRole).toString() == preferred)
                item->setCheckState(Qt::Checked);
        }
    }
    m_profiles->setCurrentRow(0);
    showProfileNote();
}

void ConnectDialog::showProfileNote()
{
    QListWidgetItem* item = m_profiles->currentItem();
    const int entry = item ? item->data(EntryRole).toInt() : -1;
    if (entry < 0 || entry >= m_entries.size() || !m_entries[entry].problem.isError()
        || m_entries[entry].problem.kind == aws::ErrorKind::NoRegion) {
        m_profileNote->hide();
        m_profileNote->clear();
        return;
    }
    // The credential code's own message: it names what is unsupported and the export workaround.
    m_profileNote->setText(m_entries[entry].problem.userMessage());
    m_profileNote->show();
}

QString ConnectDialog::profileNote() const { return m_profileNote->isHidden() ? QString() : m_profileNote->text(); }

void ConnectDialog::setProfileChecked(const QString& profile, bool checked)
{
    for (int i = 0; i < m_profiles->count(); ++i) {
        QListWidgetItem* item = m_profiles->item(i);
        if (item->data(ProfileRole).toString() == profile && (item->flags() & Qt::ItemIsUserCheckable))
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

void ConnectDialog::selectProfile(const QString& profile)
{
    for (int i = 0; i < m_profiles->count(); ++i)
        if (m_profiles->item(i)->data(ProfileRole).toString() == profile)
            m_profiles->setCurrentRow(i);
}

void ConnectDialog::setRegions(const QString& regions) { m_regions->setText(regions); }
void ConnectDialog::setEndpoint(const QString& url) { m_endpoint->setText(url); }
void ConnectDialog::setWindow(const QString& since)
{
    m_since->setText(since);
    m_start->clear();
    m_end->clear();
}

QVector<aws::SessionOptions> ConnectDialog::targets(QString* problem) const
{
    QStringList invalid;
    QStringList regions = aws::parseRegionList(m_regions->text(), &invalid);
    if (!invalid.isEmpty()) {
        *problem = tr("Not a region name: %1").arg(invalid.join(QStringLiteral(", ")));
        return {};
    }
    if (regions.isEmpty())
        regions << QString(); // the profile's own region
    QVector<aws::SessionOptions> out;
    for (int i = 0; i < m_profiles->count(); ++i) {
        const QListWidgetItem* item = m_profiles->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        for (const QString& region : std::as_const(regions)) {
            aws::SessionOptions o;
            o.profile = item->data(ProfileRole).toString();
            o.region = region;
            o.endpointUrl = m_endpoint->text().trimmed();
            out << o;
        }
    }
    if (out.isEmpty())
        *problem = tr("Check at least one profile.");
    return out;
}

bool ConnectDialog::buildRequest(aws::AwsAction action, aws::AwsRequest* request, QString* problem) const
{
    request->action = action;
    request->targets = targets(problem);
    if (request->targets.isEmpty())
        return false;
    request->groups = action == aws::AwsAction::Discover ? QVector<aws::DiscoveredGroup>{} : m_groups->checkedGroups();
    request->cachePath = m_cachePath;
    request->scheduler = m_scheduler;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    request->endMs = 0;
    if (!m_end->text().trimmed().isEmpty()) {
        const auto end = aws::parseTimeMs(m_end->text().trimmed());
        if (!end) {
            *problem = tr("Invalid end time: %1").arg(m_end->text());
            return false;
        }
        request->endMs = *end;
    }
    if (!m_start->text().trimmed().isEmpty()) {
        const auto start = aws::parseTimeMs(m_start->text().trimmed());
        if (!start) {
            *problem = tr("Invalid start time: %1 (ISO 8601 or epoch)").arg(m_start->text());
            return false;
        }
        request->startMs = *start;
    } else {
        const auto since = aws::parseDurationMs(m_since->text().trimmed());
        if (!since) {
            *problem = tr("Invalid duration: %1 (examples: 30m, 6h, 2d)").arg(m_since->text());
            return false;
        }
        request->startMs = (request->endMs ? request->endMs : now) - *since;
    }
    if (request->endMs && request->endMs <= request->startMs) {
        *problem = tr("The window end must be after its start.");
        return false;
    }
    return true;
}

QString ConnectDialog::estimateKey() const
{
    QStringList parts{m_since->text(), m_start->text(), m_end->text(), m_regions->text(), m_endpoint->text()};
    for (int i = 0; i < m_profiles->count(); ++i)
        if (m_profiles->item(i)->checkState() == Qt::Checked)
            parts << m_profiles->item(i)->data(ProfileRole).toString();
    for (const aws::DiscoveredGroup& g : m_groups->checkedGroups())
        parts << g.origin.account + g.origin.region + g.info.name;
    return parts.join(QLatin1Char('\n'));
}

void ConnectDialog::trigger(aws::AwsAction action)
{
    aws::AwsRequest request;
    QString problem;
    if (!buildRequest(action, &request, &problem)) {
        m_banner->showMessage(Banner::Kind::Error, problem);
        return;
    }
    if (action == aws::AwsAction::Estimate)
        m_estimatedFor = estimateKey();
    m_controller->run(request);
}

void ConnectDialog::setBusy(bool busy)
{
    for (QWidget* w : std::initializer_list<QWidget*>{m_discover, m_sync, m_estimate})
        w->setEnabled(!busy);
    m_insights->setEnabled(!busy && !m_estimatedFor.isEmpty() && m_estimatedFor == estimateKey());
}

void ConnectDialog::onFinished(const aws::AwsOutcome& outcome)
{
    const QLocale locale;
    if (!outcome.cancelled) {
        switch (outcome.action) {
        case aws::AwsAction::Discover: {
            QVector<aws::DiscoveredGroup> groups = outcome.groups;
            // A target that failed keeps the groups found earlier: nothing fetched is lost.
            if (!outcome.failures.isEmpty()) {
                QSet<QString> fresh;
                for (const aws::DiscoveredGroup& g : outcome.groups)
                    fresh.insert(g.origin.account + QLatin1Char('|') + g.origin.region);
                for (const aws::DiscoveredGroup& g : m_groups->groups())
                    if (!fresh.contains(g.origin.account + QLatin1Char('|') + g.origin.region))
                        groups << g;
            }
            m_groups->setGroups(groups);
            m_result->setText(tr("Log groups found: %1").arg(outcome.groups.size()));
            break;
        }
        case aws::AwsAction::Estimate: {
            const aws::ScanEstimate& e = outcome.estimate;
            m_estimateLabel->setText(tr("Logs Insights over %1 log groups (%2 queries): about %3 to scan (of %4 stored), "
                                        "estimated cost $%5 at $%6/GB. Run Insights to start it.")
                                         .arg(e.groups).arg(e.batches)
                                         .arg(locale.formattedDataSize(e.estimatedBytes), locale.formattedDataSize(e.storedBytes))
                                         .arg(e.estimatedCostUsd > 0 && e.estimatedCostUsd < 0.0001 ? QStringLiteral("< 0.0001")
                                                                                                     : QString::number(e.estimatedCostUsd, 'f', 4))
                                         .arg(aws::ScanEstimate::pricePerGb, 0, 'f', 3));
            if (outcome.hasHardFailure() || e.groups == 0)
                m_estimatedFor.clear();
            break;
        }
        case aws::AwsAction::Insights: {
            m_insightsTable->clear();
            for (const aws::InsightsRowOut& r : outcome.rows) {
                const FunctionStats& s = r.row.stats;
                auto* item = new QTreeWidgetItem(m_insightsTable);
                item->setText(0, r.row.function);
                item->setText(1, r.origin.profile);
                item->setText(2, r.origin.region);
                item->setText(3, r.row.binStartMs ? QDateTime::fromMSecsSinceEpoch(r.row.binStartMs, Qt::UTC).toString(QStringLiteral("MM-dd HH:mm'Z'")) : QString());
                const QList<double> numbers{double(s.invocations), double(s.errors), double(s.coldStarts), s.durationMs.p50,
                                            s.durationMs.p99, double(s.maxMemoryUsedMb)};
                for (int c = 0; c < numbers.size(); ++c) {
                    item->setData(4 + c, Qt::DisplayRole, numbers[c]);
                    item->setTextAlignment(4 + c, Qt::AlignRight | Qt::AlignVCenter);
                }
            }
            m_insightsTable->setVisible(!outcome.rows.isEmpty());
            for (int c = 0; c < m_insightsTable->columnCount(); ++c)
                m_insightsTable->resizeColumnToContents(c);
            m_result->setText(tr("Logs Insights: %1 rows, scanned %2.")
                                  .arg(outcome.rows.size()).arg(locale.formattedDataSize(qint64(outcome.bytesScanned)))
                              + (outcome.rows.isEmpty() ? QString() : QLatin1Char(' ') + tr("The main window shows them as its fleet; fetch raw events there for the functions you drill into.")));
            break;
        }
        case aws::AwsAction::Sync:
            m_result->setText(outcome.groupsSynced == 0 && outcome.hasHardFailure()
                    ? QString()
                    : tr("Groups synced: %1 · events fetched: %2 · new in the cache: %3")
                                  .arg(outcome.groupsSynced).arg(locale.toString(outcome.fetched), locale.toString(outcome.added)));
            break;
        }
    }
    if (outcome.action == aws::AwsAction::Sync)
        Q_EMIT syncFinished(outcome);
    setBusy(false);
    if (outcome.hasHardFailure()) {
        m_banner->showMessage(Banner::Kind::Error, outcome.failureText(), tr("Retry"), [this] { m_controller->retry(); });
    } else if (outcome.cancelled) {
        m_banner->showMessage(Banner::Kind::Info, tr("Cancelled. What was already fetched is kept."), tr("Retry"),
                              [this] { m_controller->retry(); });
    } else if (!outcome.failures.isEmpty()) {
        m_banner->showMessage(Banner::Kind::Warning, outcome.failureText());
    }
}

QString ConnectDialog::estimateText() const { return m_estimateLabel->text(); }
QString ConnectDialog::resultText() const { return m_result->text(); }

} // namespace ll
