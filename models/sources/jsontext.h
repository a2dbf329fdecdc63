#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

// Small, fast building blocks for scanning JSON text held in a buffer that may end mid-value.
namespace ll::json {

enum class ScanStatus { Ok, NeedMore, Error };

inline bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// Pretty-printed exports put a newline and a dozen spaces between members: look at 16 bytes at
// once rather than one at a time.
inline const char* skipSpace(const char* p, const char* end)
{
    if (p < end && !isSpace(*p))
        return p;
#if defined(__SSE2__)
    const __m128i space = _mm_set1_epi8(' ');
    const __m128i newline = _mm_set1_epi8('\n');
    const __m128i cr = _mm_set1_epi8('\r');
    const __m128i tab = _mm_set1_epi8('\t');
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i ws = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, space), _mm_cmpeq_epi8(v, newline)),
                                        _mm_or_si128(_mm_cmpeq_epi8(v, cr), _mm_cmpeq_epi8(v, tab)));
        const unsigned other = ~static_cast<unsigned>(_mm_movemask_epi8(ws)) & 0xFFFFu;
        if (other)
            return p + __builtin_ctz(other);
        p += 16;
    }
#endif
    while (p < end && isSpace(*p))
        ++p;
    return p;
}

struct StringScan {
    ScanStatus status = ScanStatus::Ok;
    const char* end = nullptr;     // Ok: the closing quote; Error: the offending byte
    bool hasEscape = false;
};

// p points just after an opening quote. Finds the closing quote; a raw newline inside a string
// cannot occur in valid JSON, so it is reported as an error, which also lets a reader stop at
// the end of a line damaged by a missing quote.
StringScan scanString(const char* p, const char* end);

// Decodes the body of a JSON string (between the quotes) into out, which must have room for
// end - p bytes (decoding never grows the text); out may be p (decoding in place). Invalid UTF-8 is copied as it is; \u escapes
// that are lone surrogates become U+FFFD.
struct DecodeResult {
    char* outEnd = nullptr;        // end of the decoded bytes
    const char* badEscape = nullptr;   // set when the string holds an invalid escape
};
DecodeResult decodeString(const char* p, const char* end, char* out);

struct NumberScan {
    ScanStatus status = ScanStatus::Ok;
    const char* end = nullptr;
    int64_t value = 0;             // fractions are truncated; out-of-range values saturate
};

// Parses a JSON number starting at p. NeedMore when the buffer ends inside it and !atEof.
NumberScan scanNumber(const char* p, const char* end, bool atEof);

// Skips any JSON value starting at p (after white space). depthLimit guards the stack.
struct SkipResult {
    ScanStatus status = ScanStatus::Ok;
    const char* end = nullptr;
};
SkipResult skipValue(const char* p, const char* end, bool atEof, int depthLimit = 256);

} // namespace ll::json
