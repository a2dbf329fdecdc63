#include "isotime.h"

namespace ll {

namespace {

bool digits(const char* p, const char* end, int count, int& value)
{
    if (end - p < count)
        return false;
    value = 0;
    for (int i = 0; i < count; ++i) {
        if (p[i] < '0' || p[i] > '9')
            return false;
        value = value * 10 + (p[i] - '0');
    }
    return true;
}

} // namespace

int64_t daysFromCivil(int64_t y, unsigned m, unsigned d)
{
    // Howard Hinnant's algorithm: exact for all proleptic Gregorian dates.
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

IsoTime parseIsoTime(const char* p, const char* end)
{
    IsoTime t;
    int year, month, day, hour, minute, second;
    if (!digits(p, end, 4, year) || end - p < 19 || p[4] != '-' || !digits(p + 5, end, 2, month)
        || p[7] != '-' || !digits(p + 8, end, 2, day) || (p[10] != 'T' && p[10] != ' ')
        || !digits(p + 11, end, 2, hour) || p[13] != ':' || !digits(p + 14, end, 2, minute)
        || p[16] != ':' || !digits(p + 17, end, 2, second))
        return t;
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
        return t;
    t.dateTimeSeparatorT = p[10] == 'T';
    const char* q = p + 19;
    int64_t millis = 0;
    if (q < end && (*q == '.' || *q == ',') && q + 1 < end && q[1] >= '0' && q[1] <= '9') {
        t.hasFraction = true;
        ++q;
        int scale = 100;
        while (q < end && *q >= '0' && *q <= '9') {
            millis += (*q - '0') * scale;
            scale /= 10;
            ++q;
        }
    }
    int64_t offsetMinutes = 0;
    if (q < end && *q == 'Z') {
        t.hasZone = true;
        ++q;
    } else if (q < end && (*q == '+' || *q == '-')) {
        int oh, om = 0;
        const char* z = q + 1;
        if (digits(z, end, 2, oh)) {
            z += 2;
            if (z < end && *z == ':' && digits(z + 1, end, 2, om))
                z += 3;
            else if (digits(z, end, 2, om))
                z += 2;
            if (oh <= 23 && om <= 59) {
                offsetMinutes = (oh * 60 + om) * (*q == '-' ? -1 : 1);
                t.hasZone = true;
                t.numericZone = true;
                q = z;
            }
        }
    }
    const int64_t days = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    const int64_t seconds = days * 86400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60;
    t.epochMs = seconds * 1000 + millis;
    t.end = q;
    return t;
}

} // namespace ll
