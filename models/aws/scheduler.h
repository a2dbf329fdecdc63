#pragma once

#include "aws/awserror.h"
#include "aws/ratelimiter.h"
#include "aws/session.h"

#include <QByteArray>
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

namespace ll::aws {

struct SchedulerOptions {
    double eventsRate = 5.0;       // FilterLogEvents + GetLogEvents, shared per account+region
    double eventsBurst = 1.0;      // 1: evenly spaced, never bursts into the server's bucket
    double controlRate = 5.0;      // DescribeLogGroups, Insights, metrics
    double controlBurst = 5.0;
    int maxAttempts = 10;          // total tries per request (throttles are expected, so > botocore's 3)
    int baseBackoffMs = 1000;      // full jitter: sleep rand(0, min(max, base * 2^retry))
    int maxBackoffMs = 20000;
    int timeoutMs = 60000;
    int connectTimeoutMs = 10000;
    int lowSpeedTimeoutS = 30;
};

// A snapshot of the counters; the live counters are atomics readable from any thread.
struct SchedulerStats {
    qint64 requests = 0;     // HTTP attempts sent
    qint64 throttles = 0;    // throttling answers received (all retried unless surfaced)
    qint64 retries = 0;
    qint64 failures = 0;     // errors surfaced to callers
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
    qint64 events = 0;       // log events delivered by the clients using this scheduler
    double elapsedS = 0;     // since the first request
    double requestsPerSecond() const { return elapsedS > 0 ? double(requests) / elapsedS : 0; }
    double eventsPerSecond() const { return elapsedS > 0 ? double(events) / elapsedS : 0; }
};

enum class RateClass { Events, Control };

struct AwsCall {
    Service service = Service::Logs;
    QByteArray operation;          // "FilterLogEvents", "GetMetricData"
    QByteArray body = "{}";
    RateClass rateClass = RateClass::Events;
};

struct AwsResult {
    AwsError error;
    int httpStatus = 0;
    QByteArray body;
    QString requestId;
};

// Sends AWS JSON requests for one account+region: rate limiting, retries with exponential
// backoff and full jitter for throttling/transient errors, one credential refresh on
// ExpiredToken, statistics. Thread-safe; blocking (call it from workers).
class RequestScheduler {
public:
    RequestScheduler(Session session, SchedulerOptions options = {});

    // One scheduler per Session::scopeKey(), shared by everything that talks to that account+region.
    static std::shared_ptr<RequestScheduler> shared(const Session& session, const SchedulerOptions& options = {});

    // validate (optional) parses a 2xx body; a BadResponse it returns is retried like a transient error.
    AwsResult call(const AwsCall& call, const std::atomic<bool>* cancel = nullptr,
                   const std::function<AwsError(const QByteArray&)>& validate = {});

    SchedulerStats stats() const;
    void resetStats();
    void addEvents(qint64 count) { m_events.fetch_add(count, std::memory_order_relaxed); }
    const Session& session() const { return m_session; }
    const SchedulerOptions& options() const { return m_options; }
    RateLimiter& limiter(RateClass rateClass) { return rateClass == RateClass::Events ? m_eventsLimiter : m_controlLimiter; }

private:
    std::chrono::milliseconds backoff(int retry);

    Session m_session;
    SchedulerOptions m_options;
    RateLimiter m_eventsLimiter;
    RateLimiter m_controlLimiter;
    std::atomic<qint64> m_requests{0}, m_throttles{0}, m_retries{0}, m_failures{0};
    std::atomic<qint64> m_bytesSent{0}, m_bytesReceived{0}, m_events{0};
    std::atomic<qint64> m_startNs{0};
};

} // namespace ll::aws
