#include "cli/sourceargs.h"

#include "cli/command.h"

#include <QCoreApplication>

namespace ll::cli {

void SourceOptions::addTo(QCommandLineParser& parser)
{
    parser.addOptions({ demo, cache, seed });
    parser.addPositionalArgument(QStringLiteral("SOURCE"),
        QCoreApplication::translate("cli", "Log exports (aws logs filter-log-events / get-log-events JSON), plain "
                                           "log files, folders of them, or .gz versions."),
        QStringLiteral("[SOURCE...]"));
}

FleetPtr loadFromArguments(const QCommandLineParser& parser, const SourceOptions& options)
{
    LoadRequest request = loadRequestFromArguments(parser.positionalArguments(), parser.isSet(options.demo), parser.isSet(options.cache));
    request.demoSeed = parser.value(options.seed).toULongLong();
    if (!request.demo && !request.cache && request.paths.isEmpty()) {
        err() << QCoreApplication::translate("cli", "%1: name a SOURCE, or use --demo or --cache.").arg(parser.applicationDescription().isEmpty() ? QStringLiteral("lambdalens") : QCoreApplication::arguments().value(0)) << Qt::endl;
        return nullptr;
    }
    FleetPtr fleet = loadSources(request);
    if (!fleet)
        return nullptr;
    for (const SkippedInput& s : fleet->skipped())
        err() << QCoreApplication::translate("cli", "skipped: %1: %2").arg(s.source, s.reason) << Qt::endl;
    return fleet;
}

int exitCodeFor(const Fleet& fleet) { return fleet.skipped().isEmpty() ? Ok : PartialInput; }

} // namespace ll::cli
