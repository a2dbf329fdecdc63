#include "timeline/timelineformat.h"

#include "analysis/invocationlinks.h"
#include "timeline/timeaxis.h"
#include "timeline/timelabels.h"

#include <QCoreApplication>
#include <cmath>

namespace ll {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ll::TimelineView)
};
QString outcomeText(Outcome o)
{
    switch (o) {
    case Outcome::Ok: return Text::tr("succeeded");
    case Outcome::Error: return Text::tr("error");
    case Outcome::Timeout: return Text::tr("timed out");
    case Outcome::OutOfMemory: return Text::tr("out of memory");
    case Outcome::Crash: return Text::tr("crashed");
    case Outcome::Incomplete: return Text::tr("incomplete (no REPORT)");
    }
    return {};
}
} // namespace

QString formatDurationMs(double ms)
{
    if (!std::isfinite(ms) || ms < 0)
        return Text::tr("unknown");
    if (ms < 1)
        return QString::number(std::round(ms * 1000)) + QStringLiteral(" µs");
    if (ms < 1000)
        return QString::number(ms, 'f', ms < 10 ? 2 : ms < 100 ? 1 : 0) + QStringLiteral(" ms");
    const double s = ms / 1000;
    if (s < 60)
        return QString::number(s, 'f', s < 10 ? 2 : 1) + QStringLiteral(" s");
    const auto total = int64_t(std::llround(s));
    if (total < 3600)
        return total % 60 ? QStringLiteral("%1 min %2 s").arg(total / 60).arg(total % 60)
                          : QStringLiteral("%1 min").arg(total / 60);
    if (total < 86400)
        return total / 60 % 60 ? QStringLiteral("%1 h %2 min").arg(total / 3600).arg(total / 60 % 60)
                               : QStringLiteral("%1 h").arg(total / 3600);
    const double days = s / 86400;
    return QString::number(days, 'f', days < 10 ? 1 : 0) + QStringLiteral(" d");
}

QString invocationToolTip(const TimelineSource& source, uint32_t row, const QLocale& locale)
{
    const TimeLabelFormat times(locale);
    if (!source.columns || row >= source.columns->size())
        return {};
    const InvocationColumns& c = *source.columns;
    QStringList lines;
    QString function;
    for (const TimelineFunction& f : source.functions)
        if (f.id == c.function[row])
            function = f.name;
    lines << function;
    lines << Text::tr("Request: %1").arg(source.string(c.requestId[row]));
    lines << Text::tr("Start: %1").arg(times.full(double(c.startMs[row])));
    QString outcome = outcomeText(c.outcome[row]);
    const QString errorType = source.string(c.errorType[row]);
    if (!errorType.isEmpty())
        outcome += QStringLiteral(" (") + errorType + QLatin1Char(')');
    lines << Text::tr("Outcome: %1").arg(outcome);
    lines << Text::tr("Duration: %1, billed %2")
                 .arg(formatDurationMs(c.durationMs[row]), formatDurationMs(c.billedDurationMs[row]));
    if (c.memorySizeMb[row] > 0)
        lines << Text::tr("Memory: %1 of %2 MB used").arg(c.maxMemoryUsedMb[row]).arg(c.memorySizeMb[row]);
    if (c.initDurationMs[row] >= 0)
        lines << Text::tr("Cold start: init %1").arg(formatDurationMs(c.initDurationMs[row]));
    if (c.restoreDurationMs[row] >= 0)
        lines << Text::tr("Cold start: SnapStart restore %1").arg(formatDurationMs(c.restoreDurationMs[row]));
    if (c.firstAttempt[row] >= 0)
        lines << Text::tr("Retry: first attempt at %1").arg(times.full(double(c.startMs[size_t(c.firstAttempt[row])])));
    return lines.join(QLatin1Char('\n'));
}

QString shortStreamName(const QString& stream)
{
    const qsizetype open = stream.indexOf(QLatin1Char('['));
    const qsizetype close = stream.indexOf(QLatin1Char(']'), open);
    if (open < 0 || close < 0)
        return stream;
    return stream.mid(open, close - open + 1) + QLatin1Char(' ') + stream.mid(close + 1, 8);
}

QString plainToolTip(const QString& plain)
{
    // Function names, request ids and error types come from logs: controls and bidi made visible too.
    return plainTextToolTip(plain);
}

} // namespace ll
