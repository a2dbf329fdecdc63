#include "analysis/errorclusters.h"

#include "parse/jsonscan.h"
#include "parse/lambdaline.h"

#include <algorithm>
#include <map>

namespace ll {

const char* clusterKindKey(ClusterKind kind) { return kind == ClusterKind::Log ? "log" : "failure"; }

namespace {

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

std::string_view trim(std::string_view s)
{
    auto space = [](std::string_view v, size_t i) {
        if (v[i] == ' ' || v[i] == '\t' || v[i] == '\r' || v[i] == '\n')
            return size_t(1);
        if (uint8_t(v[i]) == 0xC2 && i + 1 < v.size() && uint8_t(v[i + 1]) == 0xA0)
            return size_t(2);  // Python's traceback indentation
        return size_t(0);
    };
    size_t w;
    while (!s.empty() && (w = space(s, 0)) != 0)
        s.remove_prefix(w);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
        s.remove_suffix(1);
    return s;
}

bool isIdentifierChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '$';
}

// "KeyError: 'x'" / "System.InvalidOperationException: …" → the leading type name.
std::string_view leadingType(std::string_view line)
{
    const size_t colon = line.find(": ");
    if (colon == std::string_view::npos || colon == 0 || colon > 120)
        return {};
    const std::string_view head = line.substr(0, colon);
    if (!std::all_of(head.begin(), head.end(), isIdentifierChar))
        return {};
    const char first = head.front();
    const bool upper = first >= 'A' && first <= 'Z';
    const bool dotted = head.find('.') != std::string_view::npos;
    return upper || dotted ? head : std::string_view();
}

// Java's "woops: java.lang.RuntimeException": the exception class after the last ": ".
std::string_view trailingJavaClass(std::string_view line)
{
    const size_t colon = line.rfind(": ");
    if (colon == std::string_view::npos)
        return {};
    const std::string_view tail = line.substr(colon + 2);
    if (tail.empty() || tail.find('.') == std::string_view::npos || !std::all_of(tail.begin(), tail.end(), isIdentifierChar))
        return {};
    const size_t last = tail.rfind('.');
    const std::string_view simple = tail.substr(last + 1);
    return !simple.empty() && simple.front() >= 'A' && simple.front() <= 'Z' ? tail : std::string_view();
}

// Removes the runtime's console prefix: "ts\trequestId\tLEVEL\t" (Node, .NET),
// "[LEVEL]\tts\trequestId\t" (Python logging), "[LEVEL] " (Python unhandled, Java).
std::string_view stripPrefix(std::string_view line)
{
    size_t tabs = 0, pos = 0, cut = 0;
    while (tabs < 3 && (pos = line.find('\t', pos)) != std::string_view::npos) {
        ++tabs;
        cut = ++pos;
    }
    if (tabs == 3)
        line = line.substr(cut);
    if (!line.empty() && line.front() == '[') {
        const size_t close = line.find(']');
        if (close != std::string_view::npos && close < 12 && levelFromWord(line.substr(1, close - 1)) != LogLevel::None)
            line = line.substr(close + 1);
    }
    return trim(line);
}

std::string normaliseFrame(std::string_view frame)
{
    std::string out;
    bool inDigits = false;
    for (char c : frame) {
        const bool digit = c >= '0' && c <= '9';
        if (digit && !inDigits)
            out.push_back('N');
        else if (!digit)
            out.push_back(c);
        inDigits = digit;
    }
    return out;
}

void collectFrames(std::string_view text, std::vector<std::string>* frames)
{
    // Both real newlines and the escaped ones / element breaks of a JSON stack array.
    size_t start = 0;
    while (start < text.size() && frames->size() < size_t(ErrorClusterer::TopFrames)) {
        size_t end = text.size();
        for (std::string_view sep : {std::string_view("\n"), std::string_view("\\n"), std::string_view("\",\"")}) {
            const size_t p = text.find(sep, start);
            if (p != std::string_view::npos && p < end)
                end = p;
        }
        std::string_view line = trim(text.substr(start, end - start));
        while (!line.empty() && (line.front() == '"' || line.front() == '[' || line.front() == ','))
            line = trim(line.substr(1));
        if (line.substr(0, 3) == "at " || line.substr(0, 6) == "File \"" || line.substr(0, 7) == "File \\\"")
            frames->push_back(normaliseFrame(line));
        if (end == text.size())
            break;
        start = end + (text[end] == '\n' ? 1 : (text[end] == '\\' ? 2 : 3));
    }
}

uint64_t fnv1a(std::string_view s)
{
    uint64_t h = 1469598103934665603ULL;
    for (char c : s) {
        h ^= uint8_t(c);
        h *= 1099511628211ULL;
    }
    return h;
}

} // namespace

ErrorSignature errorSignature(std::string_view message, std::string_view knownType)
{
    ErrorSignature sig;
    sig.errorType = std::string(knownType);
    const size_t brace = message.find('{');
    if (brace != std::string_view::npos) {
        // Runtime error JSON (Node Invoke Error, Go) or a JSON log-format record, whose error
        // sits under "message" (Node) or beside it (Python).
        std::string_view body = message.substr(brace);
        const json::Value inner = json::member(body, "message");
        if (inner.isObject())
            body = inner.raw;
        const json::Value type = json::member(body, "errorType");
        json::Value text = json::member(body, "errorMessage");
        if (text.type == json::Type::Invalid && inner.isString())
            text = inner;
        if (text.type != json::Type::Invalid || type.isString()) {
            if (sig.errorType.empty() && type.isString())
                sig.errorType = json::unescape(type.raw);
            if (text.isString())
                sig.message = json::unescape(text.raw);
            else if (text.type != json::Type::Invalid)
                sig.message = std::string(text.raw);
            json::Value stack = json::member(body, "stack");
            if (stack.type == json::Type::Invalid)
                stack = json::member(body, "stackTrace");
            if (stack.type != json::Type::Invalid)
                collectFrames(stack.raw, &sig.frames);
            const size_t nl = sig.message.find('\n');
            if (nl != std::string::npos) {
                if (sig.frames.empty())
                    collectFrames(std::string_view(sig.message).substr(nl + 1), &sig.frames);
                sig.message.resize(nl);
            }
            if (sig.errorType.empty())
                sig.errorType = std::string(leadingType(sig.message));
            if (sig.message.empty())
                sig.message = sig.errorType;
            return sig;
        }
    }
    const size_t nl = message.find('\n');
    const std::string_view first = stripPrefix(message.substr(0, nl));
    sig.message = std::string(first);
    if (sig.errorType.empty()) {
        std::string_view t = leadingType(first);
        if (t.empty())
            t = trailingJavaClass(first);
        sig.errorType = std::string(t);
    }
    if (nl != std::string_view::npos)
        collectFrames(message.substr(nl + 1), &sig.frames);
    return sig;
}

struct ErrorClusterer::Occurrence {
    ClusterKind kind;
    std::string errorType;
    std::string message;
    std::string frames;   // joined by '\n'
    std::string_view raw;
    uint32_t miner = 0;
    uint32_t row = 0;
    uint32_t function = 0;
    int64_t timeMs = 0;
    int special = 0;      // 1 timeout, 2 out of memory, 3 crash: one cluster each
};

std::vector<ErrorCluster> ErrorClusterer::cluster(const Fleet& fleet, const std::atomic<bool>* cancel)
{
    std::vector<Occurrence> occ;
    const size_t rows = fleet.invocationCount();
    for (uint32_t row = 0; row < rows; ++row) {
        if (cancel && (row & 0xFFF) == 0 && cancel->load(std::memory_order_relaxed))
            return {};
        const Invocation inv = fleet.invocation(row);
        if (inv.failed()) {
            Occurrence o;
            o.kind = ClusterKind::Failure;
            o.row = row;
            o.function = inv.function;
            o.timeMs = inv.startMs;
            o.errorType = std::string(inv.errorType);
            o.special = inv.outcome == Outcome::Timeout ? 1 : inv.outcome == Outcome::OutOfMemory ? 2 : inv.outcome == Outcome::Crash ? 3 : 0;
            // The line that tells: the runtime's error body, else the platform's, else any ERROR line.
            int64_t best = -1;
            int bestRank = 0;
            std::string_view bestType;
            for (uint32_t k = 0; k < inv.lineCount; ++k) {
                const LogLine line = fleet.line(inv.firstLine + k);
                if (line.kind != LineKind::App && line.kind != LineKind::PlatformError && line.kind != LineKind::Timeout)
                    continue;
                // Parsed again: the store keeps the level, not what kind of error line it was.
                const ParsedLine parsed = parseLambdaLine(line.message);
                int rank = 0;
                if (parsed.kind == LineKind::Timeout || line.message.find("Task timed out after ") != std::string_view::npos)
                    rank = 4;
                else if (parsed.unhandledError)
                    rank = 3;
                else if (parsed.kind == LineKind::PlatformError)
                    rank = 2;
                else if (parsed.level >= LogLevel::Error)
                    rank = 1;
                if (rank > bestRank) {
                    bestRank = rank;
                    best = inv.firstLine + k;
                    bestType = parsed.errorType;
                }
            }
            if (best >= 0) {
                o.raw = fleet.lineMessage(uint32_t(best));
                o.timeMs = fleet.line(uint32_t(best)).timestampMs;
            }
            // The parser's error type first; errorSignature() reads one only where it found none.
            if (o.errorType.empty())
                o.errorType = std::string(bestType);
            ErrorSignature sig = errorSignature(o.raw, o.errorType);
            const size_t timedOut = o.raw.find("Task timed out");
            if (bestRank == 4 && timedOut != std::string_view::npos)
                sig.message = std::string(o.raw.substr(timedOut));
            if (o.errorType.empty())
                o.errorType = sig.errorType;
            if (o.errorType.empty())
                o.errorType = o.special == 1 ? "Sandbox.Timedout" : o.special == 2 ? "Runtime.OutOfMemory" : o.special == 3 ? "Runtime.ExitError" : "";
            o.message = sig.message.empty() ? o.errorType : sig.message;
            for (const std::string& f : sig.frames)
                o.frames += f + '\n';
            occ.push_back(std::move(o));
        } else if (inv.outcome == Outcome::Ok && inv.errorLines > 0) {
            for (uint32_t k = 0; k < inv.lineCount; ++k) {
                const LogLine line = fleet.line(inv.firstLine + k);
                if (line.level < LogLevel::Error || line.kind != LineKind::App)
                    continue;
                Occurrence o;
                o.kind = ClusterKind::Log;
                o.row = row;
                o.function = inv.function;
                o.timeMs = line.timestampMs;
                o.raw = line.message;
                const ErrorSignature sig = errorSignature(line.message, parseLambdaLine(line.message).errorType);
                o.errorType = sig.errorType;
                o.message = sig.message;
                for (const std::string& f : sig.frames)
                    o.frames += f + '\n';
                occ.push_back(std::move(o));
            }
        }
    }
    for (Occurrence& o : occ)
        o.miner = m_miner.add(o.message);

    // Group by fingerprint once every template has settled.
    ++m_run;
    std::map<std::string, size_t> index;
    struct Identity {
        std::string key;
        std::string bucket;              // the fingerprint without the template
        std::vector<uint32_t> miners;    // canonical template ids; empty for timeouts etc.
    };
    std::vector<Identity> identities;
    std::vector<ErrorCluster> clusters;
    std::vector<std::vector<std::map<QString, uint32_t>>> values;
    std::vector<std::map<uint32_t, uint32_t>> functions;
    for (const Occurrence& o : occ) {
        const uint32_t tid = m_miner.canonical(o.miner);
        const std::string tmpl = m_miner.templateOf(tid);
        std::string key = clusterKindKey(o.kind);
        key += '\x1f';
        if (o.special)
            key += std::to_string(o.special);  // timeouts, OOM kills, crashes: one cluster each
        else
            key += o.errorType + '\x1f' + tmpl + '\x1f' + o.frames;
        auto [it, inserted] = index.emplace(key, clusters.size());
        if (inserted) {
            Identity identity;
            identity.key = key;
            identity.bucket = clusterKindKey(o.kind);
            identity.bucket += '\x1f';
            if (o.special)
                identity.bucket += std::to_string(o.special);
            else
                identity.bucket += o.errorType + '\x1f' + o.frames;
            identities.push_back(std::move(identity));
            ErrorCluster c;
            c.kind = o.kind;
            c.errorType = qs(o.errorType);
            c.templateText = qs(tmpl);
            for (std::string_view f = o.frames; !f.empty();) {
                const size_t nl = f.find('\n');
                c.frames.append(qs(f.substr(0, nl)));
                f = nl == std::string_view::npos ? std::string_view() : f.substr(nl + 1);
            }
            c.example = qs(o.raw.empty() ? std::string_view(o.message) : o.raw);
            c.firstSeenMs = c.lastSeenMs = o.timeMs;
            clusters.push_back(std::move(c));
            values.emplace_back();
            functions.emplace_back();
        }
        const size_t ci = it->second;
        ErrorCluster& c = clusters[ci];
        if (!o.special) {
            auto& miners = identities[ci].miners;
            if (std::find(miners.begin(), miners.end(), tid) == miners.end())
                miners.push_back(tid);
        }
        ++c.count;
        if (c.invocations.empty() || c.invocations.back() != o.row)
            c.invocations.push_back(o.row);
        c.times.push_back(o.timeMs);
        c.firstSeenMs = std::min(c.firstSeenMs, o.timeMs);
        c.lastSeenMs = std::max(c.lastSeenMs, o.timeMs);
        ++functions[ci][o.function];
        if (!o.special) {
            const auto vars = m_miner.variables(tid, o.message);
            auto& slots = values[ci];
            if (slots.size() < vars.size())
                slots.resize(vars.size());
            for (size_t s = 0; s < vars.size(); ++s) {
                if (slots[s].size() < 1000 || slots[s].count(qs(vars[s])))
                    ++slots[s][qs(vars[s])];
            }
        }
    }
    for (size_t ci = 0; ci < clusters.size(); ++ci) {
        ErrorCluster& c = clusters[ci];
        c.id = stableId(identities[ci].bucket, identities[ci].miners, identities[ci].key, &c.aliases);
        std::sort(c.invocations.begin(), c.invocations.end());
        c.invocations.erase(std::unique(c.invocations.begin(), c.invocations.end()), c.invocations.end());
        std::sort(c.times.begin(), c.times.end());
        c.functions.assign(functions[ci].begin(), functions[ci].end());
        std::stable_sort(c.functions.begin(), c.functions.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
        for (const auto& slot : values[ci]) {
            std::vector<SlotValue> top;
            for (const auto& [v, n] : slot)
                top.push_back({v, n});
            std::stable_sort(top.begin(), top.end(), [](const SlotValue& a, const SlotValue& b) { return a.count > b.count; });
            if (top.size() > size_t(TopValues))
                top.resize(TopValues);
            c.slotValues.push_back(std::move(top));
        }
    }
    sortClusters(clusters, ClusterSort::Impact);
    return clusters;
}

// Finds the cluster of an earlier run that this one continues: same fingerprint apart from the
// template, and a template (miner cluster) it held then that is, or was merged into, this one's.
// Of several (clusters that converged), the oldest survives and the others become its aliases.
QString ErrorClusterer::stableId(const std::string& bucket, const std::vector<uint32_t>& miners,
    const std::string& key, QStringList* aliases)
{
    auto makeId = [&key] {
        char hex[17];
        std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(fnv1a(key)));
        return QString::fromLatin1(hex);
    };
    std::vector<Known>& list = m_known[bucket];
    Known* survivor = nullptr;
    for (Known& k : list) {
        if (!k.alive || k.claimedRun == m_run)
            continue;
        bool match = miners.empty() && k.miners.empty();
        for (size_t i = 0; i < k.miners.size() && !match; ++i)
            match = std::find(miners.begin(), miners.end(), m_miner.canonical(k.miners[i])) != miners.end();
        if (!match)
            continue;
        if (!survivor) {
            survivor = &k;
            continue;
        }
        k.alive = false;
        m_aliases.insert(k.id, survivor->id);
        survivor->aliases.append(k.id);
        survivor->aliases.append(k.aliases);
        survivor->miners.insert(survivor->miners.end(), k.miners.begin(), k.miners.end());
    }
    if (!survivor) {
        Known k;
        k.id = makeId();
        // Another cluster may have been born with the same text (a template that generalised
        // into an older one's): keep ids unique.
        for (int salt = 1; m_aliases.contains(k.id) || std::any_of(list.begin(), list.end(), [&](const Known& o) { return o.id == k.id; }); ++salt) {
            char hex[17];
            std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(fnv1a(key + '\x1f' + std::to_string(salt))));
            k.id = QString::fromLatin1(hex);
        }
        list.push_back(std::move(k));
        survivor = &list.back();
    }
    survivor->claimedRun = m_run;
    for (uint32_t m : miners) {
        if (std::find(survivor->miners.begin(), survivor->miners.end(), m) == survivor->miners.end())
            survivor->miners.push_back(m);
    }
    *aliases = survivor->aliases;
    return survivor->id;
}

QString ErrorClusterer::resolve(const QString& id) const
{
    QString current = id;
    for (int hops = 0; hops < 64; ++hops) {
        const auto it = m_aliases.constFind(current);
        if (it == m_aliases.constEnd())
            break;
        current = it.value();
    }
    return current;
}

void sortClusters(std::vector<ErrorCluster>& clusters, ClusterSort by)
{
    std::stable_sort(clusters.begin(), clusters.end(), [by](const ErrorCluster& a, const ErrorCluster& b) {
        switch (by) {
        case ClusterSort::Newest:
            if (a.firstSeenMs != b.firstSeenMs)
                return a.firstSeenMs > b.firstSeenMs;
            break;
        case ClusterSort::Count:
            if (a.count != b.count)
                return a.count > b.count;
            break;
        case ClusterSort::Impact:
            if (a.failedInvocations() != b.failedInvocations())
                return a.failedInvocations() > b.failedInvocations();
            if (a.count != b.count)
                return a.count > b.count;
            break;
        }
        return a.id < b.id;
    });
}

void markNew(std::vector<ErrorCluster>& clusters, int64_t fromMs, int64_t toMs)
{
    for (ErrorCluster& c : clusters)
        c.isNew = c.firstSeenMs >= fromMs && c.firstSeenMs < toMs;
}

QString logsInsightsQuery(const ErrorCluster& cluster)
{
    // Filter on the longest constant pieces of the template: they are in every event.
    QStringList pieces = cluster.templateText.split(QStringLiteral("<*>"), Qt::SkipEmptyParts);
    for (QString& p : pieces)
        p = p.trimmed();
    pieces.removeAll(QString());
    std::stable_sort(pieces.begin(), pieces.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    while (pieces.size() > 2)
        pieces.removeLast();
    QStringList filters;
    auto like = [](const QString& text) -> QString {
        // Logs Insights regex between slashes: escape the metacharacters and the slash only.
        QString escaped;
        for (QChar c : text) {
            if (QStringView(u"\\.^$|?*+()[]{}/").contains(c))
                escaped += QLatin1Char('\\');
            escaped += c;
        }
        return QStringLiteral("@message like /") + escaped + QLatin1Char('/');
    };
    if (!cluster.errorType.isEmpty() && !cluster.templateText.contains(cluster.errorType))
        filters.append(like(cluster.errorType));
    for (const QString& p : pieces)
        filters.append(like(p));
    QString q = QStringLiteral("fields @timestamp, @requestId, @logStream, @message\n");
    if (!filters.isEmpty())
        q += QStringLiteral("| filter ") + filters.join(QStringLiteral(" and ")) + QLatin1Char('\n');
    q += QStringLiteral("| sort @timestamp desc\n| limit 100");
    return q;
}

} // namespace ll
