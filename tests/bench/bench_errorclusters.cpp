// Time to cluster the errors of the demo fleet (default volume), fresh and incremental.
//
//   build/tests/bench/bench_errorclusters [runs]

#include "analysis/errorclusters.h"
#include "sources/sourceloader.h"

#include <QCoreApplication>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    ll::LoadRequest request;
    request.demo = true;
    const ll::FleetPtr fleet = ll::loadSources(request);
    if (!fleet) {
        std::fprintf(stderr, "bench_errorclusters: could not load the demo fleet\n");
        return 1;
    }
    uint64_t failed = 0;
    for (uint32_t r = 0; r < fleet->invocationCount(); ++r)
        failed += ll::isFailure(fleet->columns().outcome[r]);

    auto time = [](auto&& f) {
        const auto t0 = std::chrono::steady_clock::now();
        f();
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    };
    std::vector<double> fresh, again;
    size_t clusters = 0;
    for (int i = 0; i < runs; ++i) {
        ll::ErrorClusterer clusterer;
        fresh.push_back(time([&] { clusters = clusterer.cluster(*fleet).size(); }));
        again.push_back(time([&] { clusterer.cluster(*fleet); }));  // miner already trained
    }
    std::sort(fresh.begin(), fresh.end());
    std::sort(again.begin(), again.end());
    std::printf("demo fleet: %zu invocations (%llu failed), %zu lines -> %zu clusters\n", fleet->invocationCount(),
                static_cast<unsigned long long>(failed), fleet->lineCount(), clusters);
    std::printf("cluster(): %.1f ms fresh, %.1f ms with a trained miner (medians of %d runs)\n", fresh[fresh.size() / 2],
                again[again.size() / 2], runs);
    return 0;
}
