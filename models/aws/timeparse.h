#pragma once

#include <QString>
#include <optional>

namespace ll::aws {

// "90s", "30m", "6h", "2d", "1w" -> milliseconds.
std::optional<qint64> parseDurationMs(const QString& text);
// ISO 8601 ("2024-03-13T10:00:00Z", local time when no zone), epoch seconds or epoch ms.
std::optional<qint64> parseTimeMs(const QString& text);

} // namespace ll::aws
