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
    if (seg == "true" || seg == "false" || seg == "null" || seg == "True" || seg == "False" || seg == "NULL")
        return true;  // literal values: "ret:false" and "ret:true" are one template

    if (classesSeen & Digit) {
        // "SOCKS5", "ipv4", "ext3": a name ending in one digit is more often a name than a value.
        if (seg.size() >= 4 && (Classes[uint8_t(seg.back())] & Digit)) {
            bool letters = true;
            for (size_t k = 0; k + 1 < seg.size() && letters; ++k)
                letters = (seg[k] >= 'a' && seg[k] <= 'z') || (seg[k] >= 'A' && seg[k] <= 'Z');
            if (letters)
                return false;
        }
        return true;
    }
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

bool isUnit(std::string_view w)
{
    static constexpr std::string_view Units[] = {
        "B", "KB", "MB", "GB", "TB", "KiB", "MiB", "GiB", "TiB", "kB", "bytes", "byte", "ms", "us", "ns", "s",
        "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "h", "hours", "%"};
    for (std::string_view u : Units) {
        if (u == w)
            return true;
    }
    return false;
}

// After a lone number at `i` (on whitespace): the end of a following unit, and of a following
// "(0.39 KB)" restatement; `i` when there is none. Trailing punctuation stays outside.
size_t absorbUnits(std::string_view s, size_t i)
{
    auto skipSpace = [&](size_t p) {
        size_t w = 0;
        while (p < s.size() && isSpace(s, p, &w))
            p += w;
        return p;
    };
    auto wordEnd = [&](size_t p) {
        while (!isWordEnd(s, p))
            ++p;
        return p;
    };
    size_t p = skipSpace(i);
    size_t e = wordEnd(p);
    size_t core = e;
    while (core > p && std::strchr(",;.)", s[core - 1]))
        --core;
    if (p == e || !isUnit(s.substr(p, core - p)))
        return i;
    size_t end = core;
    if (core != e)
        return end;
    // "(0.39 KB)"
    size_t q = skipSpace(end);
    if (q + 1 < s.size() && s[q] == '(' && (Classes[uint8_t(s[q + 1])] & Digit)) {
        const size_t numEnd = wordEnd(q);
        const size_t r = skipSpace(numEnd);
        const size_t rEnd = wordEnd(r);
        if (rEnd > r + 1 && s[rEnd - 1] == ')' && isUnit(s.substr(r, rEnd - 1 - r)))
            end = rEnd;
    }
    return end;
}

// "proxy.example.com:5070": a host name with a port is an address, like an IP.
bool isHostWithPort(std::string_view s, size_t b, size_t e)
{
    if (e + 1 >= s.size() || s[e] != ':' || !(Classes[uint8_t(s[e + 1])] & Digit))
        return false;
    int dots = 0;
    for (size_t k = b; k < e; ++k)
        dots += s[k] == '.';
    return dots >= 2;
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
    size_t numberStart = SIZE_MAX;
    while (i < n) {
        size_t w = 0;
        if (isSpace(s, i, &w)) {
            if (open && m_tokens.back().firstMask + 1 == m_masks.size()
                && std::string_view(m_buffer).substr(m_tokenOffsets.back()) == Wildcard) {
                // "403 bytes (0.39 KB)", "12 ms": a quantity and its unit are one value.
                const size_t end = absorbUnits(s, i);
                if (end != i) {
                    m_masks.back().end = uint32_t(end);
                    i = end;
                    continue;
                }
            }
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
                const size_t limit = std::min(n, i + 1 + 512);
                size_t k = i + 1;
                // Quoted words with spaces ("GET /v2/servers HTTP/1.1") are text to look into,
                // not one value.
                while (k < limit && s[k] != c && !(Classes[uint8_t(s[k])] & Space))
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
            // "<1 sec", "~5ms": the comparison belongs to the number.
            if ((c == '<' || c == '>' || c == '~') && i == tokenStart && i + 1 < n
                && (Classes[uint8_t(s[i + 1])] & Digit)) {
                numberStart = i;
                ++i;
                continue;
            }
            m_buffer.push_back(c);
            ++i;
            // An empty value ("rhost=", "()") is a value all the same: same template as a full one.
            if ((c == '=' && (isWordEnd(s, i) || s[i] == ',' || s[i] == ';'))
                || ((c == '(' || c == '[' || c == '{') && i < n && s[i] == (c == '(' ? ')' : c + 2)))
                emitMask(i, i);
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
        const size_t segStart = numberStart != SIZE_MAX ? numberStart : i;
        numberStart = SIZE_MAX;
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
        if (isVariable(seg, seen) || isHostWithPort(s, i, j)
            || (i == tokenStart && isWordEnd(s, j) && isDateWord(seg) && j + 1 < n
                && ((Classes[uint8_t(s[j + 1])] & Digit) || isDateWord(s.substr(j + 1, 3))))) {
            emitMask(segStart, j);
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
