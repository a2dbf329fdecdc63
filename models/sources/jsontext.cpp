#include "jsontext.h"

#include <cstdlib>
#include <cstring>
#include <limits>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ll::json {

namespace {

// First '"', '\\' or '\n' in [p, end), or end.
inline const char* findStringSpecial(const char* p, const char* end)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i newline = _mm_set1_epi8('\n');
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                         _mm_cmpeq_epi8(v, newline));
        const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(hit));
        if (mask)
            return p + __builtin_ctz(mask);
        p += 16;
    }
#endif
    while (p < end && *p != '"' && *p != '\\' && *p != '\n')
        ++p;
    return p;
}

inline int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Reads 4 hex digits at p (caller checked the length); -1 when not hex.
inline int32_t hex4(const char* p)
{
    int32_t v = 0;
    for (int i = 0; i < 4; ++i) {
        const int h = hexValue(p[i]);
        if (h < 0)
            return -1;
        v = (v << 4) | h;
    }
    return v;
}

inline void appendUtf8(std::string& out, uint32_t cp)
{
    char buf[4];
    size_t n;
    if (cp < 0x80) {
        buf[0] = static_cast<char>(cp);
        n = 1;
    } else if (cp < 0x800) {
        buf[0] = static_cast<char>(0xC0 | (cp >> 6));
        buf[1] = static_cast<char>(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        buf[0] = static_cast<char>(0xE0 | (cp >> 12));
        buf[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        buf[2] = static_cast<char>(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        buf[0] = static_cast<char>(0xF0 | (cp >> 18));
        buf[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        buf[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        buf[3] = static_cast<char>(0x80 | (cp & 0x3F));
        n = 4;
    }
    out.append(buf, n);
}

bool isDelimiterOrEnd(const char* p, const char* end)
{
    return p == end || isSpace(*p) || *p == ',' || *p == '}' || *p == ']';
}

} // namespace

StringScan scanString(const char* p, const char* end)
{
    StringScan r;
    for (;;) {
        p = findStringSpecial(p, end);
        if (p == end) {
            r.status = ScanStatus::NeedMore;
            r.end = end;
            return r;
        }
        if (*p == '"') {
            r.end = p;
            return r;
        }
        if (*p == '\n') {
            r.status = ScanStatus::Error;
            r.end = p;
            return r;
        }
        r.hasEscape = true;
        if (end - p < 2) {
            r.status = ScanStatus::NeedMore;
            r.end = end;
            return r;
        }
        if (p[1] == '\n') {
            r.status = ScanStatus::Error;
            r.end = p + 1;
            return r;
        }
        p += 2;
    }
}

const char* decodeString(const char* p, const char* end, std::string& out)
{
    while (p < end) {
        const char* bs = static_cast<const char*>(std::memchr(p, '\\', static_cast<size_t>(end - p)));
        if (!bs) {
            out.append(p, end);
            return nullptr;
        }
        out.append(p, bs);
        if (end - bs < 2)
            return bs;
        p = bs + 2;
        switch (bs[1]) {
        case '"': out.push_back('"'); break;
        case '\\': out.push_back('\\'); break;
        case '/': out.push_back('/'); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 't': out.push_back('\t'); break;
        case 'u': {
            if (end - p < 4)
                return bs;
            int32_t cp = hex4(p);
            if (cp < 0)
                return bs;
            p += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                int32_t low = -1;
                if (end - p >= 6 && p[0] == '\\' && p[1] == 'u')
                    low = hex4(p + 2);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    p += 6;
                } else {
                    cp = 0xFFFD;
                }
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                cp = 0xFFFD;
            }
            appendUtf8(out, static_cast<uint32_t>(cp));
            break;
        }
        default:
            return bs;
        }
    }
    return nullptr;
}

NumberScan scanNumber(const char* p, const char* end, bool atEof)
{
    NumberScan r;
    const char* start = p;
    bool negative = false;
    if (p < end && *p == '-') {
        negative = true;
        ++p;
    }
    const char* digits = p;
    uint64_t value = 0;
    bool overflow = false;
    while (p < end && *p >= '0' && *p <= '9') {
        const uint64_t d = static_cast<uint64_t>(*p - '0');
        if (value > (std::numeric_limits<uint64_t>::max() - d) / 10)
            overflow = true;
        else
            value = value * 10 + d;
        ++p;
    }
    bool fractional = false;
    if (p < end && *p == '.') {
        fractional = true;
        ++p;
        while (p < end && *p >= '0' && *p <= '9')
            ++p;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        fractional = true;
        ++p;
        if (p < end && (*p == '+' || *p == '-'))
            ++p;
        while (p < end && *p >= '0' && *p <= '9')
            ++p;
    }
    if (p == end && !atEof) {
        r.status = ScanStatus::NeedMore;
        r.end = end;
        return r;
    }
    if (p == digits || !isDelimiterOrEnd(p, end)) {
        r.status = ScanStatus::Error;
        r.end = p;
        return r;
    }
    r.end = p;
    constexpr auto maxI = std::numeric_limits<int64_t>::max();
    if (fractional) {
        const double d = std::strtod(std::string(start, p).c_str(), nullptr);
        if (d >= 9.2e18)
            r.value = maxI;
        else if (d <= -9.2e18)
            r.value = -maxI;
        else
            r.value = static_cast<int64_t>(d);
    } else if (overflow || value > static_cast<uint64_t>(maxI)) {
        r.value = negative ? -maxI : maxI;
    } else {
        r.value = negative ? -static_cast<int64_t>(value) : static_cast<int64_t>(value);
    }
    return r;
}

namespace {

SkipResult literal(const char* p, const char* end, const char* word, size_t len, bool atEof)
{
    const size_t have = static_cast<size_t>(end - p);
    if (have < len) {
        if (std::memcmp(p, word, have) == 0 && !atEof)
            return {ScanStatus::NeedMore, end};
        return {ScanStatus::Error, p};
    }
    if (std::memcmp(p, word, len) != 0 || !isDelimiterOrEnd(p + len, end))
        return {ScanStatus::Error, p};
    return {ScanStatus::Ok, p + len};
}

} // namespace

SkipResult skipValue(const char* p, const char* end, bool atEof, int depthLimit)
{
    p = skipSpace(p, end);
    if (p == end)
        return {ScanStatus::NeedMore, end};
    if (depthLimit <= 0)
        return {ScanStatus::Error, p};
    switch (*p) {
    case '"': {
        const StringScan s = scanString(p + 1, end);
        if (s.status != ScanStatus::Ok)
            return {s.status, s.end};
        return {ScanStatus::Ok, s.end + 1};
    }
    case '{':
    case '[': {
        const char close = *p == '{' ? '}' : ']';
        const bool object = *p == '{';
        p = skipSpace(p + 1, end);
        if (p == end)
            return {ScanStatus::NeedMore, end};
        if (*p == close)
            return {ScanStatus::Ok, p + 1};
        for (;;) {
            if (object) {
                if (*p != '"')
                    return {ScanStatus::Error, p};
                const StringScan key = scanString(p + 1, end);
                if (key.status != ScanStatus::Ok)
                    return {key.status, key.end};
                p = skipSpace(key.end + 1, end);
                if (p == end)
                    return {ScanStatus::NeedMore, end};
                if (*p != ':')
                    return {ScanStatus::Error, p};
                ++p;
            }
            const SkipResult v = skipValue(p, end, atEof, depthLimit - 1);
            if (v.status != ScanStatus::Ok)
                return v;
            p = skipSpace(v.end, end);
            if (p == end)
                return {ScanStatus::NeedMore, end};
            if (*p == close)
                return {ScanStatus::Ok, p + 1};
            if (*p != ',')
                return {ScanStatus::Error, p};
            p = skipSpace(p + 1, end);
            if (p == end)
                return {ScanStatus::NeedMore, end};
        }
    }
    case 't': return literal(p, end, "true", 4, atEof);
    case 'f': return literal(p, end, "false", 5, atEof);
    case 'n': return literal(p, end, "null", 4, atEof);
    default: {
        if (*p == '-' || (*p >= '0' && *p <= '9')) {
            const NumberScan n = scanNumber(p, end, atEof);
            return {n.status, n.end};
        }
        return {ScanStatus::Error, p};
    }
    }
}

} // namespace ll::json
