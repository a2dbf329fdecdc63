#include "aws/metrics.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <cmath>
#include <numeric>

namespace ll::aws {

namespace {

using json = nlohmann::json;

struct MetricSpec {
    const char* id;
    const char* metric;
    const char* stat;
};
constexpr MetricSpec kSpecs[] = {
    {"inv", "Invocations", "Sum"},     {"err", "Errors", "Sum"},      {"thr", "Throttles", "Sum"},
    {"dav", "Duration", "Average"},    {"d99", "Duration", "p99"},    {"cc", "ConcurrentExecutions", "Maximum"},
};
constexpr int kSpecCount = int(sizeof(kSpecs) / sizeof(kSpecs[0]));

} // namespace

AwsError parseMetricDataPage(const QByteArray& body, const QHash<QString, MetricSeries*>& byId, QByteArray* next)
{
    const json j = json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (!j.is_object())
        return AwsError::make(ErrorKind::BadResponse, QStringLiteral("MalformedResponse"),
                              QCoreApplication::translate("ll::aws::Metrics", "GetMetricData: body is not a JSON object"));
    auto results = j.find("MetricDataResults");
    if (results != j.end() && results->is_array()) {
        for (const json& r : *results) {
            if (!r.is_object() || !r.contains("Id") || !r["Id"].is_string())
                continue;
            MetricSeries* s = byId.value(QString::fromStdString(r["Id"].get<std::string>()));
            if (!s)
                continue;
            auto ts = r.find("Timestamps");
            auto vs = r.find("Values");
            if (ts != r.end() && vs != r.end() && ts->is_array() && vs->is_array()) {
                const size_t n = std::min(ts->size(), vs->size());
                for (size_t i = 0; i < n; ++i) {
                    if (!(*ts)[i].is_number() || !(*vs)[i].is_number())
                        continue;
                    // Clamped: a corrupt 1e300 must not make the conversion undefined.
                    const double ms = std::clamp((*ts)[i].get<double>() * 1000, -9.2e18, 9.2e18);
                    s->timestampsMs.append(qint64(std::llround(ms)));
                    s->values.append((*vs)[i].get<double>());
                }
            }
            auto status = r.find("StatusCode");
            if (status != r.end() && status->is_string())
                s->statusCode = QString::fromStdString(status->get<std::string>());
        }
    }
    auto nt = j.find("NextToken");
    *next = (nt != j.end() && nt->is_string()) ? QByteArray::fromStdString(nt->get<std::string>()) : QByteArray();
    return AwsError{};
}

MetricsResult fetchLambdaMetrics(RequestScheduler& scheduler, const MetricsOptions& options, const std::atomic<bool>* cancel)
{
    MetricsResult result;
    const qint64 periodMs = qint64(std::max(60, options.periodS / 60 * 60)) * 1000;
    const qint64 startS = options.startMs / periodMs * periodMs / 1000;
    const qint64 endMs = options.endMs > 0 ? options.endMs : QDateTime::currentMSecsSinceEpoch();
    const qint64 endS = (endMs + periodMs - 1) / periodMs * periodMs / 1000;

    for (const QString& f : options.functions) {
        for (const MetricSpec& spec : kSpecs) {
            MetricSeries s;
            s.function = f;
            s.metric = QString::fromLatin1(spec.metric);
            s.stat = QString::fromLatin1(spec.stat);
            result.series.append(s);
        }
    }
    const int perCall = std::clamp(options.maxQueriesPerCall, kSpecCount, 500) / kSpecCount * kSpecCount;
    for (qsizetype first = 0; first < result.series.size(); first += perCall) {
        const qsizetype last = std::min<qsizetype>(first + perCall, result.series.size());
        QHash<QString, MetricSeries*> byId;
        json queries = json::array();
        for (qsizetype i = first; i < last; ++i) {
            const MetricSpec& spec = kSpecs[i % kSpecCount];
            const QString id = QStringLiteral("%1_%2").arg(QLatin1String(spec.id)).arg(i / kSpecCount);
            byId.insert(id, &result.series[i]);
            json dims = json::array({{{"Name", "FunctionName"}, {"Value", result.series[i].function.toStdString()}}});
            queries.push_back({{"Id", id.toStdString()},
                               {"MetricStat", {{"Metric", {{"Namespace", "AWS/Lambda"}, {"MetricName", spec.metric}, {"Dimensions", dims}}},
                                               {"Period", periodMs / 1000},
                                               {"Stat", spec.stat}}},
                               {"ReturnData", true}});
        }
        QByteArray token;
        while (true) {
            json req = {{"StartTime", startS}, {"EndTime", endS}, {"MetricDataQueries", queries}, {"ScanBy", "TimestampAscending"}};
            if (!token.isEmpty())
                req["NextToken"] = token.toStdString();
            QByteArray next;
            // Parse into a copy so that a retried (malformed) page is not applied twice.
            std::map<QString, MetricSeries> staged; // node-based: pointers stay valid while filling
            AwsResult r = scheduler.call({Service::Metrics, "GetMetricData", QByteArray::fromStdString(req.dump()), RateClass::Control},
                                         cancel, [&](const QByteArray& body) {
                                             staged.clear();
                                             QHash<QString, MetricSeries*> ptrs;
                                             for (auto it = byId.begin(); it != byId.end(); ++it)
                                                 ptrs.insert(it.key(), &staged[it.key()]);
                                             return parseMetricDataPage(body, ptrs, &next);
                                         });
            ++result.requests;
            if (r.error) {
                result.error = r.error;
                return result;
            }
            for (const auto& [id, page] : staged) {
                MetricSeries* target = byId.value(id);
                target->timestampsMs += page.timestampsMs;
                target->values += page.values;
                if (!page.statusCode.isEmpty())
                    target->statusCode = page.statusCode;
            }
            if (next.isEmpty() || next == token)
                break;
            token = next;
        }
    }
    for (MetricSeries& s : result.series) {
        QVector<int> order(s.timestampsMs.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int a, int b) { return s.timestampsMs[a] < s.timestampsMs[b]; });
        QVector<qint64> ts;
        QVector<double> vs;
        for (int i : order) {
            ts.append(s.timestampsMs[i]);
            vs.append(s.values[i]);
        }
        s.timestampsMs = ts;
        s.values = vs;
    }
    return result;
}

} // namespace ll::aws
