#include "demotext.h"

#include "demorandom.h"

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
    char buf[24];
    auto res = std::to_chars(buf, buf + sizeof buf, value);
    for (int n = static_cast<int>(res.ptr - buf); n < width; ++n)
        out.push_back('0');
    out.append(buf, res.ptr);
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

static void appendDate(std::string& out, const CivilTime& t, char sep)
{
    appendPadded(out, t.year, 4);
    out.push_back(sep);
    appendPadded(out, t.month, 2);
    out.push_back(sep);
    appendPadded(out, t.day, 2);
}

static void appendClock(std::string& out, const CivilTime& t)
{
    appendPadded(out, t.hour, 2);
    out.push_back(':');
    appendPadded(out, t.minute, 2);
    out.push_back(':');
    appendPadded(out, t.second, 2);
}

void appendIsoMs(std::string& out, int64_t epochMs)
{
    const CivilTime t = civilTime(epochMs);
    appendDate(out, t, '-');
    out.push_back('T');
    appendClock(out, t);
    out.push_back('.');
    appendPadded(out, t.millisecond, 3);
    out.push_back('Z');
}

void appendIsoSeconds(std::string& out, int64_t epochMs)
{
    const CivilTime t = civilTime(epochMs);
    appendDate(out, t, '-');
    out.push_back('T');
    appendClock(out, t);
    out.push_back('Z');
}

void appendGoTime(std::string& out, int64_t epochMs)
{
    const CivilTime t = civilTime(epochMs);
    appendDate(out, t, '/');
    out.push_back(' ');
    appendClock(out, t);
}

void appendSpaceTime(std::string& out, int64_t epochMs)
{
    const CivilTime t = civilTime(epochMs);
    appendDate(out, t, '-');
    out.push_back(' ');
    appendClock(out, t);
}

void appendDayPath(std::string& out, int64_t epochMs) { appendDate(out, civilTime(epochMs), '/'); }

void appendJsonString(std::string& out, std::string_view text)
{
    out.push_back('"');
    for (char c : text) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out.push_back(kHex[(c >> 4) & 0xf]);
                out.push_back(kHex[c & 0xf]);
            } else {
                out.push_back(c);
            }
        }
    }
    out.push_back('"');
}

void appendHex(std::string& out, Rng& rng, int digits)
{
    uint64_t bits = 0;
    for (int i = 0; i < digits; ++i) {
        if (i % 16 == 0)
            bits = rng.next();
        out.push_back(kHex[bits & 0xf]);
        bits >>= 4;
    }
}

std::string makeUuid(Rng& rng)
{
    std::string id;
    id.reserve(36);
    appendHex(id, rng, 8);
    id.push_back('-');
    appendHex(id, rng, 4);
    id += "-4";
    appendHex(id, rng, 3);
    id.push_back('-');
    id.push_back(kHex[8 + rng.next() % 4]);
    appendHex(id, rng, 3);
    id.push_back('-');
    appendHex(id, rng, 12);
    return id;
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
