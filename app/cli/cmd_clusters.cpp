// `lambdalens clusters [--json] [--demo | SOURCE...]`: the fleet's errors grouped by cause.

#include "analysis/errorclusters.h"
#include "cli/command.h"
#include "cli/sourceargs.h"
#include "report/fleetreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(cli::clusters)
};
QJsonObject clusterJson(const ll::Fleet& fleet, const ll::ErrorCluster& c)
{
    QJsonObject functions;
    for (const auto& [function, count] : c.functions)
        functions.insert(fleet.displayName(function), qint64(count)); // qualified when names are shared: keys stay apart
    // Every failed invocation's request id (none for "log" clusters: those invocations succeeded).
    QJsonArray requestIds;
    if (c.kind == ll::ClusterKind::Failure) {
        for (uint32_t row : c.invocations) {
            const std::string_view r = fleet.invocation(row).requestId;
            requestIds.append(QString::fromUtf8(r.data(), qsizetype(r.size())));
        }
    }
    QJsonArray slots;
    for (const auto& slot : c.slotValues) {
        QJsonArray top;
        for (const ll::SlotValue& v : slot)
            top.append(QJsonObject{{QStringLiteral("value"), v.value}, {QStringLiteral("count"), qint64(v.count)}});
        slots.append(top);
    }
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("kind"), QLatin1String(ll::clusterKindKey(c.kind))},
        {QStringLiteral("template"), c.templateText},
        {QStringLiteral("error_type"), c.errorType},
        {QStringLiteral("count"), qint64(c.count)},
        {QStringLiteral("failed_invocations"), qint64(c.failedInvocations())},
        {QStringLiteral("first_seen"), ll::isoTime(c.firstSeenMs)},
        {QStringLiteral("last_seen"), ll::isoTime(c.lastSeenMs)},
        {QStringLiteral("functions"), functions},
        {QStringLiteral("request_ids"), requestIds},
        {QStringLiteral("frames"), QJsonArray::fromStringList(c.frames)},
        {QStringLiteral("top_values"), slots},
        {QStringLiteral("example"), c.example},
        {QStringLiteral("insights_query"), ll::logsInsightsQuery(c)},
    };
}

int runClusters(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Groups the fleet's errors by cause: failed invocations by error type, message template and top\n"
           "stack frames (timeouts, out-of-memory kills and crashes each one group), and ERROR lines of\n"
           "successful invocations apart (kind \"log\"). Most failed invocations first."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print JSON."));
    const QCommandLineOption sort(QStringLiteral("sort"), Text::tr("Order: impact (default), newest, count."), QStringLiteral("ORDER"),
                                  QStringLiteral("impact"));
    parser.addOptions({json, sort});
    parser.addPositionalArgument(QStringLiteral("SOURCE"), Text::tr("Files or folders of exported logs."), QStringLiteral("[SOURCE...]"));
    ll::cli::SourceOptions sources;
    sources.addTo(parser);
    parser.process(arguments);

    const QString order = parser.value(sort);
    ll::ClusterSort by = ll::ClusterSort::Impact;
    if (order == QLatin1String("newest"))
        by = ll::ClusterSort::Newest;
    else if (order == QLatin1String("count"))
        by = ll::ClusterSort::Count;
    else if (order != QLatin1String("impact")) {
        ll::cli::err() << Text::tr("lambdalens clusters: unknown order '%1'").arg(order) << Qt::endl;
        return ll::cli::Usage;
    }

    const ll::FleetPtr fleet = ll::cli::loadFromArguments(parser, sources);
    if (!fleet)
        return ll::cli::Usage;
    ll::ErrorClusterer clusterer;
    std::vector<ll::ErrorCluster> clusters = clusterer.cluster(*fleet);
    ll::sortClusters(clusters, by);

    if (parser.isSet(json)) {
        QJsonArray list;
        for (const ll::ErrorCluster& c : clusters)
            list.append(clusterJson(*fleet, c));
        ll::cli::out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("clusters"), list}}).toJson(QJsonDocument::Indented));
    } else {
        for (const ll::ErrorCluster& c : clusters) {
            QStringList functions;
            for (const auto& [function, count] : c.functions)
                functions.append(QStringLiteral("%1 %2").arg(fleet->displayName(function)).arg(count));
            ll::cli::out() << QStringLiteral("%1  %2  %3 x  %4  %5\n    %6\n    first %7  last %8  %9\n")
                                  .arg(c.id)
                                  .arg(QLatin1String(ll::clusterKindKey(c.kind)), -7)
                                  .arg(c.count, 6)
                                  .arg(c.errorType.isEmpty() ? QStringLiteral("-") : c.errorType,
                                       c.isNew ? Text::tr("new") : QString(), c.templateText, ll::isoTime(c.firstSeenMs),
                                       ll::isoTime(c.lastSeenMs), functions.join(QStringLiteral(", ")));
        }
        if (clusters.empty())
            ll::cli::out() << Text::tr("No errors.") << '\n';
    }
    ll::cli::out().flush();
    return ll::cli::exitCodeFor(*fleet);
}

} // namespace

LL_REGISTER_COMMAND(ll::cli::Command{"clusters", QT_TRANSLATE_NOOP("commands", "errors grouped by cause across the fleet"), &runClusters})
