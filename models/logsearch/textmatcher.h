#pragma once

#include <QByteArray>
#include <QString>
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace re2 {
class RE2;
class FilteredRE2;
}

namespace ll {

// A half-open byte range [begin, end) inside a message, for highlighting.
struct MatchRange {
    uint32_t begin = 0;
    uint32_t end = 0;
    bool operator==(const MatchRange& o) const { return begin == o.begin && end == o.end; }
};

// Finds a literal or a regular expression in raw message bytes (UTF-8 as received, maybe invalid).
// Compiled once, then used read-only from any number of threads.
class TextMatcher {
public:
    enum class Mode { Literal, Regex };

    TextMatcher() = default;  // matches everything
    ~TextMatcher();
    TextMatcher(const TextMatcher&) = delete;
    TextMatcher& operator=(const TextMatcher&) = delete;

    // Returns nullptr and sets *error (translated) when the pattern is not a valid regex.
    static std::shared_ptr<const TextMatcher> create(const QString& pattern, Mode mode, bool caseSensitive,
        QString* error);

    bool isEmpty() const { return m_needle.empty() && !m_regex; }
    bool matches(std::string_view text) const;
    // Every non-overlapping match, left to right; at most `limit` ranges.
    std::vector<MatchRange> find(std::string_view text, size_t limit = 256) const;

private:
    // Position of the first match at or after `from`, or npos; *length gets the match length.
    size_t findFrom(std::string_view text, size_t from, size_t* length) const;
    size_t findLiteral(std::string_view text, size_t from) const;
    size_t findFolded(std::string_view text, size_t from) const;
    void setLiteral(std::string_view bytes, bool caseSensitive);
    bool regexMayMatch(std::string_view text) const;
    void buildPrefilter(const QByteArray& pattern, const re2::RE2& compiled);

    std::string m_needle;      // literal; lower-cased (ASCII) when !m_caseSensitive
    bool m_caseSensitive = true;
    size_t m_rareIndex = 0;    // offset in the needle of its rarest byte: the memchr anchor
    size_t m_probeA = 0;       // case-folded search: offsets of the two rarest needle bytes
    size_t m_probeB = 0;
    std::unique_ptr<re2::RE2> m_regex;
    // Literals the regex cannot match without ("atoms"): lines lacking them skip the regex.
    std::unique_ptr<re2::FilteredRE2> m_prefilter;
    std::vector<std::unique_ptr<TextMatcher>> m_atoms;
    // Atoms every match contains, longest (likely rarest) first: a line lacking one is rejected
    // after one scan, before the others are looked for.
    std::vector<size_t> m_required;
    std::vector<size_t> m_optional;          // the other atoms (alternatives)
    std::unique_ptr<TextMatcher> m_gate;     // a prefix all optional atoms share, or null
    bool m_requiredOnly = false;             // too many alternatives: only required atoms are checked
    size_t m_gateLength = 0;
    // (literal length, atom index or -1 for the gate): each rejects a line lacking it; longest first.
    std::vector<std::pair<size_t, int>> m_reject;
};

using TextMatcherPtr = std::shared_ptr<const TextMatcher>;

} // namespace ll
