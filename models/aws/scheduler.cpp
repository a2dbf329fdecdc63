#include "aws/scheduler.h"

#include "aws/httpclient.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <mutex>

namespace ll::aws {

Q_LOGGING_CATEGORY(lcCloudWatch, "lambdalens.cloudwatch")

RequestScheduler::RequestScheduler(Session session, SchedulerOptions options)
    : m_session(std::move(session))
    , m_options(options)
    , m_eventsLimiter(options.eventsRate, options.eventsBurst)
    , m_controlLimiter(options.controlRate, options.controlBurst)
{
}

std::shared_ptr<RequestScheduler> RequestScheduler::shared(const Session& session, const SchedulerOptions& options)
{
    static std::mutex mutex;
    static QHash<QString, std::weak_ptr<RequestScheduler>> registry;
    std::lock_guard lock(mutex);
    const QString key = session.scopeKey();
    if (auto existing = registry.value(key).lock())
        return existing;
    auto created = std::make_shared<RequestScheduler>(session, options);
    registry.insert(key, created);
    return created;
}

std::chrono::milliseconds RequestScheduler::backoff(int retry)
{
    const double cap = std::min<double>(m_options.maxBackoffMs, double(m_options.baseBackoffMs) * double(1LL << std::min(retry, 20)));
    return std::chrono::milliseconds(qint64(QRandomGenerator::global()->generateDouble() * cap));
}

AwsResult RequestScheduler::call(const AwsCall& call, const std::atomic<bool>* cancel,
                                 const std::function<AwsError(const QByteArray&)>& validate)
{
    AwsResult result;
    const bool logs = call.service == Service::Logs;
    HttpRequest request;
    request.url = m_session.endpoint(call.service).toUtf8();
    request.region = m_session.region.toUtf8();
    request.service = logs ? QByteArrayLiteral("logs") : QByteArrayLiteral("monitoring");
    if (logs) {
        request.contentType = QByteArrayLiteral("application/x-amz-json-1.1");
        request.target = QByteArrayLiteral("Logs_20140328.") + call.operation;
    } else {
        request.contentType = QByteArrayLiteral("application/x-amz-json-1.0");
        request.target = QByteArrayLiteral("GraniteServiceVersion20100801.") + call.operation;
        request.extraHeaders << QByteArrayLiteral("x-amzn-query-mode: true");
    }
    request.body = call.body;
    request.timeoutMs = m_options.timeoutMs;
    request.connectTimeoutMs = m_options.connectTimeoutMs;
    request.lowSpeedTimeoutS = m_options.lowSpeedTimeoutS;

    qint64 expected = 0;
    m_startNs.compare_exchange_strong(expected, std::chrono::steady_clock::now().time_since_epoch().count());

    bool refreshed = false;
    int attempt = 0;
    auto surface = [&](const AwsError& e) {
        m_failures.fetch_add(1);
        result.error = e;
        qCDebug(lcCloudWatch) << call.operation << "failed:" << AwsError::kindName(e.kind) << e.code;
        return result;
    };
    while (true) {
        AwsError credError;
        const Credentials credentials = m_session.credentials ? m_session.credentials->get(&credError)
                                                              : Credentials{};
        if (credError.kind == ErrorKind::ExpiredToken && !refreshed && m_session.credentials) {
            refreshed = true;
            if (m_session.credentials->refresh(&credError))
                continue;
        }
        if (credError)
            return surface(credError);
        if (!credentials.isValid())
            return surface(AwsError::make(ErrorKind::NoCredentials, QStringLiteral("NoCredentials"),
                                          QCoreApplication::translate("ll::aws::Scheduler", "no credentials")));
        if (!limiter(call.rateClass).acquire(cancel))
            return surface(AwsError::make(ErrorKind::Cancelled, QStringLiteral("Cancelled"), QString()));
        m_requests.fetch_add(1);
        HttpResponse response = performSigned(request, credentials, cancel);
        m_bytesSent.fetch_add(response.bytesSent);
        m_bytesReceived.fetch_add(response.bytesReceived);
        result.httpStatus = response.status;
        result.requestId = QString::fromUtf8(response.headers.value("x-amzn-requestid"));
        AwsError e;
        if (response.transportError) {
            e = response.transportError;
            e.httpStatus = response.status;
            if (e.kind == ErrorKind::Cancelled)
                return surface(e);
        } else if (response.status >= 200 && response.status < 300) {
            if (validate)
                e = validate(response.body);
            if (!e) {
                limiter(call.rateClass).onSuccess();
                result.body = std::move(response.body);
                result.error = AwsError{};
                return result;
            }
            e.httpStatus = response.status;
            e.requestId = result.requestId;
        } else {
            e = parseErrorResponse(response.status, response.body, response.headers);
        }

        if (e.kind == ErrorKind::Throttled) {
            m_throttles.fetch_add(1);
            limiter(call.rateClass).penalize();
        }
        if (e.kind == ErrorKind::ExpiredToken && !refreshed && m_session.credentials) {
            refreshed = true;
            AwsError refreshError;
            if (m_session.credentials->refresh(&refreshError)) {
                m_retries.fetch_add(1);
                continue;
            }
            return surface(e);
        }
        ++attempt;
        if (!e.retryable() || attempt >= m_options.maxAttempts)
            return surface(e);
        m_retries.fetch_add(1);
        if (!sleepCancellable(backoff(attempt - 1), cancel))
            return surface(AwsError::make(ErrorKind::Cancelled, QStringLiteral("Cancelled"), QString()));
    }
}

SchedulerStats RequestScheduler::stats() const
{
    SchedulerStats s;
    s.requests = m_requests.load();
    s.throttles = m_throttles.load();
    s.retries = m_retries.load();
    s.failures = m_failures.load();
    s.bytesSent = m_bytesSent.load();
    s.bytesReceived = m_bytesReceived.load();
    s.events = m_events.load();
    const qint64 start = m_startNs.load();
    if (start)
        s.elapsedS = std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()
                                                   - std::chrono::steady_clock::duration(start)).count();
    return s;
}

void RequestScheduler::resetStats()
{
    for (auto* c : {&m_requests, &m_throttles, &m_retries, &m_failures, &m_bytesSent, &m_bytesReceived, &m_events, &m_startNs})
        c->store(0);
}

} // namespace ll::aws
