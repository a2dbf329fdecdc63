#include "settings/settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <cmath>

namespace ll {

namespace {

QDoubleSpinBox* percentBox(QWidget* parent, double min, double max, int decimals = 0)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(min, max);
    box->setDecimals(decimals);
    box->setSuffix(QStringLiteral(" %"));
    box->setAlignment(Qt::AlignRight);
    return box;
}

QDoubleSpinBox* priceBox(QWidget* parent, int decimals)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0, decimals > 4 ? 0.01 : 100);
    box->setDecimals(decimals);
    box->setPrefix(QStringLiteral("$"));
    box->setAlignment(Qt::AlignRight);
    box->setMinimumWidth(150);
    return box;
}

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    label->setPalette(p);
    return label;
}

double fromPercent(const QDoubleSpinBox* box) { return box->value() / 100.0; }
void toPercent(QDoubleSpinBox* box, double fraction) { box->setValue(fraction * 100.0); }

} // namespace

SettingsDialog::SettingsDialog(const AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_base(settings)
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferences"));
    m_tabs->addTab(createInsightsPage(), tr("Insights"));
    m_tabs->addTab(createNotificationsPage(), tr("Notifications"));
    m_tabs->addTab(createCostPage(), tr("Sizing && Prices"));
    m_tabs->addTab(createGeneralPage(), tr("General"));

    auto* buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply | QDialogButtonBox::RestoreDefaults, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_apply = buttons->button(QDialogButtonBox::Apply);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        Q_EMIT applied(this->settings());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, [this] { Q_EMIT applied(this->settings()); });
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, &SettingsDialog::restoreDefaults);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    // Wide enough that the rule descriptions stay on one or two lines.
    setMinimumWidth(680);
    setSettings(settings);
    for (QDoubleSpinBox* box : { m_errorWarning, m_errorCritical })
        connect(box, &QDoubleSpinBox::valueChanged, this, &SettingsDialog::validate);
    connect(m_webhook, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    validate();
}

QWidget* SettingsDialog::createInsightsPage()
{
    auto* page = new QWidget(this);
    auto* grid = new QGridLayout;
    for (int i = 0; i < RuleCount; ++i) {
        m_enabled[size_t(i)] = new QCheckBox(ruleTitle(RuleId(i)), page);
        m_enabled[size_t(i)]->setObjectName(QLatin1String(ruleKey(RuleId(i))));
        m_enabled[size_t(i)]->setToolTip(tr("Unchecked: the rule is muted and never triggers."));
    }
    m_memoryPressure = percentBox(page, 50, 100);
    m_memoryWindow = new QSpinBox(page);
    m_memoryWindow->setRange(1, 24 * 60);
    m_memoryWindow->setSuffix(tr(" min"));
    m_memoryWindow->setAlignment(Qt::AlignRight);
    m_errorWarning = percentBox(page, 0.1, 100, 1);
    m_errorCritical = percentBox(page, 0.1, 100, 1);
    m_nearTimeout = percentBox(page, 1, 50);
    m_overProvisioned = percentBox(page, 5, 100);
    m_coldStart = percentBox(page, 0, 100);
    m_memoryPressure->setObjectName(QStringLiteral("memoryPressure"));
    m_memoryWindow->setObjectName(QStringLiteral("memoryWindow"));
    m_errorWarning->setObjectName(QStringLiteral("errorRateWarning"));
    m_errorCritical->setObjectName(QStringLiteral("errorRateCritical"));
    m_nearTimeout->setObjectName(QStringLiteral("nearTimeout"));
    m_overProvisioned->setObjectName(QStringLiteral("overProvisioned"));
    m_coldStart->setObjectName(QStringLiteral("coldStartRate"));

    auto row = [&](RuleId rule, QWidget* editor, const QString& text, QWidget* second = nullptr) {
        const int r = int(rule);
        grid->addWidget(m_enabled[size_t(r)], r, 0);
        auto* line = new QHBoxLayout;
        if (editor)
            line->addWidget(editor);
        if (second)
            line->addWidget(second);
        line->addWidget(note(text, page), 1);
        grid->addLayout(line, r, 1);
    };
    auto* window = new QWidget(page);
    {
        auto* l = new QHBoxLayout(window);
        l->setContentsMargins(0, 0, 0, 0);
        auto* over = new QLabel(tr("over"), window);
        l->addWidget(over);
        l->addWidget(m_memoryWindow);
    }
    row(RuleId::MemoryPressure, m_memoryPressure, tr("mean memory used of the configured size, per window"), window);
    row(RuleId::ErrorRate, m_errorWarning, tr("failed invocations, warning"));
    row(RuleId::ErrorRateCritical, m_errorCritical, tr("failed invocations, critical"));
    row(RuleId::OutOfMemory, nullptr, tr("any invocation killed for memory"));
    row(RuleId::Timeouts, nullptr, tr("any invocation that timed out"));
    row(RuleId::NearTimeout, m_nearTimeout, tr("durations this close to the configured timeout"));
    row(RuleId::OverProvisioned, m_overProvisioned, tr("peak memory used below this share of the size"));
    row(RuleId::ColdStartRate, m_coldStart, tr("share of invocations that were cold starts"));
    row(RuleId::NewErrorCluster, nullptr, tr("an error cluster that appears while live data arrives"));
    grid->setColumnStretch(1, 1);

    m_rulesProblem = new QLabel(page);
    m_rulesProblem->setTextFormat(Qt::PlainText);
    m_rulesProblem->setWordWrap(true);
    m_rulesProblem->setStyleSheet(QStringLiteral("color: #b3261e"));

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(note(tr("Rules are evaluated on the loaded data and again whenever live data arrives. "
                              "Changes apply immediately."), page));
    layout->addLayout(grid);
    layout->addWidget(m_rulesProblem);
    layout->addStretch(1);
    return page;
}

QWidget* SettingsDialog::createNotificationsPage()
{
    auto* page = new QWidget(this);
    m_desktop = new QCheckBox(tr("Show a desktop notification"), page);
    m_webhook = new QLineEdit(page);
    m_webhook->setPlaceholderText(QStringLiteral("https://hooks.slack.com/services/…"));
    m_webhook->setClearButtonEnabled(true);
    m_webhook->setObjectName(QStringLiteral("webhook"));
    m_webhookProblem = new QLabel(page);
    m_webhookProblem->setTextFormat(Qt::PlainText);
    m_webhookProblem->setStyleSheet(QStringLiteral("color: #b3261e"));

    auto* form = new QFormLayout;
    form->addRow(m_desktop);
    form->addRow(note(tr("Uses the system tray when there is one, otherwise a message above the panels."), page));
    form->addRow(tr("Webhook URL:"), m_webhook);
    form->addRow(QString(), m_webhookProblem);
    form->addRow(note(tr("Insights are POSTed as Slack-compatible JSON ({\"text\": …}); Mattermost, Rocket.Chat and "
                         "most chat tools accept it. Leave empty for none."), page));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(note(tr("When live data triggers a rule for the first time (warnings and critical ones; "
                              "each insight notifies once):"), page));
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

QWidget* SettingsDialog::createCostPage()
{
    auto* page = new QWidget(this);
    m_headroom = percentBox(page, 0, AppSettings::MaxHeadroom * 100);
    auto* sizing = new QGroupBox(tr("Sizing"), page);
    auto* sizingForm = new QFormLayout(sizing);
    sizingForm->addRow(tr("Headroom over p99 memory used:"), m_headroom);

    auto* prices = new QGroupBox(tr("Prices"), page);
    auto* grid = new QGridLayout(prices);
    m_region = new QLabel(prices);
    m_region->setTextFormat(Qt::PlainText);
    grid->addWidget(m_region, 0, 0, 1, 3);
    grid->addWidget(new QLabel(tr("per GB-second"), prices), 1, 1, Qt::AlignRight);
    grid->addWidget(new QLabel(tr("per million requests"), prices), 1, 2, Qt::AlignRight);
    for (int i = 0; i < ArchitectureCount; ++i) {
        m_gbSecond[size_t(i)] = priceBox(prices, 10);
        m_perMillion[size_t(i)] = priceBox(prices, 4);
        grid->addWidget(new QLabel(QLatin1String(architectureKey(Architecture(i))), prices), i + 2, 0);
        grid->addWidget(m_gbSecond[size_t(i)], i + 2, 1);
        grid->addWidget(m_perMillion[size_t(i)], i + 2, 2);
    }
    auto* reset = new QPushButton(tr("Reset to Defaults"), prices);
    reset->setObjectName(QStringLiteral("resetPrices"));
    connect(reset, &QPushButton::clicked, this, &SettingsDialog::resetPrices);
    grid->addWidget(reset, ArchitectureCount + 2, 2, Qt::AlignRight);
    grid->addWidget(note(tr("Used by the sizing view now, and by the fleet table's cost and 'lambdalens report' "
                            "for data loaded from now on."), prices), ArchitectureCount + 3, 0, 1, 3);
    grid->setColumnStretch(0, 1);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(sizing);
    layout->addWidget(prices);
    layout->addStretch(1);
    return page;
}

QWidget* SettingsDialog::createGeneralPage()
{
    auto* page = new QWidget(this);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_budget = new QSpinBox(page);
    m_budget->setRange(0, 1 << 24);
    m_budget->setSingleStep(512);
    m_budget->setSuffix(tr(" MB"));
    m_budget->setSpecialValueText(tr("Automatic (half of the memory)"));
    m_budget->setAlignment(Qt::AlignRight);

    auto* form = new QFormLayout;
    form->addRow(tr("Language:"), m_language);
    form->addRow(QString(), note(tr("Takes effect the next time Lambdalens starts. --lang on the command line "
                                    "overrides it."), page));
    form->addRow(tr("Import memory budget:"), m_budget);
    QString budgetNote = tr("Loading stops keeping events beyond this size and says where it stopped. Applies "
                            "to the next load.");
    if (const auto env = memoryBudgetFromEnvironmentMb()) {
        budgetNote += QLatin1Char('\n')
            + tr("LAMBDALENS_MEMORY_BUDGET_MB=%1 is set in the environment and takes precedence.").arg(*env);
    }
    form->addRow(QString(), note(budgetNote, page));
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

void SettingsDialog::setSettings(const AppSettings& s)
{
    m_base = s;
    for (int i = 0; i < RuleCount; ++i)
        m_enabled[size_t(i)]->setChecked(!s.rules.isMuted(RuleId(i)));
    toPercent(m_memoryPressure, s.rules.memoryPressureFraction);
    m_memoryWindow->setValue(int(s.rules.memoryWindowMs / 60'000));
    toPercent(m_errorWarning, s.rules.errorRateWarning);
    toPercent(m_errorCritical, s.rules.errorRateCritical);
    toPercent(m_nearTimeout, s.rules.nearTimeoutFraction);
    toPercent(m_overProvisioned, s.rules.overProvisionedFraction);
    toPercent(m_coldStart, s.rules.coldStartRate);
    m_desktop->setChecked(s.desktopNotifications);
    m_webhook->setText(s.webhookUrl);
    toPercent(m_headroom, s.sizingHeadroom);
    for (int i = 0; i < ArchitectureCount; ++i) {
        m_gbSecond[size_t(i)]->setValue(s.prices.gbSecondUsd[size_t(i)]);
        m_perMillion[size_t(i)]->setValue(s.prices.perMillionRequestsUsd[size_t(i)]);
    }
    m_region->setText(tr("Region: %1 (list prices, first tier)").arg(s.prices.region));
    m_language->setCurrentIndex(std::max(0, m_language->findData(s.language)));
    m_budget->setValue(int(std::min<uint64_t>(s.memoryBudgetMb, uint64_t(m_budget->maximum()))));
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s = m_base;
    for (int i = 0; i < RuleCount; ++i)
        s.rules.setMuted(RuleId(i), !m_enabled[size_t(i)]->isChecked());
    s.rules.memoryPressureFraction = fromPercent(m_memoryPressure);
    s.rules.memoryWindowMs = int64_t(m_memoryWindow->value()) * 60'000;
    s.rules.errorRateWarning = fromPercent(m_errorWarning);
    s.rules.errorRateCritical = fromPercent(m_errorCritical);
    s.rules.nearTimeoutFraction = fromPercent(m_nearTimeout);
    s.rules.overProvisionedFraction = fromPercent(m_overProvisioned);
    s.rules.coldStartRate = fromPercent(m_coldStart);
    s.desktopNotifications = m_desktop->isChecked();
    s.webhookUrl = m_webhook->text().trimmed();
    s.sizingHeadroom = fromPercent(m_headroom);
    for (int i = 0; i < ArchitectureCount; ++i) {
        s.prices.gbSecondUsd[size_t(i)] = m_gbSecond[size_t(i)]->value();
        s.prices.perMillionRequestsUsd[size_t(i)] = m_perMillion[size_t(i)]->value();
    }
    s.language = m_language->currentData().toString();
    s.memoryBudgetMb = uint64_t(m_budget->value());
    return s;
}

void SettingsDialog::resetPrices()
{
    const PriceTable builtin = PriceTable::builtin();
    for (int i = 0; i < ArchitectureCount; ++i) {
        m_gbSecond[size_t(i)]->setValue(builtin.gbSecondUsd[size_t(i)]);
        m_perMillion[size_t(i)]->setValue(builtin.perMillionRequestsUsd[size_t(i)]);
    }
    m_region->setText(tr("Region: %1 (list prices, first tier)").arg(builtin.region));
}

void SettingsDialog::restoreDefaults()
{
    AppSettings defaults;
    // The language is a personal choice, not a tuning knob: keep it.
    defaults.language = m_language->currentData().toString();
    setSettings(defaults);
}

void SettingsDialog::validate()
{
    const bool ratesOk = m_errorCritical->value() >= m_errorWarning->value();
    m_rulesProblem->setText(ratesOk ? QString() : tr("The critical error rate must not be below the warning rate."));
    m_rulesProblem->setVisible(!ratesOk);
    const QString text = m_webhook->text().trimmed();
    const QUrl url(text, QUrl::StrictMode);
    const bool urlOk = text.isEmpty()
        || (url.isValid() && !url.host().isEmpty()
            && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")));
    m_webhookProblem->setText(urlOk ? QString() : tr("Enter an http:// or https:// address."));
    m_webhookProblem->setVisible(!urlOk);
    m_ok->setEnabled(ratesOk && urlOk);
    m_apply->setEnabled(ratesOk && urlOk);
}

} // namespace ll
