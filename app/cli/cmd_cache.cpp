// `lambdalens cache`: inspect or clear the local CloudWatch cache.
#include "cli/awsoptions.h"
#include "cli/command.h"

#include "aws/logcache.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ll::cli::cache)
};
QString when(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'"))
                  : QStringLiteral("-");
}

int runCache(const QStringList& arguments)
{
    using namespace ll;
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Inspect or clear the local CloudWatch cache (LAMBDALENS_CACHE_DIR overrides its folder)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("info"), Text::tr("Show location, size and per-group coverage (default).")});
    parser.addOption({QStringLiteral("clear"), Text::tr("Delete every cached event and checkpoint.")});
    parser.addOption({QStringLiteral("max-size"), Text::tr("Evict the oldest hours until the cache is at most this many MB."), Text::tr("mb")});
    if (!parser.parse(arguments)) {
        cli::err() << parser.errorText() << Qt::endl;
        return cli::Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        cli::out() << parser.helpText();
        return cli::Ok;
    }
    const QString path = aws::LogCache::defaultPath();
    if (parser.isSet(QStringLiteral("clear"))) {
        bool ok = true;
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFile::exists(path + suffix))
                ok = QFile::remove(path + suffix) && ok;
        }
        if (!ok) {
            cli::err() << Text::tr("Could not delete the cache files at %1").arg(path) << Qt::endl;
            return cli::Failure;
        }
        cli::out() << Text::tr("Cache cleared: %1").arg(path) << Qt::endl;
        return cli::Ok;
    }
    if (!QFile::exists(path)) {
        cli::out() << Text::tr("Cache: %1 (empty; run `lambdalens sync` first)").arg(path) << Qt::endl;
        return cli::Ok;
    }
    aws::LogCache cache(path);
    if (!cache.isOpen()) {
        cli::err() << Text::tr("Cannot open the cache %1: %2").arg(path, cache.errorString()) << Qt::endl;
        return cli::Failure;
    }
    if (parser.isSet(QStringLiteral("max-size"))) {
        bool ok = false;
        const double mb = parser.value(QStringLiteral("max-size")).toDouble(&ok);
        if (!ok || mb < 0) {
            cli::err() << Text::tr("Invalid --max-size.") << Qt::endl;
            return cli::Usage;
        }
        cli::out() << Text::tr("Evicted %1 events.").arg(cache.enforceSizeLimit(qint64(mb * 1024 * 1024))) << Qt::endl;
    }
    const aws::CacheInfo info = cache.info();
    cli::out() << Text::tr("Cache: %1").arg(info.path) << Qt::endl
               << Text::tr("Size on disk: %1; %2 events, %3 of messages").arg(cli::formatBytes(double(info.fileBytes)))
                      .arg(info.events).arg(cli::formatBytes(double(info.messageBytes))) << Qt::endl;
    for (const aws::CacheGroupInfo& g : info.groups) {
        cli::out() << QStringLiteral("  %1 %2 %3: %4 events, %5, events %6 .. %7, synced %8 .. %9")
                          .arg(g.account, g.region, g.group).arg(g.events).arg(cli::formatBytes(double(g.bytes)))
                          .arg(when(g.firstMs), when(g.lastMs), when(g.checkpoint.coveredFromMs), when(g.checkpoint.coveredToMs))
                   << Qt::endl;
    }
    return cli::Ok;
}

} // namespace

LL_REGISTER_COMMAND(ll::cli::Command{"cache", "Show or clear the local CloudWatch cache", &runCache})
