#include "cli/command.h"
#include "cli/sourceargs.h"
#include "report/fleetreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace {

int runReport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Per-function statistics (invocations, failures by outcome, cold starts, retries, duration "
        "percentiles, memory, GB-seconds and cost) and fleet totals.\n"
        "Exit code 0: all input read; 3: some input was skipped (listed on stderr and in \"skipped\")."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print the stable JSON form."));
    parser.addOption(json);
    ll::cli::SourceOptions sources;
    sources.addTo(parser);
    parser.process(arguments);
    const ll::FleetPtr fleet = ll::cli::loadFromArguments(parser, sources);
    if (!fleet)
        return ll::cli::Usage;
    if (parser.isSet(json))
        ll::cli::out() << QString::fromUtf8(QJsonDocument(ll::fleetReportJson(*fleet)).toJson(QJsonDocument::Indented));
    else
        ll::cli::out() << ll::fleetReportText(*fleet) << Qt::endl;
    ll::cli::out().flush();
    return ll::cli::exitCodeFor(*fleet);
}

} // namespace

LL_REGISTER_COMMAND(ll::cli::Command { "report", QT_TRANSLATE_NOOP("commands", "per-function statistics and fleet totals"), &runReport })
