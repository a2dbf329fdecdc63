#pragma once

#include "analysis/templateminer.h"
#include "store/fleet.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <atomic>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace ll {

// "failure": what made invocations fail (error body, timeout, out-of-memory, crash).
// "log": ERROR-level lines of invocations that succeeded, kept apart from failures.
enum class ClusterKind : uint8_t { Failure, Log };
const char* clusterKindKey(ClusterKind kind);   // "failure", "log"

struct SlotValue {
    QString value;
    uint32_t count = 0;
};

// One group of alike errors across the fleet. Plain value; views format.
struct ErrorCluster {
    // Stable: the hash of the fingerprint (kind, type, template, top frames) it was first seen
    // with; kept when the template later generalises or the cluster absorbs another.
    QString id;
    QStringList aliases;        // ids of clusters merged into this one (older names of it)
    ClusterKind kind = ClusterKind::Failure;
    QString errorType;          // "TypeError", "Sandbox.Timedout", "Runtime.OutOfMemory", …
    QString templateText;       // the message with variable parts as "<*>"
    QStringList frames;         // top stack frames, line numbers normalised
    uint64_t count = 0;         // failed invocations (failure) or error lines (log)
    std::vector<uint32_t> invocations;   // Fleet rows, ascending: the failed ones (failure) or those holding the lines (log)
    std::vector<int64_t> times;          // one per occurrence, ascending (for sparklines)
    int64_t firstSeenMs = 0;
    int64_t lastSeenMs = 0;
    std::vector<std::pair<uint32_t, uint32_t>> functions;   // (function id, count), most first
    std::vector<std::vector<SlotValue>> slotValues;         // per "<*>" slot: top values, most first
    QString example;            // one full raw message
    bool isNew = false;         // first seen inside the window given to markNew()

    uint64_t failedInvocations() const { return kind == ClusterKind::Failure ? invocations.size() : 0; }
};

enum class ClusterSort { Impact, Newest, Count };

// Clusters a Fleet's errors. Keeps its template miner between updates, so templates and cluster
// ids stay stable when a newer Fleet (more data) is clustered again.
class ErrorClusterer {
public:
    static constexpr int TopFrames = 3;
    static constexpr int TopValues = 5;

    // Clusters every failed invocation and every ERROR-or-worse line of successful ones.
    // Returns nothing when `cancel` becomes true (checked between invocations).
    std::vector<ErrorCluster> cluster(const Fleet& fleet, const std::atomic<bool>* cancel = nullptr);

    // The id a cluster has now, given any id it ever had (merged clusters name their survivor);
    // the id itself when unknown.
    QString resolve(const QString& id) const;

private:
    struct Occurrence;
    // A cluster as seen by earlier runs: its fingerprint apart from the template, and the miner
    // clusters (template ids) it has held. Matching on those survives template generalisation.
    struct Known {
        QString id;
        std::vector<uint32_t> miners;
        QStringList aliases;
        uint64_t claimedRun = 0;   // one cluster per Known and run, even if texts collide
        bool alive = true;
    };
    QString stableId(const std::string& bucket, const std::vector<uint32_t>& miners, const std::string& key,
        QStringList* aliases);

    TemplateMiner m_miner;
    std::unordered_map<std::string, std::vector<Known>> m_known;  // bucket -> clusters, oldest first
    QHash<QString, QString> m_aliases;                             // absorbed id -> survivor id
    uint64_t m_run = 0;
};

void sortClusters(std::vector<ErrorCluster>& clusters, ClusterSort by);
// Sets isNew on clusters first seen inside [fromMs, toMs) (and so never before).
void markNew(std::vector<ErrorCluster>& clusters, int64_t fromMs, int64_t toMs);

// A CloudWatch Logs Insights query that finds this cluster's events.
QString logsInsightsQuery(const ErrorCluster& cluster);

// Pieces of the fingerprint, exposed for tests and the CLI.
struct ErrorSignature {
    std::string errorType;
    std::string message;              // first line of the error message, prefixes removed
    std::vector<std::string> frames;  // top frames, digits replaced by "N"
};
ErrorSignature errorSignature(std::string_view message, std::string_view knownType = {});

} // namespace ll
