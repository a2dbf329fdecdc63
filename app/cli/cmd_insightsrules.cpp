#include "analysis/insightwebhook.h"
#include "cli/command.h"
#include "cli/sourceargs.h"
#include "report/sizingreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSettings>

namespace {

int runInsightsRules(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Evaluates the insight rules (memory pressure, error rate, out-of-memory kills, timeouts and near "
        "timeouts, over-provisioned memory, cold-start rate) and prints the triggered ones with their evidence. "
        "Thresholds and mutes come from the insights/* settings."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON."));
    const QCommandLineOption webhook(QStringLiteral("webhook"),
        QCoreApplication::translate("cli", "Also POST the triggered rules as Slack-compatible JSON to URL."), QStringLiteral("URL"));
    const QCommandLineOption mute(QStringLiteral("mute"),
        QCoreApplication::translate("cli", "Mute a rule by key (repeatable), e.g. cold-start-rate."), QStringLiteral("RULE"));
    parser.addOptions({ json, webhook, mute });
    ll::cli::SourceOptions sources;
    sources.addTo(parser);
    parser.process(arguments);

    QSettings settings;
    ll::RuleSettings rules = ll::RuleSettings::load(settings);
    for (const QString& key : parser.values(mute)) {
        const auto id = ll::ruleFromKey(key.toStdString());
        if (!id) {
            ll::cli::err() << QCoreApplication::translate("cli", "lambdalens insights-rules: unknown rule '%1'.").arg(key) << Qt::endl;
            return ll::cli::Usage;
        }
        rules.setMuted(*id, true);
    }
    const ll::FleetPtr fleet = ll::cli::loadFromArguments(parser, sources);
    if (!fleet)
        return ll::cli::Usage;
    const ll::InsightInput input = ll::insightInputFromFleet(*fleet);
    const std::vector<ll::Insight> insights = ll::evaluateRules(input, rules);
    if (parser.isSet(json))
        ll::cli::out() << QString::fromUtf8(QJsonDocument(ll::insightsJson(*fleet, insights)).toJson(QJsonDocument::Indented));
    else
        ll::cli::out() << ll::insightsText(*fleet, insights) << Qt::endl;
    ll::cli::out().flush();
    if (parser.isSet(webhook) && !insights.empty()) {
        const ll::WebhookResult r = ll::postWebhook(QUrl(parser.value(webhook)),
            ll::slackPayload(insights, QCoreApplication::translate("cli", "Lambdalens: %n rule(s) triggered", nullptr, int(insights.size()))));
        if (!r.ok()) {
            ll::cli::err() << r.message << Qt::endl;
            return ll::cli::Failure;
        }
    }
    return ll::cli::exitCodeFor(*fleet);
}

} // namespace

LL_REGISTER_COMMAND(ll::cli::Command { "insights-rules", QT_TRANSLATE_NOOP("commands", "triggered insight rules with their evidence"), &runInsightsRules })
