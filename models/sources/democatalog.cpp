#include "democatalog.h"

namespace ll::demo {

bool isTransient(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::NodeConnRefused:
    case ErrorKind::NodeThrottled:
    case ErrorKind::PyThrottled:
    case ErrorKind::PyConnRefused:
    case ErrorKind::JavaIllegalState:
    case ErrorKind::NetConditionalCheck:
    case ErrorKind::Go503:
    case ErrorKind::GoDial:
        return true;
    default:
        return false;
    }
}

std::string_view serviceOf(std::string_view functionName)
{
    const auto dash = functionName.find('-');
    return dash == std::string_view::npos ? functionName : functionName.substr(0, dash);
}

std::string_view runtimeLabel(Runtime runtime)
{
    switch (runtime) {
    case Runtime::Node: return "nodejs20.x";
    case Runtime::Python: return "python3.12";
    case Runtime::Java: return "java21";
    case Runtime::Dotnet: return "dotnet8";
    case Runtime::Go: return "provided.al2023";
    case Runtime::Ruby: return "ruby3.3";
    }
    return {};
}

std::string_view runtimeVersion(Runtime runtime)
{
    switch (runtime) {
    case Runtime::Node: return "nodejs:20.v22";
    case Runtime::Python: return "python:3.12.v38";
    case Runtime::Java: return "java:21.v17";
    case Runtime::Dotnet: return "dotnet:8.v31";
    case Runtime::Go: return "provided:al2023.v45";
    case Runtime::Ruby: return "ruby:3.3.v12";
    }
    return {};
}

// Template placeholders (expanded in demoruntimes.cpp): %o order id, %u user id, %s sku, %a amount,
// %n small number, %m milliseconds, %h private host, %p port, %k short hex id, %e e-mail, %c count.
const std::vector<FunctionSpec>& demoCatalog()
{
    using R = Runtime;
    using T = Traffic;
    using E = ErrorKind;
    static const std::vector<FunctionSpec> catalog = {
        // orders
        { .name = "orders-api", .runtime = R::Node, .traffic = T::Api, .perDay = 22000, .memoryMb = 512,
          .timeoutS = 6, .medianMs = 60, .sigma = 0.5, .memBaseMb = 92, .memSpreadMb = 8, .errorRate = 0.004,
          .timeoutRate = 0.0008, .xray = true, .extensions = InsightsAgent, .initLog = true, .linesMean = 1.6,
          .warnRate = 0.02, .debugRate = 0.05, .errors = { E::NodeTypeError, E::NodeNotFound },
          .info = { "order accepted orderId=%o items=%n", "GET /orders/%o 200 in %mms", "cart total %a EUR for %u" },
          .warn = { "inventory service slow: %mms for %s", "retrying DynamoDB write for %o (attempt %n)" } },
        { .name = "orders-worker", .runtime = R::Node, .json = true, .traffic = T::Worker, .perDay = 9000,
          .memoryMb = 1024, .timeoutS = 30, .medianMs = 280, .sigma = 0.6, .memBaseMb = 130, .memSpreadMb = 25,
          .errorRate = 0.01, .timeoutRate = 0.001, .oomRate = 0.0005, .linesMean = 2.0, .warnRate = 0.02,
          .errors = { E::NodeConnRefused, E::NodeTypeError },
          .info = { "processing order %o from queue", "reserved %n items for %o", "published OrderConfirmed for %o" },
          .warn = { "payment not yet settled for %o, will recheck" } },
        { .name = "orders-status", .runtime = R::Python, .traffic = T::Api, .perDay = 8000, .memoryMb = 256,
          .timeoutS = 3, .medianMs = 35, .sigma = 0.4, .memBaseMb = 68, .memSpreadMb = 6, .errorRate = 0.002,
          .version = 7, .linesMean = 1.0, .errors = { E::PyKeyError },
          .info = { "status lookup for %o: SHIPPED", "status lookup for %o: PENDING" },
          .warn = { "order %o not found in cache, reading table" } },
        { .name = "orders-export", .runtime = R::Java, .traffic = T::Worker, .perDay = 400, .memoryMb = 1024,
          .timeoutS = 120, .medianMs = 18000, .sigma = 0.4, .cpuShare = 0.4, .memBaseMb = 240, .memSpreadMb = 60,
          .errorRate = 0.01, .timeoutRate = 0.01, .nearTimeoutRate = 0.05, .linesMean = 3,
          .errors = { E::JavaNullPointer },
          .info = { "Exporting %c orders to s3://orders-export/%k.csv", "Export %k finished: %c rows" },
          .warn = { "Export %k: skipped %n malformed rows" } },
        { .name = "orders-reconcile", .runtime = R::Go, .traffic = T::Schedule, .everyMinutes = 5,
          .memoryMb = 128, .timeoutS = 60, .medianMs = 1800, .sigma = 0.5, .memBaseMb = 32, .memSpreadMb = 6,
          .errorRate = 0.02, .linesMean = 2, .errors = { E::Go503 },
          .info = { "reconciling %c orders", "reconcile done: %n mismatches" },
          .warn = { "ledger lag %mms" } },
        { .name = "orders-events", .runtime = R::Node, .traffic = T::Worker, .perDay = 5000, .memoryMb = 256,
          .timeoutS = 10, .medianMs = 45, .sigma = 0.5, .memBaseMb = 78, .memSpreadMb = 8, .errorRate = 0.003,
          .crashRate = 0.002, .linesMean = 1, .errors = { E::NodeNotFound },
          .info = { "event OrderPlaced %o forwarded", "event OrderCancelled %o forwarded" },
          .warn = { "duplicate event %k ignored" } },
        // payments
        { .name = "payments-charge", .runtime = R::Java, .traffic = T::Api, .perDay = 7000, .memoryMb = 1024,
          .timeoutS = 15, .medianMs = 220, .sigma = 0.5, .cpuShare = 0.2, .memBaseMb = 165, .memSpreadMb = 20,
          .errorRate = 0.006, .version = 14, .snapStart = true, .xray = true, .log4j = true, .linesMean = 2,
          .warnRate = 0.02, .errors = { E::JavaIllegalState, E::JavaNullPointer },
          .info = { "Charging %a EUR for order %o", "Charge ch_%k captured for %o" },
          .warn = { "Card issuer slow (%mms) for %o" } },
        { .name = "payments-refund", .runtime = R::Python, .json = true, .traffic = T::Worker, .perDay = 1200,
          .memoryMb = 512, .timeoutS = 30, .medianMs = 450, .sigma = 0.5, .memBaseMb = 88, .memSpreadMb = 8,
          .errorRate = 0.02, .linesMean = 2, .errors = { E::PyKeyError, E::PyThrottled },
          .info = { "refund requested for %o amount %a", "refund re_%k completed" },
          .warn = { "refund for %o exceeds original charge, capping" } },
        { .name = "payments-webhook", .runtime = R::Node, .traffic = T::Api, .perDay = 4000, .memoryMb = 256,
          .timeoutS = 10, .medianMs = 80, .sigma = 0.6, .memBaseMb = 84, .memSpreadMb = 10, .errorRate = 0.003,
          .extensions = DatadogAgent, .linesMean = 1.2, .handledErrorRate = 0.01, .errors = { E::NodeThrottled },
          .info = { "webhook evt_%k type=charge.succeeded", "webhook evt_%k type=charge.refunded" },
          .warn = { "webhook evt_%k delivered twice" } },
        { .name = "payments-ledger", .runtime = R::Dotnet, .traffic = T::Worker, .perDay = 3500, .memoryMb = 1024,
          .timeoutS = 30, .medianMs = 150, .sigma = 0.5, .memBaseMb = 112, .memSpreadMb = 12, .errorRate = 0.008,
          .linesMean = 1.5, .errors = { E::NetInvalidOperation, E::NetConditionalCheck },
          .info = { "Posting journal entry for %o: %a EUR", "Ledger balance updated for acct-%n" },
          .warn = { "Journal entry for %o already posted" } },
        { .name = "payments-fraud", .runtime = R::Python, .traffic = T::Api, .perDay = 6000, .memoryMb = 1536,
          .timeoutS = 10, .medianMs = 380, .sigma = 0.4, .cpuShare = 0.8, .memBaseMb = 410, .memSpreadMb = 30,
          .errorRate = 0.001, .timeoutRate = 0.001, .nearTimeoutRate = 0.005, .linesMean = 1.5,
          .errors = { E::PyValueError },
          .info = { "score %n/100 for %o", "model v%n loaded features in %mms" },
          .warn = { "feature store miss for %u" } },
        { .name = "payments-payout", .runtime = R::Go, .traffic = T::Schedule, .everyMinutes = 60,
          .memoryMb = 256, .timeoutS = 900, .medianMs = 240000, .sigma = 0.3, .memBaseMb = 48, .memSpreadMb = 10,
          .linesMean = 4, .info = { "payout batch %k: %c transfers", "transfer tr_%k sent" },
          .warn = { "bank API throttled, sleeping %mms" } },
        // catalog
        { .name = "catalog-api", .runtime = R::Go, .traffic = T::Api, .perDay = 18000, .memoryMb = 256,
          .timeoutS = 5, .medianMs = 14, .sigma = 0.5, .memBaseMb = 30, .memSpreadMb = 4, .errorRate = 0.001,
          .xray = true, .linesMean = 0.8, .errors = { E::GoNotFound },
          .info = { "GET /items/%s 200", "GET /items?page=%n 200" }, .warn = { "slow query %mms" } },
        { .name = "catalog-thumbnail", .runtime = R::Node, .traffic = T::Worker, .perDay = 3000, .memoryMb = 256,
          .timeoutS = 30, .medianMs = 4500, .sigma = 0.4, .cpuShare = 0.9, .memBaseMb = 205, .memSpreadMb = 22,
          .errorRate = 0.002, .timeoutRate = 0.003, .nearTimeoutRate = 0.02, .oomRate = 0.004, .linesMean = 2,
          .errors = { E::NodeTypeError },
          .info = { "resizing images/%s/original.jpg to 4 sizes", "wrote thumbnails for %s in %mms" },
          .warn = { "image %s is %n MP, downscaling first" } },
        { .name = "catalog-indexer", .runtime = R::Python, .traffic = T::Worker, .perDay = 2500, .memoryMb = 512,
          .memoryAfterMb = 1536, .timeoutS = 60, .medianMs = 9000, .sigma = 0.35, .cpuShare = 0.9,
          .memBaseMb = 190, .memSpreadMb = 30, .errorRate = 0.003, .timeoutRate = 0.002, .linesMean = 2,
          .errors = { E::PyValueError },
          .info = { "indexing batch of %c items", "index segment %k written" }, .warn = { "item %s has no price" } },
        { .name = "catalog-import", .runtime = R::Dotnet, .traffic = T::Worker, .perDay = 250, .memoryMb = 512,
          .timeoutS = 300, .medianMs = 30000, .sigma = 0.5, .cpuShare = 0.3, .memBaseMb = 160, .memSpreadMb = 40,
          .errorRate = 0.02, .nearTimeoutRate = 0.03, .linesMean = 3, .errors = { E::NetInvalidOperation },
          .info = { "Importing supplier feed %k", "Imported %c products" }, .warn = { "Supplier feed %k has %n unknown columns" } },
        { .name = "catalog-feed", .runtime = R::Ruby, .traffic = T::Schedule, .everyMinutes = 10, .memoryMb = 256,
          .timeoutS = 30, .medianMs = 1500, .sigma = 0.4, .memBaseMb = 74, .memSpreadMb = 8, .timeoutRate = 0.005,
          .linesMean = 2, .warnRate = 0.05, .info = { "Building feed for %c items", "Uploaded feed %k.xml" },
          .warn = { "Item %s skipped: missing image" } },
        { .name = "catalog-sync", .runtime = R::Node, .json = true, .traffic = T::Worker, .perDay = 1800,
          .memoryMb = 512, .timeoutS = 60, .medianMs = 900, .sigma = 0.6, .memBaseMb = 110, .memSpreadMb = 15,
          .errorRate = 0.006, .timeoutRate = 0.002, .linesMean = 2, .errors = { E::NodeConnRefused },
          .info = { "syncing %c items to search", "sync batch %k done in %mms" }, .warn = { "search cluster yellow" } },
        // users
        { .name = "users-api", .runtime = R::Python, .json = true, .traffic = T::Api, .perDay = 15000,
          .memoryMb = 256, .timeoutS = 6, .medianMs = 28, .sigma = 0.5, .memBaseMb = 72, .memSpreadMb = 6,
          .errorRate = 0.002, .xray = true, .extensions = SecretsExtension, .linesMean = 1.2, .debugRate = 0.03,
          .errors = { E::PyKeyError },
          .info = { "GET /users/%u 200", "PATCH /users/%u 204" }, .warn = { "rate limit close for %u" } },
        { .name = "users-auth", .runtime = R::Node, .json = true, .traffic = T::Api, .perDay = 20000,
          .memoryMb = 512, .timeoutS = 3, .medianMs = 18, .sigma = 0.4, .memBaseMb = 88, .memSpreadMb = 6,
          .errorRate = 0.001, .xray = true, .extensions = DatadogAgent, .linesMean = 1, .warnRate = 0.02,
          .errors = { E::NodeTypeError },
          .info = { "token issued for %u", "token refreshed for %u" }, .warn = { "invalid password for %u (%n attempts)" } },
        { .name = "users-profile", .runtime = R::Dotnet, .traffic = T::Api, .perDay = 5000, .memoryMb = 512,
          .timeoutS = 10, .medianMs = 45, .sigma = 0.5, .memBaseMb = 98, .memSpreadMb = 8, .errorRate = 0.003,
          .linesMean = 1.2, .errors = { E::NetKeyNotFound },
          .info = { "Profile %u loaded in %mms", "Profile %u updated" }, .warn = { "Profile %u has no locale, using en-US" } },
        { .name = "users-avatar", .runtime = R::Python, .traffic = T::Worker, .perDay = 1500, .memoryMb = 128,
          .timeoutS = 30, .medianMs = 2500, .sigma = 0.4, .cpuShare = 0.9, .memBaseMb = 104, .memSpreadMb = 10,
          .errorRate = 0.003, .timeoutRate = 0.002, .oomRate = 0.01, .oldOomForm = true, .linesMean = 1.5,
          .errors = { E::PyValueError },
          .info = { "avatar for %u resized to 256x256", "avatar %k stored" }, .warn = { "avatar for %u is %n MB" } },
        { .name = "users-cleanup", .runtime = R::Ruby, .traffic = T::Schedule, .everyMinutes = 60,
          .memoryMb = 256, .timeoutS = 300, .medianMs = 40000, .sigma = 0.5, .memBaseMb = 90, .memSpreadMb = 14,
          .timeoutRate = 0.03, .linesMean = 3, .info = { "Deleting %c expired sessions", "Purged %c unverified accounts" },
          .warn = { "Cleanup batch %n took %mms" } },
        { .name = "users-session", .runtime = R::Go, .traffic = T::Api, .perDay = 10000, .memoryMb = 128,
          .timeoutS = 3, .medianMs = 6, .sigma = 0.5, .memBaseMb = 26, .memSpreadMb = 3, .errorRate = 0.0005,
          .linesMean = 0.5, .errors = { E::GoDial }, .info = { "session %k valid for %u" }, .warn = { "session %k expired" } },
        // notifications
        { .name = "notifications-email", .runtime = R::Python, .traffic = T::Worker, .perDay = 7000,
          .memoryMb = 256, .timeoutS = 30, .medianMs = 600, .sigma = 0.6, .memBaseMb = 76, .memSpreadMb = 8,
          .errorRate = 0.015, .timeoutRate = 0.004, .linesMean = 1.5, .errors = { E::PyConnRefused, E::PyKeyError },
          .info = { "sending template order-confirmation to %e", "message <%k@mail.example.com> queued" },
          .warn = { "bounce recorded for %e" } },
        { .name = "notifications-push", .runtime = R::Node, .traffic = T::Worker, .perDay = 7000, .memoryMb = 256,
          .timeoutS = 10, .medianMs = 120, .sigma = 0.6, .memBaseMb = 80, .memSpreadMb = 8, .errorRate = 0.004,
          .crashRate = 0.001, .linesMean = 1.2, .errors = { E::NodeThrottled },
          .info = { "push sent to %n devices of %u", "APNs accepted %k" }, .warn = { "device token for %u unregistered" } },
        { .name = "notifications-sms", .runtime = R::Go, .traffic = T::Worker, .perDay = 2500, .memoryMb = 128,
          .timeoutS = 10, .medianMs = 300, .sigma = 0.5, .memBaseMb = 24, .memSpreadMb = 3, .errorRate = 0.01,
          .linesMean = 1, .errors = { E::Go503 }, .info = { "sms %k sent" }, .warn = { "carrier latency %mms" } },
        { .name = "notifications-digest", .runtime = R::Java, .traffic = T::Schedule, .everyMinutes = 30,
          .memoryMb = 2048, .timeoutS = 300, .medianMs = 45000, .sigma = 0.4, .cpuShare = 0.5, .memBaseMb = 420,
          .memSpreadMb = 60, .errorRate = 0.02, .linesMean = 3, .errors = { E::JavaNullPointer },
          .info = { "Building digests for %c users", "Digest batch %n sent" }, .warn = { "[WARN] Template cache miss" } },
        { .name = "notifications-router", .runtime = R::Node, .json = true, .traffic = T::Worker, .perDay = 8000,
          .memoryMb = 256, .timeoutS = 6, .medianMs = 25, .sigma = 0.5, .memBaseMb = 76, .memSpreadMb = 6,
          .errorRate = 0.002, .linesMean = 1, .errors = { E::NodeNotFound },
          .info = { "routing %k to email,push", "routing %k to sms" }, .warn = { "no channel for %u" } },
        { .name = "notifications-template", .runtime = R::Ruby, .traffic = T::Api, .perDay = 2000,
          .memoryMb = 512, .timeoutS = 10, .medianMs = 70, .sigma = 0.4, .memBaseMb = 82, .memSpreadMb = 6,
          .linesMean = 1, .warnRate = 0.03, .info = { "Rendered template order-confirmation (%n bytes)" },
          .warn = { "Missing translation for key order.%k" } },
        // search
        { .name = "search-api", .runtime = R::Node, .traffic = T::Api, .perDay = 16000, .memoryMb = 2048,
          .timeoutS = 6, .medianMs = 35, .sigma = 0.5, .memBaseMb = 175, .memSpreadMb = 10, .errorRate = 0.001,
          .xray = true, .extensions = InsightsAgent, .linesMean = 1, .errors = { E::NodeConnRefused },
          .info = { "query \"%s\" returned %c hits in %mms" }, .warn = { "query timeout fallback for %s" } },
        { .name = "search-indexer", .runtime = R::Python, .traffic = T::Worker, .perDay = 3500, .memoryMb = 512,
          .timeoutS = 120, .medianMs = 700, .sigma = 0.5, .memBaseMb = 150, .memSpreadMb = 10, .errorRate = 0.004,
          .leakMbPerInvoke = 4.5, .linesMean = 1.5, .errors = { E::PyThrottled },
          .info = { "indexed %c documents", "bulk request %k accepted" }, .warn = { "mapping conflict on field %k" } },
        { .name = "search-suggest", .runtime = R::Go, .traffic = T::Api, .perDay = 12000, .memoryMb = 256,
          .timeoutS = 3, .medianMs = 8, .sigma = 0.5, .memBaseMb = 40, .memSpreadMb = 4, .linesMean = 0.3,
          .info = { "suggest prefix=%k %n results" }, .warn = { "suggest cache cold" } },
        { .name = "search-reindex", .runtime = R::Dotnet, .traffic = T::Schedule, .everyMinutes = 120,
          .memoryMb = 3008, .timeoutS = 900, .medianMs = 180000, .sigma = 0.3, .memBaseMb = 140, .memSpreadMb = 15,
          .linesMean = 4, .info = { "Reindex %k started", "Reindexed %c documents" }, .warn = { "Shard %n relocating" } },
        { .name = "search-ranker", .runtime = R::Python, .traffic = T::Api, .perDay = 4000, .memoryMb = 256,
          .timeoutS = 10, .medianMs = 2200, .sigma = 0.45, .cpuShare = 0.85, .memBaseMb = 200, .memSpreadMb = 25,
          .errorRate = 0.001, .timeoutRate = 0.006, .nearTimeoutRate = 0.03, .linesMean = 1.5,
          .errors = { E::PyValueError },
          .info = { "re-ranked %c results for %u", "model scored %c candidates" }, .warn = { "falling back to BM25 for %u" } },
        // analytics
        { .name = "analytics-collector", .runtime = R::Node, .json = true, .traffic = T::Api, .perDay = 25000,
          .memoryMb = 128, .timeoutS = 3, .medianMs = 7, .sigma = 0.4, .memBaseMb = 70, .memSpreadMb = 5,
          .errorRate = 0.0005, .linesMean = 0.5, .errors = { E::NodeThrottled },
          .info = { "collected %n events from %u" }, .warn = { "dropped %n events: schema mismatch" } },
        { .name = "analytics-aggregate", .runtime = R::Python, .traffic = T::Worker, .perDay = 1200, .memoryMb = 128,
          .timeoutS = 60, .medianMs = 18000, .sigma = 0.5, .cpuShare = 0.9, .memBaseMb = 112, .memSpreadMb = 10,
          .errorRate = 0.002, .timeoutRate = 0.005, .nearTimeoutRate = 0.03, .oomRate = 0.003, .linesMean = 2,
          .errors = { E::PyValueError },
          .info = { "aggregating %c events into hourly buckets", "wrote partition dt=%k" },
          .warn = { "late events for partition %k" } },
        { .name = "analytics-report", .runtime = R::Java, .traffic = T::Schedule, .everyMinutes = 60,
          .memoryMb = 3008, .timeoutS = 300, .medianMs = 20000, .sigma = 0.3, .memBaseMb = 160, .memSpreadMb = 15,
          .errorRate = 0.04, .linesMean = 3, .errors = { E::JavaIllegalState },
          .info = { "Report %k: %c rows", "Report %k uploaded" }, .warn = { "[WARN] Report %k is empty" } },
        { .name = "analytics-etl", .runtime = R::Go, .traffic = T::Schedule, .everyMinutes = 15, .memoryMb = 1024,
          .timeoutS = 900, .medianMs = 200000, .sigma = 0.5, .cpuShare = 0.5, .memBaseMb = 380, .memSpreadMb = 80,
          .errorRate = 0.02, .timeoutRate = 0.03, .nearTimeoutRate = 0.08, .linesMean = 4, .errors = { E::GoDial },
          .info = { "extracting %c rows from orders", "loaded partition %k" }, .warn = { "source lag %mms" } },
        { .name = "analytics-export", .runtime = R::Dotnet, .traffic = T::Worker, .perDay = 700, .memoryMb = 512,
          .timeoutS = 60, .medianMs = 4000, .sigma = 0.5, .memBaseMb = 130, .memSpreadMb = 20, .errorRate = 0.01,
          .crashRate = 0.01, .linesMean = 2, .errors = { E::NetKeyNotFound },
          .info = { "Exporting dataset %k", "Export %k: %c rows" }, .warn = { "Dataset %k has %n null keys" } },
    };
    return catalog;
}

} // namespace ll::demo
