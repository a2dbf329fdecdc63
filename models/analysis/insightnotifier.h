#pragma once

#include "analysis/insightrules.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QUrl>
#include <vector>

namespace ll {

struct AppSettings;

// What to tell the user about insights that newly triggered while live data arrived.
struct NotificationPlan {
    std::vector<Insight> insights;   // those worth a notification, most severe first
    bool desktop = false;            // system-tray message, or an inline banner without a tray
    QString title, text;             // plain text for the desktop message / banner
    QUrl webhookUrl;                 // valid http(s) URL, else empty: no POST
    QByteArray webhookBody;          // Slack-compatible JSON
    bool empty() const { return insights.empty(); }
};

// Decides which live insights notify and makes sure one never notifies twice in a session, even
// when it clears and triggers again (a flapping rule must not page every minute). Info-level
// insights (over-provisioned memory) are listed but never notify: nothing is on fire.
class InsightNotifier {
public:
    struct Options {
        bool desktop = true;
        QString webhookUrl;
    };
    static Options optionsFrom(const AppSettings& settings);

    NotificationPlan plan(const std::vector<Insight>& fresh, const Options& options);
    void reset() { m_notified.clear(); }

private:
    QSet<QString> m_notified;
};

} // namespace ll
