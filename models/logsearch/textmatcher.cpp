#include "logsearch/textmatcher.h"

#include <QCoreApplication>
#include <re2/re2.h>

#include <algorithm>
#include <cstring>

namespace ll {

namespace {

inline uint8_t foldAscii(uint8_t c) { return (c >= 'A' && c <= 'Z') ? static_cast<uint8_t>(c + 32) : c; }

// How common a byte is in typical log text (higher is commoner). Anchoring memchr on the rarest
// byte of the needle makes it stop as seldom as possible.
int byteRank(uint8_t c)
{
    if (c == ' ')
        return 100;
    if (c >= 'a' && c <= 'z') {
        static const char order[] = "etaoinsrhldcumfpgwybvkxjqz";  // English frequency, commonest first
        const char* p = std::strchr(order, c);
        return 90 - static_cast<int>(p - order);
    }
    if (c >= '0' && c <= '9')
        return 60;
    if (c == '"' || c == ':' || c == ',' || c == '.' || c == '-' || c == '/' || c == '_')
        return 55;
    if (c >= 'A' && c <= 'Z')
        return 50;
    return 10;  // punctuation, control bytes and non-ASCII are rare
}

} // namespace

TextMatcher::~TextMatcher() = default;

std::shared_ptr<const TextMatcher> TextMatcher::create(const QString& pattern, Mode mode, bool caseSensitive,
    QString* error)
{
    auto m = std::make_shared<TextMatcher>();
    m->m_caseSensitive = caseSensitive;
    const QByteArray utf8 = pattern.toUtf8();
    if (mode == Mode::Regex && !pattern.isEmpty()) {
        RE2::Options opts;
        opts.set_encoding(RE2::Options::EncodingUTF8);
        opts.set_case_sensitive(caseSensitive);
        opts.set_log_errors(false);
        // Bounded memory even for pathological patterns; RE2 falls back to slower engines.
        opts.set_max_mem(64 << 20);
        m->m_regex = std::make_unique<RE2>(re2::StringPiece(utf8.constData(), static_cast<size_t>(utf8.size())), opts);
        if (!m->m_regex->ok()) {
            if (error) {
                *error = QCoreApplication::translate("ll::TextMatcher", "Invalid regular expression: %1")
                             .arg(QString::fromStdString(m->m_regex->error()));
            }
            return nullptr;
        }
        return m;
    }
    m->m_needle.assign(utf8.constData(), static_cast<size_t>(utf8.size()));
    if (!caseSensitive) {
        for (char& c : m->m_needle)
            c = static_cast<char>(foldAscii(static_cast<uint8_t>(c)));
        const size_t n = m->m_needle.size();
        m->m_skip.fill(static_cast<uint8_t>(std::min<size_t>(n, 255)));
        for (size_t i = 0; i + 1 < n && n > 0; ++i) {
            const auto c = static_cast<uint8_t>(m->m_needle[i]);
            const auto shift = static_cast<uint8_t>(std::min<size_t>(n - 1 - i, 255));
            m->m_skip[c] = shift;
            if (c >= 'a' && c <= 'z')
                m->m_skip[c - 32] = shift;
        }
    } else {
        int best = 1000;
        for (size_t i = 0; i < m->m_needle.size(); ++i) {
            const int rank = byteRank(static_cast<uint8_t>(m->m_needle[i]));
            if (rank < best) {
                best = rank;
                m->m_rareIndex = i;
            }
        }
    }
    return m;
}

size_t TextMatcher::findLiteral(std::string_view text, size_t from) const
{
    const size_t n = m_needle.size();
    if (text.size() < n || from > text.size() - n)
        return std::string_view::npos;
    const char anchor = m_needle[m_rareIndex];
    const char* base = text.data();
    // The anchor byte can only sit in [from + rareIndex, size - n + rareIndex].
    const char* p = base + from + m_rareIndex;
    const char* last = base + (text.size() - n) + m_rareIndex;
    while (p <= last) {
        p = static_cast<const char*>(std::memchr(p, anchor, static_cast<size_t>(last - p) + 1));
        if (!p)
            return std::string_view::npos;
        const char* start = p - m_rareIndex;
        if (std::memcmp(start, m_needle.data(), n) == 0)
            return static_cast<size_t>(start - base);
        ++p;
    }
    return std::string_view::npos;
}

size_t TextMatcher::findFolded(std::string_view text, size_t from) const
{
    // Horspool over ASCII-folded bytes; non-ASCII bytes compare exactly.
    const size_t n = m_needle.size();
    if (text.size() < n || from > text.size() - n)
        return std::string_view::npos;
    const auto* t = reinterpret_cast<const uint8_t*>(text.data());
    const auto* needle = reinterpret_cast<const uint8_t*>(m_needle.data());
    const uint8_t lastNeedle = needle[n - 1];
    size_t pos = from;
    const size_t end = text.size() - n;
    while (pos <= end) {
        const uint8_t c = t[pos + n - 1];
        if (foldAscii(c) == lastNeedle) {
            size_t i = 0;
            while (i + 1 < n && foldAscii(t[pos + i]) == needle[i])
                ++i;
            if (i + 1 >= n)
                return pos;
        }
        pos += m_skip[c];
    }
    return std::string_view::npos;
}

size_t TextMatcher::findFrom(std::string_view text, size_t from, size_t* length) const
{
    if (m_regex) {
        re2::StringPiece whole(text.data(), text.size());
        re2::StringPiece match;
        if (from > text.size() || !m_regex->Match(whole, from, text.size(), RE2::UNANCHORED, &match, 1))
            return std::string_view::npos;
        *length = match.size();
        return static_cast<size_t>(match.data() - text.data());
    }
    *length = m_needle.size();
    if (m_needle.empty())
        return from <= text.size() ? from : std::string_view::npos;
    return m_caseSensitive ? findLiteral(text, from) : findFolded(text, from);
}

bool TextMatcher::matches(std::string_view text) const
{
    if (m_regex)
        return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *m_regex);
    if (m_needle.empty())
        return true;
    return (m_caseSensitive ? findLiteral(text, 0) : findFolded(text, 0)) != std::string_view::npos;
}

std::vector<MatchRange> TextMatcher::find(std::string_view text, size_t limit) const
{
    std::vector<MatchRange> out;
    if (isEmpty())
        return out;
    size_t from = 0;
    while (out.size() < limit && from <= text.size()) {
        size_t length = 0;
        const size_t pos = findFrom(text, from, &length);
        if (pos == std::string_view::npos)
            break;
        if (length == 0) {
            // An empty regex match (e.g. `x*`) highlights nothing; step past it.
            from = pos + 1;
            continue;
        }
        out.push_back({ static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + length) });
        from = pos + length;
    }
    return out;
}

} // namespace ll
