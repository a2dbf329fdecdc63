#pragma once

#include "analysis/insightrules.h"

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <vector>

namespace ll {

// Slack-compatible incoming-webhook body: {"text": "..."} (Slack, Mattermost, Rocket.Chat and
// most chat tools accept it). One line per insight.
QByteArray slackPayload(const std::vector<Insight>& insights, const QString& title = {});

struct WebhookResult {
    enum class Status { Ok, BadUrl, Network, HttpError };
    Status status = Status::Ok;
    long httpStatus = 0;
    QString message;       // translated, empty when Ok
    bool ok() const { return status == Status::Ok; }
};

// POSTs `body` as application/json with libcurl. Blocking: call from a worker thread.
WebhookResult postWebhook(const QUrl& url, const QByteArray& body, int timeoutMs = 10'000);

} // namespace ll
