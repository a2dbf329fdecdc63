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

} // namespace ll
