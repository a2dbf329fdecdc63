#include "analysis/insightrules.h"
#include "analysis/insightwebhook.h"
#include "columnsfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>

using namespace ll;
using lltest::kMinute;
using lltest::kT0;
using lltest::Row;

namespace {

struct Case {
    std::function<InvocationColumns()> make;
    double timeoutS = 0;
};

Row ok(uint16_t size = 512, uint16_t used = 400, float duration = 100)
{
    Row r;
    r.sizeMb = size;
    r.usedMb = used;
    r.durationMs = duration;
    r.billedMs = duration;
    return r;
}

// n invocations one second apart starting at kT0; `tweak(i, row)` changes some.
InvocationColumns series(int n, const std::function<void(int, Row&)>& tweak = {}, Row base = ok())
{
    lltest::ColumnsBuilder b;
    for (int i = 0; i < n; ++i) {
        Row r = base;
        r.startMs = kT0 + i * 1000;
        if (tweak)
            tweak(i, r);
        b.add(r);
    }
    return b.finish();
}

std::vector<Insight> evaluate(const Case& c, const RuleSettings& s = {}, InvocationColumns* keep = nullptr)
{
    static InvocationColumns columns;
    columns = c.make();
    if (keep)
        *keep = columns;
    InsightInput in;
    in.columns = &columns;
    in.functionNames = { QStringLiteral("orders-api") };
    in.timeoutSeconds = { c.timeoutS };
    return evaluateRules(in, s);
}

const Insight* find(const std::vector<Insight>& all, RuleId rule)
{
    for (const Insight& i : all) {
        if (i.rule == rule)
            return &i;
    }
    return nullptr;
}

} // namespace

Q_DECLARE_METATYPE(Case)

class TestInsightRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rules_data();
    void rules();
    void mutedRuleStaysQuiet();
    void thresholdsRoundTripThroughSettings();
    void trackerReportsEachInsightOnce();
    void clusterHookFeedsNewClusterInsights();
    void timeoutLines_data();
    void timeoutLines();
    void slackPayloadIsJsonText();
    void webhookPostsToLocalServer();
    void webhookErrorsAreData();
};

void TestInsightRules::rules_data()
{
    QTest::addColumn<Case>("fixture");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("triggers");
    QTest::addColumn<int>("evidence");   // evidence row count when it triggers

    // 50% used: healthy memory, no failures, warm.
    const Case healthy { [] { return series(100); } };

    QTest::newRow("memory above 90% for 15 minutes is memory pressure")
        << Case { [] { return series(100, {}, ok(512, 480)); } } << QStringLiteral("memory-pressure") << true << 100;
    QTest::newRow("one spike above 90% in a calm window is not memory pressure")
        << Case { [] { return series(100, [](int i, Row& r) { if (i == 5) r.usedMb = 510; }); } }
        << QStringLiteral("memory-pressure") << false << 0;
    QTest::newRow("2 failures in 100 is above the 1% error rate")
        << Case { [] { return series(100, [](int i, Row& r) { if (i % 50 == 0) r.outcome = Outcome::Error; }); } }
        << QStringLiteral("error-rate") << true << 2;
    QTest::newRow("1 failure in 100 is not above 1%")
        << Case { [] { return series(100, [](int i, Row& r) { if (i == 3) r.outcome = Outcome::Error; }); } }
        << QStringLiteral("error-rate") << false << 0;
    QTest::newRow("11 failures in 100 is the critical error rate")
        << Case { [] { return series(100, [](int i, Row& r) { if (i < 11) r.outcome = Outcome::Crash; }); } }
        << QStringLiteral("error-rate-critical") << true << 11;
    QTest::newRow("10 failures in 100 is not above 10%")
        << Case { [] { return series(100, [](int i, Row& r) { if (i < 10) r.outcome = Outcome::Error; }); } }
        << QStringLiteral("error-rate-critical") << false << 0;
    QTest::newRow("a few failures among too few invocations say nothing about a rate")
        << Case { [] { return series(5, [](int i, Row& r) { if (i == 0) r.outcome = Outcome::Error; }); } }
        << QStringLiteral("error-rate-critical") << false << 0;
    QTest::newRow("a single out-of-memory kill is reported")
        << Case { [] { return series(100, [](int i, Row& r) { if (i == 42) { r.outcome = Outcome::OutOfMemory; r.usedMb = 512; } }); } }
        << QStringLiteral("out-of-memory") << true << 1;
    QTest::newRow("no out-of-memory kill, no insight") << healthy << QStringLiteral("out-of-memory") << false << 0;
    QTest::newRow("timeouts are reported")
        << Case { [] { return series(100, [](int i, Row& r) { if (i % 40 == 1) { r.outcome = Outcome::Timeout; r.durationMs = 3000; } }); }, 3 }
        << QStringLiteral("timeouts") << true << 3;
    QTest::newRow("no timeout, no insight") << healthy << QStringLiteral("timeouts") << false << 0;
    QTest::newRow("durations within 10% of a 3 s timeout are near-timeouts")
        << Case { [] { return series(100, [](int i, Row& r) { if (i < 4) r.durationMs = 2750; }); }, 3 }
        << QStringLiteral("near-timeout") << true << 4;
    QTest::newRow("2.6 s with a 3 s timeout is not near it")
        << Case { [] { return series(100, [](int i, Row& r) { if (i < 4) r.durationMs = 2600; }); }, 3 }
        << QStringLiteral("near-timeout") << false << 0;
    QTest::newRow("long durations with an unknown timeout are not near-timeouts")
        << Case { [] { return series(100, [](int, Row& r) { r.durationMs = 899000; }); }, 0 }
        << QStringLiteral("near-timeout") << false << 0;
    QTest::newRow("peak below half the size is over-provisioned")
        << Case { [] { return series(100, {}, ok(1024, 300)); } } << QStringLiteral("over-provisioned") << true << 1;
    QTest::newRow("peak at half the size is not over-provisioned")
        << Case { [] { return series(100, [](int i, Row& r) { if (i == 7) r.usedMb = 512; }, ok(1024, 300)); } }
        << QStringLiteral("over-provisioned") << false << 0;
    QTest::newRow("one cold start in five is above the 10% cold-start rate")
        << Case { [] { return series(100, [](int i, Row& r) { r.cold = i % 5 == 0; }); } }
        << QStringLiteral("cold-start-rate") << true << 20;
    QTest::newRow("one cold start in a hundred is fine")
        << Case { [] { return series(100, [](int i, Row& r) { r.cold = i == 0; }); } }
        << QStringLiteral("cold-start-rate") << false << 0;
}

void TestInsightRules::rules()
{
    QFETCH(Case, fixture);
    QFETCH(QString, rule);
    QFETCH(bool, triggers);
    QFETCH(int, evidence);
    InvocationColumns c;
    const auto all = evaluate(fixture, {}, &c);
    const auto id = ruleFromKey(rule.toStdString());
    QVERIFY(id);
    const Insight* in = find(all, *id);
    QCOMPARE(in != nullptr, triggers);
    if (!in)
        return;
    QCOMPARE(in->functionName, QStringLiteral("orders-api"));
    QCOMPARE(int(in->evidence.totalRows), evidence);
    QCOMPARE(int(in->evidence.rows.size()), evidence);
    QVERIFY(!in->message.isEmpty());
    QVERIFY(in->evidence.fromMs < in->evidence.toMs);
    for (uint32_t row : in->evidence.rows) {
        QVERIFY(row < c.size());
        QVERIFY(c.startMs[row] >= in->evidence.fromMs && c.startMs[row] < in->evidence.toMs);
    }
}

void TestInsightRules::mutedRuleStaysQuiet()
{
    const Case oom { [] { return series(100, [](int i, Row& r) { if (i < 20) r.outcome = Outcome::OutOfMemory; }); } };
    RuleSettings s;
    QVERIFY(find(evaluate(oom, s), RuleId::OutOfMemory));
    QVERIFY(find(evaluate(oom, s), RuleId::ErrorRateCritical));
    s.setMuted(RuleId::OutOfMemory, true);
    s.setMuted(RuleId::ErrorRateCritical, true);
    const auto all = evaluate(oom, s);
    QVERIFY(!find(all, RuleId::OutOfMemory));
    QVERIFY(!find(all, RuleId::ErrorRateCritical));
    QVERIFY(find(all, RuleId::ErrorRate));   // the warning level still speaks
}

void TestInsightRules::thresholdsRoundTripThroughSettings()
{
    QTemporaryDir dir;
    QSettings q(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    RuleSettings s;
    s.errorRateWarning = 0.05;
    s.memoryWindowMs = 5 * kMinute;
    s.setMuted(RuleId::ColdStartRate, true);
    s.save(q);
    const RuleSettings back = RuleSettings::load(q);
    QCOMPARE(back.errorRateWarning, 0.05);
    QCOMPARE(back.memoryWindowMs, 5 * kMinute);
    QVERIFY(back.isMuted(RuleId::ColdStartRate));
    QVERIFY(!back.isMuted(RuleId::OutOfMemory));
    // An edited threshold changes the verdict.
    const Case twoPct { [] { return series(100, [](int i, Row& r) { if (i % 50 == 0) r.outcome = Outcome::Error; }); } };
    QVERIFY(!find(evaluate(twoPct, back), RuleId::ErrorRate));
}

void TestInsightRules::trackerReportsEachInsightOnce()
{
    InsightTracker tracker;
    InvocationColumns c = series(50);
    InsightInput in;
    in.columns = &c;
    in.functionNames = { QStringLiteral("f") };
    QVERIFY(tracker.update(in, {}).empty());
    // Data arrives: an OOM kill.
    c = series(60, [](int i, Row& r) { if (i == 55) r.outcome = Outcome::OutOfMemory; });
    const auto fresh = tracker.update(in, {});
    QVERIFY(find(fresh, RuleId::OutOfMemory));
    // More data, same problem: not new.
    c = series(70, [](int i, Row& r) { if (i == 55 || i == 65) r.outcome = Outcome::OutOfMemory; });
    QVERIFY(!find(tracker.update(in, {}), RuleId::OutOfMemory));
    QVERIFY(find(tracker.current(), RuleId::OutOfMemory));
    QCOMPARE(find(tracker.current(), RuleId::OutOfMemory)->evidence.totalRows, 2u);
}

void TestInsightRules::clusterHookFeedsNewClusterInsights()
{
    InvocationColumns c = series(10);
    InsightInput in;
    in.columns = &c;
    RuleSettings s;
    const ErrorClusterHook hook = [](const InsightInput&, const RuleSettings&) {
        Insight i;
        i.functionName = QStringLiteral("f");
        i.message = QStringLiteral("TypeError: x is undefined (new)");
        return std::vector<Insight> { i };
    };
    QVERIFY(find(evaluateRules(in, s, hook), RuleId::NewErrorCluster));
    s.setMuted(RuleId::NewErrorCluster, true);
    QVERIFY(!find(evaluateRules(in, s, hook), RuleId::NewErrorCluster));
}

void TestInsightRules::timeoutLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<double>("seconds");   // 0: not a timeout line
    QTest::newRow("reference text line") << QByteArray("2024-03-13T10:00:03.021Z 6f1c0b9d Task timed out after 3.00 seconds\n") << 3.0;
    QTest::newRow("odd hundredths") << QByteArray("Task timed out after 3.05 seconds") << 3.05;
    QTest::newRow("fifteen minutes") << QByteArray("x Task timed out after 900.00 seconds") << 900.0;
    QTest::newRow("truncated line is not a timeout") << QByteArray("Task timed out after 3.0") << 0.0;
    QTest::newRow("no number") << QByteArray("Task timed out after lots of seconds") << 0.0;
    QTest::newRow("an application line") << QByteArray("INFO processing order 42") << 0.0;
}

void TestInsightRules::timeoutLines()
{
    QFETCH(QByteArray, line);
    QFETCH(double, seconds);
    const auto s = parseTimeoutSeconds(std::string_view(line.constData(), size_t(line.size())));
    QCOMPARE(s.value_or(0.0), seconds);
}

void TestInsightRules::slackPayloadIsJsonText()
{
    Insight i;
    i.rule = RuleId::OutOfMemory;
    i.severity = Severity::Critical;
    i.functionName = QStringLiteral("orders-api \"quoted\"");
    i.message = QStringLiteral("3 killed");
    const QJsonDocument doc = QJsonDocument::fromJson(slackPayload({ i }, QStringLiteral("Lambdalens")));
    QVERIFY(doc.isObject());
    const QString text = doc.object().value(QStringLiteral("text")).toString();
    QVERIFY(text.startsWith(QStringLiteral("Lambdalens\n[critical] orders-api \"quoted\"")));
    QVERIFY(text.contains(QStringLiteral("3 killed")));
}

namespace {
// A local HTTP server on 127.0.0.1 that prints each POST body on one line and answers 200
// (or 500 for /fail). Prints its port first.
const char* kServer = R"PY(
import http.server, sys
class H(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get('Content-Length', 0)))
        sys.stdout.write(self.headers.get('Content-Type', '') + '|' + body.decode() + '\n'); sys.stdout.flush()
        self.send_response(500 if self.path == '/fail' else 200); self.end_headers(); self.wfile.write(b'ok')
    def log_message(self, *a): pass
s = http.server.HTTPServer(('127.0.0.1', 0), H)
print(s.server_address[1], flush=True)
s.serve_forever()
)PY";
}

void TestInsightRules::webhookPostsToLocalServer()
{
    QProcess server;
    server.start(QStringLiteral("python3"), { QStringLiteral("-c"), QString::fromUtf8(kServer) });
    if (!server.waitForStarted(5000))
        QSKIP("python3 is not available");
    QVERIFY(server.waitForReadyRead(5000));
    const int port = server.readLine().trimmed().toInt();
    QVERIFY(port > 0);
    Insight i;
    i.rule = RuleId::Timeouts;
    i.functionName = QStringLiteral("orders-api");
    i.message = QStringLiteral("2 timed out");
    const QByteArray body = slackPayload({ i });
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/hook").arg(port));
    const WebhookResult r = postWebhook(url, body, 5000);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.httpStatus, 200L);
    QByteArray received;
    for (int i = 0; i < 50 && !received.endsWith('\n'); ++i) {
        server.waitForReadyRead(100);
        received += server.readAllStandardOutput();
    }
    received = received.trimmed();
    QCOMPARE(received, QByteArray("application/json|") + body);

    const WebhookResult failed = postWebhook(QUrl(QStringLiteral("http://127.0.0.1:%1/fail").arg(port)), body, 5000);
    QCOMPARE(failed.status, WebhookResult::Status::HttpError);
    QCOMPARE(failed.httpStatus, 500L);
    QVERIFY(!failed.message.isEmpty());
    server.kill();
    server.waitForFinished();
}

void TestInsightRules::webhookErrorsAreData()
{
    QCOMPARE(postWebhook(QUrl(QStringLiteral("file:///etc/passwd")), "{}").status, WebhookResult::Status::BadUrl);
    // Port 1 on loopback: nothing listens there.
    const WebhookResult r = postWebhook(QUrl(QStringLiteral("http://127.0.0.1:1/")), "{}", 2000);
    QCOMPARE(r.status, WebhookResult::Status::Network);
    QVERIFY(!r.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestInsightRules)
#include "tst_insightrules.moc"
