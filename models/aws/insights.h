#pragma once

#include "analysis/functionstats.h"
#include "aws/logsclient.h"

#include <QHash>
#include <QString>
#include <QVector>
#include <atomic>
#include <functional>

namespace ll::aws {

// What a Logs Insights run over some groups would scan and cost, from DescribeLogGroups'
// storedBytes prorated to the window (groups have no per-time size; this is an estimate).
struct ScanEstimate {
    int groups = 0;
    int batches = 0;                 // StartQuery calls (<= 50 groups each)
    qint64 storedBytes = 0;          // all data kept in those groups
    qint64 estimatedBytes = 0;       // prorated to the window
    double estimatedCostUsd = 0;     // at pricePerGb
    static constexpr double pricePerGb = 0.005;
};
ScanEstimate estimateScan(const QVector<LogGroupInfo>& groups, qint64 startMs, qint64 endMs, qint64 nowMs);

struct InsightsOptions {
    QStringList groups;              // log group names
    qint64 startMs = 0, endMs = 0;   // converted to epoch seconds for StartQuery
    int binMinutes = 5;              // 0: one row per function for the whole window
    int maxConcurrent = 4;           // queries in flight (the account limit is shared with dashboards)
    int pollIntervalMs = 1000;
    int timeoutMs = 15 * 60 * 1000;
    int batchSize = 50;              // StartQuery accepts at most 50 groups
};

// Per function and time bin, mapped to the app's FunctionStats (counts, duration percentiles,
// memory in MB; Insights reports @memorySize/@maxMemoryUsed in bytes).
struct FunctionBinStats {
    QString function;
    QString logGroup;                // the group the row came from (what a drill-down syncs)
    qint64 binStartMs = 0;           // 0 when not binned
    FunctionStats stats;
};

struct InsightsResult {
    AwsError error;                  // the first failed batch (others may have succeeded)
    QVector<FunctionBinStats> rows;
    double bytesScanned = 0;
    double recordsScanned = 0;
    int queries = 0;
    int failedBatches = 0;
    bool truncated = false;          // a batch hit the 10,000-row page without a nextToken
};

// The query: REPORT lines only, failures from "Status: error|timeout", cold starts from @initDuration,
// the billed milliseconds summed so GB-seconds (and cost) are exact rather than guessed from percentiles.
QString insightsQueryString(int binMinutes);

// Runs the batches (StartQuery, GetQueryResults polling, StopQuery on cancel/timeout).
InsightsResult runInsights(LogsClient& client, const InsightsOptions& options,
                           const std::function<void(int done, int total)>& progress = {},
                           const std::atomic<bool>* cancel = nullptr);

// Parsing helpers (exposed for tests).
using InsightsRow = QHash<QString, QString>;
AwsError parseQueryResults(const QByteArray& body, QString* status, QVector<InsightsRow>* rows,
                           double* bytesScanned, double* recordsScanned, QByteArray* nextToken);
FunctionBinStats functionStatsFromRow(const InsightsRow& row, int binMinutes, bool* ok);

} // namespace ll::aws
