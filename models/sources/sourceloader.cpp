#include "sources/sourceloader.h"

#include "sources/demofleet.h"
#include "sources/fileimporter.h"
#include "store/fleetbuilder.h"

#include <QCoreApplication>

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
