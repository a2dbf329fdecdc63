#include "aws/logsclient.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ll::aws {

namespace {

using json = nlohmann::json;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ll::aws::LogsClient)
};
AwsError badResponse(const QString& why)
{
    return AwsError::make(ErrorKind::BadResponse, QStringLiteral("MalformedResponse"), why);
}

bool parseObject(const QByteArray& body, json* out)
{
    *out = json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    return out->is_object();
}

QByteArray bytes(const json& j, const char* key)
{
    auto it = j.find(key);
    if (it == j.end() || !it->is_string())
        return QByteArray();
    const std::string& s = it->get_ref<const std::string&>();
    return QByteArray(s.data(), qsizetype(s.size()));
}

qint64 number(const json& j, const char* key)
{
    auto it = j.find(key);
    if (it == j.end() || !it->is_number())
        return 0;
    // A hostile or corrupt body may send 1e24 or 2^64-1: converting those is undefined, clamp.
    if (it->is_number_float()) {
        const double d = it->get<double>();
        if (std::isnan(d))
            return 0;
        if (d <= -9.2e18)
            return std::numeric_limits<qint64>::min();
        return d >= 9.2e18 ? std::numeric_limits<qint64>::max() : qint64(d);
    }
    if (it->is_number_unsigned())
        return qint64(std::min<uint64_t>(it->get<uint64_t>(), uint64_t(std::numeric_limits<qint64>::max())));
    return it->get<qint64>();
}

QByteArray dump(const json& j) { return QByteArray::fromStdString(j.dump()); }

} // namespace

QString functionNameFromGroup(const QString& group)
{
    static const QString prefix = QStringLiteral("/aws/lambda/");
    return group.startsWith(prefix) ? group.mid(prefix.size()) : group;
}

LogsClient::LogsClient(std::shared_ptr<RequestScheduler> scheduler)
    : m_scheduler(std::move(scheduler))
{
}

AwsError LogsClient::parseDescribeLogGroups(const QByteArray& body, QVector<LogGroupInfo>* groups, QByteArray* nextToken)
{
    json j;
    if (!parseObject(body, &j))
        return badResponse(Text::tr("DescribeLogGroups: body is not a JSON object"));
    auto list = j.find("logGroups");
    if (list != j.end() && !list->is_array())
        return badResponse(Text::tr("DescribeLogGroups: logGroups is not an array"));
    if (list != j.end()) {
        for (const json& g : *list) {
            if (!g.is_object())
                continue;
            LogGroupInfo info;
            info.name = QString::fromUtf8(bytes(g, "logGroupName"));
            info.creationTimeMs = number(g, "creationTime");
            info.storedBytes = number(g, "storedBytes");
            info.retentionDays = int(number(g, "retentionInDays"));
            if (!info.name.isEmpty())
                groups->append(info);
        }
    }
    *nextToken = bytes(j, "nextToken");
    return AwsError{};
}

AwsError LogsClient::parseFilterPage(const QByteArray& body, EventPage* page)
{
    json j;
    if (!parseObject(body, &j))
        return badResponse(Text::tr("FilterLogEvents: body is not a JSON object"));
    page->events.clear();
    auto list = j.find("events");
    if (list != j.end() && list->is_array()) {
        page->events.reserve(qsizetype(list->size()));
        for (const json& e : *list) {
            if (!e.is_object())
                continue;
            LogEventRecord r;
            r.eventId = bytes(e, "eventId");
            r.stream = bytes(e, "logStreamName");
            r.message = bytes(e, "message");
            r.timestampMs = number(e, "timestamp");
            r.ingestionTimeMs = number(e, "ingestionTime");
            if (r.eventId.isEmpty()) // not expected from AWS; keep dedupe working anyway
                r.eventId = "h:" + QCryptographicHash::hash(QByteArray(r.stream + '\n' + QByteArray::number(r.timestampMs) + '\n' + r.message),
                                                            QCryptographicHash::Sha1).toHex();
            page->events.append(std::move(r));
        }
    } else if (list != j.end() && !list->is_null()) {
        return badResponse(Text::tr("FilterLogEvents: events is not an array"));
    }
    page->nextToken = bytes(j, "nextToken");
    return AwsError{};
}

AwsError LogsClient::parseGetPage(const QByteArray& body, const QByteArray& stream, EventPage* page, QByteArray* forwardToken)
{
    json j;
    if (!parseObject(body, &j))
        return badResponse(Text::tr("GetLogEvents: body is not a JSON object"));
    page->events.clear();
    auto list = j.find("events");
    if (list != j.end() && list->is_array()) {
        for (const json& e : *list) {
            if (!e.is_object())
                continue;
            LogEventRecord r;
            r.stream = stream;
            r.message = bytes(e, "message");
            r.timestampMs = number(e, "timestamp");
            r.ingestionTimeMs = number(e, "ingestionTime");
            // GetLogEvents has no eventId: derive a stable one so re-reads dedupe.
            r.eventId = "g:" + QCryptographicHash::hash(QByteArray(stream + '\n' + QByteArray::number(r.timestampMs) + '\n'
                                                            + QByteArray::number(r.ingestionTimeMs) + '\n' + r.message),
                                                        QCryptographicHash::Sha1).toHex();
            page->events.append(std::move(r));
        }
    }
    *forwardToken = bytes(j, "nextForwardToken");
    return AwsError{};
}

AwsError LogsClient::describeLogGroups(const QString& prefix, QVector<LogGroupInfo>* groups, const std::atomic<bool>* cancel)
{
    QByteArray token;
    QVector<LogGroupInfo> collected;
    for (int page = 0; page < 100000; ++page) {
        json req = json::object();
        if (!prefix.isEmpty())
            req["logGroupNamePrefix"] = prefix.toStdString();
        req["limit"] = 50;
        if (!token.isEmpty())
            req["nextToken"] = token.toStdString();
        QVector<LogGroupInfo> pageGroups;
        QByteArray next;
        AwsResult r = m_scheduler->call({Service::Logs, "DescribeLogGroups", dump(req), RateClass::Control}, cancel,
                                        [&](const QByteArray& body) {
                                            pageGroups.clear();
                                            return parseDescribeLogGroups(body, &pageGroups, &next);
                                        });
        if (r.error)
            return r.error;
        collected += pageGroups;
        if (next.isEmpty() || next == token)
            break;
        token = next;
    }
    *groups = collected;
    return AwsError{};
}

AwsError LogsClient::filterLogEvents(const FilterParams& params, const std::function<bool(const EventPage&)>& onPage,
                                     const std::atomic<bool>* cancel)
{
    QByteArray token;
    while (true) {
        json req = json::object();
        req["logGroupName"] = params.group.toStdString();
        if (params.startMs > 0)
            req["startTime"] = params.startMs;
        if (params.endMs > 0)
            req["endTime"] = params.endMs;
        if (!params.filterPattern.isEmpty())
            req["filterPattern"] = params.filterPattern.toStdString();
        if (!params.streams.isEmpty()) {
            json names = json::array();
            for (const QString& s : params.streams)
                names.push_back(s.toStdString());
            req["logStreamNames"] = names;
        }
        req["limit"] = params.limit;
        req["interleaved"] = true; // ignored by AWS (always interleaved); makes emulators sort
        if (!token.isEmpty())
            req["nextToken"] = token.toStdString();
        EventPage page;
        AwsResult r = m_scheduler->call({Service::Logs, "FilterLogEvents", dump(req), RateClass::Events}, cancel,
                                        [&](const QByteArray& body) { return parseFilterPage(body, &page); });
        if (r.error)
            return r.error;
        m_scheduler->addEvents(page.events.size());
        if (!onPage(page))
            return AwsError{};
        if (page.nextToken.isEmpty() || page.nextToken == token)
            return AwsError{};
        token = page.nextToken;
    }
}

AwsError LogsClient::getLogEvents(const QString& group, const QString& stream, qint64 startMs, qint64 endMs,
                                  const std::function<bool(const EventPage&)>& onPage, const std::atomic<bool>* cancel)
{
    QByteArray token;
    const QByteArray streamBytes = stream.toUtf8();
    while (true) {
        json req = json::object();
        req["logGroupName"] = group.toStdString();
        req["logStreamName"] = stream.toStdString();
        req["startFromHead"] = true;
        if (startMs > 0)
            req["startTime"] = startMs;
        if (endMs > 0)
            req["endTime"] = endMs;
        if (!token.isEmpty())
            req["nextToken"] = token.toStdString();
        EventPage page;
        QByteArray forward;
        AwsResult r = m_scheduler->call({Service::Logs, "GetLogEvents", dump(req), RateClass::Events}, cancel,
                                        [&](const QByteArray& body) { return parseGetPage(body, streamBytes, &page, &forward); });
        if (r.error)
            return r.error;
        m_scheduler->addEvents(page.events.size());
        if (!page.events.isEmpty() && !onPage(page))
            return AwsError{};
        if (forward.isEmpty() || forward == token)
            return AwsError{};
        token = forward;
    }
}

} // namespace ll::aws
