// Error bodies of AWS JSON 1.0/1.1 and the query protocol, mirroring botocore's parsers.
#include "aws/awserror.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <nlohmann/json.hpp>

namespace ll::aws {

namespace {

// botocore retries/standard.py
const QSet<QString>& throttlingCodes()
{
    static const QSet<QString> codes{
        QStringLiteral("Throttling"), QStringLiteral("ThrottlingException"),
        QStringLiteral("ThrottledException"), QStringLiteral("RequestThrottledException"),
        QStringLiteral("TooManyRequestsException"), QStringLiteral("ProvisionedThroughputExceededException"),
        QStringLiteral("TransactionInProgressException"), QStringLiteral("RequestLimitExceeded"),
        QStringLiteral("BandwidthLimitExceeded"), QStringLiteral("LimitExceededException"),
        QStringLiteral("RequestThrottled"), QStringLiteral("SlowDown"),
        QStringLiteral("PriorRequestNotComplete"), QStringLiteral("EC2ThrottledException")};
    return codes;
}

const QSet<QString>& transientCodes()
{
    static const QSet<QString> codes{QStringLiteral("RequestTimeout"),
        QStringLiteral("RequestTimeoutException"), QStringLiteral("PriorRequestNotComplete"),
        QStringLiteral("ServiceUnavailableException"), QStringLiteral("ServiceUnavailable"),
        QStringLiteral("InternalFailure"), QStringLiteral("InternalServiceFault"),
        QStringLiteral("InternalServiceError"), QStringLiteral("InternalServerError")};
    return codes;
}

const QSet<QString>& authCodes()
{
    static const QSet<QString> codes{QStringLiteral("AccessDeniedException"),
        QStringLiteral("AccessDenied"), QStringLiteral("UnauthorizedOperation"),
        QStringLiteral("UnrecognizedClientException"), QStringLiteral("InvalidClientTokenId"),
        QStringLiteral("InvalidSignatureException"), QStringLiteral("SignatureDoesNotMatch"),
        QStringLiteral("IncompleteSignatureException"), QStringLiteral("IncompleteSignature"),
        QStringLiteral("MissingAuthenticationTokenException"), QStringLiteral("MissingAuthenticationToken"),
        QStringLiteral("AuthFailure"), QStringLiteral("NotAuthorized")};
    return codes;
}

QString cleanCode(QString code)
{
    const int hash = code.lastIndexOf(QLatin1Char('#'));
    if (hash >= 0)
        code = code.mid(hash + 1);
    const int colon = code.indexOf(QLatin1Char(':'));
    if (colon >= 0)
        code = code.left(colon);
    return code.trimmed();
}

QString xmlElement(const QString& xml, const QString& name)
{
    const QRegularExpression re(QStringLiteral("<%1>([^<]*)</%1>").arg(name));
    const auto m = re.match(xml);
    if (!m.hasMatch())
        return QString();
    QString v = m.captured(1);
    v.replace(QStringLiteral("&lt;"), QStringLiteral("<")).replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\"")).replace(QStringLiteral("&apos;"), QStringLiteral("'"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return v.trimmed();
}

} // namespace

QString missingPermissionFromMessage(const QString& message)
{
    static const QRegularExpression re(
        QStringLiteral("not authorized to perform:?\\s*([A-Za-z0-9-]+:[A-Za-z0-9*]+)"));
    const auto m = re.match(message);
    return m.hasMatch() ? m.captured(1) : QString();
}

ErrorKind classifyErrorCode(const QString& code, int httpStatus)
{
    if (code == QLatin1String("ExpiredTokenException") || code == QLatin1String("ExpiredToken")
        || code == QLatin1String("RequestExpired") || code == QLatin1String("TokenRefreshRequired"))
        return ErrorKind::ExpiredToken;
    if (throttlingCodes().contains(code))
        return ErrorKind::Throttled;
    if (authCodes().contains(code))
        return ErrorKind::AccessDenied;
    if (code == QLatin1String("ResourceNotFoundException") || code == QLatin1String("ResourceNotFound"))
        return ErrorKind::NotFound;
    if (transientCodes().contains(code))
        return ErrorKind::Server;
    if (httpStatus == 429)
        return ErrorKind::Throttled;
    if (httpStatus >= 500)
        return ErrorKind::Server;
    if (httpStatus == 403 && code.isEmpty())
        return ErrorKind::AccessDenied;
    if (httpStatus == 404 && code.isEmpty())
        return ErrorKind::NotFound;
    return ErrorKind::Client;
}

AwsError parseErrorResponse(int httpStatus, const QByteArray& body, const HeaderMap& headers)
{
    AwsError e;
    e.httpStatus = httpStatus;
    e.requestId = QString::fromUtf8(headers.value("x-amzn-requestid", headers.value("x-amz-request-id")));
    QString code;
    QString message;
    bool understood = false;

    if (httpStatus >= 300 && httpStatus < 400) {
        // Never followed (CURLOPT_FOLLOWLOCATION is off): a signed request goes to the configured
        // endpoint only. Retrying would not help either.
        e.kind = ErrorKind::Client;
        e.code = QStringLiteral("Redirect");
        e.message = QCoreApplication::translate("ll::aws::AwsError",
                                                "the endpoint answered with a redirect (HTTP %1) to '%2'; it is not followed, so that "
                                                "credentials only go to the configured endpoint")
                        .arg(httpStatus)
                        .arg(QString::fromUtf8(headers.value("location").left(300)));
        return e;
    }

    const QByteArray trimmed = body.trimmed();
    if (trimmed.startsWith('{')) {
        const nlohmann::json j = nlohmann::json::parse(trimmed.constBegin(), trimmed.constEnd(), nullptr, false);
        if (j.is_object()) {
            understood = true;
            for (const char* key : {"__type", "code", "Code"}) {
                auto it = j.find(key);
                if (it != j.end() && it->is_string()) {
                    code = QString::fromStdString(it->get<std::string>());
                    break;
                }
            }
            for (const char* key : {"message", "Message", "errorMessage"}) {
                auto it = j.find(key);
                if (it != j.end() && it->is_string()) {
                    message = QString::fromStdString(it->get<std::string>());
                    break;
                }
            }
        } else {
            // Invalid JSON (bad UTF-8, cut off): still try to name the error.
            static const QRegularExpression typeRe(QStringLiteral("\"(?:__type|code|Code)\"\\s*:\\s*\"([^\"]+)\""));
            static const QRegularExpression messageRe(QStringLiteral("\"(?:message|Message)\"\\s*:\\s*\"([^\"]*)\""));
            const QString text = QString::fromUtf8(trimmed.left(64 * 1024));
            const auto t = typeRe.match(text);
            if (t.hasMatch()) {
                understood = true;
                code = t.captured(1);
                message = messageRe.match(text).captured(1);
            }
        }
    } else if (trimmed.startsWith('<') && !trimmed.left(256).toLower().contains("<html")
               && !trimmed.left(256).toLower().contains("<!doctype")) {
        const QString xml = QString::fromUtf8(trimmed.left(64 * 1024));
        code = xmlElement(xml, QStringLiteral("Code"));
        message = xmlElement(xml, QStringLiteral("Message"));
        if (e.requestId.isEmpty())
            e.requestId = xmlElement(xml, QStringLiteral("RequestId"));
        understood = !code.isEmpty();
    }

    const QByteArray typeHeader = headers.value("x-amzn-errortype");
    if (code.isEmpty() && !typeHeader.isEmpty())
        code = QString::fromUtf8(typeHeader);
    // Query-compatible services (CloudWatch on JSON 1.0): the query code wins, like botocore.
    const QByteArray queryError = headers.value("x-amzn-query-error");
    if (!queryError.isEmpty()) {
        const QByteArray qcode = queryError.split(';').value(0).trimmed();
        if (!qcode.isEmpty())
            code = QString::fromUtf8(qcode);
    }
    e.code = cleanCode(code);
    e.message = message;

    if (e.code.isEmpty() && !understood) {
        // A proxy or load balancer page, or garbage: keep the status-based kind but say what it was.
        const bool html = trimmed.left(256).toLower().contains("<html") || trimmed.left(256).toLower().contains("<!doctype");
        e.message = html ? QCoreApplication::translate("ll::aws::AwsError", "unexpected HTML page instead of an AWS response")
                         : QCoreApplication::translate("ll::aws::AwsError", "unexpected response body (%n bytes)", nullptr, int(body.size()));
        if (httpStatus >= 500 || httpStatus == 429)
            e.kind = classifyErrorCode(QString(), httpStatus);
        else if (httpStatus == 403)
            e.kind = ErrorKind::AccessDenied;
        else
            e.kind = ErrorKind::BadResponse;
        return e;
    }
    e.kind = classifyErrorCode(e.code, httpStatus);
    if (e.kind == ErrorKind::AccessDenied)
        e.missingPermission = missingPermissionFromMessage(e.message);
    return e;
}

} // namespace ll::aws
