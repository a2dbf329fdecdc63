#pragma once

#include <cstdint>

namespace ll {

struct IsoTime {
    const char* end = nullptr;     // nullptr: no timestamp at the start of the text
    int64_t epochMs = 0;
    bool dateTimeSeparatorT = false;
    bool hasFraction = false;
    bool hasZone = false;          // 'Z' or a numeric offset; without it UTC is assumed
    bool numericZone = false;      // "+00:00" (Python's isoformat, as `aws logs tail` prints)
};

// Parses "YYYY-MM-DD[T ]HH:MM:SS[.fraction][Z|±HH:MM|±HHMM]" at the start of [p, end).
IsoTime parseIsoTime(const char* p, const char* end);

// Days since 1970-01-01 of a proleptic Gregorian date.
int64_t daysFromCivil(int64_t year, unsigned month, unsigned day);

} // namespace ll
