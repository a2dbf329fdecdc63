#include "analysis/templateminer.h"

#include <algorithm>

namespace ll {

namespace {
constexpr uint32_t Wild = 0;
constexpr uint32_t NoLeaf = UINT32_MAX;

inline uint64_t mix(uint64_t h, uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h;
}
} // namespace

TemplateMiner::TemplateMiner(TemplateMinerOptions options)
    : m_options(options)
{
    m_words.emplace_back(TokenMasker::Wildcard);
    m_wordHasMask.push_back(1);
    m_wordRoutesWild.push_back(1);
    m_wordIds.emplace(std::string(TokenMasker::Wildcard), Wild);
    m_options.prefixDepth = std::max(0, m_options.prefixDepth);
    m_options.maxChildren = std::max(1, m_options.maxChildren);
    m_options.maxClustersPerLeaf = std::max(1, m_options.maxClustersPerLeaf);
}

uint32_t TemplateMiner::intern(std::string_view word)
{
    auto it = m_wordIds.find(word);
    if (it != m_wordIds.end())
        return it->second;
    const uint32_t id = uint32_t(m_words.size());
    m_words.emplace_back(word);
    m_wordHasMask.push_back(word.find(TokenMasker::Wildcard) != std::string_view::npos);
    // Dotted names ("com.apple.heartbeat:", "orders.api") are often the variable that leads a
    // line: they route through "<*>" and leave the decision to similarity.
    m_wordRoutesWild.push_back(m_wordHasMask.back() || std::count(word.begin(), word.end(), '.') >= 2);
    m_wordIds.emplace(std::string(word), id);
    return id;
}

uint32_t TemplateMiner::root(uint32_t id) const
{
    while (m_clusters[id].parent != id)
        id = m_clusters[id].parent;
    return id;
}

uint32_t TemplateMiner::canonical(uint32_t id) const
{
    if (id >= m_clusters.size())
        return NoCluster;
    return root(id);
}

uint32_t TemplateMiner::leafFor(const std::vector<uint32_t>& ids, bool create)
{
    const uint32_t length = uint32_t(ids.size());
    auto rit = m_roots.find(length);
    uint32_t node;
    if (rit == m_roots.end()) {
        if (!create)
            return NoLeaf;
        node = uint32_t(m_nodes.size());
        m_nodes.emplace_back();
        m_roots.emplace(length, node);
    } else {
        node = rit->second;
    }
    const size_t depth = std::min<size_t>(size_t(m_options.prefixDepth), ids.size());
    for (size_t d = 0; d < depth; ++d) {
        // Masked tokens route through "<*>": their text says nothing about the template.
        const uint32_t key = m_wordRoutesWild[ids[d]] ? Wild : ids[d];
        auto& children = m_nodes[node].children;
        auto it = children.find(key);
        if (it == children.end() && key != Wild) {
            if (!create)
                it = children.find(Wild);
            else if (children.size() >= size_t(m_options.maxChildren))
                it = children.find(Wild);
        }
        if (it != children.end()) {
            node = it->second;
            continue;
        }
        if (!create)
            return NoLeaf;
        const uint32_t useKey = children.size() >= size_t(m_options.maxChildren) ? Wild : key;
        const uint32_t child = uint32_t(m_nodes.size());
        m_nodes[node].children.emplace(useKey, child);  // m_nodes may grow below: no reference kept
        m_nodes.emplace_back();
        node = child;
    }
    return node;
}

// Share of judged positions that agree. Positions where both sides are "<*>" are not judged:
// two lines made mostly of numbers are not alike because of their numbers.
double TemplateMiner::similarity(const Cluster& c, const std::vector<uint32_t>& ids, int* wild) const
{
    int equal = 0, judged = 0, w = 0;
    const size_t n = ids.size();
    for (size_t i = 0; i < n; ++i) {
        const uint32_t t = c.tokens[i];
        if (t == Wild) {
            ++w;
            if (ids[i] == Wild)
                continue;
            ++judged;
            continue;
        }
        ++judged;
        equal += t == ids[i];
    }
    *wild = w;
    return judged ? double(equal) / double(judged) : 1.0;
}

uint32_t TemplateMiner::bestInLeaf(uint32_t leaf, const std::vector<uint32_t>& ids) const
{
    uint32_t best = NoCluster;
    double bestSim = -1;
    int bestWild = -1;
    for (uint32_t id : m_nodes[leaf].clusters) {
        int wild = 0;
        const double sim = similarity(m_clusters[id], ids, &wild);
        if (sim > bestSim || (sim == bestSim && wild > bestWild)) {
            best = id;
            bestSim = sim;
            bestWild = wild;
        }
    }
    return bestSim >= m_options.similarity ? best : NoCluster;
}

uint64_t TemplateMiner::templateHash(const std::vector<uint32_t>& tokens) const
{
    uint64_t h = tokens.size();
    for (uint32_t t : tokens)
        h = mix(h, t);
    return h;
}

void TemplateMiner::detach(uint32_t id)
{
    Cluster& c = m_clusters[id];
    if (c.leaf != NoLeaf) {
        auto& list = m_nodes[c.leaf].clusters;
        list.erase(std::remove(list.begin(), list.end(), id), list.end());
        c.leaf = NoLeaf;
    }
    auto it = m_byTemplate.find(templateHash(c.tokens));
    if (it != m_byTemplate.end() && it->second == id)
        m_byTemplate.erase(it);
}

void TemplateMiner::mergeInto(uint32_t survivor, uint32_t absorbed)
{
    detach(absorbed);
    Cluster& a = m_clusters[absorbed];
    Cluster& s = m_clusters[survivor];
    s.count += a.count;
    s.lastUsed = std::max(s.lastUsed, a.lastUsed);
    for (size_t i = 0; i < s.tokens.size() && i < a.tokens.size(); ++i) {
        if (s.tokens[i] != a.tokens[i])
            s.tokens[i] = Wild;
    }
    a.parent = survivor;
    a.tokens.clear();
    a.tokens.shrink_to_fit();
    --m_live;
}

// Joins `ids` into cluster `id`; when the template changed, clusters it now covers are merged in.
void TemplateMiner::generalise(uint32_t id, const std::vector<uint32_t>& ids)
{
    Cluster& c = m_clusters[id];
    bool changed = false;
    for (size_t i = 0; i < ids.size(); ++i) {
        if (c.tokens[i] != Wild && c.tokens[i] != ids[i]) {
            if (!changed) {
                auto it = m_byTemplate.find(templateHash(c.tokens));
                if (it != m_byTemplate.end() && it->second == id)
                    m_byTemplate.erase(it);
            }
            c.tokens[i] = Wild;
            changed = true;
        }
    }
    if (!changed)
        return;
    // Converged: another cluster already has this exact template, or one this template covers.
    if (c.leaf != NoLeaf) {
        const std::vector<uint32_t> leafList = m_nodes[c.leaf].clusters;
        for (uint32_t other : leafList) {
            if (other == id)
                continue;
            const auto& o = m_clusters[other].tokens;
            bool covered = true;
            for (size_t i = 0; i < o.size() && covered; ++i)
                covered = m_clusters[id].tokens[i] == Wild || m_clusters[id].tokens[i] == o[i];
            if (covered)
                mergeInto(id, other);
        }
    }
    const uint64_t h = templateHash(m_clusters[id].tokens);
    auto it = m_byTemplate.find(h);
    if (it != m_byTemplate.end() && it->second != id && m_clusters[it->second].parent == it->second
        && m_clusters[it->second].tokens == m_clusters[id].tokens) {
        const uint32_t other = it->second;
        const uint32_t survivor = std::min(other, id);
        mergeInto(survivor, survivor == id ? other : id);
        m_byTemplate[h] = survivor;
        return;
    }
    m_byTemplate[h] = id;
}

uint32_t TemplateMiner::add(std::string_view message)
{
    ++m_lines;
    const auto& tokens = m_masker.mask(message);
    const uint64_t key = std::hash<std::string_view>{}(m_masker.maskedText()) ^ (uint64_t(tokens.size()) << 56);
    auto hit = m_exact.find(key);
    if (hit != m_exact.end()) {
        const uint32_t id = root(hit->second);
        Cluster& c = m_clusters[id];
        if (c.tokens.size() == tokens.size()) {
            ++c.count;
            c.lastUsed = m_lines;
            return id;
        }
    }

    m_ids.clear();
    for (const auto& t : tokens)
        m_ids.push_back(intern(t.text));

    const uint32_t leaf = leafFor(m_ids, true);
    uint32_t id = bestInLeaf(leaf, m_ids);
    if (id != NoCluster && enoughVariants(m_clusters[id], m_ids)) {
        ++m_clusters[id].count;
        m_clusters[id].lastUsed = m_lines;
        generalise(id, m_ids);
        id = root(id);
    } else {
        // A variant that is not yet a variable: its own cluster, keeping the template's "<*>".
        std::vector<uint32_t> tokens = m_ids;
        if (id != NoCluster) {
            for (size_t i = 0; i < tokens.size(); ++i) {
                if (m_clusters[id].tokens[i] == Wild)
                    tokens[i] = Wild;
            }
        }
        id = newCluster(leaf, tokens);
    }
    if (m_exact.size() >= m_options.exactCacheLimit)
        m_exact.clear();
    m_exact[key] = id;
    return id;
}

uint32_t TemplateMiner::newCluster(uint32_t leaf, const std::vector<uint32_t>& tokens)
{
    auto& list = m_nodes[leaf].clusters;
    if (list.size() >= size_t(m_options.maxClustersPerLeaf)) {
        // Keep the comparison bounded: the least recently used cluster stays, unreachable
        // by similarity (its exact lines still reach it through the cache).
        auto lru = std::min_element(list.begin(), list.end(), [this](uint32_t a, uint32_t b) {
            return m_clusters[a].lastUsed < m_clusters[b].lastUsed;
        });
        m_clusters[*lru].leaf = NoLeaf;
        list.erase(lru);
    }
    const uint32_t id = uint32_t(m_clusters.size());
    Cluster c;
    c.tokens = tokens;
    c.count = 1;
    c.lastUsed = m_lines;
    c.parent = id;
    c.leaf = leaf;
    m_clusters.push_back(std::move(c));
    m_nodes[leaf].clusters.push_back(id);
    ++m_live;
    m_byTemplate.emplace(templateHash(tokens), id);
    return id;
}

// Whether `ids` may join `c`: always when c's template covers it; otherwise only once enough
// different word tuples were seen at the positions that would become "<*>".
bool TemplateMiner::enoughVariants(const Cluster& c, const std::vector<uint32_t>& ids)
{
    uint64_t general = ids.size();
    uint64_t mine = 0, theirs = 0;
    bool differs = false;
    for (size_t i = 0; i < ids.size(); ++i) {
        const uint32_t t = c.tokens[i];
        if (t != Wild && t != ids[i] && (m_wordHasMask[t] || m_wordHasMask[ids[i]])) {
            // Already a value on one side ("<*>," and "LOCAL(<*>),"): no words to tell apart.
            general = mix(general, Wild);
        } else if (t != Wild && t != ids[i]) {
            differs = true;
            general = mix(general, Wild);
            mine = mix(mine, ids[i]);
            theirs = mix(theirs, t);
        } else {
            general = mix(general, t);
        }
    }
    if (!differs)
        return true;
    if (m_options.minVariants <= 1)
        return true;
    if (m_variants.size() >= m_options.exactCacheLimit)
        m_variants.clear();  // bounded memory on endless distinct lines; evidence is gathered again
    auto& seen = m_variants[general];
    for (uint64_t v : {theirs, mine}) {
        if (seen.size() < size_t(m_options.minVariants) && std::find(seen.begin(), seen.end(), v) == seen.end())
            seen.push_back(v);
    }
    return seen.size() >= size_t(m_options.minVariants);
}

uint32_t TemplateMiner::match(std::string_view message)
{
    const auto& tokens = m_masker.mask(message);
    const uint64_t key = std::hash<std::string_view>{}(m_masker.maskedText()) ^ (uint64_t(tokens.size()) << 56);
    auto hit = m_exact.find(key);
    if (hit != m_exact.end()) {
        const uint32_t id = root(hit->second);
        if (m_clusters[id].tokens.size() == tokens.size())
            return id;
    }
    m_ids.clear();
    for (const auto& t : tokens)
        m_ids.push_back(intern(t.text));  // a new word matches nothing; keeping it costs one entry
    const uint32_t leaf = leafFor(m_ids, false);
    if (leaf == NoLeaf)
        return NoCluster;
    const uint32_t id = bestInLeaf(leaf, m_ids);
    return id == NoCluster ? NoCluster : root(id);
}

std::vector<uint32_t> TemplateMiner::clusterIds() const
{
    std::vector<uint32_t> ids;
    ids.reserve(m_live);
    for (uint32_t i = 0; i < m_clusters.size(); ++i) {
        if (m_clusters[i].parent == i)
            ids.push_back(i);
    }
    return ids;
}

std::string TemplateMiner::templateOf(uint32_t id) const
{
    std::string out;
    if (id >= m_clusters.size())
        return out;
    for (uint32_t t : m_clusters[root(id)].tokens) {
        if (!out.empty())
            out.push_back(' ');
        out += m_words[t];
    }
    return out;
}

uint64_t TemplateMiner::size(uint32_t id) const
{
    return id < m_clusters.size() ? m_clusters[root(id)].count : 0;
}

int TemplateMiner::slotCount(uint32_t id) const
{
    if (id >= m_clusters.size())
        return 0;
    int n = 0;
    for (uint32_t t : m_clusters[root(id)].tokens) {
        if (t == Wild) {
            ++n;
            continue;
        }
        if (!m_wordHasMask[t])
            continue;
        const std::string_view w = m_words[t];
        for (size_t p = w.find(TokenMasker::Wildcard); p != std::string_view::npos; p = w.find(TokenMasker::Wildcard, p + 3))
            ++n;
    }
    return n;
}

std::vector<std::string> TemplateMiner::variables(uint32_t id, std::string_view message)
{
    std::vector<std::string> values;
    if (id >= m_clusters.size())
        return values;
    const auto& tmpl = m_clusters[root(id)].tokens;
    const auto& tokens = m_masker.mask(message);
    if (tokens.size() != tmpl.size())
        return values;
    for (size_t i = 0; i < tokens.size(); ++i) {
        const uint32_t t = tmpl[i];
        if (t == Wild) {
            values.emplace_back(m_masker.raw(tokens[i].raw));
        } else if (m_wordHasMask[t]) {
            if (tokens[i].text != m_words[t])
                return {};
            for (uint32_t k = 0; k < tokens[i].maskCount; ++k)
                values.emplace_back(m_masker.raw(m_masker.masks()[tokens[i].firstMask + k]));
        }
    }
    return values;
}

} // namespace ll
