#include "jsontext.h"

#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#elif defined(__SSE2__)
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

#if defined(__x86_64__) && defined(__GNUC__)
__attribute__((target("avx2"))) inline const char* findStringSpecialAvx2(const char* p, const char* end)
{
    const __m256i quote = _mm256_set1_epi8('"');
    const __m256i backslash = _mm256_set1_epi8('\\');
    const __m256i newline = _mm256_set1_epi8('\n');
    while (end - p >= 32) {
        const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
        const __m256i hit = _mm256_or_si256(_mm256_or_si256(_mm256_cmpeq_epi8(v, quote), _mm256_cmpeq_epi8(v, backslash)),
                                            _mm256_cmpeq_epi8(v, newline));
        const unsigned mask = static_cast<unsigned>(_mm256_movemask_epi8(hit));
        if (mask)
            return p + __builtin_ctz(mask);
        p += 32;
    }
    return findStringSpecial(p, end);
}
#endif

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

inline char* putUtf8(char* out, uint32_t cp)
{
    if (cp < 0x80) {
        *out++ = static_cast<char>(cp);
    } else if (cp < 0x800) {
        *out++ = static_cast<char>(0xC0 | (cp >> 6));
        *out++ = static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *out++ = static_cast<char>(0xE0 | (cp >> 12));
        *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        *out++ = static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        *out++ = static_cast<char>(0xF0 | (cp >> 18));
        *out++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        *out++ = static_cast<char>(0x80 | (cp & 0x3F));
    }
    return out;
}

bool isDelimiterOrEnd(const char* p, const char* end)
{
    return p == end || isSpace(*p) || *p == ',' || *p == '}' || *p == ']';
}

} // namespace

#if defined(__x86_64__) && defined(__GNUC__)
// Function multi-versioning: the loader picks the AVX2 build on CPUs that have it. Callers in
// other files would bind to the default version directly, hence the plain wrapper below.
__attribute__((target("default"))) StringScan scanStringVersioned(const char* p, const char* end)
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

__attribute__((target("avx2"))) StringScan scanStringVersioned(const char* p, const char* end)
{
    StringScan r;
    for (;;) {
        p = findStringSpecialAvx2(p, end);
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

StringScan scanString(const char* p, const char* end)
{
    return scanStringVersioned(p, end);
}
#else
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
#endif

DecodeResult decodeString(const char* p, const char* end, char* out)
{
    // Every escape is at least two bytes and decodes to at most as many, so out never overtakes p
    // (out may be p itself: decoding in place, hence memmove).
    while (p < end) {
        const char* bs = static_cast<const char*>(std::memchr(p, '\\', static_cast<size_t>(end - p)));
        if (!bs) {
            std::memmove(out, p, static_cast<size_t>(end - p));
            return {out + (end - p), nullptr};
        }
        std::memmove(out, p, static_cast<size_t>(bs - p));
        out += bs - p;
        if (end - bs < 2)
            return {out, bs};
        p = bs + 2;
        switch (bs[1]) {
        case '"': *out++ = '"'; break;
        case '\\': *out++ = '\\'; break;
        case '/': *out++ = '/'; break;
        case 'b': *out++ = '\b'; break;
        case 'f': *out++ = '\f'; break;
        case 'n': *out++ = '\n'; break;
        case 'r': *out++ = '\r'; break;
        case 't': *out++ = '\t'; break;
        case 'u': {
            if (end - p < 4)
                return {out, bs};
            int32_t cp = hex4(p);
            if (cp < 0)
                return {out, bs};
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
            out = putUtf8(out, static_cast<uint32_t>(cp));
            break;
        }
        default:
            return {out, bs};
        }
    }
    return {out, nullptr};
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
    while (p < end && *p >= '0' && *p <= '9') {
        value = value * 10 + static_cast<uint64_t>(*p - '0');
        ++p;
    }
    // 19 digits always fit in 64 bits; only longer numbers can have wrapped.
    const bool overflow = p - digits > 19;
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
