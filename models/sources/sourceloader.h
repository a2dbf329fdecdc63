#pragma once

#include "store/fleet.h"

#include <QStringList>
#include <atomic>
#include <functional>

namespace ll {

// What to load: the demo fleet, files/folders, or the local CloudWatch cache.
struct LoadRequest {
    bool demo = false;
    uint64_t demoSeed = 42;
    double demoScale = 1.0;
    QStringList paths;          // files or folders (aws CLI exports, plain logs, .gz)
    bool cache = false;         // the local CloudWatch cache (sync first)
};

struct LoadControl {
    std::atomic<bool>* cancel = nullptr;
    // fraction in [0,1] and a short translated message; called from the loading thread,
    // only when the percentage moves.
    std::function<void(double fraction, const QString& message)> progress;
};

// Loads a source into a new Fleet. Runs in the calling thread (call it from a worker);
// problems with parts of the input are in Fleet::skipped(). Returns nullptr only when cancelled.
FleetPtr loadSources(const LoadRequest& request, const LoadControl& control = {});

// Parses the SOURCE arguments shared by the report-like subcommands: "--demo" or paths.
LoadRequest loadRequestFromArguments(const QStringList& positional, bool demo, bool cache);

} // namespace ll
