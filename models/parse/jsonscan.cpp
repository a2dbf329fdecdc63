#include "parse/jsonscan.h"

#include <charconv>
#include <cstdlib>
#include <cstring>
#include <string>

namespace ll::json {

namespace {

size_t skipSpace(std::string_view t, size_t pos)
{
    while (pos < t.size() && (t[pos] == ' ' || t[pos] == '\t' || t[pos] == '\n' || t[pos] == '\r'))
        ++pos;
    return pos;
}

// Returns the position just past the closing quote of a string starting at pos (a quote).
size_t skipString(std::string_view t, size_t pos)
{
    ++pos;
    while (pos < t.size()) {
        // Jump to the next quote, then check that it is not escaped.
        const void* q = std::memchr(t.data() + pos, '"', t.size() - pos);
        if (!q)
            return std::string_view::npos;
        const size_t quote = size_t(static_cast<const char*>(q) - t.data());
        size_t backslashes = 0;
        while (quote - backslashes > pos && t[quote - backslashes - 1] == '\\')
            ++backslashes;
        if (backslashes % 2 == 0)
            return quote + 1;
        pos = quote + 1;
    }
    return std::string_view::npos;
}

// Skips a nested object or array, honouring strings; returns the position past its end.
size_t skipNested(std::string_view t, size_t pos)
{
    int depth = 0;
    while (pos < t.size()) {
        const char c = t[pos];
        if (c == '"') {
            pos = skipString(t, pos);
            if (pos == std::string_view::npos)
                return pos;
            continue;
        }
        if (c == '{' || c == '[')
            ++depth;
        else if (c == '}' || c == ']') {
            if (--depth == 0)
                return pos + 1;
        }
        ++pos;
    }
    return std::string_view::npos;
}

void appendUtf8(std::string& out, uint32_t cp)
{
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | (cp >> 6)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | (cp >> 12)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (cp >> 18)));
        out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}

bool hex4(std::string_view raw, size_t pos, uint32_t* out)
{
    if (pos + 4 > raw.size())
        return false;
    uint32_t v = 0;
    for (size_t i = pos; i < pos + 4; ++i) {
        const char c = raw[i];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= uint32_t(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= uint32_t(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= uint32_t(c - 'A' + 10);
        else
            return false;
    }
    *out = v;
    return true;
}

} // namespace

double Value::number(double fallback) const
{
    if (type != Type::Number)
        return fallback;
    double v = fallback;
    const auto res = std::from_chars(raw.data(), raw.data() + raw.size(), v);
    return res.ec == std::errc() ? v : fallback;
}

Value parseValue(std::string_view t, size_t pos, size_t* end)
{
    pos = skipSpace(t, pos);
    Value v;
    *end = std::string_view::npos;
    if (pos >= t.size())
        return v;
    const char c = t[pos];
    if (c == '"') {
        const size_t e = skipString(t, pos);
        if (e == std::string_view::npos)
            return v;
        v.type = Type::String;
        v.raw = t.substr(pos + 1, e - pos - 2);
        *end = e;
    } else if (c == '{' || c == '[') {
        const size_t e = skipNested(t, pos);
        if (e == std::string_view::npos)
            return v;
        v.type = c == '{' ? Type::Object : Type::Array;
        v.raw = t.substr(pos, e - pos);
        *end = e;
    } else {
        size_t e = pos;
        while (e < t.size() && t[e] != ',' && t[e] != '}' && t[e] != ']' && t[e] != ' ' && t[e] != '\n'
            && t[e] != '\r' && t[e] != '\t')
            ++e;
        v.raw = t.substr(pos, e - pos);
        if (v.raw == "true")
            v.type = Type::True;
        else if (v.raw == "false")
            v.type = Type::False;
        else if (v.raw == "null")
            v.type = Type::Null;
        else if (!v.raw.empty() && (v.raw[0] == '-' || (v.raw[0] >= '0' && v.raw[0] <= '9')))
            v.type = Type::Number;
        else
            return Value {};
        *end = e;
    }
    return v;
}

ObjectReader::ObjectReader(std::string_view objectText)
    : m_text(objectText)
{
    m_pos = skipSpace(m_text, 0);
    if (m_pos >= m_text.size() || m_text[m_pos] != '{') {
        m_malformed = true;
        m_done = true;
    } else {
        ++m_pos;
    }
}

bool ObjectReader::next(std::string_view* key, Value* value)
{
    if (m_done)
        return false;
    m_pos = skipSpace(m_text, m_pos);
    if (m_pos < m_text.size() && m_text[m_pos] == ',')
        m_pos = skipSpace(m_text, m_pos + 1);
    if (m_pos >= m_text.size() || m_text[m_pos] == '}') {
        m_done = true;
        m_malformed = m_pos >= m_text.size();
        return false;
    }
    if (m_text[m_pos] != '"') {
        m_done = m_malformed = true;
        return false;
    }
    const size_t keyEnd = skipString(m_text, m_pos);
    if (keyEnd == std::string_view::npos) {
        m_done = m_malformed = true;
        return false;
    }
    *key = m_text.substr(m_pos + 1, keyEnd - m_pos - 2);
    m_pos = skipSpace(m_text, keyEnd);
    if (m_pos >= m_text.size() || m_text[m_pos] != ':') {
        m_done = m_malformed = true;
        return false;
    }
    size_t end = 0;
    *value = parseValue(m_text, m_pos + 1, &end);
    if (end == std::string_view::npos) {
        m_done = m_malformed = true;
        return false;
    }
    m_pos = end;
    return true;
}

Value member(std::string_view objectText, std::string_view key)
{
    ObjectReader reader(objectText);
    std::string_view k;
    Value v;
    while (reader.next(&k, &v)) {
        if (k == key)
            return v;
    }
    return Value {};
}

std::string unescape(std::string_view raw)
{
    std::string out;
    out.reserve(raw.size());
    for (size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '\\' || i + 1 >= raw.size()) {
            out.push_back(c);
            continue;
        }
        const char e = raw[++i];
        switch (e) {
        case 'n': out.push_back('\n'); break;
        case 't': out.push_back('\t'); break;
        case 'r': out.push_back('\r'); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case '/': out.push_back('/'); break;
        case '\\': out.push_back('\\'); break;
        case '"': out.push_back('"'); break;
        case 'u': {
            uint32_t cp = 0;
            if (!hex4(raw, i + 1, &cp)) {
                appendUtf8(out, 0xFFFD);
                break;
            }
            i += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                uint32_t lo = 0;
                if (i + 2 < raw.size() && raw[i + 1] == '\\' && raw[i + 2] == 'u' && hex4(raw, i + 3, &lo)
                    && lo >= 0xDC00 && lo <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    i += 6;
                } else {
                    cp = 0xFFFD;
                }
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                cp = 0xFFFD;
            }
            appendUtf8(out, cp);
            break;
        }
        default: appendUtf8(out, 0xFFFD); break;
        }
    }
    return out;
}

} // namespace ll::json
