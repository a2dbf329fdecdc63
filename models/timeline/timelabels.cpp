#include "timeline/timelabels.h"

#include <QDate>
#include <cmath>

namespace ll {

namespace {

constexpr int64_t kUsPerDay = int64_t(86400) * 1000000;

QString twoDigits(int64_t v) { return QString::number(v).rightJustified(2, QLatin1Char('0')); }

// Floor division: times before 1970 still fall on the right day.
int64_t dayOf(int64_t localUs) { return localUs >= 0 ? localUs / kUsPerDay : -((-localUs + kUsPerDay - 1) / kUsPerDay); }

// Languages that write the day of the month as an ordinal with a dot ("19. Nov.").
bool dotsTheDay(QLocale::Language language)
{
    switch (language) {
    case QLocale::German:
    case QLocale::Danish:
    case QLocale::NorwegianBokmal:
    case QLocale::NorwegianNynorsk:
    case QLocale::Finnish:
    case QLocale::Czech:
    case QLocale::Slovak:
        return true;
    default:
        return false;
    }
}

} // namespace

TimeLabelFormat::TimeLabelFormat(const QLocale& locale)
    : m_locale(locale)
    , m_dayPattern(dotsTheDay(locale.language()) ? QStringLiteral("ddd d. MMM") : QStringLiteral("ddd d MMM"))
{
    // A one-character decimal point (a few locales have longer ones): the fraction stays compact.
    const QString point = locale.decimalPoint();
    m_decimal = point.size() == 1 ? point.front() : QLatin1Char('.');
}

QString TimeLabelFormat::tick(int64_t localUs, double stepMs) const
{
    const int64_t day = dayOf(localUs);
    const int64_t inDay = localUs - day * kUsPerDay;
    if (inDay == 0)
        return m_locale.toString(QDate(1970, 1, 1).addDays(day), m_dayPattern);
    const int64_t secOfDay = inDay / 1000000;
    const QString hhmm = twoDigits(secOfDay / 3600) + QLatin1Char(':') + twoDigits(secOfDay / 60 % 60);
    if (stepMs >= 60000)
        return hhmm;
    const QString hhmmss = hhmm + QLatin1Char(':') + twoDigits(secOfDay % 60);
    const int64_t us = inDay % 1000000;
    if (stepMs >= 1000 || us == 0)
        return hhmmss;
    // Sub-second ticks: only the fraction, as many digits as the step needs.
    const int digits = stepMs >= 1 ? 3 : stepMs >= 0.1 ? 4 : 5;
    QString fraction = QString::number(us).rightJustified(6, QLatin1Char('0'));
    fraction.truncate(digits);
    return m_decimal + fraction;
}

QString TimeLabelFormat::full(double timeMs, double utcOffsetMs) const
{
    if (!std::isfinite(timeMs + utcOffsetMs))
        return {};
    const auto localUs = std::llround((timeMs + utcOffsetMs) * 1000);
    const int64_t day = dayOf(localUs);
    const int64_t inDay = localUs - day * kUsPerDay;
    const int64_t sec = inDay / 1000000;
    return m_locale.toString(QDate(1970, 1, 1).addDays(day), m_dayPattern + QStringLiteral(" yyyy")) + QLatin1Char(' ')
        + twoDigits(sec / 3600) + QLatin1Char(':') + twoDigits(sec / 60 % 60) + QLatin1Char(':') + twoDigits(sec % 60)
        + m_decimal + QString::number(inDay % 1000000 / 1000).rightJustified(3, QLatin1Char('0'));
}

} // namespace ll
