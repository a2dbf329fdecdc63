#pragma once

#include <QLocale>
#include <QString>
#include <cstdint>

namespace ll {

// How the timeline writes times for people, in one locale (the application's, which follows
// the UI language): tick labels on the ruler and the full times of tooltips. Day and month names
// come from the locale; clock times stay 24-hour and compact. A plain value: cheap to copy.
class TimeLabelFormat {
public:
    // The C locale (English names) unless told otherwise: what tests and the CLI expect.
    TimeLabelFormat() : TimeLabelFormat(QLocale::c()) { }
    explicit TimeLabelFormat(const QLocale& locale);

    const QLocale& locale() const { return m_locale; }
    // "Thu 19 Nov", "Do. 19. Nov.", "jue 19 nov": the pattern for a day in this locale.
    const QString& dayPattern() const { return m_dayPattern; }

    // Label of a tick at local epoch time `localUs` (microseconds) for ticks `stepMs` apart: the
    // day at midnight, else hh:mm, hh:mm:ss or, below a second, only the fraction (".250").
    QString tick(int64_t localUs, double stepMs) const;
    // "Sat 28 Nov 2026 09:16:04.123" (in German "Sa. 28. Nov. 2026 09:16:04,123").
    QString full(double timeMs, double utcOffsetMs = 0) const;

private:
    QLocale m_locale;
    QString m_dayPattern;
    QChar m_decimal;
};

} // namespace ll
