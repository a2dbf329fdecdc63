#include "analysis/invocationlinks.h"

#include "parse/jsonscan.h"
#include "report/fleetreport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

#include <algorithm>
#include <climits>

namespace ll {

namespace {
QString str(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

// The console encodes its URL fragment with '$' in place of '%' (and '$' itself as "$2524").
QString consoleEncode(const QString& s)
{
    QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(s));
    return encoded.replace(QLatin1Char('%'), QLatin1Char('$'));
}
}

QString insightsQueryForRequest(const Fleet&, const Invocation& i)
{
    return QStringLiteral("fields @timestamp, @logStream, @message\n| filter @requestId = \"%1\" or @message like \"%1\"\n| sort @timestamp asc\n| limit 1000")
        .arg(str(i.requestId));
}

QString consoleLinkForInvocation(const Fleet& fleet, const Invocation& i, const QString& defaultRegion)
{
    const FunctionInfo& f = fleet.function(i.function);
    const QString region = f.region.isEmpty() ? defaultRegion : f.region;
    const QString group = QStringLiteral("/aws/lambda/") + f.name;
    return QStringLiteral("https://%1.console.aws.amazon.com/cloudwatch/home?region=%1#logsV2:log-groups/log-group/%2/log-events/%3")
        .arg(region, consoleEncode(consoleEncode(group)), consoleEncode(consoleEncode(str(fleet.streamName(i.stream)))));
}

QJsonObject invocationExportJson(const Fleet& fleet, const Invocation& i)
{
    QJsonObject o = invocationJson(fleet, i);
    QJsonArray lines;
    auto addLine = [&](uint32_t l) {
        const LogLine line = fleet.line(l);
        lines.append(QJsonObject { { QStringLiteral("timestamp"), isoTime(line.timestampMs) },
            { QStringLiteral("level"), QString::fromLatin1(levelKey(line.level)) }, { QStringLiteral("message"), str(line.message) } });
    };
    const auto [initBegin, initEnd] = fleet.initLines(i.index);
    for (uint32_t l = initBegin; l < initEnd; ++l)
        addLine(l);
    for (uint32_t l = i.firstLine; l < i.firstLine + i.lineCount; ++l)
        addLine(l);
    o[QStringLiteral("log_lines")] = lines;
    return o;
}

QString readableMessage(std::string_view message)
{
    const size_t brace = message.find('{');
    if (brace == std::string_view::npos)
        return displaySafe(message);
    // Error bodies ({"errorType", "errorMessage", "stack"/"stackTrace": [...]}) read better as
    // "Type: message" and one frame per line.
    const std::string_view body = message.substr(brace);
    json::Value stack = json::member(body, "stack");
    if (stack.type != json::Type::Array)
        stack = json::member(body, "stackTrace");
    if (stack.type != json::Type::Array)
        return displaySafe(message);
    std::string out(message.substr(0, brace));
    const json::Value type = json::member(body, "errorType");
    const json::Value text = json::member(body, "errorMessage");
    if (type.isString())
        out += json::unescape(type.raw) + ": ";
    if (text.isString())
        out += json::unescape(text.raw);
    size_t pos = 1;
    while (pos < stack.raw.size()) {
        size_t end = 0;
        const json::Value frame = json::parseValue(stack.raw, pos, &end);
        if (end == std::string_view::npos || frame.type == json::Type::Invalid)
            break;
        out += '\n';
        out += frame.isString() ? json::unescape(frame.raw) : std::string(frame.raw);
        pos = end;
        while (pos < stack.raw.size() && (stack.raw[pos] == ',' || stack.raw[pos] == ' ' || stack.raw[pos] == '\n'))
            ++pos;
        if (pos < stack.raw.size() && stack.raw[pos] == ']')
            break;
    }
    return displaySafe(out);
}

bool isHiddenFormatCharacter(char16_t u)
{
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F || u == 0x061C
        || u == 0x200B || u == 0x200C || u == 0x200D || u == 0x2060 || u == 0xFEFF;
}

QString displaySafeBounded(std::string_view bytes, size_t maxBytes)
{
    if (bytes.size() <= maxBytes)
        return displaySafe(bytes);
    size_t cut = maxBytes;
    while (cut > 0 && (static_cast<unsigned char>(bytes[cut]) & 0xC0) == 0x80)
        --cut;  // not inside a UTF-8 sequence
    // Computed apart: a template argument list inside translate() sends lupdate's parser into a loop.
    const int more = int(std::min(bytes.size() - cut, size_t(INT_MAX)));
    return displaySafe(bytes.substr(0, cut)) + QCoreApplication::translate("ll::displaySafe", "… (%n more bytes)", nullptr, more);
}

QString displaySafeBounded(const QString& text, qsizetype maxChars)
{
    if (text.size() <= maxChars)
        return displaySafe(text);
    qsizetype cut = maxChars;
    if (cut > 0 && text.at(cut).isLowSurrogate())
        --cut;
    return displaySafe(text.left(cut))
        + QCoreApplication::translate("ll::displaySafe", "… (%n more characters)", nullptr, int(text.size() - cut));
}

QString plainTextToolTip(const QString& plain)
{
    return QStringLiteral("<p style='white-space:pre'>") + displaySafeBounded(plain, 4096).toHtmlEscaped() + QStringLiteral("</p>");
}

QString displaySafe(std::string_view bytes) { return displaySafe(QString::fromUtf8(bytes.data(), qsizetype(bytes.size()))); }

QString displaySafe(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\t') {
            out.append(c);
        } else if (u < 0x20) {
            out.append(QChar(char16_t(0x2400 + u)));   // control pictures: ␛ for ESC, ␀ for NUL
        } else if (u == 0x7F) {
            out.append(QChar(char16_t(0x2421)));
        } else if (isHiddenFormatCharacter(u)) {
            // Bidi overrides could reorder what the user reads; zero-width characters hide text.
            out.append(QStringLiteral("<U+%1>").arg(int(u), 4, 16, QLatin1Char('0')).toUpper());
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace ll
