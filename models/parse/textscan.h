#pragma once

#include <cstdint>
#include <string_view>

namespace ll::text {

// "2024-03-13T18:56:23.912Z…": does the view start with an ISO 8601 date-time?
bool isIsoTimestampStart(std::string_view s);

// Parses an ISO 8601 / RFC 3339 UTC time ("2024-03-13T18:56:23.912Z", "+00:00" offsets,
// "2021-05-03 11:47:12,494+0000", fractional digits of any length) to epoch milliseconds.
// Returns false when the view does not start with one; *length gets the characters used.
bool parseIsoTime(std::string_view s, int64_t* epochMs, size_t* length = nullptr);

double toDouble(std::string_view s, double fallback);

// Days since 1970-01-01 for a proleptic Gregorian date.
int64_t daysFromCivil(int64_t y, unsigned m, unsigned d);

} // namespace ll::text
