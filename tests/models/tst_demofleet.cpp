// The demo fleet must look like real Lambda logs and its DemoTruth must match what it emitted.
// Every check below re-derives the figures from the raw messages, independently of the generator.
#include "sources/demofleet.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

using namespace ll;

namespace {

bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }
bool contains(std::string_view s, std::string_view part) { return s.find(part) != std::string_view::npos; }

uint64_t fnv(uint64_t h, std::string_view bytes)
{
    for (unsigned char c : bytes)
        h = (h ^ c) * 0x100000001B3ull;
    return (h ^ 0xFF) * 0x100000001B3ull; // field separator
}

class HashSink : public EventSink {
public:
    void setDefaultFunction(std::string_view) override { }
    void addSkipped(const SkippedInput&) override { ++skipped; }
    void addEvent(const RawEvent& e) override
    {
        const std::string ts = std::to_string(e.timestampMs);
        hash = fnv(fnv(fnv(fnv(fnv(hash, ts), e.function), e.logStream), e.eventId), e.message);
        ++count;
    }
    uint64_t hash = 0xCBF29CE484222325ull;
    uint64_t count = 0;
    int skipped = 0;
};

enum class Seen { Ok, Error, Timeout, OutOfMemory, Crash };

struct FunctionScan {
    uint64_t invocations = 0, incomplete = 0, coldStarts = 0, retries = 0;
    uint64_t errors = 0, timeouts = 0, outOfMemory = 0, crashes = 0;
    std::set<uint32_t> memorySizes;
    uint32_t maxMemoryUsed = 0;
    bool json = false;
    std::unordered_map<std::string, int64_t> finished; // request id -> last REPORT time
    std::vector<int64_t> retryGaps;                    // START of a retry - REPORT of the attempt before
    std::map<uint32_t, std::vector<double>> durationsByMemory;
};

struct StreamScan {
    std::string function;
    std::string inflight;       // request id between START and REPORT
    bool errorSeen = false;
    int64_t lastReportTs = INT64_MIN;
    std::string lastReportId;
    Seen lastOutcome = Seen::Ok;
    std::vector<uint32_t> memorySeries;
};

// Reads the events the way an independent parser would and keeps the figures the tests compare.
class ScanSink : public EventSink {
public:
    void setDefaultFunction(std::string_view) override { }
    void addSkipped(const SkippedInput&) override { ++skipped; }

    void addEvent(const RawEvent& e) override
    {
        ++events;
        if (e.timestampMs < lastTs)
            ++outOfOrder;
        lastTs = e.timestampMs;
        firstTs = std::min(firstTs, e.timestampMs);
        if (e.function.empty() || e.logStream.empty() || e.eventId.empty() || e.message.empty())
            ++missingFields;
        checkEventId(e.eventId);

        const std::string function(e.function);
        FunctionScan& fn = functions[function];
        auto [it, isNew] = streams.try_emplace(std::string(e.logStream));
        StreamScan& stream = it->second;
        if (isNew) {
            stream.function = function;
            if (!streamPattern.match(QString::fromUtf8(e.logStream.data(), qsizetype(e.logStream.size()))).hasMatch())
                ++badStreamNames;
        } else if (stream.function != function) {
            ++streamsSharedByFunctions;
        }

        const std::string_view m = e.message;
        if (startsWith(m, "{\"time\":"))
            platformRecord(e, fn, stream);
        else if (startsWith(m, "START RequestId: "))
            start(e, fn, stream, token(m.substr(17)));
        else if (startsWith(m, "REPORT RequestId: "))
            textReport(e, fn, stream);
        else if (startsWith(m, "INIT_START ") || startsWith(m, "RESTORE_START ")) {
            if (startsWith(m, "RESTORE_START "))
                snapStart = true;
            const auto at = m.find("Runtime Version: ") + 17;
            runtimes.insert(std::string(m.substr(at, m.find(':', at) - at)));
        } else if (startsWith(m, "RequestId: ") && contains(m, "signal: killed")) {
            // Older OOM form: after a REPORT that had no Status.
            if (stream.lastReportId == token(m.substr(11)) && stream.lastOutcome == Seen::Ok) {
                ++fn.outOfMemory;
                stream.lastOutcome = Seen::OutOfMemory;
            } else {
                ++misplacedLines;
            }
        } else if (!stream.inflight.empty() && isUnhandledError(m)) {
            stream.errorSeen = true;
        }
        if (contains(m, "\xC2\xA0\xC2\xA0" "File \""))
            pythonNbspTraceback = true;
        if (startsWith(m, "EXTENSION\t"))
            extensionLines = true;
    }

    void finish()
    {
        for (auto& [name, stream] : streams) {
            if (!stream.inflight.empty())
                ++functions[stream.function].incomplete;
        }
    }

    static std::string token(std::string_view s)
    {
        const auto end = s.find_first_of(" \t\n");
        return std::string(s.substr(0, end));
    }

    static bool isUnhandledError(std::string_view m)
    {
        if (contains(m, "\tERROR\tInvoke Error \t"))                 // Node.js
            return true;
        if (startsWith(m, "[ERROR] ") && contains(m, "\nTraceback"))  // Python, no request-id prefix
            return true;
        if (contains(m, "\tfail\t"))                                  // .NET
            return true;
        if (contains(m, ": java.lang.") && contains(m, "\n\tat "))   // Java
            return true;
        if (m.size() > 20 && startsWith(m.substr(19), " {\"errorMessage\":")) // Go
            return true;
        if (startsWith(m, "{\"timestamp\"") && contains(m, "\"errorType\"")
            && (contains(m, "\"level\":\"ERROR\"") || contains(m, "\"log_level\":\"ERROR\"")))
            return true;
        return false;
    }

    void start(const RawEvent& e, FunctionScan& fn, StreamScan& stream, const std::string& id)
    {
        if (!stream.inflight.empty() || e.timestampMs < stream.lastReportTs)
            ++overlaps;
        stream.inflight = id;
        stream.errorSeen = false;
        const auto done = fn.finished.find(id);
        if (done != fn.finished.end())
            fn.retryGaps.push_back(e.timestampMs - done->second);
    }

    struct Metrics {
        double duration = -1, billed = -1, init = -1, restore = -1, billedRestore = -1;
        uint32_t memorySize = 0, maxUsed = 0;
        Seen platform = Seen::Ok;
        bool failure = false;
        bool xray = false;
    };

    void finishInvocation(const RawEvent& e, FunctionScan& fn, StreamScan& stream, const std::string& id,
                          const Metrics& metrics)
    {
        if (stream.inflight != id)
            ++misplacedLines;
        Seen outcome = metrics.platform;
        if (outcome == Seen::Ok && (stream.errorSeen || metrics.failure))
            outcome = Seen::Error;
        ++fn.invocations;
        if (metrics.init >= 0 || metrics.restore >= 0)
            ++fn.coldStarts;
        switch (outcome) {
        case Seen::Error: ++fn.errors; break;
        case Seen::Timeout: ++fn.timeouts; break;
        case Seen::OutOfMemory: ++fn.outOfMemory; break;
        case Seen::Crash: ++fn.crashes; break;
        case Seen::Ok: break;
        }
        if (!fn.finished.emplace(id, e.timestampMs).second) {
            ++fn.retries;
            fn.finished[id] = e.timestampMs;
        }
        fn.memorySizes.insert(metrics.memorySize);
        fn.maxMemoryUsed = std::max(fn.maxMemoryUsed, metrics.maxUsed);
        fn.durationsByMemory[metrics.memorySize].push_back(metrics.duration);
        if (metrics.maxUsed > metrics.memorySize || (outcome == Seen::OutOfMemory && metrics.maxUsed != metrics.memorySize))
            ++badMemory;
        xray = xray || metrics.xray;
        // Billed duration: ceil(duration + init) on cold starts, ceil(duration) + billed restore on SnapStart.
        const int64_t durationCs = std::llround(metrics.duration * 100);
        const int64_t initCs = metrics.init >= 0 ? std::llround(metrics.init * 100) : 0;
        int64_t expected = std::max<int64_t>(1, (durationCs + initCs + 99) / 100);
        if (metrics.restore >= 0)
            expected = (durationCs + 99) / 100 + std::llround(metrics.billedRestore);
        if (std::llround(metrics.billed) != expected)
            ++badBilling;
        stream.inflight.clear();
        stream.lastReportTs = e.timestampMs;
        stream.lastReportId = id;
        stream.lastOutcome = outcome;
        if (fn.json)
            ++jsonReports;
        stream.memorySeries.push_back(metrics.maxUsed);
    }

    void textReport(const RawEvent& e, FunctionScan& fn, StreamScan& stream)
    {
        const std::string_view m = e.message;
        const std::string id = token(m.substr(18));
        Metrics metrics;
        size_t pos = 0;
        while (pos < m.size()) {
            size_t tab = m.find('\t', pos);
            if (tab == std::string_view::npos)
                tab = m.size();
            const std::string_view field = m.substr(pos, tab - pos);
            pos = tab + 1;
            const auto colon = field.find(": ");
            if (colon == std::string_view::npos)
                continue;
            const std::string_view label = field.substr(0, colon);
            const std::string value = token(field.substr(colon + 2));
            const double number = std::atof(value.c_str());
            if (label == "Duration") metrics.duration = number;
            else if (label == "Billed Duration") metrics.billed = number;
            else if (label == "Init Duration") metrics.init = number;
            else if (label == "Restore Duration") metrics.restore = number;
            else if (label == "Billed Restore Duration") metrics.billedRestore = number;
            else if (label == "Memory Size") metrics.memorySize = uint32_t(number);
            else if (label == "Max Memory Used") metrics.maxUsed = uint32_t(number);
            else if (label == "Status" && value == "timeout") metrics.platform = Seen::Timeout;
            else if (label == "Error Type" && value == "Runtime.OutOfMemory") metrics.platform = Seen::OutOfMemory;
            else if (label == "Error Type" && value == "Runtime.ExitError") metrics.platform = Seen::Crash;
            else if (label == "XRAY TraceId") metrics.xray = true;
        }
        finishInvocation(e, fn, stream, id, metrics);
    }

    void platformRecord(const RawEvent& e, FunctionScan& fn, StreamScan& stream)
    {
        fn.json = true;
        const QJsonObject doc = QJsonDocument::fromJson(QByteArray(e.message.data(), qsizetype(e.message.size()))).object();
        const QString type = doc.value(QStringLiteral("type")).toString();
        const QJsonObject record = doc.value(QStringLiteral("record")).toObject();
        const std::string id = record.value(QStringLiteral("requestId")).toString().toStdString();
        if (type == QLatin1String("platform.initStart")) {
            const QString version = record.value(QStringLiteral("runtimeVersion")).toString();
            runtimes.insert(version.section(QLatin1Char(':'), 0, 0).toStdString());
        } else if (type == QLatin1String("platform.start")) {
            start(e, fn, stream, id);
        } else if (type == QLatin1String("platform.report")) {
            const QJsonObject m = record.value(QStringLiteral("metrics")).toObject();
            Metrics metrics;
            metrics.duration = m.value(QStringLiteral("durationMs")).toDouble(-1);
            metrics.billed = m.value(QStringLiteral("billedDurationMs")).toDouble(-1);
            metrics.init = m.value(QStringLiteral("initDurationMs")).toDouble(-1);
            metrics.restore = m.value(QStringLiteral("restoreDurationMs")).toDouble(-1);
            metrics.memorySize = uint32_t(m.value(QStringLiteral("memorySizeMB")).toInt());
            metrics.maxUsed = uint32_t(m.value(QStringLiteral("maxMemoryUsedMB")).toInt());
            const QString status = record.value(QStringLiteral("status")).toString();
            const QString errorType = record.value(QStringLiteral("errorType")).toString();
            if (status == QLatin1String("timeout"))
                metrics.platform = Seen::Timeout;
            else if (errorType == QLatin1String("Runtime.OutOfMemory"))
                metrics.platform = Seen::OutOfMemory;
            else if (errorType == QLatin1String("Runtime.ExitError"))
                metrics.platform = Seen::Crash;
            else if (status == QLatin1String("failure"))
                metrics.failure = true;
            metrics.xray = record.contains(QStringLiteral("tracing"));
            finishInvocation(e, fn, stream, id, metrics);
        }
    }

    void checkEventId(std::string_view id)
    {
        if (id.size() != 56 || id.find_first_not_of("0123456789") != std::string_view::npos)
            ++badEventIds;
        if (!eventIds.insert(std::hash<std::string_view>()(id)).second)
            ++duplicateEventIds;
    }

    QRegularExpression streamPattern { QStringLiteral("^\\d{4}/\\d{2}/\\d{2}/\\[(\\$LATEST|\\d+)\\][0-9a-f]{32}$") };
    std::map<std::string, FunctionScan> functions;
    std::unordered_map<std::string, StreamScan> streams;
    std::unordered_set<size_t> eventIds;
    std::set<std::string> runtimes;
    uint64_t events = 0;
    int64_t lastTs = INT64_MIN, firstTs = INT64_MAX;
    uint64_t outOfOrder = 0, missingFields = 0, badEventIds = 0, duplicateEventIds = 0, badStreamNames = 0;
    uint64_t streamsSharedByFunctions = 0, overlaps = 0, misplacedLines = 0, badBilling = 0, badMemory = 0;
    uint64_t jsonReports = 0;
    int skipped = 0;
    bool snapStart = false, xray = false, pythonNbspTraceback = false, extensionLines = false;
};

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
    return v[v.size() / 2];
}

} // namespace

class TestDemoFleet : public QObject {
    Q_OBJECT

private:
    ScanSink m_scan;
    DemoTruth m_truth;
    DemoOptions m_options;

    const DemoFunctionTruth* truthOf(const QString& name) const
    {
        for (const DemoFunctionTruth& f : m_truth.functions) {
            if (f.name == name)
                return &f;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        generateDemoFleet(m_scan, m_options, &m_truth);
        const qint64 elapsed = timer.elapsed();
        m_scan.finish();
        uint64_t invocations = 0;
        for (const DemoFunctionTruth& f : m_truth.functions)
            invocations += f.invocations;
        qInfo("default fleet: %llu events, %llu invocations, %zu streams (generation + scan %lld ms)",
              static_cast<unsigned long long>(m_truth.events), static_cast<unsigned long long>(invocations),
              m_scan.streams.size(), static_cast<long long>(elapsed));
    }

    void sameSeedSameEvents_data()
    {
        QTest::addColumn<quint64>("seedA");
        QTest::addColumn<quint64>("seedB");
        QTest::addColumn<int>("hours");
        QTest::addColumn<bool>("identical");
        QTest::newRow("same seed replays byte-identical events") << quint64(42) << quint64(42) << 24 << true;
        QTest::newRow("same seed on a short window replays too") << quint64(7) << quint64(7) << 3 << true;
        QTest::newRow("another seed gives another fleet") << quint64(42) << quint64(43) << 24 << false;
    }
    void sameSeedSameEvents()
    {
        QFETCH(quint64, seedA);
        QFETCH(quint64, seedB);
        QFETCH(int, hours);
        QFETCH(bool, identical);
        DemoOptions a;
        a.seed = seedA;
        a.hours = hours;
        DemoOptions b = a;
        b.seed = seedB;
        HashSink sinkA, sinkB;
        generateDemoFleet(sinkA, a);
        generateDemoFleet(sinkB, b);
        QVERIFY(sinkA.count > 0);
        QCOMPARE(sinkA.hash == sinkB.hash, identical);
        if (identical)
            QCOMPARE(sinkA.count, sinkB.count);
        QCOMPARE(sinkA.skipped, 0);
    }

    void eventsAreOrderedAndComplete()
    {
        QCOMPARE(m_scan.events, m_truth.events);
        QCOMPARE(m_scan.outOfOrder, 0u);
        QCOMPARE(m_scan.missingFields, 0u);
        QCOMPARE(m_scan.badEventIds, 0u);
        QCOMPARE(m_scan.duplicateEventIds, 0u);
        QCOMPARE(m_scan.badStreamNames, 0u);
        QCOMPARE(m_scan.streamsSharedByFunctions, 0u);
        QVERIFY(m_scan.firstTs >= m_options.startMs);
        QVERIFY(m_scan.lastTs < m_options.startMs + int64_t(m_options.hours) * 3600000);
    }

    void fleetCoversRuntimesFormatsAndFeatures()
    {
        QVERIFY2(m_truth.functions.size() >= 36 && m_truth.functions.size() <= 44, "about 40 functions");
        QCOMPARE(qsizetype(m_scan.functions.size()), m_truth.functions.size());
        std::set<QString> services, runtimes;
        int json = 0;
        for (const DemoFunctionTruth& f : m_truth.functions) {
            services.insert(f.service);
            runtimes.insert(f.runtime);
            json += f.jsonFormat;
            QVERIFY2(f.name.startsWith(f.service + QLatin1Char('-')), qPrintable(f.name));
            QVERIFY2(!f.service.contains(QLatin1Char('-')), qPrintable(f.service));
            QCOMPARE(m_scan.functions[f.name.toStdString()].json, f.jsonFormat);
        }
        QCOMPARE(services.size(), size_t(7));
        QVERIFY(runtimes.size() >= 5);
        QVERIFY(json >= 3);
        QVERIFY(json <= m_truth.functions.size() - 10);
        // Runtimes as the logs name them (INIT_START / platform.initStart).
        for (const char* runtime : { "nodejs", "python", "java", "dotnet", "provided", "ruby" })
            QVERIFY2(m_scan.runtimes.count(runtime), runtime);
        QVERIFY(m_scan.snapStart);
        QVERIFY(m_scan.xray);
        QVERIFY(m_scan.pythonNbspTraceback);
        QVERIFY(m_scan.extensionLines);
        QVERIFY(m_scan.jsonReports > 0);
    }

    void defaultVolumeStartsFast()
    {
        uint64_t invocations = 0, incomplete = 0, retries = 0, oom = 0, crashes = 0, timeouts = 0, errors = 0;
        for (const DemoFunctionTruth& f : m_truth.functions) {
            invocations += f.invocations;
            incomplete += f.incomplete;
            retries += f.retries;
            oom += f.outOfMemory;
            crashes += f.crashes;
            timeouts += f.timeouts;
            errors += f.errors;
        }
        QVERIFY2(invocations >= 150000 && invocations <= 250000, qPrintable(QString::number(invocations)));
        QVERIFY(incomplete >= 1 && incomplete <= 40);
        QVERIFY(retries > 0);
        QVERIFY(oom > 0);
        QVERIFY(crashes > 0);
        QVERIFY(timeouts > 0);
        QVERIFY(errors > timeouts);
    }

    void truthMatchesEmittedEvents_data()
    {
        QTest::addColumn<QString>("function");
        DemoTruth truth;
        HashSink ignore;
        DemoOptions tiny;
        tiny.hours = 1;
        generateDemoFleet(ignore, tiny, &truth);
        for (const DemoFunctionTruth& f : truth.functions)
            QTest::newRow(qPrintable(f.name + QStringLiteral(" counts match its log"))) << f.name;
    }
    void truthMatchesEmittedEvents()
    {
        QFETCH(QString, function);
        const DemoFunctionTruth* t = truthOf(function);
        QVERIFY(t);
        const FunctionScan& s = m_scan.functions[function.toStdString()];
        QVERIFY(t->invocations > 0);
        QCOMPARE(s.invocations, t->invocations);
        QCOMPARE(s.incomplete, t->incomplete);
        QCOMPARE(s.coldStarts, t->coldStarts);
        QCOMPARE(s.retries, t->retries);
        QCOMPARE(s.errors, t->errors);
        QCOMPARE(s.timeouts, t->timeouts);
        QCOMPARE(s.outOfMemory, t->outOfMemory);
        QCOMPARE(s.crashes, t->crashes);
        QCOMPARE(s.maxMemoryUsed, t->maxMemoryUsedMb);
        const std::set<uint32_t> sizes(t->memorySizesMb.begin(), t->memorySizesMb.end());
        QCOMPARE(s.memorySizes, sizes);
        QVERIFY(t->coldStarts >= 1);
    }

    void invocationsNeverOverlapInAStream()
    {
        QCOMPARE(m_scan.overlaps, 0u);
        QCOMPARE(m_scan.misplacedLines, 0u);
        // Bursts need several environments at once: some function runs many streams.
        size_t maxStreams = 0;
        std::map<std::string, size_t> perFunction;
        for (const auto& [name, stream] : m_scan.streams)
            maxStreams = std::max(maxStreams, ++perFunction[stream.function]);
        QVERIFY(maxStreams >= 20);
    }

    void billingAndMemoryAreConsistent()
    {
        QCOMPARE(m_scan.badBilling, 0u);
        QCOMPARE(m_scan.badMemory, 0u);
    }

    void asyncRetriesComeOneAndThreeMinutesLater()
    {
        size_t gaps = 0;
        for (const auto& [name, fn] : m_scan.functions) {
            for (int64_t gap : fn.retryGaps) {
                ++gaps;
                QVERIFY2(gap >= 60000 && gap <= 150000 + 6000, qPrintable(QString::number(gap)));
            }
        }
        QVERIFY(gaps > 0);
    }

    void memoryIncreaseShortensCpuBoundDurations()
    {
        const DemoFunctionTruth* t = truthOf(QStringLiteral("catalog-indexer"));
        QVERIFY(t);
        QCOMPARE(t->memorySizesMb, (QVector<uint32_t> { 512, 1536 }));
        const auto& byMemory = m_scan.functions["catalog-indexer"].durationsByMemory;
        const double before = median(byMemory.at(512));
        const double after = median(byMemory.at(1536));
        QVERIFY2(after * 2.0 < before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    }

    void leakingFunctionIsKilledRepeatedly()
    {
        const DemoFunctionTruth* t = truthOf(QStringLiteral("search-indexer"));
        QVERIFY(t);
        QVERIFY(t->outOfMemory >= 3);
        int leakingStreams = 0;
        for (const auto& [name, stream] : m_scan.streams) {
            if (stream.function != "search-indexer" || stream.lastOutcome != Seen::OutOfMemory)
                continue;
            const auto& series = stream.memorySeries;
            if (series.size() >= 10 && std::is_sorted(series.begin(), series.end()) && series.front() + 100 < series.back())
                ++leakingStreams;
        }
        QVERIFY(leakingStreams >= 3);
    }

    void scaleMultipliesVolume_data()
    {
        QTest::addColumn<double>("scale");
        QTest::newRow("quarter scale gives about a quarter of the traffic") << 0.25;
        QTest::newRow("double scale gives about twice the traffic") << 2.0;
    }
    void scaleMultipliesVolume()
    {
        QFETCH(double, scale);
        DemoOptions options;
        options.hours = 6;
        DemoTruth base, scaled;
        HashSink sinkA, sinkB;
        generateDemoFleet(sinkA, options, &base);
        options.scale = scale;
        generateDemoFleet(sinkB, options, &scaled);
        auto total = [](const DemoTruth& t) {
            uint64_t n = 0;
            for (const DemoFunctionTruth& f : t.functions)
                n += f.invocations;
            return double(n);
        };
        const double ratio = total(scaled) / total(base);
        QVERIFY2(ratio > scale * 0.7 && ratio < scale * 1.3, qPrintable(QString::number(ratio)));
    }

    void cancelStopsEarly()
    {
        std::atomic<bool> cancel { false };
        HashSink sink;
        double lastFraction = -1;
        bool monotonic = true;
        generateDemoFleet(sink, m_options, nullptr, &cancel, [&](double fraction) {
            monotonic = monotonic && fraction > lastFraction;
            lastFraction = fraction;
            if (fraction >= 0.1)
                cancel = true;
        });
        QVERIFY(monotonic);
        QVERIFY(lastFraction >= 0.1 && lastFraction < 0.2);
        QVERIFY(sink.count > 0);
        QVERIFY(sink.count < m_truth.events / 3);
    }

    void progressReachesOne()
    {
        HashSink sink;
        DemoOptions options;
        options.hours = 2;
        double last = 0;
        int calls = 0;
        generateDemoFleet(sink, options, nullptr, nullptr, [&](double fraction) {
            last = fraction;
            ++calls;
        });
        QCOMPARE(last, 1.0);
        QVERIFY(calls <= 101);
    }
};

QTEST_GUILESS_MAIN(TestDemoFleet)
#include "tst_demofleet.moc"
