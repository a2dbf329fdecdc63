// The CloudWatch Logs response parsers on arbitrary bodies: FilterLogEvents, GetLogEvents,
// DescribeLogGroups, GetQueryResults (and each row through functionStatsFromRow), and the
// error-shape parser. For the error parser, a "\r\n\r\n" splits "name: value" headers from
// the body, and the first byte picks the HTTP status.
#include "aws/awserror.h"
#include "aws/insights.h"
#include "aws/logsclient.h"

#include <cstdlib>

namespace {

ll::aws::HeaderMap headersFrom(const QByteArray& block)
{
    ll::aws::HeaderMap headers;
    for (const QByteArray& line : block.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    return headers;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    using namespace ll::aws;

    EventPage page;
    if (!LogsClient::parseFilterPage(body, &page).isError()) {
        for (const LogEventRecord& e : page.events)
            if (e.message.size() > body.size())
                std::abort(); // a message cannot be longer than the body it was decoded from
    }
    EventPage getPage;
    QByteArray forward;
    (void)LogsClient::parseGetPage(body, QByteArrayLiteral("2026/11/28/[$LATEST]abc"), &getPage, &forward);
    QVector<LogGroupInfo> groups;
    QByteArray next;
    (void)LogsClient::parseDescribeLogGroups(body, &groups, &next);
    for (const LogGroupInfo& g : groups)
        (void)functionNameFromGroup(g.name);

    QString status;
    QVector<InsightsRow> rows;
    double bytes = 0, records = 0;
    if (!parseQueryResults(body, &status, &rows, &bytes, &records, &next).isError()) {
        for (const InsightsRow& row : rows) {
            bool ok = false;
            (void)functionStatsFromRow(row, 0, &ok);
            (void)functionStatsFromRow(row, 5, &ok);
        }
    }

    const int httpStatus = size ? 400 + data[0] % 200 : 400;
    const qsizetype split = body.indexOf("\r\n\r\n");
    const HeaderMap headers = split >= 0 ? headersFrom(body.left(split)) : HeaderMap();
    const QByteArray errorBody = split >= 0 ? body.mid(split + 4) : body;
    const AwsError e = parseErrorResponse(httpStatus, errorBody, headers);
    (void)e.userMessage();
    (void)e.retryable();
    (void)missingPermissionFromMessage(QString::fromUtf8(body));
    return 0;
}
