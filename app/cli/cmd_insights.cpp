// `lambdalens insights`: server-side per-function summary with Logs Insights (shows the scan
// estimate and cost first).
#include "cli/awsoptions.h"
#include "cli/command.h"

#include "aws/insights.h"
#include "aws/logsclient.h"
#include "aws/metrics.h"
#include "aws/scheduler.h"
#include "aws/timeparse.h"

#include <QCoreApplication>
#include <QDateTime>

#include <csignal>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ll::cli::insights)
};
std::atomic<bool> g_cancel{false};
extern "C" void onInsightsInterrupt(int) { g_cancel.store(true); }

QString when(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm'Z'")) : QStringLiteral("all");
}

int runInsightsCommand(const QStringList& arguments)
{
    using namespace ll;
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Summarise Lambda functions server-side with CloudWatch Logs Insights: invocations, "
                                        "failures, cold starts, duration percentiles and memory per function and time bin. "
                                        "Logs Insights is billed per GB scanned; the estimate is printed first."));
    parser.addHelpOption();
    cli::addAwsOptions(parser);
    parser.addOption({QStringLiteral("group"), Text::tr("Log group (repeatable). Default: every /aws/lambda/ group."), Text::tr("name")});
    parser.addOption({QStringLiteral("bin"), Text::tr("Time bin, e.g. 5m or 1h; 0 for one row per function (default 5m)."), Text::tr("duration"), QStringLiteral("5m")});
    parser.addOption({QStringLiteral("concurrency"), Text::tr("Queries running at once (default 4)."), Text::tr("n"), QStringLiteral("4")});
    parser.addOption({QStringLiteral("dry-run"), Text::tr("Only print the scan estimate.")});
    parser.addOption({QStringLiteral("max-cost"), Text::tr("Refuse to run when the estimate exceeds this many USD (default 1)."), Text::tr("usd"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("metrics"), Text::tr("Also fetch the AWS/Lambda CloudWatch metrics (GetMetricData).")});
    if (!parser.parse(arguments)) {
        cli::err() << parser.errorText() << Qt::endl;
        return cli::Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        cli::out() << parser.helpText();
        return cli::Ok;
    }
    cli::AwsTargets targets;
    if (!cli::parseAwsOptions(parser, 3600 * 1000LL, &targets))
        return cli::Usage;
    int binMinutes = 0;
    if (parser.value(QStringLiteral("bin")) != QLatin1String("0")) {
        const auto bin = aws::parseDurationMs(parser.value(QStringLiteral("bin")));
        if (!bin || *bin < 60 * 1000) {
            cli::err() << Text::tr("Invalid --bin (at least 1m).") << Qt::endl;
            return cli::Usage;
        }
        binMinutes = int(*bin / 60000);
    }
    bool ok = false;
    const double maxCost = parser.value(QStringLiteral("max-cost")).toDouble(&ok);
    if (!ok || maxCost < 0) {
        cli::err() << Text::tr("Invalid --max-cost.") << Qt::endl;
        return cli::Usage;
    }
    std::signal(SIGINT, onInsightsInterrupt);
    std::signal(SIGTERM, onInsightsInterrupt);

    aws::AwsConfig config;
    int exitCode = cli::Ok;
    for (const aws::SessionOptions& so : targets.sessions) {
        aws::AwsError error;
        const aws::Session session = config.resolve(so, &error);
        if (error) {
            cli::err() << Text::tr("insights: %1").arg(error.userMessage()) << Qt::endl;
            exitCode = std::max(exitCode, cli::exitCodeFor(error));
            continue;
        }
        auto scheduler = aws::RequestScheduler::shared(session);
        aws::LogsClient client(scheduler);
        QVector<aws::LogGroupInfo> groups;
        error = client.describeLogGroups(QStringLiteral("/aws/lambda/"), &groups, &g_cancel);
        if (error) {
            cli::err() << Text::tr("insights: %1").arg(error.userMessage()) << Qt::endl;
            exitCode = std::max(exitCode, cli::exitCodeFor(error));
            continue;
        }
        const QStringList wanted = parser.values(QStringLiteral("group"));
        if (!wanted.isEmpty()) {
            QVector<aws::LogGroupInfo> selected;
            for (const aws::LogGroupInfo& g : groups)
                if (wanted.contains(g.name))
                    selected << g;
            for (const QString& w : wanted) {
                if (std::none_of(groups.begin(), groups.end(), [&](const aws::LogGroupInfo& g) { return g.name == w; }))
                    cli::err() << Text::tr("  %1: no logs yet (log group not found)").arg(w) << Qt::endl;
            }
            groups = selected;
        }
        if (groups.isEmpty()) {
            cli::out() << Text::tr("No Lambda log groups in %1.").arg(session.region) << Qt::endl;
            continue;
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const aws::ScanEstimate estimate = aws::estimateScan(groups, targets.startMs, targets.endMs, now);
        cli::out() << Text::tr("Logs Insights over %1 log groups (%2 queries), %3 .. %4: about %5 to scan (of %6 stored), "
                         "estimated cost $%7 at $%8/GB")
                          .arg(estimate.groups).arg(estimate.batches).arg(when(targets.startMs), when(targets.endMs ? targets.endMs : now))
                          .arg(cli::formatBytes(double(estimate.estimatedBytes)), cli::formatBytes(double(estimate.storedBytes)))
                          .arg(estimate.estimatedCostUsd, 0, 'f', 4).arg(aws::ScanEstimate::pricePerGb, 0, 'f', 3)
                   << Qt::endl;
        if (parser.isSet(QStringLiteral("dry-run")))
            continue;
        if (estimate.estimatedCostUsd > maxCost) {
            cli::err() << Text::tr("The estimate exceeds --max-cost %1 USD; narrow the window or raise --max-cost.").arg(maxCost) << Qt::endl;
            exitCode = std::max(exitCode, int(cli::Failure));
            continue;
        }
        aws::InsightsOptions options;
        for (const aws::LogGroupInfo& g : groups)
            options.groups << g.name;
        options.startMs = targets.startMs;
        options.endMs = targets.endMs;
        options.binMinutes = binMinutes;
        options.maxConcurrent = std::clamp(parser.value(QStringLiteral("concurrency")).toInt(), 1, 20);
        const aws::InsightsResult result = aws::runInsights(client, options, [](int done, int total) {
            cli::err() << Text::tr("  query %1/%2 done").arg(done).arg(total) << Qt::endl;
        }, &g_cancel);
        cli::out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8\t%9\n")
                          .arg(Text::tr("function"), Text::tr("bin"), Text::tr("invocations"), Text::tr("failures"), Text::tr("cold"), Text::tr("p50 ms"), Text::tr("p95 ms"),
                               Text::tr("p99 ms"), Text::tr("max mem MB / size MB"));
        for (const aws::FunctionBinStats& row : result.rows) {
            cli::out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8\t%9 / %10\n")
                              .arg(row.function, when(row.binStartMs)).arg(row.stats.invocations).arg(row.stats.errors)
                              .arg(row.stats.coldStarts).arg(row.stats.durationMs.p50, 0, 'f', 1).arg(row.stats.durationMs.p95, 0, 'f', 1)
                              .arg(row.stats.durationMs.p99, 0, 'f', 1).arg(row.stats.maxMemoryUsedMb)
                              .arg(row.stats.memorySizesMb.isEmpty() ? 0 : row.stats.memorySizesMb.last());
        }
        cli::out() << Text::tr("Scanned %1 in %2 records (%3 queries).").arg(cli::formatBytes(result.bytesScanned))
                          .arg(qint64(result.recordsScanned)).arg(result.queries) << Qt::endl;
        if (result.truncated)
            cli::err() << Text::tr("Warning: a query returned the 10,000-row maximum; use a larger --bin.") << Qt::endl;
        if (result.error) {
            cli::err() << Text::tr("insights: %1 of %2 queries failed: %3").arg(result.failedBatches).arg(result.queries)
                              .arg(result.error.userMessage()) << Qt::endl;
            exitCode = std::max(exitCode, cli::exitCodeFor(result.error));
        }
        if (parser.isSet(QStringLiteral("metrics"))) {
            aws::MetricsOptions mo;
            for (const aws::LogGroupInfo& g : groups)
                mo.functions << aws::functionNameFromGroup(g.name);
            mo.startMs = targets.startMs;
            mo.endMs = targets.endMs;
            const aws::MetricsResult metrics = aws::fetchLambdaMetrics(*scheduler, mo, &g_cancel);
            if (metrics.error) {
                cli::err() << Text::tr("metrics: %1").arg(metrics.error.userMessage()) << Qt::endl;
                exitCode = std::max(exitCode, cli::exitCodeFor(metrics.error));
            }
            for (const aws::MetricSeries& s : metrics.series) {
                double total = 0, peak = 0;
                for (double v : s.values) {
                    total += v;
                    peak = std::max(peak, v);
                }
                cli::out() << QStringLiteral("metric\t%1\t%2 %3\tpoints %4\tsum %5\tmax %6\n")
                                  .arg(s.function, s.metric, s.stat).arg(s.values.size()).arg(total, 0, 'f', 2).arg(peak, 0, 'f', 2);
            }
        }
        if (g_cancel.load())
            return cli::Failure;
    }
    cli::out().flush();
    return exitCode;
}

} // namespace

LL_REGISTER_COMMAND(ll::cli::Command{"insights", "Summarise Lambda functions server-side with Logs Insights", &runInsightsCommand})
