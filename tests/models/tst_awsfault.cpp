// The request scheduler and Logs client against tests/tools/faultserver.py: retries, typed
// errors, credential refresh, pagination quirks, cancellation.
#include "awstestsupport.h"

#include "aws/logsclient.h"
#include "aws/scheduler.h"

#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>

using namespace ll::aws;

class TestAwsFault : public QObject {
    Q_OBJECT

    static SchedulerOptions fastRetries(int attempts = 8)
    {
        SchedulerOptions o;
        o.eventsRate = 200;
        o.controlRate = 200;
        o.baseBackoffMs = 5;
        o.maxBackoffMs = 50;
        o.maxAttempts = attempts;
        o.timeoutMs = 10000;
        return o;
    }

    static AwsError fetchAll(LogsClient& client, const QString& group, QSet<QByteArray>* ids, int* pages = nullptr)
    {
        FilterParams p;
        p.group = group;
        return client.filterLogEvents(p, [&](const EventPage& page) {
            if (pages)
                ++*pages;
            for (const LogEventRecord& e : page.events)
                ids->insert(e.eventId);
            return true;
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!lltest::pythonHas(QStringLiteral("json, http.server")))
            QSKIP("python3 is not available: the fault server cannot run");
    }

    void transientFaultsAreRetriedAndNotSurfaced_data()
    {
        QTest::addColumn<QString>("queue");
        QTest::addColumn<int>("expectedThrottles");
        QTest::newRow("a burst of ThrottlingException is absorbed") << "throttle,throttle,throttle,throttle" << 4;
        QTest::newRow("HTTP 429 TooManyRequests is retried") << "throttle429,throttle429" << 2;
        QTest::newRow("5xx ServiceUnavailable is retried") << "500,500" << 0;
        QTest::newRow("an HTML 503 page from a proxy is retried") << "503html" << 0;
        QTest::newRow("a truncated body is retried") << "truncated" << 0;
        QTest::newRow("malformed JSON with 200 is retried") << "malformed200" << 0;
        QTest::newRow("an HTML captive portal with 200 is retried") << "html200" << 0;
        QTest::newRow("mixed faults in one page sequence") << "throttle,500,truncated,throttle429" << 2;
    }
    void transientFaultsAreRetriedAndNotSurfaced()
    {
        QFETCH(QString, queue);
        QFETCH(int, expectedThrottles);
        lltest::FaultServer server;
        QVERIFY(server.start({QStringLiteral("--queue"), queue, QStringLiteral("--events"), QStringLiteral("25")}));
        auto scheduler = std::make_shared<RequestScheduler>(lltest::localSession(server.url()), fastRetries());
        LogsClient client(scheduler);
        QSet<QByteArray> ids;
        const AwsError error = fetchAll(client, QStringLiteral("/aws/lambda/svc-000"), &ids);
        QVERIFY2(!error, qPrintable(error.userMessage()));
        QCOMPARE(ids.size(), 25);
        const SchedulerStats s = scheduler->stats();
        QCOMPARE(s.throttles, qint64(expectedThrottles));
        QCOMPARE(s.retries, qint64(queue.split(QLatin1Char(',')).size()));
        QCOMPARE(s.failures, qint64(0));
        QCOMPARE(s.events, qint64(25));
    }

    void permanentErrorsAreTypedAndNotRetried_data()
    {
        QTest::addColumn<QString>("queue");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("permission");
        QTest::newRow("access denied names the missing permission")
            << "denied" << int(ErrorKind::AccessDenied) << "logs:FilterLogEvents";
        QTest::newRow("a missing log group is NotFound") << "notfound" << int(ErrorKind::NotFound) << QString();
    }
    void permanentErrorsAreTypedAndNotRetried()
    {
        QFETCH(QString, queue);
        QFETCH(int, kind);
        QFETCH(QString, permission);
        lltest::FaultServer server;
        QVERIFY(server.start({QStringLiteral("--queue"), queue}));
        auto scheduler = std::make_shared<RequestScheduler>(lltest::localSession(server.url()), fastRetries());
        LogsClient client(scheduler);
        QSet<QByteArray> ids;
        const AwsError error = fetchAll(client, QStringLiteral("/aws/lambda/svc-000"), &ids);
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.missingPermission, permission);
        QCOMPARE(error.httpStatus, 400);
        QVERIFY(!error.requestId.isEmpty());
        QVERIFY(!error.retryable());
        QVERIFY(!error.userMessage().isEmpty());
        QCOMPARE(scheduler->stats().requests, qint64(1));
        if (!permission.isEmpty())
            QVERIFY(error.userMessage().contains(permission));
    }

    void throttlingBeyondTheRetryBudgetSurfaces()
    {
        lltest::FaultServer server;
        QVERIFY(server.start({QStringLiteral("--queue"), QStringLiteral("throttle,throttle,throttle,throttle,throttle")}));
        auto scheduler = std::make_shared<RequestScheduler>(lltest::localSession(server.url()), fastRetries(3));
        LogsClient client(scheduler);
        QSet<QByteArray> ids;
        const AwsError error = fetchAll(client, QStringLiteral("/aws/lambda/svc-000"), &ids);
        QCOMPARE(error.kind, ErrorKind::Throttled);
        QCOMPARE(error.code, QStringLiteral("ThrottlingException"));
        QCOMPARE(scheduler->stats().requests, qint64(3));
        QCOMPARE(scheduler->stats().retries, qint64(2));
    }

    void aStalledBodyTimesOut()
    {
        lltest::FaultServer server;
        QVERIFY(server.start({QStringLiteral("--queue"), QStringLiteral("slow"), QStringLiteral("--slow-seconds"), QStringLiteral("4")}));
        SchedulerOptions o = fastRetries(1);
        o.timeoutMs = 500;
        auto scheduler = std::make_shared<RequestScheduler>(lltest::localSession(server.url()), o);
        LogsClient client(scheduler);
        QSet<QByteArray> ids;
        const AwsError error = fetchAll(client, QStringLiteral("/aws/lambda/svc-000"), &ids);
        QCOMPARE(error.kind, ErrorKind::Timeout);
        QVERIFY(error.retryable());
    }

    void cancellingAbortsATransferInFlight()
    {
        lltest::FaultServer server;
        QVERIFY(server.start({QStringLiteral("--queue"), QStringLiteral("slow"), QStringLiteral("--slow-seconds"), QStringLiteral("8")}));
        auto scheduler = std::make_shared<RequestScheduler>(lltest::localSession(server.url()), fastRetries());
        LogsClient client(scheduler);
        std::atomic<bool> cancel{false};
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancel = true;
        });
        FilterParams p;
        p.group = QStringLiteral("/aws/lambda/svc-000");
        const AwsError error = client.filterLogEvents(p, [](const EventPage&) { return true; }, &cancel);
        canceller.join();
        QCOMPARE(error.kind, ErrorKind::Cancelled);
        QCOMPARE(scheduler->stats().requests, qint64(1));
    }

    void expiredTokenRefreshesCredentialProcessAndRetriesOnce()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString script = dir.filePath(QStringLiteral("creds.sh"));
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\nn=$(cat \"$1\" 2>/dev/null || echo 0); n=$((n+1)); echo $n > \"$1\"\n"
                "printf '{\"Version\":1,\"AccessKeyId\":\"ASIAPROC\",\"SecretAccessKey\":\"procsecret\","
                "\"SessionToken\":\"token%s\",\"Expiration\":\"2099-01-01T00:00:00Z\"}' \"$n\"\n");
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        const QString counter = dir.filePath(QStringLiteral("counter"));
        auto source = std::make_shared<ProcessCredentialSource>(script + QStringLiteral(" '") + counter + QLatin1Char('\''),
                                                                QStringLiteral("proc"), 10000);
        lltest::FaultServer server;
        QVERIFY(server.start({QStringLiteral("--require-token"), QStringLiteral("token2"), QStringLiteral("--events"), QStringLiteral("5")}));
        auto scheduler = std::make_shared<RequestScheduler>(lltest::localSession(server.url(), source), fastRetries());
        LogsClient client(scheduler);
        QSet<QByteArray> ids;
        const AwsError error = fetchAll(client, QStringLiteral("/aws/lambda/svc-000"), &ids);
        QVERIFY2(!error, qPrintable(error.userMessage()));
        QCOMPARE(ids.size(), 5);
        QCOMPARE(scheduler->stats().requests, qint64(2));
        QCOMPARE(server.countStatus(400), 1);
    }

    void expiredTokenThatStaysExpiredSurfacesAfterOneRefresh()
    {
        lltest::FaultServer server;
        QVERIFY(server.start({QStringLiteral("--require-token"), QStringLiteral("never-matches")}));
        auto scheduler = std::make_shared<RequestScheduler>(lltest::localSession(server.url()), fastRetries());
        LogsClient client(scheduler);
        QSet<QByteArray> ids;
        const AwsError error = fetchAll(client, QStringLiteral("/aws/lambda/svc-000"), &ids);
        QCOMPARE(error.kind, ErrorKind::ExpiredToken);
        QCOMPARE(scheduler->stats().requests, qint64(1)); // static keys cannot refresh
    }

    void emptyPagesWithATokenAreFollowed()
    {
        lltest::FaultServer server;
        QVERIFY(server.start({QStringLiteral("--empty-pages"), QStringLiteral("3"), QStringLiteral("--events"), QStringLiteral("25")}));
        auto scheduler = std::make_shared<RequestScheduler>(lltest::localSession(server.url()), fastRetries());
        LogsClient client(scheduler);
        QSet<QByteArray> ids;
        int pages = 0;
        QVERIFY(!fetchAll(client, QStringLiteral("/aws/lambda/svc-000"), &ids, &pages));
        QCOMPARE(ids.size(), 25);
        QCOMPARE(pages, 3 + 3);
    }

    void getLogEventsStopsWhenTheForwardTokenRepeats()
    {
        lltest::FaultServer server;
        QVERIFY(server.start({QStringLiteral("--events"), QStringLiteral("25"), QStringLiteral("--page"), QStringLiteral("10")}));
        auto scheduler = std::make_shared<RequestScheduler>(lltest::localSession(server.url()), fastRetries());
        LogsClient client(scheduler);
        int events = 0;
        QSet<QByteArray> ids;
        const AwsError error = client.getLogEvents(QStringLiteral("/aws/lambda/svc-000"), QStringLiteral("s"), 0, 0,
                                                   [&](const EventPage& page) {
                                                       events += page.events.size();
                                                       for (const LogEventRecord& e : page.events)
                                                           ids.insert(e.eventId);
                                                       return true;
                                                   });
        QVERIFY(!error);
        QCOMPARE(events, 25);
        QCOMPARE(ids.size(), 25);
        QCOMPARE(scheduler->stats().requests, qint64(4)); // 10 + 10 + 5 + the empty page with the same token
    }

    void describeLogGroupsFollowsPagination()
    {
        lltest::FaultServer server;
        QVERIFY(server.start({QStringLiteral("--groups"), QStringLiteral("120")}));
        auto scheduler = std::make_shared<RequestScheduler>(lltest::localSession(server.url()), fastRetries());
        LogsClient client(scheduler);
        QVector<LogGroupInfo> groups;
        QVERIFY(!client.describeLogGroups(QStringLiteral("/aws/lambda/"), &groups));
        QCOMPARE(groups.size(), 120);
        QCOMPARE(groups.last().name, QStringLiteral("/aws/lambda/svc-119"));
        QCOMPARE(groups.first().storedBytes, qint64(1) << 30);
        QCOMPARE(scheduler->stats().requests, qint64(3));
    }

    void tlsHandshakeFailureIsTypedAndNotRetried()
    {
        lltest::FaultServer server; // speaks plain HTTP: a TLS client must fail the handshake
        QVERIFY(server.start({}));
        QString url = server.url();
        url.replace(QStringLiteral("http://"), QStringLiteral("https://"));
        auto scheduler = std::make_shared<RequestScheduler>(lltest::localSession(url), fastRetries());
        LogsClient client(scheduler);
        QSet<QByteArray> ids;
        const AwsError error = fetchAll(client, QStringLiteral("/aws/lambda/svc-000"), &ids);
        QCOMPARE(AwsError::kindName(error.kind), AwsError::kindName(ErrorKind::Tls));
        QVERIFY(!error.retryable());
        QCOMPARE(scheduler->stats().requests, qint64(1));
    }

    void connectionRefusedIsANetworkErrorRetriedThenSurfaced()
    {
        QString url;
        {
            lltest::FaultServer server;
            QVERIFY(server.start({}));
            url = server.url();
        } // stopped: nothing listens on that loopback port now
        auto scheduler = std::make_shared<RequestScheduler>(lltest::localSession(url), fastRetries(3));
        LogsClient client(scheduler);
        QSet<QByteArray> ids;
        const AwsError error = fetchAll(client, QStringLiteral("/aws/lambda/svc-000"), &ids);
        QCOMPARE(error.kind, ErrorKind::Network);
        QCOMPARE(scheduler->stats().requests, qint64(3));
    }

    void throttlesLowerTheRateAndSuccessesRestoreIt()
    {
        RateLimiter limiter(10, 1);
        limiter.penalize();
        QCOMPARE(limiter.currentRate(), 7.0);
        limiter.penalize();
        QVERIFY(limiter.currentRate() < 5.0);
        for (int i = 0; i < 200; ++i)
            limiter.onSuccess();
        QCOMPARE(limiter.currentRate(), 10.0);
        for (int i = 0; i < 50; ++i)
            limiter.penalize();
        QCOMPARE(limiter.currentRate(), 1.0); // never below a tenth of the configured rate
    }

    void rateLimitedServerSeesNoThrottleAtTheDefaultRate()
    {
        lltest::FaultServer server;
        QVERIFY(server.start({QStringLiteral("--rate"), QStringLiteral("5"), QStringLiteral("--groups"), QStringLiteral("3"),
                              QStringLiteral("--events"), QStringLiteral("30"), QStringLiteral("--page"), QStringLiteral("10")}));
        SchedulerOptions o = fastRetries();
        o.eventsRate = 5;
        o.eventsBurst = 1;
        auto scheduler = std::make_shared<RequestScheduler>(lltest::localSession(server.url()), o);
        LogsClient client(scheduler);
        std::vector<std::thread> threads;
        std::atomic<int> failures{0};
        for (int g = 0; g < 3; ++g) {
            threads.emplace_back([&, g] {
                QSet<QByteArray> ids;
                if (fetchAll(client, QStringLiteral("/aws/lambda/svc-%1").arg(g, 3, 10, QLatin1Char('0')), &ids) || ids.size() != 30)
                    ++failures;
            });
        }
        for (auto& t : threads)
            t.join();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(scheduler->stats().failures, qint64(0));
        QCOMPARE(server.countStatus(400), 0);
    }
};

QTEST_GUILESS_MAIN(TestAwsFault)
#include "tst_awsfault.moc"
