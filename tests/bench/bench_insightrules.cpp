// Cost of evaluating the insight rules on the demo fleet, without and with the "new error
// cluster" rule (which clusters the whole fleet on every evaluation, in the panel's worker).
// Prints medians of CPU time:
//
//   build/tests/bench/bench_insightrules [runs]

#include "analysis/insightrules.h"
#include "analysis/newerrorclusters.h"
#include "sources/sourceloader.h"
#include "store/fleet.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <memory>
#include <vector>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    ll::LoadRequest request;
    request.demo = true;
    const ll::FleetPtr fleet = ll::loadSources(request);
    if (!fleet) {
        std::fprintf(stderr, "bench_insightrules: could not load the demo fleet\n");
        return 1;
    }
    auto cpuMs = [](auto&& f) {
        const std::clock_t t0 = std::clock();
        f();
        return double(std::clock() - t0) * 1000.0 / CLOCKS_PER_SEC;
    };
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    const ll::RuleSettings settings;
    std::vector<double> plain, baseline, update;
    size_t insights = 0;
    for (int i = 0; i < runs; ++i) {
        plain.push_back(cpuMs([&] { insights = ll::evaluateRules(ll::insightInputFromFleet(*fleet), settings).size(); }));
        auto rule = std::make_shared<ll::NewErrorClusterRule>();
        const ll::ErrorClusterHook hook = ll::newErrorClusterHook(rule);
        baseline.push_back(cpuMs([&] { ll::evaluateRules(ll::insightInputFromFleet(*fleet), settings, hook); }));
        update.push_back(cpuMs([&] { ll::evaluateRules(ll::insightInputFromFleet(*fleet), settings, hook); }));
    }
    std::printf("demo fleet: %zu invocations, %zu lines, %zu insights\n", fleet->invocationCount(), fleet->lineCount(), insights);
    std::printf("evaluateRules CPU: %.1f ms without the cluster rule; with it %.1f ms (baseline), %.1f ms (update) "
                "(medians of %d runs)\n",
                median(plain), median(baseline), median(update), runs);
    return 0;
}
