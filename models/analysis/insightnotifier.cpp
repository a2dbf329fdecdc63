#include "analysis/insightnotifier.h"

#include "analysis/insightwebhook.h"
#include "settings/appsettings.h"

#include <QCoreApplication>
#include <algorithm>

namespace ll {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ll::InsightNotifier)
};
}

InsightNotifier::Options InsightNotifier::optionsFrom(const AppSettings& settings)
{
    return { settings.desktopNotifications, settings.webhookUrl };
}

NotificationPlan InsightNotifier::plan(const std::vector<Insight>& fresh, const Options& options)
{
    NotificationPlan p;
    for (const Insight& in : fresh) {
        if (in.severity == Severity::Info)
            continue;
        const QString key = in.key();
        if (m_notified.contains(key))
            continue;
        m_notified.insert(key);
        p.insights.push_back(in);
    }
    if (p.insights.empty())
        return p;
    std::stable_sort(p.insights.begin(), p.insights.end(),
                     [](const Insight& a, const Insight& b) { return a.severity > b.severity; });
    const Insight& first = p.insights.front();
    p.desktop = options.desktop;
    p.title = Text::tr("%1: %2").arg(first.functionName, ruleTitle(first.rule));
    p.text = p.insights.size() == 1 ? first.message
                                    : first.message + QLatin1Char('\n') + Text::tr("and %n more", nullptr, int(p.insights.size() - 1));
    const QUrl url(options.webhookUrl.trimmed(), QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        && !url.host().isEmpty()) {
        p.webhookUrl = url;
        p.webhookBody = slackPayload(p.insights, Text::tr("Lambdalens"));
    }
    return p;
}

} // namespace ll
