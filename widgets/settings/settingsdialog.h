#pragma once

#include "settings/appsettings.h"

#include <QDialog>
#include <array>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace ll {

// Preferences: insight thresholds and mutes, notifications (desktop, webhook), sizing headroom and
// prices, language and the import memory budget. Edits an AppSettings value; applied() hands it
// to the window (which saves it and applies it live) on OK and Apply. Widgets only: keys,
// defaults and validation live in AppSettings (models/settings).
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(const AppSettings& settings, QWidget* parent = nullptr);

    void setSettings(const AppSettings& settings);
    AppSettings settings() const;        // what the fields say now
    QTabWidget* tabs() const { return m_tabs; }

    void resetPrices();                  // the built-in table (resources/pricing.json)
    void restoreDefaults();              // every field

Q_SIGNALS:
    void applied(const ll::AppSettings& settings);

private:
    QWidget* createInsightsPage();
    QWidget* createNotificationsPage();
    QWidget* createCostPage();
    QWidget* createGeneralPage();
    void validate();

    AppSettings m_base;                  // keeps what the dialog does not edit (min invocations, evidence cap)
    QTabWidget* m_tabs;
    std::array<QCheckBox*, RuleCount> m_enabled {};
    QDoubleSpinBox* m_memoryPressure = nullptr;
    QSpinBox* m_memoryWindow = nullptr;
    QDoubleSpinBox* m_errorWarning = nullptr;
    QDoubleSpinBox* m_errorCritical = nullptr;
    QDoubleSpinBox* m_nearTimeout = nullptr;
    QDoubleSpinBox* m_overProvisioned = nullptr;
    QDoubleSpinBox* m_coldStart = nullptr;
    QLabel* m_rulesProblem = nullptr;
    QCheckBox* m_desktop = nullptr;
    QLineEdit* m_webhook = nullptr;
    QLabel* m_webhookProblem = nullptr;
    QDoubleSpinBox* m_headroom = nullptr;
    std::array<QDoubleSpinBox*, ArchitectureCount> m_gbSecond {};
    std::array<QDoubleSpinBox*, ArchitectureCount> m_perMillion {};
    QLabel* m_region = nullptr;
    QComboBox* m_language = nullptr;
    QSpinBox* m_budget = nullptr;
    QPushButton* m_ok = nullptr;
    QPushButton* m_apply = nullptr;
};

} // namespace ll

Q_DECLARE_METATYPE(ll::AppSettings)
