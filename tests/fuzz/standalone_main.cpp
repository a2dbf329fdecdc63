// Runs a fuzz target without libFuzzer: every file of the seed corpus, then random mutations of
// them (bit flips, byte insertions and deletions, splices, truncations) for --seconds. It finds
// shallow bugs in a few seconds as part of ctest; long, coverage-guided runs use the libFuzzer build.
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

std::vector<std::string> readCorpus(const char* dir)
{
    std::vector<std::string> corpus;
    std::error_code ec;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir, ec)) {
        if (!entry.is_regular_file())
            continue;
        std::ifstream in(entry.path(), std::ios::binary);
        corpus.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    return corpus;
}

void run(const std::string& input)
{
    // A private copy, so reads past the end are caught by sanitizers in the asan preset.
    std::vector<uint8_t> copy(input.begin(), input.end());
    try {
        LLVMFuzzerTestOneInput(copy.data(), copy.size());
    } catch (const std::exception& e) {
        // An exception escaping a target is a crash: keep the input for a regression fixture.
        std::ofstream("crash-input.bin", std::ios::binary).write(input.data(), std::streamsize(input.size()));
        std::fprintf(stderr, "CRASH: uncaught exception: %s (input written to crash-input.bin)\n", e.what());
        std::exit(1);
    }
}

std::string mutate(std::string s, const std::vector<std::string>& corpus, std::mt19937_64& rng)
{
    const int steps = 1 + int(rng() % 8);
    for (int i = 0; i < steps; ++i) {
        const size_t n = s.size();
        switch (rng() % 7) {
        case 0:
            if (n)
                s[rng() % n] ^= char(1u << (rng() % 8));
            break;
        case 1:
            s.insert(s.begin() + long(n ? rng() % (n + 1) : 0), char(rng() % 256));
            break;
        case 2:
            if (n)
                s.erase(rng() % n, 1 + rng() % 16);
            break;
        case 3:
            if (n)
                s.resize(rng() % n);
            break;
        case 4: {
            const std::string& other = corpus[rng() % corpus.size()];
            if (!other.empty())
                s.insert(n ? rng() % (n + 1) : 0, other.substr(rng() % other.size(), 1 + rng() % 64));
            break;
        }
        case 5: {
            static const char* tokens[] = { "\t", "\n", "\"", "\\", "{", "}", "[", "]", ":", ",", "\\u", "\\ud800",
                "REPORT RequestId: ", "START RequestId: ", "Duration: ", "\xff", "\xc3", "\x00", "1e999", "-" };
            s.insert(n ? rng() % (n + 1) : 0, tokens[rng() % (sizeof(tokens) / sizeof(*tokens))]);
            break;
        }
        default:
            if (n)
                s[rng() % n] = char(rng() % 256);
            break;
        }
    }
    return s;
}

} // namespace

int main(int argc, char** argv)
{
    double seconds = 4;
    std::vector<std::string> corpus;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--seconds") == 0 && i + 1 < argc) {
            seconds = std::atof(argv[++i]);
        } else {
            auto files = readCorpus(argv[i]);
            corpus.insert(corpus.end(), files.begin(), files.end());
        }
    }
    if (corpus.empty())
        corpus.emplace_back();
    for (const std::string& c : corpus)
        run(c);
    std::mt19937_64 rng(0x5eed);
    const auto end = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    uint64_t executions = corpus.size();
    std::vector<std::string> pool = corpus;
    while (std::chrono::steady_clock::now() < end) {
        for (int k = 0; k < 64; ++k) {
            std::string input = mutate(pool[rng() % pool.size()], corpus, rng);
            run(input);
            ++executions;
            if (pool.size() < 4096 && rng() % 16 == 0)
                pool.push_back(std::move(input));
        }
    }
    std::printf("%llu executions, 0 crashes\n", static_cast<unsigned long long>(executions));
    return 0;
}
