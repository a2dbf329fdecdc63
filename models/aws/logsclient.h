#pragma once

#include "aws/awserror.h"
#include "aws/scheduler.h"

#include <QByteArray>
#include <QString>
#include <QVector>
#include <functional>
#include <memory>

namespace ll::aws {

struct LogGroupInfo {
    QString name;
    qint64 creationTimeMs = 0;
    qint64 storedBytes = 0;
    int retentionDays = 0;     // 0: never expires
};

struct LogEventRecord {
    QByteArray eventId;        // FilterLogEvents eventId; synthesised for GetLogEvents
    QByteArray stream;
    QByteArray message;        // bytes as received (JSON-decoded UTF-8)
    qint64 timestampMs = 0;
    qint64 ingestionTimeMs = 0;
};

struct EventPage {
    QVector<LogEventRecord> events;
    QByteArray nextToken;      // empty: last page
};

struct FilterParams {
    QString group;
    qint64 startMs = 0;        // inclusive; 0: unset
    qint64 endMs = 0;          // 0: unset
    QString filterPattern;
    QStringList streams;
    int limit = 10000;
};

// The CloudWatch Logs read operations (AWS JSON 1.1) over a RequestScheduler.
// Page callbacks return false to stop early. Blocking; call from a worker thread.
class LogsClient {
public:
    explicit LogsClient(std::shared_ptr<RequestScheduler> scheduler);

    AwsError describeLogGroups(const QString& prefix, QVector<LogGroupInfo>* groups,
                               const std::atomic<bool>* cancel = nullptr);
    // Pages with no events but a nextToken are normal and followed.
    AwsError filterLogEvents(const FilterParams& params, const std::function<bool(const EventPage&)>& onPage,
                             const std::atomic<bool>* cancel = nullptr);
    // Forward from the head of one stream; ends when the forward token repeats.
    AwsError getLogEvents(const QString& group, const QString& stream, qint64 startMs, qint64 endMs,
                          const std::function<bool(const EventPage&)>& onPage,
                          const std::atomic<bool>* cancel = nullptr);

    RequestScheduler& scheduler() { return *m_scheduler; }

    // Response parsers, exposed for tests. They return BadResponse on malformed bodies.
    static AwsError parseDescribeLogGroups(const QByteArray& body, QVector<LogGroupInfo>* groups, QByteArray* nextToken);
    static AwsError parseFilterPage(const QByteArray& body, EventPage* page);
    static AwsError parseGetPage(const QByteArray& body, const QByteArray& stream, EventPage* page, QByteArray* forwardToken);

private:
    std::shared_ptr<RequestScheduler> m_scheduler;
};

// "/aws/lambda/orders-api" -> "orders-api"; other groups are returned unchanged.
QString functionNameFromGroup(const QString& group);

} // namespace ll::aws
