#include "demotext.h"

#include "demorandom.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace ll::demo {

namespace {
constexpr char kHex[] = "0123456789abcdef";

int64_t floorDiv(int64_t a, int64_t b)
{
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}
}

CivilTime civilTime(int64_t epochMs)
{
    // Days-to-civil conversion from Howard Hinnant's date algorithms (proleptic Gregorian).
    const int64_t days = floorDiv(epochMs, 86400000);
    const int64_t msOfDay = epochMs - days * 86400000;
    const int64_t z = days + 719468;
    const int64_t era = floorDiv(z, 146097);
    const int64_t doe = z - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    const int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const int64_t m = mp < 10 ? mp + 3 : mp - 9;
    const int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    CivilTime t;
    t.year = static_cast<int>(y);
    t.month = static_cast<int>(m);
    t.day = static_cast<int>(d);
    t.hour = static_cast<int>(msOfDay / 3600000);
    t.minute = static_cast<int>(msOfDay / 60000 % 60);
    t.second = static_cast<int>(msOfDay / 1000 % 60);
    t.millisecond = static_cast<int>(msOfDay % 1000);
    return t;
}

void appendInt(std::string& out, int64_t value)
{
    char buf[24];
    auto res = std::to_chars(buf, buf + sizeof buf, value);
    out.append(buf, res.ptr);
}

void appendPadded(std::string& out, int64_t value, int width)
{
    if (value < 0) {
        out.push_back('-');
        value = -value;
    }
    char buf[24];
    char* end = buf + sizeof buf;
    char* p = end;
    auto v = static_cast<uint64_t>(value);
    do {
        *--p = static_cast<char>('0' + v % 10);
        v /= 10;
    } while (v);
    while (end - p < width && p > buf)
        *--p = '0';
    out.append(p, end);
}

void appendFixed(std::string& out, double value, int decimals)
{
    int64_t scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const bool negative = value < 0;
    const int64_t scaled = static_cast<int64_t>(std::llround(std::fabs(value) * static_cast<double>(scale)));
    if (negative && scaled != 0)
        out.push_back('-');
    appendInt(out, scaled / scale);
    if (decimals > 0) {
        out.push_back('.');
        appendPadded(out, scaled % scale, decimals);
    }
}

namespace {
// Fixed-width fields written into one buffer: timestamps are formatted for almost every event.
inline char* put2(char* p, int v)
{
    p[0] = static_cast<char>('0' + v / 10);
    p[1] = static_cast<char>('0' + v % 10);
    return p + 2;
}

inline char* putDate(char* p, const CivilTime& t, char sep)
{
    p = put2(p, t.year / 100);
    p = put2(p, t.year % 100);
    *p++ = sep;
    p = put2(p, t.month);
    *p++ = sep;
    return put2(p, t.day);
}

inline char* putClock(char* p, const CivilTime& t)
{
    p = put2(p, t.hour);
    *p++ = ':';
    p = put2(p, t.minute);
    *p++ = ':';
    return put2(p, t.second);
}
}

void appendIsoMs(std::string& out, int64_t epochMs)
{
    const CivilTime t = civilTime(epochMs);
    char buf[32];
    char* p = putDate(buf, t, '-');
    *p++ = 'T';
    p = putClock(p, t);
    *p++ = '.';
    *p++ = static_cast<char>('0' + t.millisecond / 100);
    p = put2(p, t.millisecond % 100);
    *p++ = 'Z';
    out.append(buf, p);
}

void appendIsoSeconds(std::string& out, int64_t epochMs)
{
    const CivilTime t = civilTime(epochMs);
    char buf[32];
    char* p = putDate(buf, t, '-');
    *p++ = 'T';
    p = putClock(p, t);
    *p++ = 'Z';
    out.append(buf, p);
}

void appendGoTime(std::string& out, int64_t epochMs)
{
    const CivilTime t = civilTime(epochMs);
    char buf[32];
    char* p = putDate(buf, t, '/');
    *p++ = ' ';
    p = putClock(p, t);
    out.append(buf, p);
}

void appendSpaceTime(std::string& out, int64_t epochMs)
{
    const CivilTime t = civilTime(epochMs);
    char buf[32];
    char* p = putDate(buf, t, '-');
    *p++ = ' ';
    p = putClock(p, t);
    out.append(buf, p);
}

void appendDayPath(std::string& out, int64_t epochMs)
{
    char buf[16];
    char* p = putDate(buf, civilTime(epochMs), '/');
    out.append(buf, p);
}

void appendJsonString(std::string& out, std::string_view text)
{
    out.push_back('"');
    size_t run = 0; // start of the pending run of characters that need no escape
    for (size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(text.data() + run, i - run);
        run = i + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        default:
            out += "\\u00";
            out.push_back(kHex[(c >> 4) & 0xf]);
            out.push_back(kHex[c & 0xf]);
        }
    }
    out.append(text.data() + run, text.size() - run);
    out.push_back('"');
}

void appendHex(std::string& out, Rng& rng, int digits)
{
    char buf[64];
    while (digits > 0) {
        const int n = std::min(digits, 64);
        uint64_t bits = 0;
        for (int i = 0; i < n; ++i) {
            if (i % 16 == 0)
                bits = rng.next();
            buf[i] = kHex[bits & 0xf];
            bits >>= 4;
        }
        out.append(buf, static_cast<size_t>(n));
        digits -= n;
    }
}

std::string makeUuid(Rng& rng)
{
    // Version 4 layout: 8-4-4-4-12 with the version nibble 4 and the variant nibble 8..b.
    char id[36];
    uint64_t a = rng.next();
    uint64_t b = rng.next();
    int k = 0;
    for (int i = 0; i < 36; ++i) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            id[i] = '-';
            continue;
        }
        uint64_t& word = k < 16 ? a : b;
        id[i] = kHex[word & 0xf];
        word >>= 4;
        ++k;
    }
    id[14] = '4';
    id[19] = kHex[8 + (b & 0x3)];
    return std::string(id, sizeof id);
}

std::string makeTraceId(int64_t epochMs, Rng& rng)
{
    std::string id = "1-";
    const uint64_t seconds = static_cast<uint64_t>(epochMs / 1000);
    for (int shift = 28; shift >= 0; shift -= 4)
        id.push_back(kHex[(seconds >> shift) & 0xf]);
    id.push_back('-');
    appendHex(id, rng, 24);
    return id;
}

} // namespace ll::demo
