#include "analysis/insightwebhook.h"

#include "aws/curlinit.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <curl/curl.h>
#include <memory>

namespace ll {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ll::Webhook)
};
size_t discard(char*, size_t size, size_t n, void*) { return size * n; }
}

QByteArray slackPayload(const std::vector<Insight>& insights, const QString& title)
{
    QStringList lines;
    if (!title.isEmpty())
        lines << title;
    for (const Insight& in : insights) {
        lines << QStringLiteral("[%1] %2 — %3: %4")
                     .arg(QLatin1String(severityKey(in.severity)), in.functionName, ruleTitle(in.rule), in.message);
    }
    QJsonObject o;
    o.insert(QStringLiteral("text"), lines.join(QLatin1Char('\n')));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

WebhookResult postWebhook(const QUrl& url, const QByteArray& body, int timeoutMs)
{
    WebhookResult r;
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        r.status = WebhookResult::Status::BadUrl;
        r.message = Text::tr("The webhook address must be an http or https URL.");
        return r;
    }
    aws::ensureCurlInitialised();
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
    if (!curl) {
        r.status = WebhookResult::Status::Network;
        r.message = Text::tr("Could not start the HTTP client.");
        return r;
    }
    const QByteArray address = url.toEncoded();
    curl_slist* headers = curl_slist_append(nullptr, "Content-Type: application/json");
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> headerGuard(headers, &curl_slist_free_all);
    char errorBuffer[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl.get(), CURLOPT_URL, address.constData());
    curl_easy_setopt(curl.get(), CURLOPT_POST, 1L);
    curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDS, body.constData());
    curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDSIZE, long(body.size()));
    curl_easy_setopt(curl.get(), CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl.get(), CURLOPT_TIMEOUT_MS, long(timeoutMs));
    curl_easy_setopt(curl.get(), CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl.get(), CURLOPT_WRITEFUNCTION, &discard);
    curl_easy_setopt(curl.get(), CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl.get(), CURLOPT_PROTOCOLS_STR, "http,https");
    const CURLcode code = curl_easy_perform(curl.get());
    if (code != CURLE_OK) {
        r.status = WebhookResult::Status::Network;
        r.message = Text::tr("The webhook could not be reached: %1")
                        .arg(QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code)));
        return r;
    }
    curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &r.httpStatus);
    if (r.httpStatus < 200 || r.httpStatus >= 300) {
        r.status = WebhookResult::Status::HttpError;
        r.message = Text::tr("The webhook answered HTTP %1.").arg(r.httpStatus);
    }
    return r;
}

} // namespace ll
