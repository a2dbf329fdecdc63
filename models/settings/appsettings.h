#pragma once

#include "analysis/insightrules.h"
#include "analysis/pricing.h"

#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>

class QSettings;

namespace ll {

// Everything the Preferences dialog edits, as one plain value. The dialog, the main window, the
// command line and the tests read and write it through load()/save(), so every consumer agrees on
// keys, defaults and validation. Keys:
//   insights/*                       RuleSettings (thresholds, muted rules)
//   insights/webhook_url             Slack-compatible webhook for live insight notifications
//   insights/desktop_notifications   system-tray message (or inline banner) on live insights
//   sizing/headroom_percent          headroom over p99 memory used for sizing recommendations
//   pricing/<arch>/gb_second, pricing/<arch>/per_million_requests   overrides of resources/pricing.json
//   ui/language                      "", "en", "de" or "es"; read once at start-up
//   import/memory_budget_mb          0: automatic; LAMBDALENS_MEMORY_BUDGET_MB still wins
struct AppSettings {
    RuleSettings rules;
    double sizingHeadroom = 0.20;            // fraction over p99 used
    PriceTable prices = PriceTable::builtin();
    QString webhookUrl;
    bool desktopNotifications = true;
    QString language;                        // empty: follow the system
    uint64_t memoryBudgetMb = 0;             // 0: automatic (half of the physical memory)

    static AppSettings load(const QSettings& settings);
    // Prices equal to the built-in table are stored as "no override", so a newer table shipped
    // with an update still applies to users who never changed them.
    void save(QSettings& settings) const;

    static AppSettings load();               // the application's QSettings
    void save() const;

    static const QStringList& languages();   // "", "en", "de", "es"
    static constexpr double MaxHeadroom = 2.0;
    static constexpr uint64_t MaxMemoryBudgetMb = uint64_t(1) << 24;   // 16 TiB: larger is a typo
};

// Loading memory budget: LAMBDALENS_MEMORY_BUDGET_MB from the environment when set and valid.
std::optional<uint64_t> memoryBudgetFromEnvironmentMb();
// import/memory_budget_mb alone (0: automatic), without loading everything else.
uint64_t memoryBudgetSettingMb(const QSettings& settings);

} // namespace ll
