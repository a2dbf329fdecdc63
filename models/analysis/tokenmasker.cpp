#include "analysis/tokenmasker.h"

#include <array>
#include <cstring>

namespace ll {

namespace {

enum CharClass : uint8_t { Plain = 0, Space = 1, Delim = 2, Digit = 4, Hex = 8, Quote = 16 };

constexpr std::array<uint8_t, 256> makeClasses()
{
    std::array<uint8_t, 256> t{};
    for (char c : std::string_view(" \t\n\r\v\f"))
        t[uint8_t(c)] = Space;
    // Characters that separate a key from its value or wrap a value: each side is judged alone.
    for (char c : std::string_view("=:,;()[]{}<>|"))
        t[uint8_t(c)] = Delim;
    for (char c : std::string_view("\"'`"))
        t[uint8_t(c)] = Delim | Quote;
    for (int c = '0'; c <= '9'; ++c)
        t[c] = Digit | Hex;
    for (int c = 'a'; c <= 'f'; ++c)
        t[c] = Hex;
    for (int c = 'A'; c <= 'F'; ++c)
        t[c] = Hex;
    return t;
}

constexpr std::array<uint8_t, 256> Classes = makeClasses();

inline bool isSpace(std::string_view s, size_t i, size_t* width)
{
    const uint8_t c = uint8_t(s[i]);
    if (Classes[c] & Space) {
        *width = 1;
        return true;
    }
    // U+00A0 NO-BREAK SPACE: Python indents its tracebacks in Lambda with it.
    if (c == 0xC2 && i + 1 < s.size() && uint8_t(s[i + 1]) == 0xA0) {
        *width = 2;
        return true;
    }
    return false;
}

inline bool isWordEnd(std::string_view s, size_t i)
{
    size_t w = 0;
    return i >= s.size() || isSpace(s, i, &w);
}

// A three-letter month or weekday right before a number is part of a date ("Sun Dec 18 04:02:10").
bool isDateWord(std::string_view w)
{
    static constexpr std::string_view Names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
                                                 "Oct", "Nov", "Dec", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    if (w.size() != 3)
        return false;
    for (std::string_view n : Names) {
        if (n == w)
            return true;
    }
    return false;
}

bool isVariable(std::string_view seg, uint8_t classesSeen)
{
    if (classesSeen & Digit)
        return true;
    if (seg.size() > 1 && (seg[0] == '/' || seg[0] == '\\'))
        return true;  // a file path
    if (seg.size() >= 8) {
        for (char c : seg) {
            if (!(Classes[uint8_t(c)] & Hex))
                return false;
        }
        return true;  // a hex id without digits by chance
    }
    return false;
}

} // namespace

const std::vector<TokenMasker::Token>& TokenMasker::mask(std::string_view message)
{
    if (message.size() > MaxBytes)
        message = message.substr(0, MaxBytes);
    m_raw = message;
    m_buffer.clear();
    m_tokens.clear();
    m_masks.clear();
    m_tokenOffsets.clear();

    const std::string_view s = message;
    const size_t n = s.size();
    bool open = false;
    size_t tokenStart = 0;   // raw
    auto closeToken = [&](size_t rawEnd) {
        if (!open)
            return;
        m_tokens.back().raw.end = uint32_t(rawEnd);
        m_tokens.back().maskCount = uint32_t(m_masks.size()) - m_tokens.back().firstMask;
        m_tokenOffsets.push_back(m_buffer.size());
        open = false;
    };
    auto emitMask = [&](size_t b, size_t e) {
        // Runs like 12:30:45 or 1,2,3 become one "<*>": their length is as variable as their values.
        if (!m_masks.empty() && m_buffer.size() >= 4 && m_tokenOffsets.size() % 2 == 1
            && m_buffer.size() - 4 >= m_tokenOffsets.back()
            && m_buffer.compare(m_buffer.size() - 4, 3, Wildcard) == 0
            && (m_buffer.back() == ':' || m_buffer.back() == ',') && m_masks.back().end + 1 == b
            && m_tokens.back().firstMask < m_masks.size()) {
            m_buffer.pop_back();
            m_masks.back().end = uint32_t(e);
            return;
        }
        m_buffer.append(Wildcard);
        m_masks.push_back({uint32_t(b), uint32_t(e)});
    };

    size_t i = 0;
    while (i < n) {
        size_t w = 0;
        if (isSpace(s, i, &w)) {
            closeToken(i);
            i += w;
            continue;
        }
        if (!open) {
            if (m_tokens.size() >= MaxTokens)
                break;
            open = true;
            tokenStart = i;
            if (!m_buffer.empty())
                m_buffer.push_back(' ');
            m_tokenOffsets.push_back(m_buffer.size());
            Token t;
            t.raw.begin = uint32_t(i);
            t.firstMask = uint32_t(m_masks.size());
            m_tokens.push_back(t);
        }
        const char c = s[i];
        const uint8_t cls = Classes[uint8_t(c)];
        if (c == '<' && s.substr(i, 3) == Wildcard) {
            emitMask(i, i + 3);
            i += 3;
            continue;
        }
        if (cls & Quote) {
            // A quoted value: only when the quote opens a value (word start or after a delimiter),
            // so apostrophes inside words ("can't") stay text.
            const bool opens = i == tokenStart || (Classes[uint8_t(s[i - 1])] & Delim);
            if (opens) {
                const size_t limit = std::min(n, i + 1 + 1024);
                size_t k = i + 1;
                while (k < limit && s[k] != c)
                    ++k;
                if (k < limit && k > i + 1
                    && (isWordEnd(s, k + 1) || std::strchr(",.;:)]}", s[k + 1]) != nullptr)) {
                    m_buffer.push_back(c);
                    emitMask(i + 1, k);
                    m_buffer.push_back(c);
                    i = k + 1;
                    // The value may have spanned whitespace: the token still runs to the next space.
                    continue;
                }
            }
            m_buffer.push_back(c);
            ++i;
            continue;
        }
        if (cls & Delim) {
            m_buffer.push_back(c);
            ++i;
            continue;
        }
        // A segment: up to the next space or delimiter.
        size_t j = i;
        uint8_t seen = 0;
        while (j < n) {
            const uint8_t cj = Classes[uint8_t(s[j])];
            if (cj & (Space | Delim))
                break;
            if (uint8_t(s[j]) == 0xC2 && j + 1 < n && uint8_t(s[j + 1]) == 0xA0)
                break;
            seen |= cj;
            ++j;
        }
        const std::string_view seg = s.substr(i, j - i);
        if (s.substr(j, 3) == "://") {
            // A URL swallows its own colons and slashes, up to whatever closes it.
            size_t k = j + 3;
            while (k < n && !isWordEnd(s, k) && !std::strchr(")]}>\"',", s[k]))
                ++k;
            while (k > j + 3 && (s[k - 1] == '.' || s[k - 1] == ':'))
                --k;
            emitMask(i, k);
            i = k;
            continue;
        }
        if (isVariable(seg, seen)
            || (i == tokenStart && isWordEnd(s, j) && isDateWord(seg) && j + 1 < n
                && (Classes[uint8_t(s[j + 1])] & Digit))) {
            emitMask(i, j);
        } else {
            m_buffer.append(seg);
        }
        i = j;
    }
    closeToken(std::min(i, n));

    for (size_t t = 0; t < m_tokens.size(); ++t) {
        const size_t b = m_tokenOffsets[2 * t];
        const size_t e = m_tokenOffsets[2 * t + 1];
        m_tokens[t].text = std::string_view(m_buffer).substr(b, e - b);
    }
    return m_tokens;
}

} // namespace ll
