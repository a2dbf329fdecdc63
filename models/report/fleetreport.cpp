#include "report/fleetreport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QStringList>
#include <cmath>

namespace ll {

namespace {

QString str(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

// Durations keep two decimals as REPORT prints them; costs keep their precision.
double round2(double v) { return std::round(v * 100.0) / 100.0; }

QJsonObject percentiles(const Percentiles& p)
{
    return QJsonObject { { QStringLiteral("p50"), round2(p.p50) }, { QStringLiteral("p95"), round2(p.p95) },
        { QStringLiteral("p99"), round2(p.p99) }, { QStringLiteral("max"), round2(p.max) } };
}

} // namespace

QString isoTime(int64_t epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject functionStatsJson(const FunctionStats& s)
{
    QJsonArray sizes;
    for (uint32_t m : s.memorySizesMb)
        sizes.append(int(m));
    QJsonObject o;
    o[QStringLiteral("invocations")] = qint64(s.invocations);
    o[QStringLiteral("incomplete")] = qint64(s.incomplete);
    o[QStringLiteral("cold_starts")] = qint64(s.coldStarts);
    o[QStringLiteral("cold_start_rate")] = s.coldStartRate();
    o[QStringLiteral("retries")] = qint64(s.retries);
    o[QStringLiteral("failed")] = qint64(s.failed());
    o[QStringLiteral("failure_rate")] = s.failureRate();
    o[QStringLiteral("errors")] = qint64(s.errors);
    o[QStringLiteral("timeouts")] = qint64(s.timeouts);
    o[QStringLiteral("out_of_memory")] = qint64(s.outOfMemory);
    o[QStringLiteral("crashes")] = qint64(s.crashes);
    o[QStringLiteral("duration_ms")] = percentiles(s.durationMs);
    o[QStringLiteral("billed_duration_ms")] = percentiles(s.billedDurationMs);
    o[QStringLiteral("init_duration_ms")] = QJsonObject { { QStringLiteral("p50"), round2(s.initDurationP50Ms) },
        { QStringLiteral("max"), round2(s.initDurationMaxMs) } };
    o[QStringLiteral("memory_sizes_mb")] = sizes;
    o[QStringLiteral("max_memory_used_mb")] = int(s.maxMemoryUsedMb);
    o[QStringLiteral("p99_memory_used_mb")] = int(s.p99MemoryUsedMb);
    o[QStringLiteral("utilization")] = std::round(s.utilization * 10000.0) / 10000.0;
    o[QStringLiteral("p99_utilization")] = std::round(s.p99Utilization * 10000.0) / 10000.0;
    o[QStringLiteral("gb_seconds")] = std::round(s.gbSeconds * 1000.0) / 1000.0;
    o[QStringLiteral("cost_usd")] = s.costUsd;
    if (s.invocations + s.incomplete > 0) {
        o[QStringLiteral("first_seen")] = isoTime(s.firstMs);
        o[QStringLiteral("last_seen")] = isoTime(s.lastMs);
    }
    return o;
}

QJsonObject fleetReportJson(const Fleet& fleet)
{
    QJsonArray functions;
    for (uint32_t f = 0; f < fleet.functionCount(); ++f) {
        const FunctionInfo& info = fleet.function(f);
        QJsonObject o = functionStatsJson(fleet.stats(f));
        o[QStringLiteral("name")] = info.name;
        o[QStringLiteral("service")] = info.service;
        o[QStringLiteral("runtime")] = info.runtime;
        o[QStringLiteral("log_format")] = info.jsonFormat ? QStringLiteral("json") : QStringLiteral("text");
        // Always present (empty for files and the demo): a name alone may not be unique.
        o[QStringLiteral("account")] = info.account;
        o[QStringLiteral("region")] = info.region;
        functions.append(o);
    }
    QJsonObject totals = functionStatsJson(fleet.totals());
    totals[QStringLiteral("functions")] = qint64(fleet.functionCount());
    totals[QStringLiteral("execution_environments")] = qint64(fleet.streamCount());
    totals[QStringLiteral("lines")] = qint64(fleet.lineCount());
    totals[QStringLiteral("duplicate_events")] = qint64(fleet.duplicateEvents());
    QJsonArray skipped;
    for (const SkippedInput& s : fleet.skipped())
        skipped.append(QJsonObject { { QStringLiteral("source"), s.source }, { QStringLiteral("reason"), s.reason } });
    return QJsonObject { { QStringLiteral("functions"), functions }, { QStringLiteral("totals"), totals },
        { QStringLiteral("skipped"), skipped } };
}

QJsonObject invocationJson(const Fleet& fleet, const Invocation& i)
{
    QJsonObject o;
    o[QStringLiteral("request_id")] = str(i.requestId);
    o[QStringLiteral("function")] = fleet.function(i.function).name;
    o[QStringLiteral("account")] = fleet.function(i.function).account;
    o[QStringLiteral("region")] = fleet.function(i.function).region;
    o[QStringLiteral("log_stream")] = str(fleet.streamName(i.stream));
    o[QStringLiteral("start")] = isoTime(i.startMs);
    o[QStringLiteral("end")] = isoTime(i.endMs);
    o[QStringLiteral("outcome")] = QString::fromLatin1(outcomeKey(i.outcome));
    o[QStringLiteral("cold_start")] = i.cold();
    o[QStringLiteral("retry")] = i.retry();
    if (i.durationMs >= 0)
        o[QStringLiteral("duration_ms")] = round2(i.durationMs);
    if (i.billedDurationMs >= 0)
        o[QStringLiteral("billed_duration_ms")] = round2(i.billedDurationMs);
    if (i.memorySizeMb)
        o[QStringLiteral("memory_size_mb")] = int(i.memorySizeMb);
    if (i.finished())
        o[QStringLiteral("max_memory_used_mb")] = int(i.maxMemoryUsedMb);
    if (i.initDurationMs >= 0)
        o[QStringLiteral("init_duration_ms")] = round2(i.initDurationMs);
    if (i.restoreDurationMs >= 0)
        o[QStringLiteral("restore_duration_ms")] = round2(i.restoreDurationMs);
    if (!i.errorType.empty())
        o[QStringLiteral("error_type")] = str(i.errorType);
    if (!i.traceId.empty())
        o[QStringLiteral("trace_id")] = str(i.traceId);
    o[QStringLiteral("lines")] = int(i.lineCount);
    return o;
}

QString fleetReportText(const Fleet& fleet)
{
    QStringList out;
    const QString header = QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                               .arg(QCoreApplication::translate("FleetReport", "FUNCTION"), -28)
                               .arg(QCoreApplication::translate("FleetReport", "INVOC"), 8)
                               .arg(QCoreApplication::translate("FleetReport", "FAILED"), 7)
                               .arg(QCoreApplication::translate("FleetReport", "COLD"), 6)
                               .arg(QCoreApplication::translate("FleetReport", "RETRY"), 6)
                               .arg(QCoreApplication::translate("FleetReport", "P50 MS"), 9)
                               .arg(QCoreApplication::translate("FleetReport", "P99 MS"), 9)
                               .arg(QCoreApplication::translate("FleetReport", "MEM MB"), 11)
                               .arg(QCoreApplication::translate("FleetReport", "COST USD"), 10);
    out << header;
    // A qualified name ("orders-api (eu-west-1)") is kept whole: cut, it would not tell apart.
    auto row = [](const QString& name, const FunctionStats& s, bool whole = false) {
        const QString mem = QStringLiteral("%1/%2").arg(s.maxMemoryUsedMb).arg(s.memorySizesMb.isEmpty() ? 0 : s.memorySizesMb.last());
        return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
            .arg(whole ? name : name.left(28), -28)
            .arg(s.invocations, 8)
            .arg(s.failed(), 7)
            .arg(s.coldStarts, 6)
            .arg(s.retries, 6)
            .arg(s.durationMs.p50, 9, 'f', 1)
            .arg(s.durationMs.p99, 9, 'f', 1)
            .arg(mem, 11)
            .arg(s.costUsd, 10, 'f', 4);
    };
    for (uint32_t f = 0; f < fleet.functionCount(); ++f)
        out << row(fleet.displayName(f), fleet.stats(f), fleet.isNameShared(f));
    out << row(QCoreApplication::translate("FleetReport", "TOTAL"), fleet.totals());
    for (const SkippedInput& s : fleet.skipped())
        out << QCoreApplication::translate("FleetReport", "skipped: %1: %2").arg(s.source, s.reason);
    return out.join(QLatin1Char('\n'));
}

} // namespace ll
