#pragma once

#include "sources/sourceloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ll::cli {

// The SOURCE arguments every report-like command shares: --demo, --cache, or files/folders.
struct SourceOptions {
    QCommandLineOption demo { QStringLiteral("demo"), QCoreApplication::translate("cli", "Use the embedded demo fleet.") };
    QCommandLineOption cache { QStringLiteral("cache"), QCoreApplication::translate("cli", "Use the local CloudWatch cache (see 'lambdalens sync').") };
    QCommandLineOption seed { QStringLiteral("seed"), QCoreApplication::translate("cli", "Seed of the demo fleet."), QStringLiteral("N"), QStringLiteral("42") };
    void addTo(QCommandLineParser& parser);
};

// Loads what the options name; prints skipped inputs to stderr. Returns nullptr (after printing
// the reason) when nothing could be loaded.
FleetPtr loadFromArguments(const QCommandLineParser& parser, const SourceOptions& options);

// The exit code for a command whose input was partly skipped.
int exitCodeFor(const Fleet& fleet);

} // namespace ll::cli
