#pragma once

namespace ll::defaults {

// us-east-1 list prices, first tier (see resources/pricing.json for the overridable table).
inline constexpr double kX86PricePerGbSecond = 0.0000166667;
inline constexpr double kArmPricePerGbSecond = 0.0000133334;
inline constexpr double kPricePerRequest = 0.20 / 1e6;

} // namespace ll::defaults
