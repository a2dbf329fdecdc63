#include "logview/logtext.h"

#include "analysis/invocationlinks.h"

#include <algorithm>

namespace ll {

QString visibleControls(QString text, bool keepLayout)
{
    bool hidden = false;
    for (QChar& c : text) {
        const char16_t u = c.unicode();
        if (u == '\t' || u == '\n') {
            // The commonest two get symbols that common fonts (DejaVu) carry: ⇥ and ⏎.
            if (!keepLayout)
                c = QChar(char16_t(u == '\t' ? 0x21e5 : 0x23ce));
        } else if (u < 0x20)
            c = QChar(char16_t(0x2400 + u));
        else if (u == 0x7f)
            c = QChar(char16_t(0x2421));
        else if (isHiddenFormatCharacter(u))
            hidden = true;
    }
    // Bidi overrides would reorder what is read and zero-width characters hide text: shown as
    // "<U+202E>" like displaySafe() does (rare, so the common path stays in place).
    return hidden ? displaySafe(text) : text;
}

DisplayText makeDisplayText(std::string_view message, const QVector<TextMatcherPtr>& highlighters, int maxBytes,
    bool keepLayout)
{
    DisplayText out;
    std::string_view shown = message;
    if (maxBytes > 0 && shown.size() > size_t(maxBytes)) {
        shown = shown.substr(0, size_t(maxBytes));
        out.truncated = true;
    }
    // Match ranges (bytes), merged across highlighters, clipped to the shown prefix.
    std::vector<MatchRange> ranges;
    for (const TextMatcherPtr& m : highlighters) {
        if (!m)
            continue;
        for (const MatchRange& r : m->find(shown, 64))
            ranges.push_back(r);
    }
    std::sort(ranges.begin(), ranges.end(), [](const MatchRange& a, const MatchRange& b) { return a.begin < b.begin; });
    // Decode segment by segment so byte offsets map exactly onto positions in the text.
    size_t at = 0;
    auto decode = [&](size_t to) {
        if (to > at)
            out.text += visibleControls(QString::fromUtf8(shown.data() + at, qsizetype(to - at)), keepLayout);
        at = std::max(at, to);
    };
    for (const MatchRange& r : ranges) {
        if (r.end <= at)
            continue;  // overlaps one already taken
        decode(r.begin);
        const int begin = int(out.text.size());
        decode(r.end);
        out.highlights.append({ begin, int(out.text.size()) });
    }
    decode(shown.size());
    return out;
}

} // namespace ll
