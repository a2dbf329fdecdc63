#include "cli/command.h"
#include "cli/sourceargs.h"
#include "report/fleetreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

bool matchesOutcome(ll::Outcome o, const QString& wanted)
{
    if (wanted.isEmpty())
        return true;
    if (wanted == QLatin1String("failed"))
        return ll::isFailure(o);
    ll::Outcome w;
    return ll::outcomeFromKey(wanted.toStdString(), &w) && w == o;
}

int runInvocations(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "One row per invocation, oldest first."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON."));
    const QCommandLineOption function(QStringLiteral("function"),
        QCoreApplication::translate("cli", "Only this function (repeatable): NAME matches every function of that name; "
                                           "REGION/NAME or ACCOUNT/REGION/NAME one origin's."),
        QStringLiteral("NAME"));
    const QCommandLineOption outcome(QStringLiteral("outcome"),
        QCoreApplication::translate("cli", "Only this outcome: failed, ok, error, timeout, oom (out-of-memory), crash, incomplete."),
        QStringLiteral("OUTCOME"));
    const QCommandLineOption cold(QStringLiteral("cold"), QCoreApplication::translate("cli", "Only cold starts."));
    const QCommandLineOption retry(QStringLiteral("retry"), QCoreApplication::translate("cli", "Only retries."));
    parser.addOptions({ json, function, outcome, cold, retry });
    ll::cli::SourceOptions sources;
    sources.addTo(parser);
    parser.process(arguments);

    const QString wanted = parser.value(outcome);
    ll::Outcome probe;
    if (!wanted.isEmpty() && wanted != QLatin1String("failed") && !ll::outcomeFromKey(wanted.toStdString(), &probe)) {
        ll::cli::err() << QCoreApplication::translate("cli", "lambdalens invocations: unknown outcome '%1'").arg(wanted) << Qt::endl;
        return ll::cli::Usage;
    }
    const ll::FleetPtr fleet = ll::cli::loadFromArguments(parser, sources);
    if (!fleet)
        return ll::cli::Usage;
    const QStringList functions = parser.values(function);
    std::vector<uint8_t> wantedFunction(fleet->functionCount(), 0);
    for (const QString& name : functions) {
        const std::vector<uint32_t> ids = fleet->functionsMatching(name);
        if (ids.empty())
            ll::cli::err() << QCoreApplication::translate("cli", "lambdalens invocations: no function named '%1'").arg(name) << Qt::endl;
        for (uint32_t id : ids)
            wantedFunction[id] = 1;
    }

    std::vector<uint32_t> rows;
    for (uint32_t r = 0; r < fleet->invocationCount(); ++r) {
        const ll::Invocation i = fleet->invocation(r);
        if (!functions.isEmpty() && !wantedFunction[i.function])
            continue;
        if (!matchesOutcome(i.outcome, wanted) || (parser.isSet(cold) && !i.cold()) || (parser.isSet(retry) && !i.retry()))
            continue;
        rows.push_back(r);
    }
    std::stable_sort(rows.begin(), rows.end(), [&fleet](uint32_t a, uint32_t b) {
        return fleet->columns().startMs[a] < fleet->columns().startMs[b];
    });
    if (parser.isSet(json)) {
        QJsonArray list;
        for (uint32_t r : rows)
            list.append(ll::invocationJson(*fleet, fleet->invocation(r)));
        ll::cli::out() << QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("invocations"), list } }).toJson(QJsonDocument::Indented));
    } else {
        for (uint32_t r : rows) {
            const ll::Invocation i = fleet->invocation(r);
            ll::cli::out() << QStringLiteral("%1  %2  %3  %4  %5 ms  %6/%7 MB%8%9  %10")
                                  .arg(ll::isoTime(i.startMs), fleet->displayName(i.function),
                                      QString::fromUtf8(i.requestId.data(), qsizetype(i.requestId.size())))
                                  .arg(QLatin1String(ll::outcomeKey(i.outcome)), -13)
                                  .arg(i.durationMs, 9, 'f', 2)
                                  .arg(i.maxMemoryUsedMb)
                                  .arg(i.memorySizeMb)
                                  .arg(i.cold() ? QStringLiteral("  cold") : QString(), i.retry() ? QStringLiteral("  retry") : QString(),
                                      QString::fromUtf8(i.errorType.data(), qsizetype(i.errorType.size())))
                           << '\n';
        }
    }
    ll::cli::out().flush();
    return ll::cli::exitCodeFor(*fleet);
}

} // namespace

LL_REGISTER_COMMAND(ll::cli::Command { "invocations", QT_TRANSLATE_NOOP("commands", "one row per invocation, with filters"), &runInvocations })
