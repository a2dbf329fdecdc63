// Grouping accuracy and throughput of ll::TemplateMiner on the public Loghub-2k benchmark
// (read from ../shared/bench/loghub-2k, never copied into the repository: research licence).
//
//   build/tests/bench/bench_loghub [runs] [--similarity X] [--depth N] [--verbose DATASET]
//
// GA: a line is correct only when its predicted cluster holds exactly the lines of its
// ground-truth cluster (EventId), as in logparser's evaluator. Throughput: all 16 datasets
// concatenated, a fresh miner per run, median of the runs.

#include "analysis/templateminer.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

const char* const Datasets[] = {"Android", "Apache", "BGL", "HDFS", "HPC", "Hadoop", "HealthApp", "Linux",
                                "Mac", "OpenSSH", "OpenStack", "Proxifier", "Spark", "Thunderbird", "Windows",
                                "Zookeeper"};

// RFC 4180 records: quoted fields may hold commas, doubled quotes and newlines.
std::vector<std::vector<std::string>> readCsv(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string text = ss.str();
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false;
    bool any = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        any = true;
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field.push_back('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.push_back(c);
            }
            continue;
        }
        if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row.push_back(std::move(field));
            field.clear();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            row.push_back(std::move(field));
            field.clear();
            rows.push_back(std::move(row));
            row.clear();
            any = false;
        } else {
            field.push_back(c);
        }
    }
    if (any) {
        row.push_back(std::move(field));
        rows.push_back(std::move(row));
    }
    return rows;
}

struct Dataset {
    std::string name;
    std::vector<std::string> content;
    std::vector<std::string> truth;
    std::vector<std::string> truthTemplate;
};

bool load(const std::string& name, Dataset* out)
{
    const std::string path = std::string(LAMBDALENS_SHARED_DIR) + "/bench/loghub-2k/" + name + "/" + name
        + "_2k.log_structured_corrected.csv";
    const auto rows = readCsv(path);
    if (rows.size() < 2)
        return false;
    const auto& header = rows[0];
    auto column = [&](const char* key) {
        auto it = std::find(header.begin(), header.end(), key);
        return it == header.end() ? -1 : int(it - header.begin());
    };
    const int content = column("Content"), event = column("EventId"), tmpl = column("EventTemplate");
    if (content < 0 || event < 0)
        return false;
    out->name = name;
    for (size_t r = 1; r < rows.size(); ++r) {
        if (int(rows[r].size()) <= std::max(content, event))
            continue;
        out->content.push_back(rows[r][content]);
        out->truth.push_back(rows[r][event]);
        out->truthTemplate.push_back(tmpl >= 0 && int(rows[r].size()) > tmpl ? rows[r][tmpl] : std::string());
    }
    return true;
}

double groupingAccuracy(const std::vector<std::string>& truth, const std::vector<uint32_t>& predicted)
{
    std::unordered_map<std::string, size_t> truthSize;
    std::unordered_map<uint32_t, size_t> predSize;
    std::unordered_map<uint32_t, std::string> predTruth;   // the single truth id, or "" when mixed
    std::unordered_map<uint32_t, bool> predMixed;
    for (size_t i = 0; i < truth.size(); ++i) {
        ++truthSize[truth[i]];
        ++predSize[predicted[i]];
        auto it = predTruth.find(predicted[i]);
        if (it == predTruth.end())
            predTruth.emplace(predicted[i], truth[i]);
        else if (it->second != truth[i])
            predMixed[predicted[i]] = true;
    }
    size_t correct = 0;
    for (size_t i = 0; i < truth.size(); ++i) {
        const uint32_t p = predicted[i];
        if (!predMixed[p] && predSize[p] == truthSize[truth[i]])
            ++correct;
    }
    return truth.empty() ? 0 : double(correct) / double(truth.size());
}

} // namespace

int main(int argc, char** argv)
{
    int runs = 7;
    ll::TemplateMinerOptions options;
    std::string verbose;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--similarity") && i + 1 < argc)
            options.similarity = std::atof(argv[++i]);
        else if (!std::strcmp(argv[i], "--variants") && i + 1 < argc)
            options.minVariants = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--depth") && i + 1 < argc)
            options.prefixDepth = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--verbose") && i + 1 < argc)
            verbose = argv[++i];
        else
            runs = std::max(1, std::atoi(argv[i]));
    }

    std::vector<Dataset> sets;
    for (const char* name : Datasets) {
        Dataset d;
        if (!load(name, &d)) {
            std::fprintf(stderr, "bench_loghub: cannot read %s under %s/bench/loghub-2k\n", name, LAMBDALENS_SHARED_DIR);
            return 1;
        }
        sets.push_back(std::move(d));
    }

    std::printf("%-12s %6s %9s %9s %6s\n", "dataset", "lines", "clusters", "truth", "GA");
    double sum = 0, minGa = 1;
    std::string minName;
    for (const Dataset& d : sets) {
        ll::TemplateMiner miner(options);
        std::vector<uint32_t> ids;
        ids.reserve(d.content.size());
        for (const std::string& line : d.content)
            ids.push_back(miner.add(line));
        for (uint32_t& id : ids)
            id = miner.canonical(id);
        const double ga = groupingAccuracy(d.truth, ids);
        std::map<std::string, int> truthIds;
        for (const auto& t : d.truth)
            truthIds[t] = 1;
        std::printf("%-12s %6zu %9zu %9zu %6.4f\n", d.name.c_str(), d.content.size(), miner.clusterCount(),
                    truthIds.size(), ga);
        sum += ga;
        if (ga < minGa) {
            minGa = ga;
            minName = d.name;
        }
        if (verbose == d.name) {
            // Which truth groups are split or merged, to see what the miner gets wrong.
            std::map<std::string, std::map<uint32_t, int>> split;
            std::map<uint32_t, std::map<std::string, int>> merged;
            std::map<std::string, std::string> tmpl;
            for (size_t i = 0; i < ids.size(); ++i) {
                ++split[d.truth[i]][ids[i]];
                ++merged[ids[i]][d.truth[i]];
                tmpl[d.truth[i]] = d.truthTemplate[i];
            }
            for (const auto& [truth, preds] : split) {
                if (preds.size() > 1) {
                    std::printf("SPLIT %s  %s\n", truth.c_str(), tmpl[truth].c_str());
                    for (const auto& [p, n] : preds)
                        std::printf("    %5d  %s\n", n, miner.templateOf(p).c_str());
                }
            }
            for (const auto& [p, truths] : merged) {
                if (truths.size() > 1) {
                    std::printf("MERGED %s\n", miner.templateOf(p).c_str());
                    for (const auto& [t, n] : truths)
                        std::printf("    %5d  %s %s\n", n, t.c_str(), tmpl[t].c_str());
                }
            }
        }
    }
    std::printf("%-12s %6s %9s %9s %6.4f\n", "average", "", "", "", sum / double(sets.size()));
    std::printf("%-12s %6s %9s %9s %6.4f (%s)\n", "minimum", "", "", "", minGa, minName.c_str());

    std::vector<std::string_view> all;
    for (const Dataset& d : sets)
        for (const std::string& line : d.content)
            all.emplace_back(line);
    // Wall time and this thread's CPU time: on a shared machine the CPU figure is the one that
    // does not count time spent waiting for a core.
    auto cpuSeconds = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
    };
    std::vector<double> rates, cpuRates;
    size_t clusters = 0;
    for (int r = 0; r < runs; ++r) {
        ll::TemplateMiner miner(options);
        const double c0 = cpuSeconds();
        const auto t0 = std::chrono::steady_clock::now();
        for (std::string_view line : all)
            miner.add(line);
        const auto t1 = std::chrono::steady_clock::now();
        const double c1 = cpuSeconds();
        clusters = miner.clusterCount();
        rates.push_back(double(all.size()) / std::chrono::duration<double>(t1 - t0).count());
        cpuRates.push_back(double(all.size()) / std::max(1e-9, c1 - c0));
    }
    std::sort(rates.begin(), rates.end());
    std::sort(cpuRates.begin(), cpuRates.end());
    std::printf("throughput: %.0f lines/s wall, %.0f lines/s per CPU second (medians of %d runs, %zu lines, all datasets "
                "concatenated, %zu clusters, one thread)\n",
                rates[rates.size() / 2], cpuRates[cpuRates.size() / 2], runs, all.size(), clusters);
    return 0;
}
