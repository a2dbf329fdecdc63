#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

// Small, fast building blocks for scanning JSON text held in a buffer that may end mid-value.
namespace ll::json {

enum class ScanStatus { Ok, NeedMore, Error };

inline bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

inline const char* skipSpace(const char* p, const char* end)
{
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

// Decodes the body of a JSON string (between the quotes) and appends the UTF-8 to out.
// Invalid UTF-8 is copied as it is; \u escapes that are lone surrogates become U+FFFD.
// Returns nullptr on success, else a pointer to the bad escape.
const char* decodeString(const char* p, const char* end, std::string& out);

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
