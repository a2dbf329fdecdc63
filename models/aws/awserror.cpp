#include "aws/awserror.h"

#include <QCoreApplication>

namespace ll::aws {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ll::aws::AwsError)
};
}

AwsError AwsError::make(ErrorKind kind, const QString& code, const QString& message)
{
    AwsError e;
    e.kind = kind;
    e.code = code;
    e.message = message;
    return e;
}

bool AwsError::retryable() const
{
    switch (kind) {
    case ErrorKind::Throttled:
    case ErrorKind::Network:
    case ErrorKind::Timeout:
    case ErrorKind::Server:
    case ErrorKind::BadResponse: // truncated bodies and proxy pages are usually transient
        return true;
    default:
        return false;
    }
}

QString AwsError::kindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None: return QStringLiteral("None");
    case ErrorKind::NoCredentials: return QStringLiteral("NoCredentials");
    case ErrorKind::UnknownProfile: return QStringLiteral("UnknownProfile");
    case ErrorKind::UnsupportedProfile: return QStringLiteral("UnsupportedProfile");
    case ErrorKind::NoRegion: return QStringLiteral("NoRegion");
    case ErrorKind::ExpiredToken: return QStringLiteral("ExpiredToken");
    case ErrorKind::AccessDenied: return QStringLiteral("AccessDenied");
    case ErrorKind::NotFound: return QStringLiteral("NotFound");
    case ErrorKind::Throttled: return QStringLiteral("Throttled");
    case ErrorKind::Network: return QStringLiteral("Network");
    case ErrorKind::Tls: return QStringLiteral("Tls");
    case ErrorKind::Timeout: return QStringLiteral("Timeout");
    case ErrorKind::BadResponse: return QStringLiteral("BadResponse");
    case ErrorKind::Server: return QStringLiteral("Server");
    case ErrorKind::Client: return QStringLiteral("Client");
    case ErrorKind::Cancelled: return QStringLiteral("Cancelled");
    }
    return QString();
}

QString AwsError::userMessage() const
{
    QString head;
    switch (kind) {
    case ErrorKind::None: return QString();
    case ErrorKind::NoCredentials:
        head = Text::tr("No AWS credentials found");
        break;
    case ErrorKind::UnknownProfile:
        head = Text::tr("Unknown AWS profile");
        break;
    case ErrorKind::UnsupportedProfile:
        head = Text::tr("This AWS profile is not supported yet");
        break;
    case ErrorKind::NoRegion:
        head = Text::tr("No AWS region configured: pass --region or set AWS_REGION");
        break;
    case ErrorKind::ExpiredToken:
        head = Text::tr("The AWS session credentials have expired: refresh them and retry");
        break;
    case ErrorKind::AccessDenied:
        head = missingPermission.isEmpty()
            ? Text::tr("Access denied by AWS")
            : Text::tr("Access denied by AWS: the credentials lack the permission %1").arg(missingPermission);
        break;
    case ErrorKind::NotFound:
        head = Text::tr("Not found (no logs yet?)");
        break;
    case ErrorKind::Throttled:
        head = Text::tr("AWS kept throttling the requests; retries were exhausted");
        break;
    case ErrorKind::Network:
        head = Text::tr("Network error talking to AWS");
        break;
    case ErrorKind::Tls:
        head = Text::tr("TLS error: the server certificate could not be verified");
        break;
    case ErrorKind::Timeout:
        head = Text::tr("The request to AWS timed out");
        break;
    case ErrorKind::BadResponse:
        head = Text::tr("AWS returned a malformed or unexpected response");
        break;
    case ErrorKind::Server:
        head = Text::tr("AWS reported a server error");
        break;
    case ErrorKind::Client:
        head = Text::tr("AWS rejected the request");
        break;
    case ErrorKind::Cancelled:
        return Text::tr("Cancelled");
    }
    QString detail = message.left(600);
    if (!code.isEmpty())
        detail = detail.isEmpty() ? code : code + QStringLiteral(": ") + detail;
    QString text = detail.isEmpty() ? head : head + QStringLiteral(" (") + detail + QStringLiteral(")");
    if (httpStatus)
        text += QStringLiteral(" [HTTP %1]").arg(httpStatus);
    if (!requestId.isEmpty())
        text += QStringLiteral(" [request id %1]").arg(requestId);
    return text;
}

} // namespace ll::aws
