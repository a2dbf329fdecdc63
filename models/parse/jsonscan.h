#pragma once

#include <string_view>

namespace ll::json {

// A minimal, allocation-free reader for the small JSON objects in log lines (platform records,
// runtime error bodies). It walks one object's members and hands out raw views: string values
// without their quotes and still escaped, numbers and nested objects as their source text.
// Malformed input simply ends the walk; nothing here throws or reads past the view.
enum class Type { String, Number, Object, Array, True, False, Null, Invalid };

struct Value {
    Type type = Type::Invalid;
    std::string_view raw;   // String: contents between the quotes (escaped); others: the text
    bool isString() const { return type == Type::String; }
    bool isObject() const { return type == Type::Object; }
    double number(double fallback = -1) const;
};

class ObjectReader {
public:
    explicit ObjectReader(std::string_view objectText);
    // Advances to the next member; false at the end or on malformed input.
    bool next(std::string_view* key, Value* value);
    bool malformed() const { return m_malformed; }

private:
    std::string_view m_text;
    size_t m_pos = 0;
    bool m_malformed = false;
    bool m_done = false;
};

// Finds a member of an object by key (first match). Returns an Invalid value when absent.
Value member(std::string_view objectText, std::string_view key);

// Parses one value starting at text[pos] (after whitespace); sets *end past it.
Value parseValue(std::string_view text, size_t pos, size_t* end);

// Decodes a raw (escaped) JSON string into UTF-8; invalid escapes and lone surrogates become U+FFFD.
std::string unescape(std::string_view raw);

} // namespace ll::json
