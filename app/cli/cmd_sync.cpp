// `lambdalens sync`: fetch CloudWatch Logs of Lambda functions into the local cache.
#include "cli/awsoptions.h"
#include "cli/command.h"

#include "aws/logsclient.h"
#include "aws/logsync.h"
#include "aws/scheduler.h"
#include "aws/timeparse.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

#include <csignal>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ll::cli::sync)
};
std::atomic<bool> g_cancel{false};
extern "C" void onInterrupt(int) { g_cancel.store(true); }

int runSync(const QStringList& arguments)
{
    using namespace ll;
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Fetch Lambda log events from CloudWatch Logs into the local cache. "
                                        "Later runs fetch only what is new."));
    parser.addHelpOption();
    cli::addAwsOptions(parser);
    parser.addOption({QStringLiteral("group"), Text::tr("Log group to sync (repeatable). Default: every /aws/lambda/ group."), Text::tr("name")});
    parser.addOption({QStringLiteral("rate"), Text::tr("FilterLogEvents requests per second per account+region (default 5)."), Text::tr("n"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("workers"), Text::tr("Groups fetched in parallel (default 4)."), Text::tr("n"), QStringLiteral("4")});
    parser.addOption({QStringLiteral("max-cache-size"), Text::tr("Evict the oldest cached hours above this size in MB."), Text::tr("mb")});
    if (!parser.parse(arguments)) {
        cli::err() << parser.errorText() << Qt::endl;
        return cli::Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        cli::out() << parser.helpText();
        return cli::Ok;
    }
    cli::AwsTargets targets;
    if (!cli::parseAwsOptions(parser, 6 * 3600 * 1000LL, &targets))
        return cli::Usage;
    bool ok = false;
    const double rate = parser.value(QStringLiteral("rate")).toDouble(&ok);
    if (!ok || rate <= 0 || rate > 1000) {
        cli::err() << Text::tr("Invalid --rate.") << Qt::endl;
        return cli::Usage;
    }
    const int workers = parser.value(QStringLiteral("workers")).toInt(&ok);
    if (!ok || workers < 1 || workers > 16) {
        cli::err() << Text::tr("Invalid --workers (1-16).") << Qt::endl;
        return cli::Usage;
    }
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);

    aws::AwsConfig config;
    int exitCode = cli::Ok;
    for (const aws::SessionOptions& so : targets.sessions) {
        aws::AwsError error;
        const aws::Session session = config.resolve(so, &error);
        const QString label = so.profile.isEmpty() ? QStringLiteral("(default credentials)") : so.profile;
        if (error) {
            cli::err() << Text::tr("sync %1%2: %3").arg(label, so.region.isEmpty() ? QString() : QLatin1Char(' ') + so.region, error.userMessage()) << Qt::endl;
            exitCode = std::max(exitCode, cli::exitCodeFor(error));
            continue;
        }
        aws::SchedulerOptions sched;
        sched.eventsRate = rate;
        auto scheduler = aws::RequestScheduler::shared(session, sched);
        scheduler->limiter(aws::RateClass::Events).configure(rate, sched.eventsBurst);
        aws::LogsClient client(scheduler);
        aws::SyncOptions options;
        options.groups = parser.values(QStringLiteral("group"));
        options.startMs = targets.startMs;
        options.endMs = targets.endMs;
        options.workers = workers;
        if (parser.isSet(QStringLiteral("max-cache-size")))
            options.maxCacheBytes = qint64(parser.value(QStringLiteral("max-cache-size")).toDouble() * 1024 * 1024);
        cli::err() << Text::tr("Syncing %1 in %2 (%3) into %4").arg(label, session.region, session.logsEndpoint, options.cachePath)
                   << Qt::endl;
        QElapsedTimer clock;
        clock.start();
        qint64 lastPrint = -1000;
        const aws::SyncResult result = aws::syncLogGroups(client, options, [&](const aws::SyncProgress& p) {
            if (clock.elapsed() - lastPrint < 1000 && p.groupsDone < p.groupsTotal)
                return;
            lastPrint = clock.elapsed();
            cli::err() << Text::tr("  [%1/%2 groups] %3 events fetched, %4 new").arg(p.groupsDone).arg(p.groupsTotal)
                              .arg(p.fetched).arg(p.added) << Qt::endl;
        }, &g_cancel);
        const aws::SchedulerStats stats = scheduler->stats();
        if (result.error) {
            cli::err() << Text::tr("sync %1 %2: %3").arg(label, session.region, result.error.userMessage()) << Qt::endl;
            exitCode = std::max(exitCode, cli::exitCodeFor(result.error));
            continue;
        }
        for (const aws::GroupSyncResult& g : result.groups) {
            if (g.error.kind == aws::ErrorKind::NotFound)
                cli::err() << Text::tr("  %1: no logs yet (log group not found)").arg(g.group) << Qt::endl;
            else if (g.error && g.error.kind != aws::ErrorKind::Cancelled)
                cli::err() << Text::tr("  %1: %2").arg(g.group, g.error.userMessage()) << Qt::endl;
        }
        cli::out() << Text::tr("%1 %2: %3 groups, %4 events fetched, %5 new, %6 failed; %7 requests (%8/s), %9 throttled, %10 retries, %11 received")
                          .arg(label, session.region).arg(result.groups.size()).arg(result.fetched).arg(result.added)
                          .arg(result.failedGroups()).arg(stats.requests).arg(stats.requestsPerSecond(), 0, 'f', 2)
                          .arg(stats.throttles).arg(stats.retries).arg(cli::formatBytes(double(stats.bytesReceived)))
                   << Qt::endl;
        if (result.evicted)
            cli::out() << Text::tr("Evicted %1 old events to stay under the cache size limit.").arg(result.evicted) << Qt::endl;
        if (result.cancelled) {
            cli::err() << Text::tr("Interrupted: what was fetched is saved; run sync again to continue.") << Qt::endl;
            return cli::Failure;
        }
        if (result.failedGroups() > 0) {
            int code = cli::Failure;
            for (const aws::GroupSyncResult& g : result.groups)
                if (g.error && g.error.kind != aws::ErrorKind::NotFound)
                    code = std::max(code, cli::exitCodeFor(g.error));
            exitCode = std::max(exitCode, result.failedGroups() < result.groups.size() ? int(cli::PartialInput) : code);
        }
    }
    cli::out().flush();
    return exitCode;
}

} // namespace

LL_REGISTER_COMMAND(ll::cli::Command{"sync", "Fetch Lambda logs from CloudWatch into the local cache", &runSync})
