// Sync throughput against the rate-limited fault server (5 req/s, throttles beyond):
// how much of the allowed rate the scheduler uses, and whether any throttle surfaces.
// Run: build/tests/bench/bench_sync [groups] [runs]   (from the build directory)
#include "aws/logsclient.h"
#include "aws/logsync.h"
#include "aws/scheduler.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace ll::aws;

namespace {

struct Run {
    double requestsPerSecond = 0, eventsPerSecond = 0, utilisation = 0;
    qint64 requests = 0, events = 0, retries = 0, serverThrottles = 0, surfaced = 0;
};

Run runOnce(int groups, double rate, double clientRate)
{
    Run run;
    QProcess server;
    server.start(QStringLiteral("python3"), {QStringLiteral(LAMBDALENS_TEST_DATA "/../tools/faultserver.py"), QStringLiteral("--rate"),
                                             QString::number(rate), QStringLiteral("--groups"), QString::number(groups),
                                             QStringLiteral("--events"), QStringLiteral("30"), QStringLiteral("--page"), QStringLiteral("10")});
    QByteArray out;
    while (server.waitForReadyRead(10000)) {
        out += server.readAllStandardOutput();
        if (out.contains('\n'))
            break;
    }
    if (!out.startsWith("PORT ")) {
        std::fprintf(stderr, "fault server did not start\n");
        return run;
    }
    const int port = out.mid(5, out.indexOf('\n') - 5).toInt();
    Session session;
    session.profile = QStringLiteral("bench");
    session.region = QStringLiteral("us-east-1");
    session.logsEndpoint = session.metricsEndpoint = QStringLiteral("http://127.0.0.1:%1").arg(port);
    Credentials c;
    c.accessKeyId = QStringLiteral("AKIDBENCH");
    c.secretAccessKey = QStringLiteral("bench-secret");
    session.credentials = std::make_shared<StaticCredentialSource>(c);
    SchedulerOptions o;
    o.eventsRate = clientRate;
    o.baseBackoffMs = 200;
    auto scheduler = std::make_shared<RequestScheduler>(session, o);
    LogsClient client(scheduler);
    QTemporaryDir dir;
    SyncOptions so;
    so.cachePath = dir.filePath(QStringLiteral("bench.sqlite"));
    so.startMs = 1710288000000;
    so.endMs = 1710291600000;
    so.workers = 4;
    for (int g = 0; g < groups; ++g)
        so.groups << QStringLiteral("/aws/lambda/svc-%1").arg(g, 3, 10, QLatin1Char('0'));
    QElapsedTimer clock;
    clock.start();
    const SyncResult result = syncLogGroups(client, so);
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    const SchedulerStats stats = scheduler->stats();
    run.requests = stats.requests;
    run.events = result.added;
    run.retries = stats.retries;
    run.surfaced = result.failedGroups() + (result.error ? 1 : 0);
    // n evenly spaced requests span (n - 1) intervals: that is the rate the server sees.
    run.requestsPerSecond = stats.requests > 1 ? double(stats.requests - 1) / seconds : 0;
    run.eventsPerSecond = double(result.added) / seconds;
    run.utilisation = run.requestsPerSecond / rate;
    server.kill();
    server.waitForFinished(5000);
    out += server.readAllStandardOutput();
    for (const QByteArray& line : out.split('\n'))
        if (line.startsWith("REQ ") && line.contains(" 400 "))
            ++run.serverThrottles;
    return run;
}

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int groups = argc > 1 ? std::max(1, atoi(argv[1])) : 20;
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 3;
    const double rate = 5.0;
    QVector<double> rps, eps, util;
    qint64 retries = 0, throttles = 0, surfaced = 0;
    for (int i = 0; i < runs; ++i) {
        const Run r = runOnce(groups, rate, rate);
        std::printf("run %d: %lld requests, %.3f req/s (%.1f%% of %.0f), %.1f events/s, %lld retries, %lld server throttles, %lld surfaced errors\n",
                    i + 1, qint64(r.requests), r.requestsPerSecond, 100 * r.utilisation, rate, r.eventsPerSecond, qint64(r.retries),
                    qint64(r.serverThrottles), qint64(r.surfaced));
        rps << r.requestsPerSecond;
        eps << r.eventsPerSecond;
        util << r.utilisation;
        retries += r.retries;
        throttles += r.serverThrottles;
        surfaced += r.surfaced;
    }
    std::printf("bench_sync: %d groups x 3 pages, median %.3f req/s = %.1f%% of the %.0f req/s limit, median %.1f events/s, "
                "retries %lld, server throttles %lld, surfaced throttles/errors %lld\n",
                groups, median(rps), 100 * median(util), rate, median(eps), qint64(retries), qint64(throttles), qint64(surfaced));
    // A client configured above the server's limit: throttles happen, are retried, none surface.
    const Run over = runOnce(groups, rate, 2 * rate);
    std::printf("overdriven (client %.0f req/s vs server %.0f): %lld requests, %.3f req/s, %.1f events/s, %lld retries, "
                "%lld server throttles, %lld surfaced errors\n", 2 * rate, rate, qint64(over.requests), over.requestsPerSecond,
                over.eventsPerSecond, qint64(over.retries), qint64(over.serverThrottles), qint64(over.surfaced));
    return (median(util) >= 0.95 && surfaced == 0 && over.surfaced == 0) ? 0 : 1;
}
