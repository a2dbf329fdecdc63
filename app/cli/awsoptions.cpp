#include "cli/awsoptions.h"

#include "aws/timeparse.h"
#include "cli/command.h"

#include <QCoreApplication>
#include <QDateTime>

namespace ll::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ll::cli::aws)
};
}

void addAwsOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("profile"), Text::tr("AWS profile (repeatable). Default: AWS_PROFILE or default."), Text::tr("name")});
    parser.addOption({QStringLiteral("region"), Text::tr("AWS region (repeatable). Default: AWS_REGION or the profile's region."), Text::tr("region")});
    parser.addOption({QStringLiteral("endpoint-url"), Text::tr("Send requests to this endpoint instead (local emulators)."), Text::tr("url")});
    parser.addOption({QStringLiteral("since"), Text::tr("Time window ending now, e.g. 30m, 6h, 2d."), Text::tr("duration")});
    parser.addOption({QStringLiteral("start"), Text::tr("Window start (ISO 8601 or epoch)."), Text::tr("time")});
    parser.addOption({QStringLiteral("end"), Text::tr("Window end (ISO 8601 or epoch). Default: now."), Text::tr("time")});
}

bool parseAwsOptions(const QCommandLineParser& parser, qint64 defaultSinceMs, AwsTargets* targets)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (parser.isSet(QStringLiteral("since")) && parser.isSet(QStringLiteral("start"))) {
        err() << Text::tr("Use either --since or --start/--end, not both.") << Qt::endl;
        return false;
    }
    targets->endMs = 0;
    if (parser.isSet(QStringLiteral("end"))) {
        const auto end = aws::parseTimeMs(parser.value(QStringLiteral("end")));
        if (!end) {
            err() << Text::tr("Invalid --end time: %1").arg(parser.value(QStringLiteral("end"))) << Qt::endl;
            return false;
        }
        targets->endMs = *end;
    }
    if (parser.isSet(QStringLiteral("start"))) {
        const auto start = aws::parseTimeMs(parser.value(QStringLiteral("start")));
        if (!start) {
            err() << Text::tr("Invalid --start time: %1").arg(parser.value(QStringLiteral("start"))) << Qt::endl;
            return false;
        }
        targets->startMs = *start;
    } else {
        qint64 since = defaultSinceMs;
        if (parser.isSet(QStringLiteral("since"))) {
            const auto d = aws::parseDurationMs(parser.value(QStringLiteral("since")));
            if (!d) {
                err() << Text::tr("Invalid --since duration: %1 (examples: 30m, 6h, 2d)").arg(parser.value(QStringLiteral("since"))) << Qt::endl;
                return false;
            }
            since = *d;
        }
        targets->startMs = (targets->endMs ? targets->endMs : now) - since;
    }
    if (targets->endMs && targets->endMs <= targets->startMs) {
        err() << Text::tr("The window end must be after its start.") << Qt::endl;
        return false;
    }
    QStringList profiles = parser.values(QStringLiteral("profile"));
    QStringList regions = parser.values(QStringLiteral("region"));
    if (profiles.isEmpty())
        profiles << QString();
    if (regions.isEmpty())
        regions << QString();
    for (const QString& p : profiles) {
        for (const QString& r : regions) {
            aws::SessionOptions o;
            o.profile = p;
            o.region = r;
            o.endpointUrl = parser.value(QStringLiteral("endpoint-url"));
            targets->sessions.append(o);
        }
    }
    return true;
}

int exitCodeFor(const aws::AwsError& error)
{
    switch (error.kind) {
    case aws::ErrorKind::None:
        return Ok;
    case aws::ErrorKind::UnknownProfile:
    case aws::ErrorKind::NoRegion:
        return Usage;
    default:
        return Failure;
    }
}

QString formatBytes(double bytes)
{
    const char* units[] = {"B", "KB", "MB", "GB", "TB"};
    int u = 0;
    while (bytes >= 1024 && u < 4) {
        bytes /= 1024;
        ++u;
    }
    return QString::number(bytes, 'f', u ? 1 : 0) + QLatin1Char(' ') + QLatin1String(units[u]);
}

} // namespace ll::cli
