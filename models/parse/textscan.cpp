#include "parse/textscan.h"

#include <charconv>

namespace ll::text {

namespace {
bool digits(std::string_view s, size_t pos, size_t n, int* out)
{
    if (pos + n > s.size())
        return false;
    int v = 0;
    for (size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
}
}

int64_t daysFromCivil(int64_t y, unsigned m, unsigned d)
{
    // Howard Hinnant's algorithm.
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

bool isIsoTimestampStart(std::string_view s)
{
    return s.size() >= 19 && s[4] == '-' && s[7] == '-' && (s[10] == 'T' || s[10] == ' ') && s[13] == ':'
        && s[0] >= '0' && s[0] <= '9';
}

bool parseIsoTime(std::string_view s, int64_t* epochMs, size_t* length)
{
    int y, mo, d, h, mi, sec;
    if (!isIsoTimestampStart(s) || !digits(s, 0, 4, &y) || !digits(s, 5, 2, &mo) || !digits(s, 8, 2, &d)
        || !digits(s, 11, 2, &h) || !digits(s, 14, 2, &mi) || s[16] != ':' || !digits(s, 17, 2, &sec))
        return false;
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60)
        return false;
    size_t pos = 19;
    int64_t ms = 0;
    if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
        ++pos;
        int n = 0;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            if (n < 3)
                ms = ms * 10 + (s[pos] - '0');
            ++n;
            ++pos;
        }
        for (; n < 3; ++n)
            ms *= 10;
    }
    int64_t offsetMin = 0;
    if (pos < s.size() && s[pos] == 'Z') {
        ++pos;
    } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
        const int sign = s[pos] == '-' ? -1 : 1;
        int oh = 0, om = 0;
        if (digits(s, pos + 1, 2, &oh)) {
            size_t p2 = pos + 3;
            if (p2 < s.size() && s[p2] == ':')
                ++p2;
            if (digits(s, p2, 2, &om)) {
                offsetMin = sign * (oh * 60 + om);
                pos = p2 + 2;
            }
        }
    }
    const int64_t days = daysFromCivil(y, unsigned(mo), unsigned(d));
    *epochMs = ((days * 24 + h) * 60 + mi - offsetMin) * 60000 + int64_t(sec) * 1000 + ms;
    if (length)
        *length = pos;
    return true;
}

double toDouble(std::string_view s, double fallback)
{
    double v = fallback;
    const auto res = std::from_chars(s.data(), s.data() + s.size(), v);
    return res.ec == std::errc() ? v : fallback;
}

} // namespace ll::text
