#include "parse/jsonscan.h"

#include "sources/jsontext.h"

#include <algorithm>
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
    // The importer's decoder does the work; where it stops at an invalid escape, the escape's
    // two characters become U+FFFD and decoding carries on, so log text is never cut short.
    std::string out(raw.size(), '\0');
    const char* p = raw.data();
    const char* end = p + raw.size();
    char* o = out.data();
    for (;;) {
        const DecodeResult r = decodeString(p, end, o);
        o = r.outEnd;
        if (!r.badEscape)
            break;
        const size_t done = size_t(o - out.data());
        out.resize(done);
        out += "\xEF\xBF\xBD";
        p = std::min(r.badEscape + 2, end);
        out.resize(out.size() + size_t(end - p));
        o = out.data() + done + 3;
    }
    out.resize(size_t(o - out.data()));
    return out;
}

} // namespace ll::json
