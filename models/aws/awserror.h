#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace ll::aws {

// What went wrong talking to AWS, as data. The CLI maps it to an exit code and the UI to a
// banner; userMessage() is translated and never contains credentials.
enum class ErrorKind {
    None,
    NoCredentials,      // nothing in env/profile, or credential_process failed
    UnknownProfile,     // --profile / AWS_PROFILE names a profile that is in neither file
    UnsupportedProfile, // SSO, role assumption, web identity: needs an STS/SSO call we do not make
    NoRegion,           // no --region, AWS_REGION, AWS_DEFAULT_REGION or profile region
    ExpiredToken,
    AccessDenied,       // IAM denied, or the keys/signature were rejected
    NotFound,
    Throttled,
    Network,
    Tls,
    Timeout,
    BadResponse,        // malformed, truncated or HTML body where JSON was expected
    Server,             // 5xx and transient service faults
    Client,             // other 4xx: bad parameters etc.
    Cancelled,
};

struct AwsError {
    ErrorKind kind = ErrorKind::None;
    QString code;               // service error code without namespace, or a curl/local code
    QString message;            // service or local message (untrusted text, plain)
    int httpStatus = 0;
    QString requestId;
    QString missingPermission;  // "logs:FilterLogEvents" when AccessDenied names it

    bool isError() const { return kind != ErrorKind::None; }
    explicit operator bool() const { return isError(); }
    bool retryable() const;
    QString userMessage() const;
    static QString kindName(ErrorKind kind);

    static AwsError make(ErrorKind kind, const QString& code, const QString& message);
};

// Lower-cased header name -> value, as received.
using HeaderMap = QMap<QByteArray, QByteArray>;

// Builds the error for a non-2xx response (AWS JSON 1.0/1.1 errors, query-protocol XML,
// x-amzn-query-error, HTML error pages from proxies).
AwsError parseErrorResponse(int httpStatus, const QByteArray& body, const HeaderMap& headers);

// Maps a service error code (namespace already stripped) and HTTP status to a kind.
ErrorKind classifyErrorCode(const QString& code, int httpStatus);

// "User: arn:... is not authorized to perform: logs:FilterLogEvents on resource: ..." -> the action.
QString missingPermissionFromMessage(const QString& message);

} // namespace ll::aws
