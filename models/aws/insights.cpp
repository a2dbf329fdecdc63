#include "aws/insights.h"

#include "analysis/pricing.h"
#include "aws/ratelimiter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTimeZone>

#include <nlohmann/json.hpp>

#include <cmath>
#include <mutex>
#include <thread>

namespace ll::aws {

namespace {

using json = nlohmann::json;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ll::aws::Insights)
};
AwsError bad(const QString& why) { return AwsError::make(ErrorKind::BadResponse, QStringLiteral("MalformedResponse"), why); }

QByteArray dump(const json& j) { return QByteArray::fromStdString(j.dump()); }

double toNumber(const QString& s)
{
    bool ok = false;
    const double v = s.toDouble(&ok);
    return ok && std::isfinite(v) ? v : 0;
}

uint32_t bytesToMb(double bytes)
{
    // Insights reports MB x 1,000,000 (the AWS examples divide by 1000/1000).
    return uint32_t(std::llround(std::max(0.0, bytes) / 1e6));
}

} // namespace

ScanEstimate estimateScan(const QVector<LogGroupInfo>& groups, qint64 startMs, qint64 endMs, qint64 nowMs)
{
    ScanEstimate e;
    e.groups = int(groups.size());
    e.batches = int((groups.size() + 49) / 50);
    double total = 0;
    for (const LogGroupInfo& g : groups) {
        e.storedBytes += g.storedBytes;
        qint64 oldest = g.creationTimeMs > 0 ? g.creationTimeMs : nowMs - 30LL * 86400 * 1000;
        if (g.retentionDays > 0)
            oldest = std::max(oldest, nowMs - qint64(g.retentionDays) * 86400 * 1000);
        const double lifetime = double(std::max<qint64>(nowMs - oldest, 60 * 1000));
        const qint64 from = std::max(startMs, oldest);
        const qint64 to = std::min(endMs > 0 ? endMs : nowMs, nowMs);
        const double fraction = to > from ? std::min(1.0, double(to - from) / lifetime) : 0.0;
        total += double(g.storedBytes) * fraction;
    }
    e.estimatedBytes = qint64(total);
    e.estimatedCostUsd = total / 1e9 * ScanEstimate::pricePerGb;
    return e;
}

QString insightsQueryString(int binMinutes)
{
    QString by = QStringLiteral("@log");
    if (binMinutes > 0)
        by += QStringLiteral(", bin(%1m)").arg(binMinutes);
    return QStringLiteral(
               "filter @type = \"REPORT\"\n"
               "| parse @message /Status: (?<llStatus>\\w+)/\n"
               "| stats count(*) as invocations, count(llStatus) as failures, count(@initDuration) as coldStarts,"
               " pct(@duration, 50) as p50, pct(@duration, 95) as p95, pct(@duration, 99) as p99,"
               " max(@duration) as maxDuration, max(@maxMemoryUsed) as maxMemoryUsed, max(@memorySize) as memorySize,"
               " sum(@billedDuration) as billedMs"
               " by %1")
        .arg(by);
}

AwsError parseQueryResults(const QByteArray& body, QString* status, QVector<InsightsRow>* rows,
                           double* bytesScanned, double* recordsScanned, QByteArray* nextToken)
{
    const json j = json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (!j.is_object())
        return bad(Text::tr("GetQueryResults: body is not a JSON object"));
    auto st = j.find("status");
    if (st == j.end() || !st->is_string())
        return bad(Text::tr("GetQueryResults: no status"));
    *status = QString::fromStdString(st->get<std::string>());
    rows->clear();
    auto results = j.find("results");
    if (results != j.end() && results->is_array()) {
        for (const json& row : *results) {
            if (!row.is_array())
                continue;
            InsightsRow r;
            for (const json& cell : row) {
                if (!cell.is_object())
                    continue;
                auto f = cell.find("field");
                auto v = cell.find("value");
                if (f != cell.end() && f->is_string() && v != cell.end() && v->is_string())
                    r.insert(QString::fromStdString(f->get<std::string>()), QString::fromStdString(v->get<std::string>()));
            }
            rows->append(r);
        }
    }
    auto stats = j.find("statistics");
    if (stats != j.end() && stats->is_object()) {
        auto num = [&](const char* k) {
            auto it = stats->find(k);
            return (it != stats->end() && it->is_number()) ? it->get<double>() : 0.0;
        };
        *bytesScanned = num("bytesScanned");
        *recordsScanned = num("recordsScanned");
    }
    auto next = j.find("nextToken");
    *nextToken = (next != j.end() && next->is_string()) ? QByteArray::fromStdString(next->get<std::string>()) : QByteArray();
    return AwsError{};
}

FunctionBinStats functionStatsFromRow(const InsightsRow& row, int binMinutes, bool* ok)
{
    FunctionBinStats out;
    const QString log = row.value(QStringLiteral("@log"));
    const int colon = log.indexOf(QLatin1Char(':'));
    const QString group = colon >= 0 ? log.mid(colon + 1) : log;
    out.function = functionNameFromGroup(group);
    out.logGroup = group;
    *ok = !out.function.isEmpty();
    if (binMinutes > 0) {
        const QString bin = row.value(QStringLiteral("bin(%1m)").arg(binMinutes));
        QDateTime t = QDateTime::fromString(bin, QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        t.setTimeZone(QTimeZone::utc());
        out.binStartMs = t.isValid() ? t.toMSecsSinceEpoch() : 0;
        *ok = *ok && t.isValid();
    }
    FunctionStats& s = out.stats;
    s.invocations = uint64_t(toNumber(row.value(QStringLiteral("invocations"))));
    s.errors = uint64_t(toNumber(row.value(QStringLiteral("failures"))));
    s.coldStarts = uint64_t(toNumber(row.value(QStringLiteral("coldStarts"))));
    s.durationMs.p50 = toNumber(row.value(QStringLiteral("p50")));
    s.durationMs.p95 = toNumber(row.value(QStringLiteral("p95")));
    s.durationMs.p99 = toNumber(row.value(QStringLiteral("p99")));
    s.durationMs.max = toNumber(row.value(QStringLiteral("maxDuration")));
    const double usedBytes = toNumber(row.value(QStringLiteral("maxMemoryUsed")));
    const double sizeBytes = toNumber(row.value(QStringLiteral("memorySize")));
    s.maxMemoryUsedMb = bytesToMb(usedBytes);
    if (sizeBytes > 0) {
        s.memorySizesMb = {bytesToMb(sizeBytes)};
        s.utilization = std::min(1.0, usedBytes / sizeBytes);
        // A bin runs at one memory size except around a configuration change; max() is the
        // size most of it was billed at in practice.
        s.gbSeconds = cost::gbSeconds(double(s.memorySizesMb.first()), toNumber(row.value(QStringLiteral("billedMs"))));
    }
    if (out.binStartMs > 0) {
        s.firstMs = out.binStartMs;
        s.lastMs = out.binStartMs + qint64(binMinutes) * 60 * 1000;
    }
    return out;
}

namespace {

struct BatchOutcome {
    AwsError error;
    QVector<FunctionBinStats> rows;
    double bytesScanned = 0, recordsScanned = 0;
    bool truncated = false;
};

void stopQuery(LogsClient& client, const QByteArray& queryId)
{
    json req = {{"queryId", queryId.toStdString()}};
    client.scheduler().call({Service::Logs, "StopQuery", dump(req), RateClass::Control}, nullptr);
}

BatchOutcome runBatch(LogsClient& client, const InsightsOptions& o, const QStringList& groups, const std::atomic<bool>* cancel)
{
    BatchOutcome out;
    json names = json::array();
    for (const QString& g : groups)
        names.push_back(g.toStdString());
    json start = {{"logGroupNames", names},
                  {"startTime", o.startMs / 1000},                    // StartQuery takes epoch SECONDS
                  {"endTime", (o.endMs > 0 ? o.endMs : QDateTime::currentMSecsSinceEpoch()) / 1000},
                  {"queryString", insightsQueryString(o.binMinutes).toStdString()},
                  {"limit", 10000}};
    QByteArray queryId;
    AwsResult r = client.scheduler().call({Service::Logs, "StartQuery", dump(start), RateClass::Control}, cancel,
                                          [&](const QByteArray& body) {
                                              const json j = json::parse(body.constBegin(), body.constEnd(), nullptr, false);
                                              if (!j.is_object() || !j.contains("queryId") || !j["queryId"].is_string())
                                                  return bad(Text::tr("StartQuery: no queryId"));
                                              queryId = QByteArray::fromStdString(j["queryId"].get<std::string>());
                                              return AwsError{};
                                          });
    if (r.error) {
        out.error = r.error;
        return out;
    }
    QElapsedTimer clock;
    clock.start();
    QByteArray pageToken;
    while (true) {
        if (cancel && cancel->load()) {
            stopQuery(client, queryId);
            out.error = AwsError::make(ErrorKind::Cancelled, QStringLiteral("Cancelled"), QString());
            return out;
        }
        if (clock.elapsed() > o.timeoutMs) {
            stopQuery(client, queryId);
            out.error = AwsError::make(ErrorKind::Timeout, QStringLiteral("QueryTimeout"),
                                       Text::tr("the Logs Insights query did not finish within %1 s").arg(o.timeoutMs / 1000));
            return out;
        }
        json req = {{"queryId", queryId.toStdString()}};
        if (!pageToken.isEmpty())
            req["nextToken"] = pageToken.toStdString();
        QString status;
        QVector<InsightsRow> rows;
        QByteArray next;
        double bytes = 0, records = 0;
        r = client.scheduler().call({Service::Logs, "GetQueryResults", dump(req), RateClass::Control}, cancel,
                                    [&](const QByteArray& body) { return parseQueryResults(body, &status, &rows, &bytes, &records, &next); });
        if (r.error) {
            if (r.error.kind == ErrorKind::Cancelled)
                stopQuery(client, queryId);
            out.error = r.error;
            return out;
        }
        if (status == QLatin1String("Complete")) {
            for (const InsightsRow& row : rows) {
                bool ok = false;
                FunctionBinStats s = functionStatsFromRow(row, o.binMinutes, &ok);
                if (ok)
                    out.rows.append(s);
            }
            out.bytesScanned = std::max(out.bytesScanned, bytes);
            out.recordsScanned = std::max(out.recordsScanned, records);
            if (!next.isEmpty() && next != pageToken) {
                pageToken = next;
                continue;
            }
            out.truncated = rows.size() >= 10000 && next.isEmpty() && pageToken.isEmpty();
            return out;
        }
        if (status == QLatin1String("Failed") || status == QLatin1String("Cancelled") || status == QLatin1String("Timeout")
            || status == QLatin1String("Unknown")) {
            out.error = AwsError::make(status == QLatin1String("Timeout") ? ErrorKind::Timeout : ErrorKind::Server,
                                       QStringLiteral("Query") + status, Text::tr("the Logs Insights query ended with status %1").arg(status));
            return out;
        }
        if (!sleepCancellable(std::chrono::milliseconds(o.pollIntervalMs), cancel))
            continue; // cancellation handled at the top of the loop
    }
}

} // namespace

InsightsResult runInsights(LogsClient& client, const InsightsOptions& options,
                           const std::function<void(int done, int total)>& progress, const std::atomic<bool>* cancel)
{
    InsightsResult result;
    QVector<QStringList> batches;
    const int size = std::clamp(options.batchSize, 1, 50);
    for (qsizetype i = 0; i < options.groups.size(); i += size)
        batches.append(options.groups.mid(i, size));
    std::mutex mutex;
    std::atomic<int> next{0};
    int done = 0;
    auto worker = [&] {
        while (true) {
            const int i = next.fetch_add(1);
            if (i >= batches.size())
                return;
            BatchOutcome b = runBatch(client, options, batches[i], cancel);
            std::lock_guard lock(mutex);
            ++result.queries;
            ++done;
            if (b.error) {
                ++result.failedBatches;
                if (!result.error)
                    result.error = b.error;
            }
            result.rows += b.rows;
            result.bytesScanned += b.bytesScanned;
            result.recordsScanned += b.recordsScanned;
            result.truncated = result.truncated || b.truncated;
            if (progress)
                progress(done, int(batches.size()));
        }
    };
    std::vector<std::thread> pool;
    for (int t = 0; t < std::min<int>(std::max(1, options.maxConcurrent), int(batches.size())); ++t)
        pool.emplace_back(worker);
    for (std::thread& t : pool)
        t.join();
    std::sort(result.rows.begin(), result.rows.end(), [](const FunctionBinStats& a, const FunctionBinStats& b) {
        return a.function != b.function ? a.function < b.function : a.binStartMs < b.binStartMs;
    });
    return result;
}

} // namespace ll::aws
