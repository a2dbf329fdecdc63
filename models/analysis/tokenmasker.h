#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ll {

// Splits a log message into whitespace-separated tokens and replaces the parts that are
// obviously variable (numbers, hex, UUIDs and request ids, IPs and ports, URLs, file paths,
// quoted strings, timestamps, durations and sizes like 12ms or 3.5MB) with "<*>" before
// template mining, so the miner compares only the words that carry the meaning.
//
// Works on bytes: invalid UTF-8 is carried through unchanged, U+00A0 (Python's traceback
// indentation) counts as whitespace. Reusable: mask() keeps its buffers between calls.
class TokenMasker {
public:
    struct Span {
        uint32_t begin = 0;  // byte offsets into the raw message
        uint32_t end = 0;
    };
    struct Token {
        std::string_view text;   // masked text, view into the masker's buffer
        Span raw;                // the raw token this came from
        uint32_t firstMask = 0;  // masked parts of this token: masks()[firstMask, firstMask + maskCount)
        uint32_t maskCount = 0;
    };

    static constexpr std::string_view Wildcard = "<*>";
    // Lines longer than this are cut (a stack trace of 256 KB says nothing more past here).
    static constexpr size_t MaxBytes = 16 * 1024;
    static constexpr size_t MaxTokens = 256;

    // Masks `message`; the result is valid until the next call.
    const std::vector<Token>& mask(std::string_view message);
    const std::vector<Token>& tokens() const { return m_tokens; }
    const std::vector<Span>& masks() const { return m_masks; }
    std::string_view raw(Span s) const { return m_raw.substr(s.begin, s.end - s.begin); }

    // The masked tokens joined by single spaces: "user=<*> logged in from <*>".
    std::string_view maskedText() const { return m_buffer; }

private:
    std::string_view m_raw;
    std::string m_buffer;
    std::vector<size_t> m_tokenOffsets;  // into m_buffer, resolved to views at the end
    std::vector<Token> m_tokens;
    std::vector<Span> m_masks;
};

} // namespace ll
