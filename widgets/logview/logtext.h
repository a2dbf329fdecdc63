#pragma once

#include "logsearch/textmatcher.h"

#include <QString>
#include <QVector>
#include <string_view>

namespace ll {

// A message made ready to draw as plain text: invalid UTF-8 replaced, control characters made
// visible as their Unicode control pictures (U+2400…), and match byte ranges mapped to
// positions in the resulting QString.
struct DisplayText {
    QString text;
    QVector<QPair<int, int>> highlights;  // [begin, end) in text
    bool truncated = false;               // the message was longer than the limit
};

// `maxBytes` bounds the work for huge lines (1 MB+): only that prefix is decoded.
// `keepLayout` keeps tabs and newlines as they are (for a multi-line plain-text pane).
DisplayText makeDisplayText(std::string_view message, const QVector<TextMatcherPtr>& highlighters,
    int maxBytes = 4096, bool keepLayout = false);

// Control characters made visible: tab as U+21E5, newline as U+23CE, the others as their
// Unicode control pictures (U+2400 + code, U+2421 for DEL); bidi controls and zero-width
// characters as "<U+XXXX>" markers (see displaySafe()); everything else unchanged.
QString visibleControls(QString text, bool keepLayout = false);

} // namespace ll
