#include "logsearch/textmatcher.h"

#include <QCoreApplication>
#include <re2/filtered_re2.h>
#include <re2/re2.h>

#include <algorithm>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
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
        m->buildPrefilter(utf8, *m->m_regex);
        return m;
    }
    m->setLiteral(std::string_view(utf8.constData(), size_t(utf8.size())), caseSensitive);
    return m;
}

void TextMatcher::setLiteral(std::string_view bytes, bool caseSensitive)
{
    m_caseSensitive = caseSensitive;
    m_needle.assign(bytes.data(), bytes.size());
    if (!caseSensitive) {
        for (char& c : m_needle)
            c = static_cast<char>(foldAscii(static_cast<uint8_t>(c)));
        // The two rarest bytes are the SIMD probes: " in " probes 'i' and 'n', not the spaces
        // that every line is full of.
        int best = 1000, second = 1000;
        m_probeA = 0;
        m_probeB = m_needle.empty() ? 0 : m_needle.size() - 1;
        for (size_t i = 0; i < m_needle.size(); ++i) {
            const int rank = byteRank(static_cast<uint8_t>(m_needle[i]));
            if (rank < best) {
                second = best;
                m_probeB = m_probeA;
                best = rank;
                m_probeA = i;
            } else if (rank < second) {
                second = rank;
                m_probeB = i;
            }
        }
        if (m_needle.size() >= 2 && m_probeA == m_probeB)
            m_probeB = m_probeA == 0 ? m_needle.size() - 1 : 0;
    } else {
        int best = 1000;
        for (size_t i = 0; i < m_needle.size(); ++i) {
            const int rank = byteRank(static_cast<uint8_t>(m_needle[i]));
            if (rank < best) {
                best = rank;
                m_rareIndex = i;
            }
        }
    }
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
    // ASCII case folding; non-ASCII bytes compare exactly.
    const size_t n = m_needle.size();
    if (text.size() < n || from > text.size() - n)
        return std::string_view::npos;
    const auto* t = reinterpret_cast<const uint8_t*>(text.data());
    const auto* needle = reinterpret_cast<const uint8_t*>(m_needle.data());
    auto verify = [&](size_t pos) {
        for (size_t k = 0; k < n; ++k) {
            if (foldAscii(t[pos + k]) != needle[k])
                return false;
        }
        return true;
    };
    size_t pos = from;
    const size_t end = text.size() - n;  // last possible start
#if defined(__SSE2__)
    // Compare two needle bytes (the rarest) at 16 starts at once; OR-ing 0x20 folds letters
    // (and may let a few non-letters through, which verify() rejects).
    const __m128i x20 = _mm_set1_epi8(0x20);
    const __m128i first = _mm_set1_epi8(static_cast<char>(needle[m_probeA] | 0x20));
    const __m128i last = _mm_set1_epi8(static_cast<char>(needle[m_probeB] | 0x20));
    while (pos + 16 <= end + 1) {
        const __m128i a = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(t + pos + m_probeA)), x20);
        const __m128i b = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(t + pos + m_probeB)), x20);
        auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, last))));
        while (mask) {
            const size_t at = pos + static_cast<size_t>(__builtin_ctz(mask));
            if (verify(at))
                return at;
            mask &= mask - 1;
        }
        pos += 16;
    }
#endif
    for (; pos <= end; ++pos) {
        if (foldAscii(t[pos]) == needle[0] && verify(pos))
            return pos;
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

void TextMatcher::buildPrefilter(const QByteArray& pattern, const RE2& compiled)
{
    constexpr int kMinAtomLength = 3;
    // Alternatives scanned one by one on every line cost more than they save beyond a few...
    constexpr size_t kMaxScannedAtoms = 4;
    // ...unless a shared gate literal skips them; past this many, the analysis itself costs.
    constexpr size_t kMaxAtoms = 64;
    auto filter = std::make_unique<re2::FilteredRE2>(kMinAtomLength);
    int id = 0;
    if (filter->Add(re2::StringPiece(pattern.constData(), size_t(pattern.size())), compiled.options(), &id) != RE2::NoError)
        return;
    std::vector<std::string> atoms;
    filter->Compile(&atoms);
    if (atoms.empty() || atoms.size() > kMaxAtoms)
        return;
    for (const std::string& a : atoms) {
        // Atoms are lower-cased by RE2's Unicode rules; our fold is ASCII only.
        if (std::any_of(a.begin(), a.end(), [](char c) { return static_cast<uint8_t>(c) >= 0x80; }))
            return;
    }
    // The prefilter is monotone (ANDs and ORs of atoms): an atom is required exactly when all the
    // others together do not pass it.
    std::vector<int> others;
    std::vector<int> potentials;
    std::vector<size_t> optional;
    for (size_t i = 0; i < atoms.size(); ++i) {
        others.clear();
        for (size_t k = 0; k < atoms.size(); ++k) {
            if (k != i)
                others.push_back(int(k));
        }
        potentials.clear();
        filter->AllPotentials(others, &potentials);
        (potentials.empty() ? m_required : optional).push_back(i);
    }

    // Alternatives expanded from one prefix ("customer c-12\d" gives "customer c-120" ...
    // "customer c-129") share it: a line without the prefix has none of them.
    if (optional.size() > 1) {
        std::string gate = atoms[optional.front()];
        for (size_t i : optional) {
            size_t n = 0;
            while (n < gate.size() && n < atoms[i].size() && gate[n] == atoms[i][n])
                ++n;
            gate.resize(n);
        }
        if (gate.size() >= size_t(kMinAtomLength)) {
            m_gate = std::make_unique<TextMatcher>();
            m_gate->setLiteral(gate, false);
            m_gateLength = gate.size();
        }
    }
    // Every test that can reject a line on its own, longest (likely rarest) literal first: the
    // required atoms, and the gate when the required atoms alone do not pass the prefilter.
    for (size_t i : m_required)
        m_reject.push_back({ atoms[i].size(), int(i) });
    if (m_gate) {
        std::vector<int> required(m_required.begin(), m_required.end());
        potentials.clear();
        filter->AllPotentials(required, &potentials);
        if (potentials.empty())
            m_reject.push_back({ m_gateLength, -1 });
    }
    std::stable_sort(m_reject.begin(), m_reject.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    if (optional.size() > kMaxScannedAtoms && !m_gate) {
        if (m_required.empty())
            return;  // no cheap test: RE2 on every line
        m_requiredOnly = true;  // the required atoms still reject most lines
    }
    for (const std::string& a : atoms) {
        auto atom = std::make_unique<TextMatcher>();
        atom->setLiteral(a, false);
        m_atoms.push_back(std::move(atom));
    }
    m_optional = std::move(optional);
    m_prefilter = std::move(filter);
}

bool TextMatcher::regexMayMatch(std::string_view text) const
{
    if (!m_prefilter)
        return true;
    bool gateSeen = false;
    for (const auto& [length, atom] : m_reject) {
        const TextMatcher& literal = atom < 0 ? *m_gate : *m_atoms[size_t(atom)];
        if (literal.findFolded(text, 0) == std::string_view::npos)
            return false;
        gateSeen = gateSeen || atom < 0;
    }
    if (m_optional.empty() || m_requiredOnly)
        return true;
    thread_local std::vector<int> found;
    thread_local std::vector<int> potentials;
    found.clear();
    potentials.clear();
    for (size_t i : m_required)
        found.push_back(int(i));
    if (!m_gate || gateSeen || m_gate->findFolded(text, 0) != std::string_view::npos) {
        for (size_t i : m_optional) {
            if (m_atoms[i]->findFolded(text, 0) != std::string_view::npos)
                found.push_back(int(i));
        }
    }
    if (found.empty())
        return false;  // the regex needs at least one atom (it has atoms, so it is filtered)
    std::sort(found.begin(), found.end());
    m_prefilter->AllPotentials(found, &potentials);
    return !potentials.empty();
}

bool TextMatcher::matches(std::string_view text) const
{
    if (m_regex)
        return regexMayMatch(text) && RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *m_regex);
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
