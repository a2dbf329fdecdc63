#pragma once

#include <QString>
#include <array>
#include <optional>

class QSettings;

namespace ll {

enum class Architecture : uint8_t { X86_64, Arm64 };
inline constexpr int ArchitectureCount = 2;
const char* architectureKey(Architecture a);   // "x86_64", "arm64"

// Lambda list prices (first tier) for one Region. Loaded from :/pricing/pricing.json
// (resources/pricing.json); every figure can be overridden through QSettings, because prices
// vary by Region and change.
struct PriceTable {
    QString region;
    std::array<double, ArchitectureCount> gbSecondUsd { 0, 0 };
    std::array<double, ArchitectureCount> perMillionRequestsUsd { 0, 0 };

    double gbSecond(Architecture a) const { return gbSecondUsd[size_t(a)]; }
    double perRequest(Architecture a) const { return perMillionRequestsUsd[size_t(a)] / 1e6; }

    // Parses the JSON table; nullopt with a translated message in *error when malformed.
    static std::optional<PriceTable> fromJson(const QByteArray& json, QString* error = nullptr);
    // The embedded table.
    static PriceTable builtin();
    // `base` with the overrides found in `settings`: keys pricing/region,
    // pricing/<arch>/gb_second, pricing/<arch>/per_million_requests.
    static PriceTable withOverrides(PriceTable base, const QSettings& settings);
    // builtin() with the application's QSettings overrides.
    static PriceTable current();
};

// Lambda's hard memory limits for standard functions and the size that buys one full vCPU.
inline constexpr uint32_t MinMemoryMb = 128;
inline constexpr uint32_t MaxMemoryMb = 10240;
inline constexpr uint32_t MemoryPerVcpuMb = 1769;

namespace cost {
// GB-seconds of one invocation: configured MB / 1024 x billed seconds.
inline double gbSeconds(double memoryMb, double billedMs) { return memoryMb / 1024.0 * billedMs / 1000.0; }
// Price of one invocation: request price plus duration price.
double perInvocationUsd(const PriceTable& prices, Architecture a, double memoryMb, double billedMs);
// Cost of one million invocations whose mean billed duration is `meanBilledMs`.
double perMillionUsd(const PriceTable& prices, Architecture a, double memoryMb, double meanBilledMs);
// Cost per day at `invocationsPerDay` invocations of mean billed duration `meanBilledMs`.
double perDayUsd(const PriceTable& prices, Architecture a, double memoryMb, double meanBilledMs,
                 double invocationsPerDay);
// Billed milliseconds to charge for an invocation. Since 1 Aug 2025 INIT is billed for every
// on-demand function; REPORT lines written before then omit it for managed runtimes, so a cold
// start whose billed duration does not cover duration + init gets the init added.
double billedWithInit(double durationMs, double billedMs, double initDurationMs);
}

double vcpusFor(double memoryMb);   // memory / 1769 MB

} // namespace ll
