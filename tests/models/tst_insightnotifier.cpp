#include "analysis/insightnotifier.h"
#include "analysis/insightwebhook.h"
#include "settings/appsettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace ll;

// Which live insights notify, how (desktop / webhook) and that none notifies twice.
class TestInsightNotifier : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void whatNotifies_data();
    void whatNotifies();
    void sameInsightNeverNotifiesTwice();
    void anotherClusterInTheSameFunctionNotifies();
    void resetStartsANewSession();
    void optionsComeFromTheSettings();
    void webhookReceivesTheSlackBody();
};

namespace {

Insight make(RuleId rule, Severity severity, const QString& function, const QString& subject = {})
{
    Insight i;
    i.rule = rule;
    i.severity = severity;
    i.functionName = function;
    i.subject = subject;
    i.message = QStringLiteral("%1 on %2").arg(QLatin1String(ruleKey(rule)), function);
    return i;
}

QStringList keys(const std::vector<Insight>& insights)
{
    QStringList out;
    for (const Insight& i : insights)
        out << i.key();
    return out;
}

} // namespace

using Insights = std::vector<Insight>;
Q_DECLARE_METATYPE(Insights)

void TestInsightNotifier::whatNotifies_data()
{
    QTest::addColumn<Insights>("fresh");
    QTest::addColumn<bool>("desktop");
    QTest::addColumn<QString>("webhook");
    QTest::addColumn<QStringList>("expected");     // keys, in notification order
    QTest::addColumn<bool>("expectDesktop");
    QTest::addColumn<bool>("expectWebhook");

    const Insight oom = make(RuleId::OutOfMemory, Severity::Critical, QStringLiteral("orders-api"));
    const Insight rate = make(RuleId::ErrorRate, Severity::Warning, QStringLiteral("orders-api"));
    const Insight over = make(RuleId::OverProvisioned, Severity::Info, QStringLiteral("billing"));
    const Insight cluster = make(RuleId::NewErrorCluster, Severity::Warning, QStringLiteral("billing"), QStringLiteral("c0ffee"));
    const QString hook = QStringLiteral("https://hooks.example.com/services/T/B/x");

    QTest::newRow("critical and warning notify, most severe first")
        << Insights { rate, oom } << true << hook << QStringList { oom.key(), rate.key() } << true << true;
    QTest::newRow("info-level over-provisioning never notifies")
        << Insights { over } << true << hook << QStringList() << false << false;
    QTest::newRow("new error cluster notifies")
        << Insights { over, cluster } << true << QString() << QStringList { cluster.key() } << true << false;
    QTest::newRow("desktop notifications off: webhook only")
        << Insights { oom } << false << hook << QStringList { oom.key() } << false << true;
    QTest::newRow("no webhook configured: desktop only")
        << Insights { oom } << true << QString() << QStringList { oom.key() } << true << false;
    QTest::newRow("webhook that is not http is not posted")
        << Insights { oom } << true << QStringLiteral("file:///etc/passwd") << QStringList { oom.key() } << true << false;
    QTest::newRow("webhook without a host is not posted")
        << Insights { oom } << true << QStringLiteral("https://") << QStringList { oom.key() } << true << false;
    QTest::newRow("nothing fresh: nothing to do") << Insights {} << true << hook << QStringList() << false << false;
}

void TestInsightNotifier::whatNotifies()
{
    QFETCH(Insights, fresh);
    QFETCH(bool, desktop);
    QFETCH(QString, webhook);
    QFETCH(QStringList, expected);
    QFETCH(bool, expectDesktop);
    QFETCH(bool, expectWebhook);
    InsightNotifier n;
    const NotificationPlan p = n.plan(fresh, { desktop, webhook });
    QCOMPARE(keys(p.insights), expected);
    QCOMPARE(p.desktop, expectDesktop);
    QCOMPARE(!p.webhookUrl.isEmpty(), expectWebhook);
    QCOMPARE(!p.webhookBody.isEmpty(), expectWebhook);
    if (!p.empty()) {
        QVERIFY(p.title.contains(p.insights.front().functionName));
        QVERIFY(p.text.contains(p.insights.front().message));
    }
}

void TestInsightNotifier::sameInsightNeverNotifiesTwice()
{
    InsightNotifier n;
    const Insight oom = make(RuleId::OutOfMemory, Severity::Critical, QStringLiteral("orders-api"));
    const Insight rate = make(RuleId::ErrorRate, Severity::Warning, QStringLiteral("orders-api"));
    QCOMPARE(n.plan({ oom }, {}).insights.size(), size_t(1));
    // It cleared and triggered again (the tracker would report it afresh after a reset): still quiet.
    QVERIFY(n.plan({ oom }, {}).empty());
    const NotificationPlan p = n.plan({ oom, rate }, {});
    QCOMPARE(keys(p.insights), QStringList { rate.key() });
    // The same rule on another function is another insight.
    QCOMPARE(n.plan({ make(RuleId::OutOfMemory, Severity::Critical, QStringLiteral("billing")) }, {}).insights.size(), size_t(1));
}

void TestInsightNotifier::anotherClusterInTheSameFunctionNotifies()
{
    InsightNotifier n;
    QCOMPARE(n.plan({ make(RuleId::NewErrorCluster, Severity::Warning, QStringLiteral("f"), QStringLiteral("a")) }, {}).insights.size(), size_t(1));
    QCOMPARE(n.plan({ make(RuleId::NewErrorCluster, Severity::Warning, QStringLiteral("f"), QStringLiteral("b")) }, {}).insights.size(), size_t(1));
    QVERIFY(n.plan({ make(RuleId::NewErrorCluster, Severity::Warning, QStringLiteral("f"), QStringLiteral("a")) }, {}).empty());
}

void TestInsightNotifier::resetStartsANewSession()
{
    InsightNotifier n;
    const Insight oom = make(RuleId::OutOfMemory, Severity::Critical, QStringLiteral("orders-api"));
    QVERIFY(!n.plan({ oom }, {}).empty());
    n.reset();
    QVERIFY(!n.plan({ oom }, {}).empty());
}

void TestInsightNotifier::optionsComeFromTheSettings()
{
    AppSettings s;
    s.desktopNotifications = false;
    s.webhookUrl = QStringLiteral("https://chat.example.com/hooks/abc");
    const InsightNotifier::Options o = InsightNotifier::optionsFrom(s);
    QCOMPARE(o.desktop, false);
    QCOMPARE(o.webhookUrl, s.webhookUrl);
}

namespace {
// A local HTTP server on 127.0.0.1 that prints each POST (path, content type, body) on one line
// and answers 200. Prints its port first.
const char* kServer = R"PY(
import http.server, sys
class H(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get('Content-Length', 0)))
        sys.stdout.write(self.path + '|' + self.headers.get('Content-Type', '') + '|' + body.decode() + '\n'); sys.stdout.flush()
        self.send_response(200); self.end_headers(); self.wfile.write(b'ok')
    def log_message(self, *a): pass
s = http.server.HTTPServer(('127.0.0.1', 0), H)
print(s.server_address[1], flush=True)
s.serve_forever()
)PY";
}

void TestInsightNotifier::webhookReceivesTheSlackBody()
{
    QProcess server;
    server.start(QStringLiteral("python3"), { QStringLiteral("-c"), QString::fromUtf8(kServer) });
    if (!server.waitForStarted(5000))
        QSKIP("python3 is not available");
    QVERIFY(server.waitForReadyRead(5000));
    const int port = server.readLine().trimmed().toInt();
    QVERIFY(port > 0);

    InsightNotifier n;
    Insight oom = make(RuleId::OutOfMemory, Severity::Critical, QStringLiteral("orders-api"));
    oom.message = QStringLiteral("3 invocations killed for running out of memory.");
    const Insight cluster = make(RuleId::NewErrorCluster, Severity::Warning, QStringLiteral("billing"), QStringLiteral("c0ffee"));
    const NotificationPlan p = n.plan({ cluster, oom }, { false, QStringLiteral("http://127.0.0.1:%1/services/T/B/x").arg(port) });
    QVERIFY(!p.webhookUrl.isEmpty());
    const WebhookResult r = postWebhook(p.webhookUrl, p.webhookBody, 5000);
    QVERIFY2(r.ok(), qPrintable(r.message));

    QByteArray received;
    for (int i = 0; i < 50 && !received.endsWith('\n'); ++i) {
        server.waitForReadyRead(100);
        received += server.readAllStandardOutput();
    }
    server.kill();
    server.waitForFinished();
    const QList<QByteArray> parts = received.trimmed().split('|');
    QCOMPARE(parts.size(), 3);
    QCOMPARE(parts[0], QByteArray("/services/T/B/x"));
    QCOMPARE(parts[1], QByteArray("application/json"));
    // Slack's incoming-webhook format: one object with a "text" field, nothing else required.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(parts[2], &error);
    QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
    const QJsonObject o = doc.object();
    QCOMPARE(o.keys(), QStringList { QStringLiteral("text") });
    const QStringList lines = o.value(QStringLiteral("text")).toString().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], QStringLiteral("Lambdalens"));
    QVERIFY(lines[1].startsWith(QStringLiteral("[critical] orders-api")));
    QVERIFY(lines[1].contains(oom.message));
    QVERIFY(lines[2].startsWith(QStringLiteral("[warning] billing")));
    QVERIFY(lines[2].contains(ruleTitle(RuleId::NewErrorCluster)));
}

QTEST_GUILESS_MAIN(TestInsightNotifier)
#include "tst_insightnotifier.moc"
