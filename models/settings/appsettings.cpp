#include "settings/appsettings.h"

#include <QSettings>
#include <QUrl>
#include <cmath>

namespace ll {

namespace {

const QString kWebhook = QStringLiteral("insights/webhook_url");
const QString kDesktop = QStringLiteral("insights/desktop_notifications");
const QString kHeadroom = QStringLiteral("sizing/headroom_percent");
const QString kLanguage = QStringLiteral("ui/language");
const QString kBudget = QStringLiteral("import/memory_budget_mb");

QString priceKey(Architecture a, const char* what)
{
    return QStringLiteral("pricing/") + QLatin1String(architectureKey(a)) + QLatin1Char('/') + QLatin1String(what);
}

// Prices are stored with ten significant digits; a round trip must not turn a default into an override.
bool samePrice(double a, double b) { return std::abs(a - b) <= 1e-12 * std::max(1.0, std::abs(b)); }

} // namespace

const QStringList& AppSettings::languages()
{
    static const QStringList list { QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es") };
    return list;
}

AppSettings AppSettings::load(const QSettings& q)
{
    AppSettings s;
    s.rules = RuleSettings::load(q);
    s.prices = PriceTable::withOverrides(PriceTable::builtin(), q);
    s.webhookUrl = q.value(kWebhook).toString().trimmed();
    s.desktopNotifications = q.value(kDesktop, true).toBool();
    bool ok = false;
    const double headroom = q.value(kHeadroom).toDouble(&ok);
    if (ok && headroom >= 0 && headroom <= MaxHeadroom * 100)
        s.sizingHeadroom = headroom / 100.0;
    const QString language = q.value(kLanguage).toString();
    if (languages().contains(language))
        s.language = language;
    s.memoryBudgetMb = memoryBudgetSettingMb(q);
    return s;
}

void AppSettings::save(QSettings& q) const
{
    rules.save(q);
    const PriceTable base = PriceTable::builtin();
    for (int i = 0; i < ArchitectureCount; ++i) {
        const auto a = Architecture(i);
        const auto store = [&q](const QString& key, double value, double builtin) {
            if (samePrice(value, builtin) || !(value >= 0))
                q.remove(key);
            else
                q.setValue(key, value);
        };
        store(priceKey(a, "gb_second"), prices.gbSecondUsd[size_t(i)], base.gbSecondUsd[size_t(i)]);
        store(priceKey(a, "per_million_requests"), prices.perMillionRequestsUsd[size_t(i)],
              base.perMillionRequestsUsd[size_t(i)]);
    }
    if (webhookUrl.trimmed().isEmpty())
        q.remove(kWebhook);
    else
        q.setValue(kWebhook, webhookUrl.trimmed());
    q.setValue(kDesktop, desktopNotifications);
    q.setValue(kHeadroom, std::round(sizingHeadroom * 1000.0) / 10.0);
    q.setValue(kLanguage, languages().contains(language) ? language : QString());
    if (memoryBudgetMb)
        q.setValue(kBudget, qulonglong(memoryBudgetMb));
    else
        q.remove(kBudget);
}

AppSettings AppSettings::load()
{
    const QSettings q;
    return load(q);
}

void AppSettings::save() const
{
    QSettings q;
    save(q);
}

std::optional<uint64_t> memoryBudgetFromEnvironmentMb()
{
    const QByteArray env = qgetenv("LAMBDALENS_MEMORY_BUDGET_MB");
    bool ok = false;
    const qulonglong mb = env.trimmed().toULongLong(&ok);
    if (!ok)
        return std::nullopt;
    return uint64_t(mb);
}

uint64_t memoryBudgetSettingMb(const QSettings& settings)
{
    bool ok = false;
    const qulonglong mb = settings.value(kBudget).toULongLong(&ok);
    return ok && mb <= AppSettings::MaxMemoryBudgetMb ? uint64_t(mb) : 0;
}

} // namespace ll
