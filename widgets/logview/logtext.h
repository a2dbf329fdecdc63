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
DisplayText makeDisplayText(std::string_view message, const QVector<TextMatcherPtr>& highlighters,
    int maxBytes = 4096);

// Control characters as their visible control pictures; everything else unchanged.
QString visibleControls(QString text);

} // namespace ll
