#include "logsearch/filterengine.h"
#include "logsearch/fleetlinesource.h"
#include "sources/demofleet.h"
#include "store/fleetbuilder.h"
#include "logsearch/jsonfields.h"
#include "logsearch/matchdensity.h"
#include "logsearch/memorylinesource.h"
#include "logsearch/textmatcher.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace ll;

Q_DECLARE_METATYPE(ll::FilterSpec)

namespace {

using RowList = QVector<uint32_t>;

// Ten lines of two functions and four invocations, 10 ms apart from t = 1000.
std::shared_ptr<MemoryLineSource> fixture()
{
    auto s = std::make_shared<MemoryLineSource>();
    const uint32_t orders = s->addFunction(QStringLiteral("orders-api"));
    const uint32_t billing = s->addFunction(QStringLiteral("billing-worker"));
    const int64_t ok = s->addInvocation(Outcome::Ok, "r0");
    const int64_t err = s->addInvocation(Outcome::Error, "r1");
    const int64_t timeout = s->addInvocation(Outcome::Timeout, "r2");
    const int64_t incomplete = s->addInvocation(Outcome::Incomplete, "r3");
    int64_t t = 1000;
    auto add = [&](uint32_t f, int64_t inv, LogLevel l, std::string_view m) {
        s->append(t, f, inv, l, m);
        t += 10;
    };
    add(orders, ok, LogLevel::Info, "START RequestId: r0");                                 // 0
    add(orders, ok, LogLevel::Info, "Order 42 accepted");                                   // 1
    add(billing, err, LogLevel::Warn, "Retrying payment for ORDER 42");                     // 2
    add(billing, err, LogLevel::Error, "TypeError: Cannot read properties of undefined");   // 3
    add(orders, -1, LogLevel::None, "INIT_START Runtime Version: nodejs:20");               // 4
    add(billing, timeout, LogLevel::Info, "calling upstream https://api.example.com/v1");   // 5
    add(billing, timeout, LogLevel::Error, "Task timed out after 3.00 seconds");            // 6
    add(orders, incomplete, LogLevel::Debug, "<b>bold</b> & <script>alert(1)</script>");   // 7
    add(orders, incomplete, LogLevel::Info,
        R"({"level":"INFO","message":"json hello","service":"orders","cold_start":true})"); // 8
    add(billing, err, LogLevel::Fatal, "Runtime exited with error: exit status 1");         // 9
    return s;
}

// Lambda-like lines in volume, for the parallel and cancel paths.
std::shared_ptr<MemoryLineSource> bulk(uint32_t lines)
{
    auto s = std::make_shared<MemoryLineSource>();
    s->addFunction(QStringLiteral("f0"));
    s->addFunction(QStringLiteral("f1"));
    const int64_t inv = s->addInvocation(Outcome::Error, "req");
    s->reserve(lines, size_t(lines) * 64);
    for (uint32_t i = 0; i < lines; ++i) {
        const std::string m = "2026-11-28T09:00:00Z\tINFO\tprocessing item " + std::to_string(i)
            + ((i % 97 == 0) ? " status=timeout" : " status=ok");
        s->append(int64_t(i), i % 2, inv, (i % 13 == 0) ? LogLevel::Error : LogLevel::Info, m);
    }
    return s;
}

RowList toList(const FilterEngine& e)
{
    RowList out;
    for (uint32_t i = 0; i < e.rowCount(); ++i)
        out.append(e.rowAt(i));
    return out;
}

FilterSpec textSpec(const QString& text, bool regex = false, bool caseSensitive = false)
{
    FilterSpec s;
    s.text = text;
    s.regex = regex;
    s.caseSensitive = caseSensitive;
    return s;
}

} // namespace

class TestLogSearch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matcher_data();
    void matcher();
    void invalidRegex_data();
    void invalidRegex();
    void filters_data();
    void filters();
    void stackedFiltersAndStepBack();
    void newFilterDropsStaleResult();
    void cancelStopsWithoutResult();
    void parallelResultEqualsSequential();
    void liveTailFiltersOnlyNewRows();
    void prefilterNeverChangesTheAnswer_data();
    void prefilterNeverChangesTheAnswer();
    void badInputDoesNotCrash_data();
    void badInputDoesNotCrash();
    void density_data();
    void density();
    void densityOfLevels();
    void jsonFieldsDiscoveredAndRead();
    void fleetAdapterFollowsFleet();
};

void TestLogSearch::matcher_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("regex");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("ranges");  // "b-e b-e", empty: no match

    QTest::newRow("literal found in the middle of a line") << "timed out" << false << true
                                                           << QByteArray("Task timed out after 3s") << "5-14";
    QTest::newRow("case-sensitive literal misses other case") << "Timed" << false << true
                                                             << QByteArray("Task timed out") << "";
    QTest::newRow("case-insensitive literal ignores case") << "TIMED OUT" << false << false
                                                          << QByteArray("Task timed out") << "5-14";
    QTest::newRow("case-insensitive literal at the very end") << "OUT" << false << false
                                                             << QByteArray("timed out") << "6-9";
    QTest::newRow("literal longer than the line does not match") << "abcdef" << false << true << QByteArray("abc")
                                                                 << "";
    QTest::newRow("every occurrence is highlighted") << "ab" << false << true << QByteArray("ab-ab-xab")
                                                     << "0-2 3-5 7-9";
    QTest::newRow("non-ASCII literal matches its UTF-8 bytes") << QStringLiteral("caf\u00e9") << false << false
                                                               << QByteArray("le CAF\xc3\xa9 ouvert") << "3-8";
    QTest::newRow("regex alternation") << "timed out|TypeError" << true << true
                                       << QByteArray("TypeError: x; Task timed out") << "0-9 19-28";
    QTest::newRow("regex with all its literals present but no match") << "time.{0,2}out" << true << true
                                                                      << QByteArray("time is out") << "";
    QTest::newRow("case-insensitive regex finds upper-case literals") << "timed\\s+out" << true << false
                                                                      << QByteArray("TASK TIMED  OUT") << "5-15";
    QTest::newRow("case-insensitive regex") << "^task" << true << false << QByteArray("Task timed out") << "0-4";
    QTest::newRow("regex that matches empty highlights nothing") << "x*" << true << true << QByteArray("abc")
                                                                 << "";
    QTest::newRow("regex whose required literal is missing does not match") << "customer c-12\\d\\d in [0-9]{3} ms"
        << true << true << QByteArray("fetched customer c-4711 in 120 ms") << "";
    QTest::newRow("regex with every required literal matches") << "customer c-12\\d\\d in [0-9]{3} ms" << true
        << true << QByteArray("fetched customer c-1234 in 120 ms") << "8-33";
    QTest::newRow("regex alternative without the other branch's literal matches") << "(payment|order) (declined|failed)"
        << true << false << QByteArray("ORDER FAILED at 3") << "0-12";
    QTest::newRow("regex with a required literal and an optional group") << "timeout(s)? after [0-9]+"
        << true << true << QByteArray("no timeouts after 3 retries") << "3-19";
    QTest::newRow("regex with many alternatives and no shared prefix") << "(alpha|bravo|charlie|delta|echo|foxtrot) failed"
        << true << true << QByteArray("step charlie failed") << "5-19";
    QTest::newRow("regex with a required literal and many alternatives") << "(alpha|bravo|charlie|delta|echo|foxtrot)-[0-9]+ timeout"
        << true << true << QByteArray("x echo-12 timeout") << "2-17";
    QTest::newRow("regex alternatives sharing a prefix, prefix absent") << "customer c-12\\d\\d in [0-9]{3} ms"
        << true << true << QByteArray("order c-1234 in 120 ms") << "";
    QTest::newRow("regex over invalid UTF-8 still finds ASCII") << "err(or)?" << true << true
                                                                << QByteArray("\xff\xfe error \xc3") << "3-8";
}

void TestLogSearch::matcher()
{
    QFETCH(QString, pattern);
    QFETCH(bool, regex);
    QFETCH(bool, caseSensitive);
    QFETCH(QByteArray, text);
    QFETCH(QString, ranges);
    QString error;
    auto m = TextMatcher::create(pattern, regex ? TextMatcher::Mode::Regex : TextMatcher::Mode::Literal,
        caseSensitive, &error);
    QVERIFY2(m, qPrintable(error));
    const std::string_view view(text.constData(), size_t(text.size()));
    QStringList got;
    for (const MatchRange& r : m->find(view))
        got << QStringLiteral("%1-%2").arg(r.begin).arg(r.end);
    QCOMPARE(got.join(QLatin1Char(' ')), ranges);
    if (!(regex && pattern == QLatin1String("x*")))
        QCOMPARE(m->matches(view), !ranges.isEmpty());
}

void TestLogSearch::prefilterNeverChangesTheAnswer_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("caseSensitive");
    QTest::newRow("required literals and prefix-sharing alternatives") << "customer c-12\\d\\d in [0-9]{3} ms" << true;
    QTest::newRow("alternation of conjunctions") << "time.{0,2}out|TypeError" << true;
    QTest::newRow("case-insensitive conjunction") << "timed\\s+out" << false;
    QTest::newRow("many alternatives without a shared prefix") << "(alpha|bravo|charlie|delta|echo|foxtrot) failed" << false;
    QTest::newRow("many alternatives and a required literal") << "(alpha|bravo|charlie|delta|echo|foxtrot)-[0-9]+ timeout" << true;
    QTest::newRow("optional group around a required word") << "(payment )?declined( by bank)?" << false;
}

// The literal prefilter only skips RE2 on lines it cannot match: its answer equals a plain
// regex engine's on lines made to nearly match.
void TestLogSearch::prefilterNeverChangesTheAnswer()
{
    QFETCH(QString, pattern);
    QFETCH(bool, caseSensitive);
    QString error;
    const auto m = TextMatcher::create(pattern, TextMatcher::Mode::Regex, caseSensitive, &error);
    QVERIFY2(m, qPrintable(error));
    const QRegularExpression reference(pattern,
        caseSensitive ? QRegularExpression::NoPatternOption : QRegularExpression::CaseInsensitiveOption);
    QVERIFY(reference.isValid());
    const char* const words[] = { "customer", "c-1234", "c-1299", "c-4711", "in", "120", "ms", "Task", "timed", "TIMED",
        "out", "time", "TypeError", "alpha", "echo-12", "foxtrot", "failed", "timeout", "payment", "DECLINED", "by",
        "bank", "-", " ", "  ", "customer c-1234 in 120 ms", "customer c-1299 in 12 ms", "CUSTOMER c-1200 in 999 ms",
        "Task timed out", "timed   out", "charlie failed", "echo-12 timeout", "payment declined by bank" };
    uint32_t seed = 7;
    int matched = 0;
    for (int line = 0; line < 20000; ++line) {
        std::string text;
        const int n = 1 + int(seed % 9);
        for (int w = 0; w < n; ++w) {
            seed = seed * 1664525u + 1013904223u;
            text += words[(seed >> 8) % (sizeof words / sizeof *words)];
            if ((seed >> 20) % 3)
                text += ' ';
        }
        const bool expected = reference.match(QString::fromStdString(text)).hasMatch();
        matched += expected;
        QVERIFY2(m->matches(text) == expected, text.c_str());
    }
    QVERIFY(matched > 0);  // the lines exercise the match path too
}

void TestLogSearch::invalidRegex_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::newRow("unbalanced parenthesis") << "(timeout";
    QTest::newRow("unterminated class") << "[a-";
    QTest::newRow("backwards repeat bounds") << "a{3,1}";
    QTest::newRow("dangling repeat") << "*oops";
}

void TestLogSearch::invalidRegex()
{
    QFETCH(QString, pattern);
    QString error;
    QVERIFY(!TextMatcher::create(pattern, TextMatcher::Mode::Regex, true, &error));
    QVERIFY(error.startsWith(QLatin1String("Invalid regular expression")));

    // The engine reports it and keeps showing the previous result.
    FilterEngine engine;
    engine.setSource(fixture());
    engine.setFilter(textSpec(QStringLiteral("Order"), false, true));
    QTRY_VERIFY(!engine.isRunning());
    const RowList before = toList(engine);
    QSignalSpy failed(&engine, &FilterEngine::failed);
    engine.setFilter(textSpec(pattern, true));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toString(), error);
    QVERIFY(!engine.isRunning());
    QCOMPARE(toList(engine), before);
    QCOMPARE(engine.currentSpec().text, QStringLiteral("Order"));
}

void TestLogSearch::filters_data()
{
    QTest::addColumn<FilterSpec>("spec");
    QTest::addColumn<RowList>("expected");

    QTest::newRow("empty filter shows every line") << FilterSpec {} << RowList { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
    QTest::newRow("literal keeps only lines containing it") << textSpec(QStringLiteral("Order"), false, true)
                                                            << RowList { 1 };
    QTest::newRow("case-insensitive literal matches any case") << textSpec(QStringLiteral("order"))
                                                               << RowList { 1, 2, 8 };
    QTest::newRow("regex alternation") << textSpec(QStringLiteral("timed out|TypeError"), true, true)
                                       << RowList { 3, 6 };
    QTest::newRow("case-insensitive anchored regex") << textSpec(QStringLiteral("^task timed"), true)
                                                     << RowList { 6 };
    QTest::newRow("HTML in a message is just text") << textSpec(QStringLiteral("<script>")) << RowList { 7 };
    FilterSpec level;
    level.minLevel = LogLevel::Warn;
    QTest::newRow("min level WARN drops info, debug and unlevelled lines") << level << RowList { 2, 3, 6, 9 };
    FilterSpec fn;
    fn.functions = { 1 };
    QTest::newRow("function filter keeps the chosen function") << fn << RowList { 2, 3, 5, 6, 9 };
    FilterSpec outcome;
    outcome.outcomes = outcomeBit(Outcome::Timeout);
    QTest::newRow("outcome timeout keeps lines of timed-out invocations") << outcome << RowList { 5, 6 };
    FilterSpec two;
    two.outcomes = outcomeBit(Outcome::Ok) | outcomeBit(Outcome::Incomplete);
    QTest::newRow("several outcomes are OR-ed") << two << RowList { 0, 1, 7, 8 };
    FilterSpec failed;
    failed.failedOnly = true;
    QTest::newRow("failed-only skips ok, incomplete and lines outside invocations") << failed
                                                                                   << RowList { 2, 3, 5, 6, 9 };
    FilterSpec time;
    time.fromMs = 1020;
    time.toMs = 1060;
    QTest::newRow("time range is half open") << time << RowList { 2, 3, 4, 5 };
    FilterSpec from;
    from.fromMs = 1075;
    QTest::newRow("open-ended time range") << from << RowList { 8, 9 };
    FilterSpec all = textSpec(QStringLiteral("timed"));
    all.functions = { 1 };
    all.minLevel = LogLevel::Error;
    QTest::newRow("criteria combine with AND") << all << RowList { 6 };
    FilterSpec invocations;
    invocations.invocations = InvocationSet::make({ 2, 0 }, QStringLiteral("cluster: x"));
    QTest::newRow("invocation set keeps only those invocations' lines") << invocations << RowList { 0, 1, 5, 6 };
    FilterSpec invocationsAndText = invocations;
    invocationsAndText.text = QStringLiteral("timed");
    QTest::newRow("invocation set combines with text") << invocationsAndText << RowList { 6 };
    FilterSpec none;
    none.invocations = InvocationSet::make({ 99 }, QString());
    QTest::newRow("invocation set of unknown ids keeps no line") << none << RowList {};
}

void TestLogSearch::filters()
{
    QFETCH(FilterSpec, spec);
    QFETCH(RowList, expected);
    FilterEngine engine;
    engine.setSource(fixture());
    QSignalSpy results(&engine, &FilterEngine::resultsChanged);
    engine.setFilter(spec);
    QTRY_VERIFY(!engine.isRunning());
    QCOMPARE(toList(engine), expected);
    QCOMPARE(results.size(), 1);
    QVERIFY(engine.errorString().isEmpty());
}

void TestLogSearch::stackedFiltersAndStepBack()
{
    FilterEngine engine;
    engine.setSource(fixture());
    FilterSpec failed;
    failed.failedOnly = true;
    engine.setFilter(failed);
    QTRY_VERIFY(!engine.isRunning());
    QCOMPARE(toList(engine), (RowList { 2, 3, 5, 6, 9 }));

    engine.pushFilter(textSpec(QStringLiteral("error")));
    QTRY_VERIFY(!engine.isRunning());
    QCOMPARE(engine.depth(), 2);
    QCOMPARE(toList(engine), (RowList { 3, 9 }));  // "TypeError", "exited with error"
    QCOMPARE(engine.highlighters().size(), 1);

    FilterSpec fatal;
    fatal.minLevel = LogLevel::Fatal;
    engine.pushFilter(fatal);
    QTRY_VERIFY(!engine.isRunning());
    QCOMPARE(engine.depth(), 3);
    QCOMPARE(toList(engine), (RowList { 9 }));

    // Replacing the top level re-filters within its parent, not within itself.
    FilterSpec errorLevel;
    errorLevel.minLevel = LogLevel::Error;
    engine.setFilter(errorLevel);
    QTRY_VERIFY(!engine.isRunning());
    QCOMPARE(toList(engine), (RowList { 3, 9 }));

    QSignalSpy results(&engine, &FilterEngine::resultsChanged);
    engine.stepBack();
    QCOMPARE(results.size(), 1);  // the parent's result is kept: no job
    QVERIFY(!engine.isRunning());
    QCOMPARE(engine.depth(), 2);
    QCOMPARE(toList(engine), (RowList { 3, 9 }));
    engine.stepBackTo(1);
    QCOMPARE(toList(engine), (RowList { 2, 3, 5, 6, 9 }));
    engine.stepBack();  // at level 0 this clears it
    QCOMPARE(engine.depth(), 1);
    QVERIFY(engine.currentSpec().isEmpty());
    QCOMPARE(engine.rowCount(), 10u);
}

void TestLogSearch::newFilterDropsStaleResult()
{
    FilterEngine engine;
    engine.setSource(bulk(300000));
    QSignalSpy results(&engine, &FilterEngine::resultsChanged);
    engine.setFilter(textSpec(QStringLiteral("status=ok")));
    engine.setFilter(textSpec(QStringLiteral("timeout")));
    QTRY_VERIFY(!engine.isRunning());
    QTest::qWait(50);  // let any stale queued result arrive (it must be dropped)
    QCOMPARE(results.size(), 1);
    QCOMPARE(engine.rowCount(), uint32_t((300000 + 96) / 97));
    QCOMPARE(engine.rowAt(1), 97u);
}

void TestLogSearch::cancelStopsWithoutResult()
{
    FilterEngine engine;
    engine.setSource(bulk(400000));
    QSignalSpy results(&engine, &FilterEngine::resultsChanged);
    QSignalSpy cancelled(&engine, &FilterEngine::cancelled);
    engine.setFilter(textSpec(QStringLiteral("item \\d+7 status"), true));
    QVERIFY(engine.isRunning());
    engine.cancel();
    QVERIFY(!engine.isRunning());
    QCOMPARE(cancelled.size(), 1);
    QTest::qWait(200);
    QCOMPARE(results.size(), 0);
    QCOMPARE(engine.rowCount(), 400000u);  // still the unfiltered rows
}

void TestLogSearch::parallelResultEqualsSequential()
{
    auto src = bulk(200000);
    FilterSpec spec = textSpec(QStringLiteral("item 1\\d*3 "), true);
    spec.minLevel = LogLevel::Info;
    CompiledFilter compiled;
    QString error;
    QVERIFY(compiled.compile(spec, *src, &error));
    const Rows expected = FilterEngine::filterBlocking(*src, compiled);
    QVERIFY(expected.size() > 1000);

    FilterEngine engine;
    engine.setSource(src);
    QSignalSpy progress(&engine, &FilterEngine::progress);
    engine.setFilter(spec);
    QTRY_VERIFY(!engine.isRunning());
    QVERIFY(engine.rows());
    QCOMPARE(*engine.rows(), expected);
    // Progress only moves forward and ends at 100.
    int last = -1;
    for (const QList<QVariant>& args : progress) {
        QVERIFY(args.first().toInt() >= last);
        last = args.first().toInt();
    }
    QCOMPARE(last, 100);
}

void TestLogSearch::liveTailFiltersOnlyNewRows()
{
    auto first = fixture();
    FilterEngine engine;
    engine.setSource(first);
    engine.setFilter(textSpec(QStringLiteral("error")));
    QTRY_VERIFY(!engine.isRunning());
    QCOMPARE(toList(engine), (RowList { 3, 9 }));

    auto grown = std::make_shared<MemoryLineSource>(*first);
    grown->append(2000, 0, 1, LogLevel::Error, "another error");
    grown->append(2010, 0, 1, LogLevel::Info, "all good");
    grown->append(2020, 1, 1, LogLevel::Error, "ERROR again");
    QSignalSpy appended(&engine, &FilterEngine::rowsAppended);
    QSignalSpy results(&engine, &FilterEngine::resultsChanged);
    engine.extendSource(grown);
    QTRY_COMPARE(appended.size(), 1);
    QCOMPARE(appended.first().first().toUInt(), 2u);
    QCOMPARE(results.size(), 0);
    QCOMPARE(toList(engine), (RowList { 3, 9, 10, 12 }));

    // Without a filter every new row is appended at once.
    engine.clear();
    auto more = std::make_shared<MemoryLineSource>(*grown);
    more->append(3000, 0, -1, LogLevel::Info, "tail");
    appended.clear();
    engine.extendSource(more);
    QCOMPARE(appended.size(), 1);
    QCOMPARE(appended.first().first().toUInt(), 1u);
    QCOMPARE(engine.rowCount(), 14u);
}

void TestLogSearch::badInputDoesNotCrash_data()
{
    QTest::addColumn<FilterSpec>("spec");
    QTest::addColumn<RowList>("expected");
    QTest::newRow("literal over invalid UTF-8 and a 1 MB line") << textSpec(QStringLiteral("needle"), false, true)
                                                                << RowList { 1, 2 };
    QTest::newRow("case-insensitive literal over invalid UTF-8") << textSpec(QStringLiteral("NEEDLE"))
                                                                 << RowList { 1, 2 };
    QTest::newRow("regex over invalid UTF-8 and a 1 MB line") << textSpec(QStringLiteral("ne+dle$"), true)
                                                              << RowList { 1, 2 };
    QTest::newRow("dot-star regex over a 1 MB line") << textSpec(QStringLiteral("^x.*x"), true)
                                                     << RowList { 2 };
    QTest::newRow("non-ASCII needle over truncated sequences") << textSpec(QStringLiteral("\u00e9"))
                                                               << RowList { 3 };
}

void TestLogSearch::badInputDoesNotCrash()
{
    QFETCH(FilterSpec, spec);
    QFETCH(RowList, expected);
    auto s = std::make_shared<MemoryLineSource>();
    s->addFunction(QStringLiteral("f"));
    s->append(1, 0, -1, LogLevel::Info, std::string_view("\xff\xfe\xc3", 3));
    s->append(2, 0, -1, LogLevel::Info, std::string_view("\xc3\x28 \xe2\x82 \xf0\x90\x80 needle", 16));
    std::string huge(1 << 20, 'x');
    huge.replace(1000, 1, "\xff");
    huge += " needle";
    s->append(3, 0, -1, LogLevel::Info, huge);
    s->append(4, 0, -1, LogLevel::Info, std::string_view("caf\xc3\xa9 \xc3", 7));
    s->append(5, 0, -1, LogLevel::Info, std::string_view("\0\x01\x7f", 3));
    FilterEngine engine;
    engine.setSource(s);
    engine.setFilter(spec);
    QTRY_VERIFY(!engine.isRunning());
    QCOMPARE(toList(engine), expected);
    // Highlighting the same lines is safe too.
    const TextMatcherPtr m = engine.highlighters().value(0);
    QVERIFY(m);
    for (uint32_t r = 0; r < s->count(); ++r) {
        for (const MatchRange& range : m->find(s->message(r))) {
            QVERIFY(range.begin < range.end);
            QVERIFY(range.end <= s->message(r).size());
        }
    }
}

void TestLogSearch::density_data()
{
    QTest::addColumn<RowList>("domain");  // empty: all rows
    QTest::addColumn<uint32_t>("domainCount");
    QTest::addColumn<RowList>("marks");
    QTest::addColumn<int>("buckets");
    QTest::addColumn<RowList>("counts");

    RowList every;
    for (uint32_t i = 0; i < 100; ++i)
        every << i;
    QTest::newRow("marks on every row fill buckets evenly") << RowList {} << 100u << every << 4
                                                            << RowList { 25, 25, 25, 25 };
    QTest::newRow("marks at the end land in the last bucket") << RowList {} << 1000u << RowList { 990, 999 } << 4
                                                              << RowList { 0, 0, 0, 2 };
    QTest::newRow("marks outside the shown rows are ignored") << RowList { 10, 20, 30, 40 } << 4u
                                                              << RowList { 5, 20, 25, 40, 99 } << 2
                                                              << RowList { 1, 1 };
    QTest::newRow("more buckets than rows") << RowList {} << 3u << RowList { 0, 2 } << 6 << RowList { 1, 0, 0, 0, 1, 0 };
    QTest::newRow("no rows shown gives empty buckets") << RowList {} << 0u << RowList { 1 } << 3
                                                       << RowList { 0, 0, 0 };
}

void TestLogSearch::density()
{
    QFETCH(RowList, domain);
    QFETCH(uint32_t, domainCount);
    QFETCH(RowList, marks);
    QFETCH(int, buckets);
    QFETCH(RowList, counts);
    const Rows d(domain.begin(), domain.end());
    const Rows m(marks.begin(), marks.end());
    const MatchDensity density = MatchDensity::fromMarks(domain.isEmpty() ? nullptr : &d, domainCount, m, buckets);
    QCOMPARE(RowList(density.counts.begin(), density.counts.end()), counts);
    QCOMPARE(density.maxCount, *std::max_element(counts.begin(), counts.end()));
}

void TestLogSearch::densityOfLevels()
{
    auto s = fixture();
    // Rows 0..9; ERROR or worse at 3, 6, 9; two buckets of five rows.
    MatchDensity d = MatchDensity::fromLevels(*s, nullptr, s->count(), LogLevel::Error, 2);
    QCOMPARE(d.counts, (std::vector<uint32_t> { 1, 2 }));
    const Rows shown { 2, 3, 9 };
    d = MatchDensity::fromLevels(*s, &shown, 3, LogLevel::Error, 3);
    QCOMPARE(d.counts, (std::vector<uint32_t> { 0, 1, 1 }));
    QCOMPARE(d.level(1), 1.0);
}

void TestLogSearch::jsonFieldsDiscoveredAndRead()
{
    auto s = fixture();
    s->append(5000, 0, -1, LogLevel::Info, R"({"level":"WARN","service":"orders","xray_trace_id":"1-abc"})");
    s->append(5010, 0, -1, LogLevel::Info, R"({"service": broken json)");
    s->append(5020, 0, -1, LogLevel::Info, std::string_view("{\"service\":\"\xff\"}", 16));
    const QList<JsonFields::Field> fields = JsonFields::discover(*s);
    QStringList keys;
    for (const JsonFields::Field& f : fields)
        keys << f.key;
    // Commonest first; columns the view already has (level, message) are left out.
    QCOMPARE(keys, (QStringList { QStringLiteral("service"), QStringLiteral("cold_start"),
                       QStringLiteral("xray_trace_id") }));
    QCOMPARE(fields.first().lines, 2u);
    QCOMPARE(JsonFields::value(s->message(8), QStringLiteral("service")), QStringLiteral("orders"));
    QCOMPARE(JsonFields::value(s->message(8), QStringLiteral("cold_start")), QStringLiteral("true"));
    QCOMPARE(JsonFields::value(s->message(8), QStringLiteral("missing")), QString());
    QCOMPARE(JsonFields::value(s->message(1), QStringLiteral("service")), QString());
    QCOMPARE(JsonFields::value(s->message(11), QStringLiteral("service")), QString());
}

void TestLogSearch::fleetAdapterFollowsFleet()
{
    FleetBuilder builder;
    DemoOptions options;
    options.hours = 1;
    options.scale = 0.2;
    generateDemoFleet(builder, options);
    const FleetPtr fleet = builder.finish();
    QVERIFY(fleet && fleet->lineCount() > 1000);
    auto src = std::make_shared<FleetLineSource>(fleet);
    QCOMPARE(size_t(src->count()), fleet->lineCount());
    QCOMPARE(src->functionCount(), uint32_t(fleet->functionCount()));
    for (uint32_t row = 1; row < src->count(); ++row)
        QVERIFY(src->timestampMs(row - 1) <= src->timestampMs(row));
    // Rows map onto the fleet's lines both ways, with the same content.
    for (uint32_t row = 0; row < src->count(); row += 97) {
        const uint32_t line = src->lineIndex(row);
        QCOMPARE(src->rowOfLine(line), row);
        QVERIFY(src->message(row) == fleet->lineMessage(line));
        QCOMPARE(src->invocation(row), fleet->line(line).invocation);
    }
    // An invocation's first row holds its first line.
    const InvocationColumns& c = fleet->columns();
    for (uint32_t inv = 0; inv < c.size(); inv += 13) {
        if (c.lineCount[inv] == 0)
            continue;
        const int64_t first = src->firstRowOf(inv);
        QVERIFY(first >= 0);
        QCOMPARE(src->lineIndex(uint32_t(first)), c.firstLine[inv]);
        QCOMPARE(src->requestId(inv), fleet->string(c.requestId[inv]));
    }
    // "Failed only" keeps exactly the lines of failed invocations.
    FilterEngine engine;
    engine.setSource(src);
    FilterSpec failed;
    failed.failedOnly = true;
    engine.setFilter(failed);
    QTRY_VERIFY(!engine.isRunning());
    size_t expected = 0;
    for (uint32_t line = 0; line < fleet->lineCount(); ++line) {
        const int64_t inv = fleet->line(line).invocation;
        if (inv >= 0 && isFailure(c.outcome[size_t(inv)]))
            ++expected;
    }
    QVERIFY(expected > 0);
    QCOMPARE(size_t(engine.rowCount()), expected);
}

QTEST_GUILESS_MAIN(TestLogSearch)
#include "tst_logsearch.moc"
