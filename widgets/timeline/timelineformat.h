#pragma once

#include "timeline/timelinesource.h"

#include <QLocale>
#include <QString>

namespace ll {

// "250 µs", "12.5 ms", "3.40 s", "2 min 5 s", "1 h 20 min", "3 d": compact, for spans and durations.
QString formatDurationMs(double ms);
// "2024/03/13/[$LATEST]6f1c0b9d2e7a…" -> "[$LATEST] 6f1c0b9d": what tells environments apart.
QString shortStreamName(const QString& stream);
// The hover text of one invocation: plain text, one figure per line (log text stays plain);
// times in `locale` (the UI language's).
QString invocationToolTip(const TimelineSource& source, uint32_t row, const QLocale& locale = QLocale());
// Wraps plain text so QToolTip shows it verbatim: QToolTip guesses rich text otherwise.
QString plainToolTip(const QString& plain);

} // namespace ll
