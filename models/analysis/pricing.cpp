#include "analysis/pricing.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <cmath>

namespace ll {

const char* architectureKey(Architecture a) { return a == Architecture::Arm64 ? "arm64" : "x86_64"; }

std::optional<PriceTable> PriceTable::fromJson(const QByteArray& json, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<PriceTable> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return fail(QCoreApplication::translate("ll::PriceTable", "The price table is not a JSON object: %1")
                        .arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    const QJsonObject archs = root.value(QLatin1String("architectures")).toObject();
    PriceTable table;
    table.region = root.value(QLatin1String("region")).toString();
    for (int i = 0; i < ArchitectureCount; ++i) {
        const auto a = static_cast<Architecture>(i);
        const QJsonObject entry = archs.value(QLatin1String(architectureKey(a))).toObject();
        const double gbs = entry.value(QLatin1String("gb_second")).toDouble(-1);
        const double req = entry.value(QLatin1String("per_million_requests")).toDouble(-1);
        if (!(gbs >= 0) || !(req >= 0))
            return fail(QCoreApplication::translate("ll::PriceTable", "The price table has no valid prices for %1.")
                            .arg(QLatin1String(architectureKey(a))));
        table.gbSecondUsd[i] = gbs;
        table.perMillionRequestsUsd[i] = req;
    }
    return table;
}

PriceTable PriceTable::builtin()
{
    QFile file(QStringLiteral(":/pricing/pricing.json"));
    if (file.open(QIODevice::ReadOnly)) {
        if (auto table = fromJson(file.readAll()))
            return *table;
    }
    // The resource is part of the build; reaching this means a broken build, so fail loudly in
    // debug and stay usable (zero prices show as $0) in release.
    Q_ASSERT_X(false, "PriceTable::builtin", "embedded pricing.json missing or invalid");
    return {};
}

PriceTable PriceTable::withOverrides(PriceTable base, const QSettings& settings)
{
    base.region = settings.value(QStringLiteral("pricing/region"), base.region).toString();
    for (int i = 0; i < ArchitectureCount; ++i) {
        const QString prefix = QStringLiteral("pricing/") + QLatin1String(architectureKey(Architecture(i)));
        bool ok = false;
        const double gbs = settings.value(prefix + QStringLiteral("/gb_second")).toDouble(&ok);
        if (ok && gbs >= 0)
            base.gbSecondUsd[i] = gbs;
        const double req = settings.value(prefix + QStringLiteral("/per_million_requests")).toDouble(&ok);
        if (ok && req >= 0)
            base.perMillionRequestsUsd[i] = req;
    }
    return base;
}

PriceTable PriceTable::current()
{
    QSettings settings;
    return withOverrides(builtin(), settings);
}

namespace cost {

double perInvocationUsd(const PriceTable& prices, Architecture a, double memoryMb, double billedMs)
{
    return prices.perRequest(a) + gbSeconds(memoryMb, billedMs) * prices.gbSecond(a);
}

double perMillionUsd(const PriceTable& prices, Architecture a, double memoryMb, double meanBilledMs)
{
    return perInvocationUsd(prices, a, memoryMb, meanBilledMs) * 1e6;
}

double perDayUsd(const PriceTable& prices, Architecture a, double memoryMb, double meanBilledMs,
                 double invocationsPerDay)
{
    return perInvocationUsd(prices, a, memoryMb, meanBilledMs) * invocationsPerDay;
}

double billedWithInit(double durationMs, double billedMs, double initDurationMs)
{
    if (initDurationMs > 0 && billedMs + 1.0 < durationMs + initDurationMs)
        return billedMs + std::ceil(initDurationMs);
    return billedMs;
}

} // namespace cost

double vcpusFor(double memoryMb) { return memoryMb / double(MemoryPerVcpuMb); }

} // namespace ll
