#include "aws/timeparse.h"

#include <QDateTime>
#include <QRegularExpression>

namespace ll::aws {

std::optional<qint64> parseDurationMs(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min|h|d|w)?\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const double n = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    double factor = 1000; // bare number: seconds
    if (unit == QLatin1String("ms"))
        factor = 1;
    else if (unit == QLatin1String("m") || unit == QLatin1String("min"))
        factor = 60e3;
    else if (unit == QLatin1String("h"))
        factor = 3600e3;
    else if (unit == QLatin1String("d"))
        factor = 86400e3;
    else if (unit == QLatin1String("w"))
        factor = 7 * 86400e3;
    const double ms = n * factor;
    if (ms <= 0 || ms > 400.0 * 86400e3 * 365)
        return std::nullopt;
    return qint64(ms);
}

std::optional<qint64> parseTimeMs(const QString& text)
{
    const QString t = text.trimmed();
    bool ok = false;
    const qint64 n = t.toLongLong(&ok);
    if (ok && n > 0)
        return n < 100000000000LL ? n * 1000 : n; // < year 5138 in seconds: treat as seconds
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid())
        return std::nullopt;
    return dt.toMSecsSinceEpoch();
}

} // namespace ll::aws
