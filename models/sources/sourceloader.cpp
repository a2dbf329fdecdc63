#include "sources/sourceloader.h"

#include "aws/logcache.h"
#include "sources/demofleet.h"
#include "sources/fileimporter.h"
#include "store/fleetbuilder.h"

#include <QCoreApplication>
#include <QSet>

namespace ll {

FleetPtr loadSources(const LoadRequest& request, const LoadControl& control)
{
    FleetBuilder builder;
    auto report = [&control](double fraction, const QString& message) {
        if (control.progress)
            control.progress(fraction, message);
    };
    // Reading is most of the work; assembling the invocations is the last tenth.
    if (request.demo) {
        DemoOptions options;
        options.seed = request.demoSeed;
        options.scale = request.demoScale;
        const QString message = QCoreApplication::translate("SourceLoader", "Generating the demo fleet");
        generateDemoFleet(builder, options, nullptr, control.cancel,
            [&](double f) { report(f * 0.9, message); });
    }
    if (!request.paths.isEmpty()) {
        ImportControl ic;
        ic.cancel = control.cancel;
        const QString message = QCoreApplication::translate("SourceLoader", "Reading log files");
        ic.progress = [&](uint64_t done, uint64_t total) {
            report(total ? 0.9 * double(done) / double(total) : 0.0, message);
        };
        importFiles(request.paths, builder, ic);
    }
    if (request.cache) {
        report(0.0, QCoreApplication::translate("SourceLoader", "Reading the local CloudWatch cache"));
        aws::LogCache cache;
        if (cache.isOpen()) {
            // One replay per account+region so each function carries where it came from.
            QSet<QPair<QString, QString>> origins;
            for (const aws::CacheGroupInfo& g : cache.info().groups) {
                if (origins.contains({ g.account, g.region }))
                    continue;
                origins.insert({ g.account, g.region });
                builder.setOrigin(g.account, g.region);
                aws::ReplayFilter filter;
                filter.account = g.account;
                filter.region = g.region;
                filter.exactOrigin = true;
                cache.replay(builder, filter, control.cancel);
            }
        } else
            builder.addSkipped({ QCoreApplication::translate("SourceLoader", "cache"), cache.errorString() });
    }
    if (control.cancel && control.cancel->load())
        return nullptr;
    report(0.9, QCoreApplication::translate("SourceLoader", "Rebuilding invocations"));
    FleetPtr fleet = builder.finish(control.cancel);
    if (fleet)
        report(1.0, {});
    return fleet;
}

LoadRequest loadRequestFromArguments(const QStringList& positional, bool demo, bool cache)
{
    LoadRequest r;
    r.demo = demo;
    r.cache = cache;
    r.paths = positional;
    return r;
}

} // namespace ll
