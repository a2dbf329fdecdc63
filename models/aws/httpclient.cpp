#include "aws/httpclient.h"

#include "aws/curlinit.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <curl/curl.h>


namespace ll::aws {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ll::aws::Http)
};
// One easy handle per thread: libcurl keeps its connection cache, so consecutive requests to
// the same endpoint reuse the TLS connection.
struct ThreadHandle {
    CURL* handle = nullptr;
    ~ThreadHandle()
    {
        if (handle)
            curl_easy_cleanup(handle);
    }
};

CURL* threadHandle()
{
    thread_local ThreadHandle h;
    if (!h.handle) {
        ensureCurlInitialised();
        h.handle = curl_easy_init();
    } else {
        curl_easy_reset(h.handle);
    }
    return h.handle;
}

struct Transfer {
    HttpResponse* response;
    const std::atomic<bool>* cancel;
    qint64 maxBytes;
    bool overflow = false;
};

size_t onBody(char* data, size_t size, size_t count, void* user)
{
    auto* t = static_cast<Transfer*>(user);
    const size_t n = size * count;
    if (t->response->body.size() + qint64(n) > t->maxBytes) {
        t->overflow = true;
        return 0;
    }
    t->response->body.append(data, qsizetype(n));
    return n;
}

size_t onHeader(char* data, size_t size, size_t count, void* user)
{
    auto* t = static_cast<Transfer*>(user);
    const size_t n = size * count;
    const QByteArray line = QByteArray(data, qsizetype(n)).trimmed();
    if (line.startsWith("HTTP/")) {
        t->response->headers.clear(); // a new response (after 100-continue or a redirect)
    } else {
        const int colon = line.indexOf(':');
        if (colon > 0)
            t->response->headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    return n;
}

int onProgress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    auto* t = static_cast<Transfer*>(user);
    return (t->cancel && t->cancel->load(std::memory_order_relaxed)) ? 1 : 0;
}

AwsError transportError(CURLcode code, const char* detail)
{
    ErrorKind kind = ErrorKind::Network;
    switch (code) {
    case CURLE_OPERATION_TIMEDOUT:
        kind = ErrorKind::Timeout;
        break;
    case CURLE_ABORTED_BY_CALLBACK:
        kind = ErrorKind::Cancelled;
        break;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_USE_SSL_FAILED:
        kind = ErrorKind::Tls;
        break;
    case CURLE_PARTIAL_FILE:
    case CURLE_BAD_CONTENT_ENCODING:
        kind = ErrorKind::BadResponse; // truncated or corrupt body
        break;
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
        kind = ErrorKind::Client;
        break;
    default:
        break;
    }
    QString message = QString::fromUtf8(curl_easy_strerror(code));
    if (detail && *detail)
        message += QStringLiteral(": ") + QString::fromUtf8(detail);
    return AwsError::make(kind, QStringLiteral("curl-%1").arg(int(code)), message);
}

} // namespace

QString curlVersion() { return QString::fromUtf8(curl_version()); }

HttpResponse performSigned(const HttpRequest& request, const Credentials& credentials,
                           const std::atomic<bool>* cancel)
{
    HttpResponse response;
    if (cancel && cancel->load()) {
        response.transportError = AwsError::make(ErrorKind::Cancelled, QStringLiteral("Cancelled"), Text::tr("cancelled"));
        return response;
    }
    CURL* curl = threadHandle();
    if (!curl) {
        response.transportError = AwsError::make(ErrorKind::Network, QStringLiteral("curl-init"), Text::tr("libcurl initialisation failed"));
        return response;
    }
    Transfer transfer{&response, cancel, request.maxResponseBytes};

    // Every header here is signed by libcurl. Never add an "Expect:"-style removal entry:
    // libcurl < 8.3.0 would list it in SignedHeaders and break the signature.
    curl_slist* headers = nullptr;
    auto add = [&](const QByteArray& h) { headers = curl_slist_append(headers, h.constData()); };
    add("Content-Type: " + request.contentType);
    if (!request.target.isEmpty())
        add("X-Amz-Target: " + request.target);
    if (!credentials.sessionToken.isEmpty())
        add("X-Amz-Security-Token: " + credentials.sessionToken.toUtf8());
    for (const QByteArray& h : request.extraHeaders)
        add(h);

    const QByteArray sigv4 = "aws:amz:" + request.region + ':' + request.service;
    QByteArray userpwd = credentials.accessKeyId.toUtf8() + ':' + credentials.secretAccessKey.toUtf8();
    char errorBuffer[CURL_ERROR_SIZE] = {0};

    curl_easy_setopt(curl, CURLOPT_URL, request.url.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    const QByteArray caBundle = QProcessEnvironment::systemEnvironment().value(QStringLiteral("AWS_CA_BUNDLE")).toUtf8();
    if (!caBundle.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caBundle.constData());
    curl_easy_setopt(curl, CURLOPT_AWS_SIGV4, sigv4.constData());
    curl_easy_setopt(curl, CURLOPT_USERPWD, userpwd.constData());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_POST, 1L);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.constData());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "lambdalens/" LAMBDALENS_VERSION " libcurl");
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, ""); // gzip when offered
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(request.timeoutMs));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(request.connectTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, long(request.lowSpeedTimeoutS));
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &onBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, &onProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &transfer);

    const CURLcode rc = curl_easy_perform(curl);
    userpwd.fill('\0');
    curl_easy_setopt(curl, CURLOPT_USERPWD, "");
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, nullptr);
    curl_slist_free_all(headers);

    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    response.status = int(status);
    curl_off_t up = 0, down = 0;
    curl_easy_getinfo(curl, CURLINFO_SIZE_UPLOAD_T, &up);
    curl_easy_getinfo(curl, CURLINFO_SIZE_DOWNLOAD_T, &down);
    response.bytesSent = qint64(up);
    response.bytesReceived = qint64(down);
    if (transfer.overflow) {
        response.transportError = AwsError::make(ErrorKind::BadResponse, QStringLiteral("ResponseTooLarge"),
                                                 Text::tr("response larger than %1 bytes").arg(request.maxResponseBytes));
    } else if (rc != CURLE_OK) {
        response.transportError = transportError(rc, errorBuffer);
    }
    return response;
}

} // namespace ll::aws
