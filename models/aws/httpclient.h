#pragma once

#include "aws/awserror.h"
#include "aws/credentials.h"

#include <QByteArray>
#include <QList>
#include <atomic>

namespace ll::aws {

// One signed AWS JSON request. libcurl signs it (CURLOPT_AWS_SIGV4); no hand-written SigV4.
struct HttpRequest {
    QByteArray url;                 // endpoint, e.g. https://logs.us-east-1.amazonaws.com/
    QByteArray region;              // signing region
    QByteArray service;             // signing name: "logs", "monitoring"
    QByteArray contentType;         // application/x-amz-json-1.1 ...
    QByteArray target;              // X-Amz-Target
    QList<QByteArray> extraHeaders; // "Name: value" (all of them get signed)
    QByteArray body;
    int timeoutMs = 60000;          // whole transfer
    int connectTimeoutMs = 10000;
    int lowSpeedTimeoutS = 30;      // abort when < 1 byte/s for this long (stalled bodies)
    qint64 maxResponseBytes = 64LL * 1024 * 1024;
};

struct HttpResponse {
    int status = 0;
    HeaderMap headers;              // lower-cased names
    QByteArray body;
    AwsError transportError;        // set when no complete HTTP response arrived
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
};

// Performs the request on this thread's reusable curl handle (keeps connections alive).
// TLS verification is always on. cancel (optional) aborts the transfer from the progress callback.
HttpResponse performSigned(const HttpRequest& request, const Credentials& credentials,
                           const std::atomic<bool>* cancel = nullptr);

// The libcurl version string, for diagnostics.
QString curlVersion();

} // namespace ll::aws
