// The template miner and its token masker over the lines of the input. The first byte picks
// small limits (children per node, clusters per leaf, exact cache) so that eviction, merging
// and the "<*>" fallback paths are reached with short inputs.
#include "analysis/templateminer.h"
#include "analysis/tokenmasker.h"

#include <cstdlib>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t knobs = data[0];
    const std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
    std::vector<std::string_view> lines;
    for (size_t pos = 0; pos <= input.size();) {
        size_t nl = input.find('\n', pos);
        if (nl == std::string_view::npos)
            nl = input.size();
        lines.push_back(input.substr(pos, nl - pos));
        pos = nl + 1;
    }

    ll::TokenMasker masker;
    for (const std::string_view line : lines) {
        for (const ll::TokenMasker::Token& t : masker.mask(line)) {
            if (t.raw.begin > t.raw.end || t.raw.end > line.size())
                std::abort();
            if (t.firstMask + t.maskCount > masker.masks().size())
                std::abort();
        }
        for (const ll::TokenMasker::Span s : masker.masks())
            if (s.begin > s.end || s.end > line.size())
                std::abort();
        (void)masker.maskedText();
    }

    ll::TemplateMinerOptions options;
    if (knobs & 1) {
        options.maxChildren = 1 + (knobs >> 1) % 4;
        options.maxClustersPerLeaf = 1 + (knobs >> 3) % 4;
        options.exactCacheLimit = 1 + (knobs >> 5);
        options.minVariants = 1 + (knobs >> 6);
        options.prefixDepth = 1 + (knobs >> 2) % 3;
    }
    ll::TemplateMiner miner(options);
    std::vector<uint32_t> ids;
    for (const std::string_view line : lines)
        ids.push_back(miner.add(line));
    for (size_t i = 0; i < lines.size(); ++i) {
        const uint32_t id = miner.canonical(ids[i]);
        if (id >= miner.idCount())
            std::abort();
        (void)miner.variables(id, lines[i]);
        (void)miner.slotCount(id);
        (void)miner.match(lines[i]);
    }
    uint64_t total = 0;
    for (const uint32_t id : miner.clusterIds()) {
        (void)miner.templateOf(id);
        total += miner.size(id);
    }
    if (total != miner.lineCount())
        std::abort();
    return 0;
}
