#pragma once

#include "aws/scheduler.h"

#include <QHash>
#include <QString>
#include <QVector>
#include <atomic>

namespace ll::aws {

// One AWS/Lambda metric series for one function, oldest first.
struct MetricSeries {
    QString function;
    QString metric;                  // Invocations, Errors, Throttles, Duration, ConcurrentExecutions
    QString stat;                    // Sum, Average, p99, Maximum
    QVector<qint64> timestampsMs;
    QVector<double> values;
    QString statusCode;              // Complete | PartialData | InternalError | Forbidden
};

struct MetricsOptions {
    QStringList functions;
    qint64 startMs = 0, endMs = 0;   // aligned down/up to the period
    int periodS = 300;               // multiple of 60
    int maxQueriesPerCall = 500;     // GetMetricData limit
};

struct MetricsResult {
    AwsError error;
    QVector<MetricSeries> series;
    int requests = 0;
};

// GetMetricData (AWS JSON 1.0, query-compatible) for the standard Lambda metrics of each function,
// batched by 500 queries and paginated by NextToken.
MetricsResult fetchLambdaMetrics(RequestScheduler& scheduler, const MetricsOptions& options,
                                 const std::atomic<bool>* cancel = nullptr);

// One GetMetricData page: appends each MetricDataResults entry to the series its Id names
// (unknown Ids are ignored); exposed for tests and fuzzing.
AwsError parseMetricDataPage(const QByteArray& body, const QHash<QString, MetricSeries*>& byId, QByteArray* nextToken);

} // namespace ll::aws
