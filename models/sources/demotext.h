#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ll::demo {

class Rng;

// Small, allocation-free formatters for the demo's log text (std::format is not in GCC 12).
struct CivilTime {
    int year, month, day, hour, minute, second, millisecond;
};
CivilTime civilTime(int64_t epochMs);

void appendInt(std::string& out, int64_t value);
void appendPadded(std::string& out, int64_t value, int width);
void appendFixed(std::string& out, double value, int decimals); // rounds half away from zero
void appendIsoMs(std::string& out, int64_t epochMs);      // 2026-11-27T10:00:00.123Z
void appendIsoSeconds(std::string& out, int64_t epochMs); // 2026-11-27T10:00:00Z
void appendGoTime(std::string& out, int64_t epochMs);     // 2026/11/27 10:00:00
void appendSpaceTime(std::string& out, int64_t epochMs);  // 2026-11-27 10:00:00
void appendDayPath(std::string& out, int64_t epochMs);    // 2026/11/27
void appendJsonString(std::string& out, std::string_view text); // quoted and escaped
void appendHex(std::string& out, Rng& rng, int digits);
std::string makeUuid(Rng& rng);
std::string makeTraceId(int64_t epochMs, Rng& rng); // 1-<8 hex seconds>-<24 hex>

} // namespace ll::demo
