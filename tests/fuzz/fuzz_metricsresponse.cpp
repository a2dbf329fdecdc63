// CloudWatch metrics responses: GetMetricData pages (AWS JSON 1.0) into the six Lambda series,
// and the error shapes a query-compatible service sends (JSON with x-amzn-query-error, query
// protocol XML <ErrorResponse>). A "\r\n\r\n" splits headers from the body for the error parser.
#include "aws/awserror.h"
#include "aws/metrics.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    using namespace ll::aws;

    MetricSeries series[6];
    QHash<QString, MetricSeries*> byId;
    const char* ids[] = {"inv_0", "err_0", "thr_0", "dav_0", "d99_0", "cc_0"};
    for (int i = 0; i < 6; ++i)
        byId.insert(QString::fromLatin1(ids[i]), &series[i]);
    QByteArray next;
    (void)parseMetricDataPage(body, byId, &next);
    for (const MetricSeries& s : series)
        if (s.timestampsMs.size() != s.values.size())
            std::abort();

    const int httpStatus = size ? 400 + data[0] % 200 : 400;
    const qsizetype split = body.indexOf("\r\n\r\n");
    HeaderMap headers;
    if (split >= 0) {
        for (const QByteArray& line : body.left(split).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
    }
    const AwsError e = parseErrorResponse(httpStatus, split >= 0 ? body.mid(split + 4) : body, headers);
    (void)e.userMessage();
    (void)classifyErrorCode(e.code, httpStatus);
    return 0;
}
