#pragma once

#include "store/fleet.h"

#include <QJsonObject>
#include <QString>

namespace ll {

// Text the invocation detail copies to the clipboard: a Logs Insights query that finds this
// request, a CloudWatch console link to its log stream, and the invocation with its lines as JSON.
QString insightsQueryForRequest(const Fleet& fleet, const Invocation& invocation);
QString consoleLinkForInvocation(const Fleet& fleet, const Invocation& invocation, const QString& defaultRegion = QStringLiteral("us-east-1"));
QJsonObject invocationExportJson(const Fleet& fleet, const Invocation& invocation);

// Readable text of a log message: JSON string escapes in error bodies turned into their
// characters so stack traces show one frame per line. Returns the message unchanged otherwise.
QString readableMessage(std::string_view message);

// Makes untrusted log text safe to show: control characters (except newline and tab) become
// visible Unicode control pictures, bidirectional overrides and zero-width characters become
// visible markers, invalid UTF-8 becomes U+FFFD.
QString displaySafe(std::string_view bytes);
QString displaySafe(const QString& text);

// Characters that reorder or hide text: bidi embeddings, overrides, isolates and marks,
// zero-width spaces and joiners, the BOM. displaySafe() shows them as "<U+202E>".
bool isHiddenFormatCharacter(char16_t u);

// displaySafe() of at most `maxBytes` of `bytes` (cut on a character boundary); longer text
// ends with "… (N more bytes)". Keeps views from laying out megabyte lines.
QString displaySafeBounded(std::string_view bytes, size_t maxBytes);
QString displaySafeBounded(const QString& text, qsizetype maxChars);

// A tooltip that shows `plain` literally: Qt guesses rich text for tooltips that look like HTML,
// so log content is escaped and wrapped (and bounded) rather than passed as is.
QString plainTextToolTip(const QString& plain);

} // namespace ll
