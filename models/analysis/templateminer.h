#pragma once

#include "analysis/tokenmasker.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ll {

// One configuration for all logs: the miner is meant to work unattended on whatever a function
// prints, so these are defaults chosen on a public benchmark, not knobs for each data set.
struct TemplateMinerOptions {
    double similarity = 0.7;        // share of the judged positions that must agree to join a cluster
    int prefixDepth = 2;            // leading tokens that route a line through the parse tree
    int maxChildren = 100;          // distinct tokens per tree node before the rest share "<*>"
    // A word position becomes "<*>" only once this many different words were seen there in
    // otherwise alike lines: "VM Paused"/"VM Resumed" stay apart, user names join. 1 = plain Drain.
    int minVariants = 4;
    int maxClustersPerLeaf = 256;   // clusters compared per leaf; the least recently used drop out
    size_t exactCacheLimit = size_t(1) << 20;  // remembered masked lines (cleared when full)
};

// Incremental log template miner in the spirit of Drain (He et al., ICWS 2017): lines are masked
// (TokenMasker), routed by token count and leading tokens through a fixed-depth tree to a leaf
// whose clusters are compared by positional similarity; a joined cluster's differing positions
// become "<*>". Improvements: masking before mining, an exact-match cache in front of the tree,
// bounded leaves, and clusters whose templates converge (one generalises the other) are merged.
//
// Cluster ids are stable: an id once returned stays valid; when its cluster is merged into
// another, canonical(id) names the survivor and every accessor follows it.
class TemplateMiner {
public:
    static constexpr uint32_t NoCluster = UINT32_MAX;

    explicit TemplateMiner(TemplateMinerOptions options = {});

    // Learns from `message` and returns its (canonical) cluster id.
    uint32_t add(std::string_view message);
    // The cluster `message` would join without learning; NoCluster when it would start a new one.
    uint32_t match(std::string_view message);

    uint32_t canonical(uint32_t id) const;
    size_t clusterCount() const { return m_live; }   // after merges
    size_t idCount() const { return m_clusters.size(); }
    std::vector<uint32_t> clusterIds() const;        // canonical ids, ascending
    uint64_t lineCount() const { return m_lines; }

    std::string templateOf(uint32_t id) const;       // tokens joined by spaces, "<*>" for variables
    uint64_t size(uint32_t id) const;                // lines in the cluster
    int slotCount(uint32_t id) const;                // number of "<*>" in the template
    // The raw text of each "<*>" slot of the cluster's template in `message` (a line of that
    // cluster), in template order; empty when the message does not fit the template.
    std::vector<std::string> variables(uint32_t id, std::string_view message);

    const TemplateMinerOptions& options() const { return m_options; }

private:
    struct Cluster {
        std::vector<uint32_t> tokens;  // word ids; 0 = "<*>"
        uint64_t count = 0;
        uint64_t lastUsed = 0;
        uint32_t parent = 0;           // itself when canonical
        uint32_t leaf = UINT32_MAX;    // tree leaf holding it; UINT32_MAX when evicted or merged
    };
    struct Node {
        std::unordered_map<uint32_t, uint32_t> children;
        std::vector<uint32_t> clusters;
    };
    struct StringHash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };

    uint32_t intern(std::string_view word);
    uint32_t leafFor(const std::vector<uint32_t>& ids, bool create);
    double similarity(const Cluster& c, const std::vector<uint32_t>& ids, int* wild) const;
    uint32_t bestInLeaf(uint32_t leaf, const std::vector<uint32_t>& ids) const;
    void generalise(uint32_t id, const std::vector<uint32_t>& ids);
    bool enoughVariants(const Cluster& c, const std::vector<uint32_t>& ids);
    uint32_t newCluster(uint32_t leaf, const std::vector<uint32_t>& tokens);
    void mergeInto(uint32_t survivor, uint32_t absorbed);
    void detach(uint32_t id);
    uint64_t templateHash(const std::vector<uint32_t>& tokens) const;
    uint32_t root(uint32_t id) const;

    TemplateMinerOptions m_options;
    TokenMasker m_masker;
    std::vector<uint32_t> m_ids;   // scratch: word ids of the current line
    std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> m_wordIds;
    std::vector<std::string> m_words;
    std::vector<uint8_t> m_wordHasMask;
    std::vector<uint8_t> m_wordRoutesWild;
    std::vector<Cluster> m_clusters;
    std::vector<Node> m_nodes;
    std::unordered_map<uint32_t, uint32_t> m_roots;          // token count -> node
    std::unordered_map<uint64_t, uint32_t> m_exact;          // masked line hash -> cluster
    std::unordered_map<uint64_t, uint32_t> m_byTemplate;     // template hash -> cluster
    // generalised template hash -> distinct word tuples seen at its new "<*>" positions
    std::unordered_map<uint64_t, std::vector<uint64_t>> m_variants;
    size_t m_live = 0;
    uint64_t m_lines = 0;
};

} // namespace ll
