#include "cli/command.h"
#include "settings/appsettings.h"
#include "cli/sourceargs.h"
#include "report/sizingreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace {

int runSizing(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Memory and cost per function: memory size, max and p99 memory used, durations, cost per day and per "
        "million invocations, CPU evidence, the recommended size and its cost, and the measured cost at every "
        "memory size the function ran with (power-tuning curve from real traffic).\n"
        "Prices: us-east-1 list prices by default; override with the pricing/* settings."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON."));
    const QCommandLineOption csv(QStringLiteral("csv"), QCoreApplication::translate("cli", "Print CSV (one row per function)."));
    const QCommandLineOption headroom(QStringLiteral("headroom"),
        QCoreApplication::translate("cli", "Headroom over p99 memory used, in percent (default: the Preferences value, 20)."),
        QStringLiteral("PERCENT"), QString::number(ll::AppSettings::load().sizingHeadroom * 100.0));
    const QCommandLineOption arch(QStringLiteral("arch"),
        QCoreApplication::translate("cli", "Architecture the functions run on: x86_64 or arm64."), QStringLiteral("ARCH"), QStringLiteral("x86_64"));
    parser.addOptions({ json, csv, headroom, arch });
    ll::cli::SourceOptions sources;
    sources.addTo(parser);
    parser.process(arguments);

    ll::SizingOptions options;
    bool ok = false;
    options.headroom = parser.value(headroom).toDouble(&ok) / 100.0;
    if (!ok || options.headroom < 0 || options.headroom > 10) {
        ll::cli::err() << QCoreApplication::translate("cli", "lambdalens sizing: --headroom takes a percentage between 0 and 1000.") << Qt::endl;
        return ll::cli::Usage;
    }
    if (parser.value(arch) == QLatin1String("arm64"))
        options.architecture = ll::Architecture::Arm64;
    else if (parser.value(arch) != QLatin1String("x86_64")) {
        ll::cli::err() << QCoreApplication::translate("cli", "lambdalens sizing: --arch is x86_64 or arm64.") << Qt::endl;
        return ll::cli::Usage;
    }
    options.prices = ll::PriceTable::current();

    const ll::FleetPtr fleet = ll::cli::loadFromArguments(parser, sources);
    if (!fleet)
        return ll::cli::Usage;
    options.windowMs = fleet->lastTimeMs() - fleet->firstTimeMs();
    const auto sizings = ll::sizeFleet(*fleet, options);
    if (parser.isSet(json))
        ll::cli::out() << QString::fromUtf8(QJsonDocument(ll::sizingJson(sizings, options)).toJson(QJsonDocument::Indented));
    else if (parser.isSet(csv))
        ll::cli::out() << ll::sizingCsv(sizings);
    else
        ll::cli::out() << ll::sizingText(sizings, options) << Qt::endl;
    ll::cli::out().flush();
    return ll::cli::exitCodeFor(*fleet);
}

} // namespace

LL_REGISTER_COMMAND(ll::cli::Command { "sizing", QT_TRANSLATE_NOOP("commands", "memory sizing and cost per function, with recommendations"), &runSizing })
