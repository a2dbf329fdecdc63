#include "logsearch/memorylinesource.h"
#include "logview/filterbar.h"
#include "logview/logbrowser.h"
#include "logview/logview.h"
#include "selection/selection.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <atomic>
#include <mutex>

using namespace ll;

namespace {

// Wraps a source and records what the view asks for.
class CountingSource : public LineSource {
public:
    explicit CountingSource(std::shared_ptr<const MemoryLineSource> inner)
        : m_inner(std::move(inner))
    {
    }
    uint32_t count() const override { return m_inner->count(); }
    std::string_view message(uint32_t row) const override
    {
        ++messageCalls;
        return m_inner->message(row);
    }
    int64_t timestampMs(uint32_t row) const override { return m_inner->timestampMs(row); }
    LogLevel level(uint32_t row) const override { return m_inner->level(row); }
    uint32_t function(uint32_t row) const override { return m_inner->function(row); }
    int64_t invocation(uint32_t row) const override { return m_inner->invocation(row); }
    Outcome outcome(int64_t inv) const override { return m_inner->outcome(inv); }
    std::string_view requestId(int64_t inv) const override { return m_inner->requestId(inv); }
    QString functionName(uint32_t f) const override { return m_inner->functionName(f); }
    uint32_t functionCount() const override { return m_inner->functionCount(); }
    void fetch(const uint32_t* rows, size_t n, std::vector<LineRecord>* out) const override
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            fetches.push_back(std::vector<uint32_t>(rows, rows + n));
        }
        // Through the inner source: message() calls here are not the view's.
        m_inner->fetch(rows, n, out);
    }
    std::vector<std::vector<uint32_t>> takeFetches() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return std::exchange(fetches, {});
    }
    mutable std::atomic<int> messageCalls { 0 };

private:
    std::shared_ptr<const MemoryLineSource> m_inner;
    mutable std::mutex m_mutex;
    mutable std::vector<std::vector<uint32_t>> fetches;
};

std::shared_ptr<MemoryLineSource> numbered(uint32_t lines)
{
    auto s = std::make_shared<MemoryLineSource>();
    s->addFunction(QStringLiteral("orders-api"));
    const int64_t inv = s->addInvocation(Outcome::Ok, "8f2b5c1e-0d1a-4a51-9c3e-5b7f0a9d2e44");
    s->reserve(lines, size_t(lines) * 24);
    for (uint32_t i = 0; i < lines; ++i)
        s->append(int64_t(i) * 10, 0, inv, i % 50 == 0 ? LogLevel::Error : LogLevel::Info, "line " + std::to_string(i));
    return s;
}

// What a screenshot and a person would look at: three functions, JSON lines, an error with a
// stack trace, HTML and control characters in messages, a very long line.
std::shared_ptr<MemoryLineSource> sample()
{
    auto s = std::make_shared<MemoryLineSource>();
    const uint32_t orders = s->addFunction(QStringLiteral("orders-api"));
    const uint32_t billing = s->addFunction(QStringLiteral("billing-worker"));
    const uint32_t images = s->addFunction(QStringLiteral("image-resizer"));
    int64_t t = 1764320400000;  // 2025-11-28T09:00:00Z
    const char* ids[] = { "8f2b5c1e-0d1a-4a51-9c3e-5b7f0a9d2e44", "c03e7d9a-6b12-47f0-8d55-2e9a1f4b7c60",
        "1a7d3f58-93c2-4e6b-a0f1-7c2d9e5b8a13", "e5b9c2d7-41a8-4f3e-b6d0-9a8c7e1f2b35" };
    const int64_t ok = s->addInvocation(Outcome::Ok, ids[0]);
    const int64_t err = s->addInvocation(Outcome::Error, ids[1]);
    const int64_t timeout = s->addInvocation(Outcome::Timeout, ids[2]);
    const int64_t json = s->addInvocation(Outcome::Ok, ids[3]);
    auto add = [&](uint32_t f, int64_t inv, LogLevel l, const std::string& m, LineKind k = LineKind::App) {
        t += 37;
        s->append(t, f, inv, l, m, k);
    };
    add(orders, -1, LogLevel::None, "INIT_START Runtime Version: nodejs:20.v22", LineKind::InitStart);
    add(orders, ok, LogLevel::None, std::string("START RequestId: ") + ids[0] + " Version: $LATEST", LineKind::Start);
    add(orders, ok, LogLevel::Info, "Received order 4711 from customer c-2931 (3 items, total 129.90 EUR)");
    add(orders, ok, LogLevel::Debug, "cache hit for product catalogue (age 41 s)");
    add(orders, ok, LogLevel::Warn, "Slow DynamoDB response: 812 ms for PutItem on table orders");
    add(orders, ok, LogLevel::Info, "Order 4711 stored; publishing OrderCreated event");
    add(orders, ok, LogLevel::None, std::string("END RequestId: ") + ids[0], LineKind::End);
    add(orders, ok, LogLevel::None,
        std::string("REPORT RequestId: ") + ids[0]
            + "\tDuration: 1021.43 ms\tBilled Duration: 1022 ms\tMemory Size: 512 MB\tMax Memory Used: 143 MB",
        LineKind::Report);
    add(billing, err, LogLevel::Info, "Charging card ending 4242 for order 4711");
    add(billing, err, LogLevel::Error,
        "TypeError: Cannot read properties of undefined (reading 'amount')\n    at charge (/var/task/billing.js:42:17)");
    add(billing, err, LogLevel::Info, "<b>customer note</b>: please <script>alert('x')</script> deliver & ring twice");
    add(billing, err, LogLevel::Warn, std::string("control chars:\tTAB \x01 SOH \x1b[31m ANSI red\x1b[0m end"));
    add(images, timeout, LogLevel::Info, "Resizing s3://uploads/raw/IMG_2231.jpg to 3 sizes");
    add(images, timeout, LogLevel::Info,
        "Long line: " + std::string(60, '=') + " payload " + std::string(3000, 'x') + " END OF LONG LINE");
    add(images, timeout, LogLevel::Error, std::string(ids[2]) + " Task timed out after 3.00 seconds",
        LineKind::Timeout);
    add(orders, json, LogLevel::Info,
        R"({"level":"INFO","location":"handler:27","message":"Order validated","service":"orders","cold_start":false,"function_request_id":"e5b9c2d7","xray_trace_id":"1-6748-abc"})");
    add(orders, json, LogLevel::Error,
        R"({"level":"ERROR","location":"handler:61","message":"Payment declined","service":"orders","cold_start":false,"function_request_id":"e5b9c2d7","exception_name":"PaymentError"})");
    add(orders, json, LogLevel::Fatal, "Runtime exited with error: signal: killed Runtime.ExitError");
    for (int i = 0; i < 40; ++i)
        add(i % 3 == 0 ? billing : orders, ok, i % 7 == 0 ? LogLevel::Warn : LogLevel::Info,
            "heartbeat " + std::to_string(i) + ": queue depth " + std::to_string(i * 3 % 17));
    return s;
}

void render(QWidget* w) { w->grab(); }

QString screenshotDir() { return qEnvironmentVariable("LAMBDALENS_SCREENSHOT_DIR"); }

} // namespace

class TestLogView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void scrollingFetchesVisibleRowsOnly_data();
    void scrollingFetchesVisibleRowsOnly();
    void followModePausesWhenScrolledUp();
    void htmlMessageRendersLiterally_data();
    void htmlMessageRendersLiterally();
    void noRichTextInLabelsOrTooltips();
    void filterBarDrivesEngine();
    void invalidRegexShowsInlineBanner();
    void filterWithinAndStepBack();
    void slashFocusesFilterAndEscClears();
    void selectionSync();
    void contextModeMarksMatches();
    void jsonFieldsBecomeColumns();
    void screenshots();
};

void TestLogView::scrollingFetchesVisibleRowsOnly_data()
{
    QTest::addColumn<int>("scrollTo");
    QTest::newRow("top of a million lines") << 0;
    QTest::newRow("middle of a million lines") << 500000;
    QTest::newRow("scrolled past the end clamps to the last page") << 2000000;
}

void TestLogView::scrollingFetchesVisibleRowsOnly()
{
    QFETCH(int, scrollTo);
    auto counting = std::make_shared<CountingSource>(numbered(1000000));
    LogView view;
    view.resize(900, 400);
    view.setSource(counting);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.verticalScrollBar()->setValue(100);  // somewhere else first, so every row scrolls
    render(view.viewport());
    counting->takeFetches();
    view.verticalScrollBar()->setValue(scrollTo);
    render(view.viewport());
    const auto fetches = counting->takeFetches();
    QCOMPARE(fetches.size(), size_t(1));  // one batch per repaint
    const std::vector<uint32_t>& rows = fetches.front();
    const uint32_t first = uint32_t(view.firstVisibleIndex());
    QVERIFY(rows.size() <= size_t(view.visibleRowCapacity()));
    QVERIFY(rows.size() >= size_t(view.viewport()->height() / QFontMetrics(view.font()).height() / 2));
    QCOMPARE(rows.front(), first);
    QCOMPARE(rows.back(), first + uint32_t(rows.size()) - 1);
    QCOMPARE(counting->messageCalls.load(), 0);
    // An unchanged view repaints from its cache without fetching.
    render(view.viewport());
    QCOMPARE(counting->takeFetches().size(), size_t(0));
    QCOMPARE(view.cellText(first, LogView::Message), QStringLiteral("line %1").arg(first));
}

void TestLogView::followModePausesWhenScrolledUp()
{
    auto src = numbered(1000);
    LogView view;
    view.resize(600, 300);
    view.setSource(src);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QScrollBar* bar = view.verticalScrollBar();
    view.scrollToBottom();
    QVERIFY(view.isFollowing());

    // At the bottom: new lines scroll into view.
    view.appendRows(nullptr, 1010, 10);
    QCOMPARE(bar->value(), bar->maximum());
    QCOMPARE(view.newLineCount(), 0u);

    // Scrolled up: the view stays put and counts what arrived.
    QSignalSpy follow(&view, &LogView::followChanged);
    bar->setValue(bar->maximum() - 20);
    QVERIFY(!view.isFollowing());
    QCOMPARE(follow.size(), 1);
    const int kept = bar->value();
    view.appendRows(nullptr, 1017, 7);
    view.appendRows(nullptr, 1020, 3);
    QCOMPARE(bar->value(), kept);
    QCOMPARE(view.newLineCount(), 10u);

    // Back at the bottom: following again, the counter resets.
    view.scrollToBottom();
    QVERIFY(view.isFollowing());
    QCOMPARE(view.newLineCount(), 0u);
    view.appendRows(nullptr, 1021, 1);
    QCOMPARE(bar->value(), bar->maximum());
}

void TestLogView::htmlMessageRendersLiterally_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("shown");
    QTest::newRow("bold tags are not interpreted") << QByteArray("<b>bold</b> & <i>it</i>")
                                                   << QStringLiteral("<b>bold</b> & <i>it</i>");
    QTest::newRow("script tag stays text") << QByteArray("<script>alert(1)</script>")
                                           << QStringLiteral("<script>alert(1)</script>");
    QTest::newRow("entities are not decoded") << QByteArray("&lt;tag&gt; &amp;") << QStringLiteral("&lt;tag&gt; &amp;");
    QTest::newRow("control characters become visible symbols") << QByteArray("a\x01z\tq\nn\x1b[0m\x7f")
                                                                << QStringLiteral("a\u2401z\u21e5q\u23cen\u241b[0m\u2421");
    QTest::newRow("invalid UTF-8 becomes replacement characters") << QByteArray("ok \xff end")
                                                                   << QStringLiteral("ok \ufffd end");
}

void TestLogView::htmlMessageRendersLiterally()
{
    QFETCH(QByteArray, message);
    QFETCH(QString, shown);
    auto src = std::make_shared<MemoryLineSource>();
    src->addFunction(QStringLiteral("f"));
    src->append(1, 0, -1, LogLevel::Info, std::string_view(message.constData(), size_t(message.size())));
    LogBrowser browser;
    browser.resize(900, 400);
    browser.setSource(src);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    QCOMPARE(browser.view()->cellText(0, LogView::Message), shown);
    browser.view()->setCurrentSourceRow(0);
    // The detail pane keeps tabs and newlines as layout; everything else as in the view.
    QString detail = shown;
    detail.replace(QChar(0x21e5), QLatin1Char('\t')).replace(QChar(0x23ce), QLatin1Char('\n'));
    QCOMPARE(browser.detailPane()->toPlainText(), detail);
    render(&browser);
}

void TestLogView::noRichTextInLabelsOrTooltips()
{
    LogBrowser browser;
    browser.resize(900, 400);
    browser.setSource(sample());
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    browser.filterBar()->regexButton()->setChecked(true);
    QTest::keyClicks(browser.filterBar()->textEdit(), QStringLiteral("<b>(x"));
    browser.filterBar()->apply();
    QVERIFY(browser.filterBar()->errorBanner()->isVisible());
    for (QLabel* label : browser.findChildren<QLabel*>())
        QCOMPARE(label->textFormat(), Qt::PlainText);
    // No widget carries log text in a tooltip, and the view swallows tooltip events.
    for (QWidget* w : browser.findChildren<QWidget*>()) {
        QVERIFY2(!w->toolTip().contains(QLatin1String("<script>")), qPrintable(w->toolTip()));
        QVERIFY(!w->toolTip().contains(QLatin1String("<b>")));
    }
    QHelpEvent tip(QEvent::ToolTip, QPoint(100, 20), browser.view()->viewport()->mapToGlobal(QPoint(100, 20)));
    QVERIFY(QApplication::sendEvent(browser.view()->viewport(), &tip));
}

void TestLogView::filterBarDrivesEngine()
{
    LogBrowser browser;
    browser.resize(900, 400);
    auto src = sample();
    browser.setSource(src);
    browser.show();
    FilterBar* bar = browser.filterBar();
    FilterEngine* engine = browser.engine();
    QTest::keyClicks(bar->textEdit(), QStringLiteral("order 4711"));
    QTRY_COMPARE(engine->currentSpec().text, QStringLiteral("order 4711"));
    QTRY_VERIFY(!engine->isRunning());
    // "Received order 4711", "Order 4711 stored", "Charging card … for order 4711": case-insensitive.
    QCOMPARE(engine->rowCount(), 3u);
    QCOMPARE(browser.view()->rowCount(), 3u);
    QVERIFY(bar->countLabel()->text().startsWith(QLatin1String("3 ")));

    bar->caseButton()->setChecked(true);
    QTRY_VERIFY(!engine->isRunning());
    QVERIFY(engine->currentSpec().caseSensitive);
    QCOMPARE(engine->rowCount(), 2u);

    bar->textEdit()->clear();
    bar->apply();
    bar->levelCombo()->setCurrentIndex(bar->levelCombo()->findData(int(LogLevel::Error)));
    QTRY_VERIFY(!engine->isRunning());
    QCOMPARE(engine->currentSpec().minLevel, LogLevel::Error);
    for (uint32_t i = 0; i < engine->rowCount(); ++i)
        QVERIFY(src->level(engine->rowAt(i)) >= LogLevel::Error);
    QCOMPARE(engine->rowCount(), 4u);

    bar->failedOnlyBox()->setChecked(true);
    QTRY_VERIFY(!engine->isRunning());
    QCOMPARE(engine->rowCount(), 2u);  // the TypeError and the timeout; not the JSON ERROR of an ok invocation
}

void TestLogView::invalidRegexShowsInlineBanner()
{
    LogBrowser browser;
    browser.resize(900, 400);
    browser.setSource(sample());
    browser.show();
    FilterBar* bar = browser.filterBar();
    bar->regexButton()->setChecked(true);
    bar->textEdit()->setText(QStringLiteral("timed (out"));
    bar->apply();
    QVERIFY(bar->errorBanner()->isVisible());
    QVERIFY(bar->errorBanner()->text().contains(QLatin1String("Invalid regular expression")));
    const auto dialogs = QApplication::topLevelWidgets();
    for (QWidget* w : dialogs)
        QVERIFY(!qobject_cast<QDialog*>(w) || !w->isVisible());
    QCOMPARE(browser.engine()->rowCount(), browser.engine()->source()->count());  // nothing filtered away
    bar->textEdit()->setText(QStringLiteral("timed (out)"));
    bar->apply();
    QTRY_VERIFY(!browser.engine()->isRunning());
    QVERIFY(!bar->errorBanner()->isVisible());
    QCOMPARE(browser.engine()->rowCount(), 1u);
}

void TestLogView::filterWithinAndStepBack()
{
    LogBrowser browser;
    browser.resize(900, 400);
    browser.setSource(sample());
    browser.show();
    FilterBar* bar = browser.filterBar();
    FilterEngine* engine = browser.engine();
    bar->textEdit()->setText(QStringLiteral("order"));
    bar->apply();
    QTRY_VERIFY(!engine->isRunning());
    const uint32_t orders = engine->rowCount();
    QVERIFY(orders >= 4);
    bar->withinButton()->click();
    QCOMPARE(engine->depth(), 2);
    QVERIFY(bar->textEdit()->text().isEmpty());
    QCOMPARE(bar->breadcrumbButtons().size(), 1);
    bar->textEdit()->setText(QStringLiteral("4711"));
    bar->apply();
    QTRY_VERIFY(!engine->isRunning());
    QCOMPARE(engine->rowCount(), 3u);
    QCOMPARE(browser.view()->rowCount(), 3u);
    bar->backButton()->click();
    QCOMPARE(engine->depth(), 1);
    QCOMPARE(engine->rowCount(), orders);
    QCOMPARE(bar->textEdit()->text(), QStringLiteral("order"));
}

void TestLogView::slashFocusesFilterAndEscClears()
{
    LogBrowser browser;
    browser.resize(900, 400);
    browser.setSource(sample());
    browser.show();
    QVERIFY(QTest::qWaitForWindowActive(&browser));
    browser.view()->setFocus();
    QTest::keyClick(browser.view(), Qt::Key_Slash);
    QVERIFY(browser.filterBar()->textEdit()->hasFocus());
    QTest::keyClicks(browser.filterBar()->textEdit(), QStringLiteral("heartbeat"));
    QTRY_VERIFY(!browser.engine()->currentSpec().text.isEmpty());
    QTest::keyClick(browser.filterBar()->textEdit(), Qt::Key_Escape);
    QVERIFY(browser.filterBar()->textEdit()->text().isEmpty());
    QTRY_VERIFY(browser.engine()->currentSpec().isEmpty());
    QCOMPARE(browser.view()->rowCount(), browser.engine()->source()->count());
}

void TestLogView::selectionSync()
{
    Selection selection;
    LogBrowser browser;
    browser.resize(900, 400);
    auto src = sample();
    browser.setSource(src);
    browser.setSelection(&selection);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));

    selection.setFilterText(QStringLiteral("heartbeat"));
    QCOMPARE(browser.filterBar()->textEdit()->text(), QStringLiteral("heartbeat"));
    QTRY_VERIFY(!browser.engine()->isRunning());
    QCOMPARE(browser.engine()->rowCount(), 40u);

    selection.setFunctions({ 1 });  // billing-worker
    QTRY_VERIFY(!browser.engine()->isRunning());
    QCOMPARE(browser.engine()->currentSpec().functions, (QVector<uint32_t> { 1 }));
    QCOMPARE(browser.engine()->rowCount(), 14u);  // heartbeats 0, 3, …, 39

    const int64_t from = src->timestampMs(30), to = src->timestampMs(40);
    selection.setTimeRange(from, to);
    QTRY_VERIFY(!browser.engine()->isRunning());
    for (uint32_t i = 0; i < browser.engine()->rowCount(); ++i) {
        const int64_t t = src->timestampMs(browser.engine()->rowAt(i));
        QVERIFY(t >= from && t < to);
    }

    selection.clearAll();
    QTRY_VERIFY(!browser.engine()->isRunning());
    QVERIFY(browser.engine()->currentSpec().isEmpty());
    selection.setInvocation(2);  // the timed-out image-resizer invocation
    QCOMPARE(browser.view()->currentSourceRow(), src->firstRowOf(2));

    // Typing in the bar updates the shared selection.
    browser.filterBar()->textEdit()->setFocus();
    QTest::keyClicks(browser.filterBar()->textEdit(), QStringLiteral("abc"));
    QCOMPARE(selection.state().filterText, QStringLiteral("abc"));
}

void TestLogView::contextModeMarksMatches()
{
    LogBrowser browser;
    browser.resize(900, 400);
    auto src = sample();
    browser.setSource(src);
    browser.show();
    browser.setShowContext(true);
    browser.filterBar()->textEdit()->setText(QStringLiteral("heartbeat 1"));
    browser.filterBar()->apply();
    QTRY_VERIFY(!browser.engine()->isRunning());
    // Every line stays shown; the 11 matches ("heartbeat 1", "… 10" to "… 19") are marked.
    QCOMPARE(browser.view()->rowCount(), src->count());
    QTRY_COMPARE(browser.view()->markDensity().total, uint64_t(11));
    browser.view()->setCurrentSourceRow(0);
    QTest::keyClick(browser.view(), Qt::Key_F3);
    QCOMPARE(browser.view()->currentSourceRow(), int64_t(browser.engine()->rowAt(0)));
    QTest::keyClick(browser.view(), Qt::Key_F3);
    QCOMPARE(browser.view()->currentSourceRow(), int64_t(browser.engine()->rowAt(1)));
    QTest::keyClick(browser.view(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(browser.view()->currentSourceRow(), int64_t(browser.engine()->rowAt(0)));
}

void TestLogView::jsonFieldsBecomeColumns()
{
    LogBrowser browser;
    browser.resize(1200, 400);
    auto src = sample();
    browser.setSource(src);
    browser.show();
    QStringList offered;
    QAction* service = nullptr;
    for (QAction* a : browser.columnsButton()->menu()->actions()) {
        offered << a->data().toString();
        if (a->data().toString() == QLatin1String("service"))
            service = a;
    }
    // Keys of the two Powertools lines; level and message already have columns.
    QVERIFY(offered.contains(QStringLiteral("location")));
    QVERIFY(offered.contains(QStringLiteral("cold_start")));
    QVERIFY(!offered.contains(QStringLiteral("message")));
    QVERIFY(service);
    service->setChecked(true);
    QCOMPARE(browser.view()->jsonColumns(), QStringList { QStringLiteral("service") });
    QCOMPARE(browser.view()->columnCount(), int(LogView::FixedColumnCount) + 1);
    uint32_t jsonRow = 0;
    while (!src->message(jsonRow).starts_with("{"))
        ++jsonRow;
    QCOMPARE(browser.view()->cellText(jsonRow, LogView::FixedColumnCount), QStringLiteral("orders"));
    QCOMPARE(browser.view()->cellText(0, LogView::FixedColumnCount), QString());
    // The message column stays last on screen.
    QVERIFY(browser.view()->columnX(LogView::Message) > browser.view()->columnX(LogView::FixedColumnCount));
    render(&browser);
}

void TestLogView::screenshots()
{
    const QString dir = screenshotDir();
    if (dir.isEmpty())
        QSKIP("set LAMBDALENS_SCREENSHOT_DIR to write screenshots");
    QDir().mkpath(dir);
    LogBrowser browser;
    browser.resize(1400, 720);
    browser.setSource(sample());
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    browser.view()->setCurrentSourceRow(9);
    QTest::qWait(300);
    QVERIFY(browser.grab().save(dir + QStringLiteral("/logview-all.png")));

    browser.filterBar()->textEdit()->setText(QStringLiteral("order|timed out"));
    browser.filterBar()->regexButton()->setChecked(true);
    browser.filterBar()->apply();
    QTRY_VERIFY(!browser.engine()->isRunning());
    browser.setShowContext(true);
    QTest::qWait(300);
    QVERIFY(browser.grab().save(dir + QStringLiteral("/logview-context.png")));

    browser.setShowContext(false);
    browser.filterBar()->withinButton()->click();
    browser.filterBar()->levelCombo()->setCurrentIndex(browser.filterBar()->levelCombo()->findData(int(LogLevel::Info)));
    QTRY_VERIFY(!browser.engine()->isRunning());
    QVERIFY(browser.filterBar()->regexButton()->isChecked());  // the mode survives "filter within"
    browser.filterBar()->textEdit()->setText(QStringLiteral("bad (regex"));
    browser.filterBar()->apply();
    QTest::qWait(300);
    QVERIFY(browser.filterBar()->errorBanner()->isVisible());
    QVERIFY(browser.grab().save(dir + QStringLiteral("/logview-stack-error.png")));

    browser.filterBar()->backButton()->click();
    browser.filterBar()->backButton()->click();
    for (QAction* a : browser.columnsButton()->menu()->actions()) {
        if (a->data().toString() == QLatin1String("service") || a->data().toString() == QLatin1String("location"))
            a->setChecked(true);
    }
    browser.view()->scrollToSourceRow(12);
    QTest::qWait(300);
    QVERIFY(browser.grab().save(dir + QStringLiteral("/logview-json-columns.png")));

    // The long line and the stack trace wrapped on demand (W), the rest untouched.
    browser.view()->setCurrentSourceRow(13);
    QTest::keyClick(browser.view(), Qt::Key_W);
    browser.view()->setCurrentSourceRow(9);
    QTest::keyClick(browser.view(), Qt::Key_W);
    browser.view()->scrollToSourceRow(7);
    QTest::qWait(300);
    QVERIFY(browser.grab().save(dir + QStringLiteral("/logview-wrapped-rows.png")));
}

QTEST_MAIN(TestLogView)
#include "tst_logview.moc"
