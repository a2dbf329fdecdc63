#include "timeline/timeaxis.h"

#include "timeline/timelabels.h"

#include <QDate>
#include <QLocale>
#include <algorithm>
#include <array>
#include <cmath>

namespace ll {

namespace {

constexpr double kSecond = 1000.0;
constexpr double kMinute = 60 * kSecond;
constexpr double kHour = 60 * kMinute;
constexpr double kDay = 24 * kHour;

// Steps a reader can count in: 1-2-5 below a second, clock divisions above.
constexpr std::array<double, 34> kSteps = {
    0.01, 0.02, 0.05, 0.1, 0.2, 0.5,
    1, 2, 5, 10, 20, 50, 100, 200, 500,
    kSecond, 2 * kSecond, 5 * kSecond, 10 * kSecond, 15 * kSecond, 30 * kSecond,
    kMinute, 2 * kMinute, 5 * kMinute, 10 * kMinute, 15 * kMinute, 30 * kMinute,
    kHour, 2 * kHour, 3 * kHour, 6 * kHour, 12 * kHour,
    kDay, 7 * kDay,
};

bool divides(double big, double small)
{
    const double q = big / small;
    return std::abs(q - std::round(q)) < 1e-6;
}

QString twoDigits(int64_t v) { return QString::number(v).rightJustified(2, QLatin1Char('0')); }

} // namespace

TimeAxis::TimeAxis(double fromMs, double toMs, int widthPx)
    : m_width(std::max(1, widthPx))
{
    setRange(fromMs, toMs);
}

void TimeAxis::setWidth(int widthPx) { m_width = std::max(1, widthPx); }

void TimeAxis::setLimits(double fromMs, double toMs)
{
    m_limitFrom = fromMs;
    m_limitTo = toMs;
    clampInPlace();
}

double TimeAxis::maxSpanMs() const { return hasLimits() ? std::max(MinSpanMs, m_limitTo - m_limitFrom) : WeekMs; }

void TimeAxis::setRange(double fromMs, double toMs)
{
    if (!std::isfinite(fromMs) || !std::isfinite(toMs))
        return;
    if (toMs < fromMs)
        std::swap(fromMs, toMs);
    m_from = fromMs;
    m_to = toMs;
    clampInPlace();
}

void TimeAxis::clampInPlace()
{
    double span = std::clamp(m_to - m_from, MinSpanMs, maxSpanMs());
    const double mid = m_from + (m_to - m_from) / 2;
    m_from = mid - span / 2;
    m_to = m_from + span;
    if (!hasLimits())
        return;
    if (m_from < m_limitFrom) {
        m_from = m_limitFrom;
        m_to = m_from + span;
    }
    if (m_to > m_limitTo) {
        m_to = m_limitTo;
        m_from = std::max(m_limitFrom, m_to - span);
        if (m_to - m_from < MinSpanMs) // limits narrower than the minimum span
            m_to = m_from + MinSpanMs;
    }
}

void TimeAxis::zoomAbout(double x, double factor)
{
    if (!(factor > 0) || !std::isfinite(factor))
        return;
    const double anchor = xToTime(x);
    const double span = std::clamp(spanMs() / factor, MinSpanMs, maxSpanMs());
    const double from = anchor - x / double(m_width) * span;
    m_from = from;
    m_to = from + span;
    clampInPlace();
}

void TimeAxis::panByPixels(double dx)
{
    const double shift = dx * msPerPixel();
    const double span = spanMs();
    m_from -= shift;
    m_to = m_from + span;
    clampInPlace();
}

void TimeAxis::centerOn(double timeMs)
{
    const double span = spanMs();
    m_from = timeMs - span / 2;
    m_to = m_from + span;
    clampInPlace();
}

TimeTicks TimeAxis::ticks(double minMajorPx, double minMinorPx, double utcOffsetMs) const
{
    return ticks(minMajorPx, minMinorPx, utcOffsetMs, TimeLabelFormat());
}

TimeTicks TimeAxis::ticks(double minMajorPx, double minMinorPx, double utcOffsetMs, const TimeLabelFormat& format) const
{
    TimeTicks out;
    const double msPerPx = msPerPixel();
    const auto majorIt = std::find_if(kSteps.begin(), kSteps.end(),
                                      [&](double s) { return s / msPerPx >= minMajorPx; });
    out.majorStepMs = majorIt == kSteps.end() ? kSteps.back() : *majorIt;
    out.minorStepMs = out.majorStepMs;
    for (double s : kSteps) {
        if (s >= out.majorStepMs)
            break;
        if (s / msPerPx >= minMinorPx && divides(out.majorStepMs, s)) {
            out.minorStepMs = s;
            break;
        }
    }
    const double localFrom = m_from + utcOffsetMs;
    const double localTo = m_to + utcOffsetMs;
    const double minor = out.minorStepMs;
    const auto first = int64_t(std::ceil(localFrom / minor));
    const auto last = int64_t(std::floor(localTo / minor));
    const int64_t perMajor = std::llround(out.majorStepMs / minor);
    const double pxPerMs = double(m_width) / spanMs();
    const double firstX = (double(first) * minor - localFrom) * pxPerMs;
    for (int64_t k = first; k <= last && k - first < 100000; ++k) {
        TimeTick tick;
        const double local = double(k) * minor;
        tick.timeMs = local - utcOffsetMs;
        // Offsets from the first tick keep spacing even where epoch-scale doubles are coarse.
        tick.x = firstX + double(k - first) * minor * pxPerMs;
        const auto localUs = std::llround(local * 1000);
        tick.major = k % perMajor == 0;
        if (tick.major)
            tick.label = format.tick(localUs, out.majorStepMs);
        out.ticks.push_back(std::move(tick));
    }
    return out;
}

QString TimeAxis::formatFull(double timeMs, double utcOffsetMs)
{
    const auto localUs = std::llround((timeMs + utcOffsetMs) * 1000);
    constexpr int64_t usPerDay = int64_t(86400) * 1000000;
    const int64_t day = localUs >= 0 ? localUs / usPerDay : -((-localUs + usPerDay - 1) / usPerDay);
    const int64_t inDay = localUs - day * usPerDay;
    const QDate date = QDate(1970, 1, 1).addDays(day);
    const int64_t sec = inDay / 1000000;
    return date.toString(Qt::ISODate) + QLatin1Char(' ') + twoDigits(sec / 3600) + QLatin1Char(':')
        + twoDigits(sec / 60 % 60) + QLatin1Char(':') + twoDigits(sec % 60) + QLatin1Char('.')
        + QString::number(inDay % 1000000 / 1000).rightJustified(3, QLatin1Char('0'));
}

} // namespace ll
