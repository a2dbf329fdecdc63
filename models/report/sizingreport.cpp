#include "report/sizingreport.h"

#include "store/fleet.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QStringList>

namespace ll {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ll::SizingReport)
};
QString usd(double v)
{
    return (v < 0 ? QStringLiteral("-$") : QStringLiteral("$")) + QString::number(qAbs(v), 'f', v != 0 && qAbs(v) < 0.01 ? 6 : 4);
}

QString iso(int64_t ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs); }

QString cpuText(const FunctionSizing& s)
{
    if (!s.cpuBound)
        return Text::tr("unknown");
    return *s.cpuBound ? Text::tr("yes") : Text::tr("no");
}

QString padLeft(const QString& s, int w) { return s.rightJustified(w); }
QString padRight(const QString& s, int w) { return s.leftJustified(w); }

QString csvField(QString s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n'))) {
        s.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + s + QLatin1Char('"');
    }
    return s;
}

} // namespace

std::vector<FunctionSizing> sizeFleet(const Fleet& fleet, const SizingOptions& options)
{
    SizingOptions o = options;
    if (o.windowMs <= 0)
        o.windowMs = fleet.lastTimeMs() - fleet.firstTimeMs();
    QStringList names;
    for (uint32_t f = 0; f < fleet.functionCount(); ++f)
        names << fleet.function(f).name;
    std::vector<FunctionSizing> out = sizeFunctions(fleet.columns(), names, o);
    for (FunctionSizing& s : out) {
        if (s.function >= fleet.functionCount())
            continue;
        const FunctionInfo& info = fleet.function(s.function);
        s.account = info.account;
        s.region = info.region;
        s.label = fleet.displayName(s.function);
    }
    return out;
}

QJsonObject sizingJson(const std::vector<FunctionSizing>& sizings, const SizingOptions& options)
{
    QJsonArray functions;
    for (const FunctionSizing& s : sizings) {
        QJsonObject f;
        f.insert(QStringLiteral("name"), s.name);
        f.insert(QStringLiteral("account"), s.account);
        f.insert(QStringLiteral("region"), s.region);
        f.insert(QStringLiteral("memory_size_mb"), qint64(s.memorySizeMb));
        f.insert(QStringLiteral("max_memory_used_mb"), qint64(s.maxMemoryUsedMb));
        f.insert(QStringLiteral("p99_memory_used_mb"), qint64(s.p99MemoryUsedMb));
        f.insert(QStringLiteral("utilization"), s.utilization);
        f.insert(QStringLiteral("invocations"), qint64(s.invocations));
        f.insert(QStringLiteral("invocations_per_day"), s.invocationsPerDay);
        f.insert(QStringLiteral("oom_kills"), qint64(s.oomKills));
        f.insert(QStringLiteral("p50_duration_ms"), s.p50DurationMs);
        f.insert(QStringLiteral("p99_duration_ms"), s.p99DurationMs);
        f.insert(QStringLiteral("p50_billed_duration_ms"), s.p50BilledMs);
        f.insert(QStringLiteral("p99_billed_duration_ms"), s.p99BilledMs);
        f.insert(QStringLiteral("gb_seconds_per_day"), s.gbSecondsPerDay);
        f.insert(QStringLiteral("cost_per_day_usd"), s.costPerDayUsd);
        f.insert(QStringLiteral("cost_per_million_usd"), s.costPerMillionUsd);
        f.insert(QStringLiteral("cpu_bound"), s.cpuBound ? QJsonValue(*s.cpuBound) : QJsonValue(QJsonValue::Null));
        f.insert(QStringLiteral("duration_exponent"),
                 s.durationExponent ? QJsonValue(*s.durationExponent) : QJsonValue(QJsonValue::Null));
        f.insert(QStringLiteral("cpu_evidence"), s.cpuEvidence);
        f.insert(QStringLiteral("recommendation"), QLatin1String(recommendationKey(s.recommendation)));
        f.insert(QStringLiteral("recommended_memory_mb"), qint64(s.recommendedMemoryMb));
        f.insert(QStringLiteral("recommended_cost_per_day_usd"), s.recommendedCostPerDayUsd);
        f.insert(QStringLiteral("recommended_cost_per_million_usd"), s.recommendedCostPerMillionUsd);
        f.insert(QStringLiteral("recommended_cost_is_estimate"), s.recommendedCostIsEstimate);
        f.insert(QStringLiteral("saving_per_day_usd"), s.savingPerDayUsd);
        f.insert(QStringLiteral("reason"), s.reason);
        f.insert(QStringLiteral("vcpus"), s.vcpus);
        f.insert(QStringLiteral("recommended_vcpus"), s.recommendedVcpus);
        f.insert(QStringLiteral("arm64_cost_per_day_usd_estimate"), s.arm64CostPerDayUsd);
        QJsonArray sizes;
        for (const SizePoint& p : s.sizes) {
            QJsonObject o;
            o.insert(QStringLiteral("memory_size_mb"), qint64(p.memorySizeMb));
            o.insert(QStringLiteral("invocations"), qint64(p.invocations));
            o.insert(QStringLiteral("p50_duration_ms"), p.p50DurationMs);
            o.insert(QStringLiteral("p99_duration_ms"), p.p99DurationMs);
            o.insert(QStringLiteral("p50_billed_duration_ms"), p.p50BilledMs);
            o.insert(QStringLiteral("p99_billed_duration_ms"), p.p99BilledMs);
            o.insert(QStringLiteral("mean_billed_duration_ms"), p.meanBilledMs);
            o.insert(QStringLiteral("p99_memory_used_mb"), qint64(p.p99MemoryUsedMb));
            o.insert(QStringLiteral("cost_per_million_usd"), p.costPerMillionUsd);
            sizes.append(o);
        }
        f.insert(QStringLiteral("sizes"), sizes);
        functions.append(f);
    }
    QJsonObject pricing;
    pricing.insert(QStringLiteral("region"), options.prices.region);
    pricing.insert(QStringLiteral("architecture"), QLatin1String(architectureKey(options.architecture)));
    pricing.insert(QStringLiteral("gb_second_usd"), options.prices.gbSecond(options.architecture));
    pricing.insert(QStringLiteral("per_million_requests_usd"), options.prices.perMillionRequestsUsd[size_t(options.architecture)]);
    QJsonArray steps;
    for (uint32_t mb : vcpuStepsMb())
        steps.append(qint64(mb));
    QJsonObject root;
    root.insert(QStringLiteral("functions"), functions);
    root.insert(QStringLiteral("pricing"), pricing);
    root.insert(QStringLiteral("headroom"), options.headroom);
    root.insert(QStringLiteral("window_ms"), qint64(options.windowMs));
    root.insert(QStringLiteral("vcpu_steps_mb"), steps);
    return root;
}

QString sizingText(const std::vector<FunctionSizing>& sizings, const SizingOptions& options)
{
    const QStringList header { Text::tr("Function"), Text::tr("Mem MB"), Text::tr("Max used"), Text::tr("p99 used"), Text::tr("Util"),
                               Text::tr("p50 ms"), Text::tr("p99 ms"), Text::tr("Invocations"), Text::tr("Cost/day"), Text::tr("CPU-bound"),
                               Text::tr("Rec. MB"), Text::tr("Rec. cost/day"), Text::tr("Saving/day") };
    std::vector<QStringList> rows;
    for (const FunctionSizing& s : sizings) {
        rows.push_back({ s.shownName(), QString::number(s.memorySizeMb), QString::number(s.maxMemoryUsedMb),
                         QString::number(s.p99MemoryUsedMb), QString::number(s.utilization * 100, 'f', 0) + QLatin1Char('%'),
                         QString::number(s.p50DurationMs, 'f', 1), QString::number(s.p99DurationMs, 'f', 1),
                         QString::number(s.invocations), usd(s.costPerDayUsd), cpuText(s),
                         QString::number(s.recommendedMemoryMb),
                         usd(s.recommendedCostPerDayUsd) + (s.recommendedCostIsEstimate ? QStringLiteral("*") : QString()),
                         usd(s.savingPerDayUsd) });
    }
    std::vector<int> width(size_t(header.size()));
    for (int c = 0; c < header.size(); ++c) {
        width[size_t(c)] = int(header[c].size());
        for (const QStringList& r : rows)
            width[size_t(c)] = std::max(width[size_t(c)], int(r[c].size()));
    }
    auto line = [&](const QStringList& cells) {
        QStringList out;
        for (int c = 0; c < cells.size(); ++c)
            out << (c == 0 || c == 9 ? padRight(cells[c], width[size_t(c)]) : padLeft(cells[c], width[size_t(c)]));
        return out.join(QStringLiteral("  ")).trimmed();
    };
    QStringList text;
    text << Text::tr("Prices: %1 %2, $%3 per GB-s, $%4 per million requests; headroom %5%.")
                .arg(options.prices.region, QLatin1String(architectureKey(options.architecture)))
                .arg(options.prices.gbSecond(options.architecture), 0, 'f', 10)
                .arg(options.prices.perMillionRequestsUsd[size_t(options.architecture)], 0, 'f', 2)
                .arg(qRound(options.headroom * 100));
    text << line(header);
    for (const QStringList& r : rows)
        text << line(r);
    text << QString() << Text::tr("* estimate: the duration at that size was not measured.");
    for (const FunctionSizing& s : sizings) {
        text << QString() << s.shownName() + QStringLiteral(": ") + s.reason;
        text << QStringLiteral("  ") + Text::tr("CPU: %1").arg(s.cpuEvidence);
        text << QStringLiteral("  ") + Text::tr("arm64 estimate: %1/day (same durations assumed).").arg(usd(s.arm64CostPerDayUsd));
        if (s.sizes.size() > 1) {
            text << QStringLiteral("  ") + Text::tr("Measured sizes (MB: invocations, p50/p99 ms, p99 billed ms, cost per 1M):");
            for (const SizePoint& p : s.sizes) {
                text << QStringLiteral("    %1: %2, %3/%4, %5, %6")
                            .arg(p.memorySizeMb, 5)
                            .arg(p.invocations)
                            .arg(p.p50DurationMs, 0, 'f', 1)
                            .arg(p.p99DurationMs, 0, 'f', 1)
                            .arg(p.p99BilledMs, 0, 'f', 0)
                            .arg(usd(p.costPerMillionUsd));
            }
        }
    }
    return text.join(QLatin1Char('\n'));
}

QString sizingCsv(const std::vector<FunctionSizing>& sizings)
{
    QStringList lines;
    lines << QStringLiteral("name,memory_size_mb,max_memory_used_mb,p99_memory_used_mb,utilization,p50_duration_ms,"
                            "p99_duration_ms,p99_billed_duration_ms,invocations,gb_seconds_per_day,cost_per_day_usd,"
                            "cost_per_million_usd,cpu_bound,recommendation,recommended_memory_mb,"
                            "recommended_cost_per_day_usd,recommended_cost_is_estimate,saving_per_day_usd,"
                            "arm64_cost_per_day_usd_estimate,measured_sizes");
    for (const FunctionSizing& s : sizings) {
        QStringList sizes;
        for (const SizePoint& p : s.sizes)
            sizes << QString::number(p.memorySizeMb);
        lines << QStringList { csvField(s.shownName()), QString::number(s.memorySizeMb), QString::number(s.maxMemoryUsedMb),
                               QString::number(s.p99MemoryUsedMb), QString::number(s.utilization, 'f', 4),
                               QString::number(s.p50DurationMs, 'f', 2), QString::number(s.p99DurationMs, 'f', 2),
                               QString::number(s.p99BilledMs, 'f', 0), QString::number(s.invocations),
                               QString::number(s.gbSecondsPerDay, 'g', 8), QString::number(s.costPerDayUsd, 'g', 8),
                               QString::number(s.costPerMillionUsd, 'g', 8),
                               s.cpuBound ? (*s.cpuBound ? QStringLiteral("true") : QStringLiteral("false")) : QString(),
                               QLatin1String(recommendationKey(s.recommendation)), QString::number(s.recommendedMemoryMb),
                               QString::number(s.recommendedCostPerDayUsd, 'g', 8),
                               s.recommendedCostIsEstimate ? QStringLiteral("true") : QStringLiteral("false"),
                               QString::number(s.savingPerDayUsd, 'g', 8), QString::number(s.arm64CostPerDayUsd, 'g', 8),
                               sizes.join(QLatin1Char(' ')) }
                     .join(QLatin1Char(','));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject insightsJson(const Fleet& fleet, const std::vector<Insight>& insights, int maxRequestIds)
{
    QJsonArray list;
    for (const Insight& in : insights) {
        QJsonObject o;
        o.insert(QStringLiteral("rule"), QLatin1String(ruleKey(in.rule)));
        o.insert(QStringLiteral("title"), ruleTitle(in.rule));
        o.insert(QStringLiteral("severity"), QLatin1String(severityKey(in.severity)));
        o.insert(QStringLiteral("function"), in.functionName);
        o.insert(QStringLiteral("message"), in.message);
        o.insert(QStringLiteral("value"), in.value);
        o.insert(QStringLiteral("threshold"), in.threshold);
        QJsonObject ev;
        ev.insert(QStringLiteral("from"), iso(in.evidence.fromMs));
        ev.insert(QStringLiteral("to"), iso(in.evidence.toMs));
        ev.insert(QStringLiteral("from_ms"), qint64(in.evidence.fromMs));
        ev.insert(QStringLiteral("to_ms"), qint64(in.evidence.toMs));
        ev.insert(QStringLiteral("invocations"), qint64(in.evidence.totalRows));
        QJsonArray ids;
        for (size_t k = 0; k < in.evidence.rows.size() && int(k) < maxRequestIds; ++k) {
            if (in.evidence.rows[k] < fleet.invocationCount()) {
                const std::string_view id = fleet.invocation(in.evidence.rows[k]).requestId;
                ids.append(QString::fromUtf8(id.data(), qsizetype(id.size())));
            }
        }
        ev.insert(QStringLiteral("request_ids"), ids);
        o.insert(QStringLiteral("evidence"), ev);
        list.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("insights"), list);
    return root;
}

QString insightsText(const Fleet& fleet, const std::vector<Insight>& insights, int maxRequestIds)
{
    if (insights.empty())
        return Text::tr("No rule triggered.");
    QStringList text;
    for (const Insight& in : insights) {
        text << QStringLiteral("[%1] %2 — %3").arg(QLatin1String(severityKey(in.severity)), in.functionName, ruleTitle(in.rule));
        text << QStringLiteral("  ") + in.message;
        QStringList ids;
        for (size_t k = 0; k < in.evidence.rows.size() && int(k) < maxRequestIds; ++k) {
            if (in.evidence.rows[k] < fleet.invocationCount()) {
                const std::string_view id = fleet.invocation(in.evidence.rows[k]).requestId;
                ids << QString::fromUtf8(id.data(), qsizetype(id.size()));
            }
        }
        text << QStringLiteral("  ") + Text::tr("evidence: %1 invocation(s), %2 .. %3")
                                            .arg(in.evidence.totalRows)
                                            .arg(iso(in.evidence.fromMs), iso(in.evidence.toMs));
        if (!ids.isEmpty())
            text << QStringLiteral("  ") + Text::tr("requests: %1").arg(ids.join(QStringLiteral(", ")));
    }
    return text.join(QLatin1Char('\n'));
}

} // namespace ll
