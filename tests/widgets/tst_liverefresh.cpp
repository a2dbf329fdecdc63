// Live tail rebuilds the fleet and swaps the log view's source: a view that followed the end
// keeps following it, one scrolled up keeps its place and counts the lines that arrived.
#include "logsearch/memorylinesource.h"
#include "logview/logview.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace ll;

namespace {

std::shared_ptr<MemoryLineSource> numbered(uint32_t lines)
{
    auto s = std::make_shared<MemoryLineSource>();
    s->addFunction(QStringLiteral("orders-api"));
    const int64_t inv = s->addInvocation(Outcome::Ok, "8f2b5c1e-0d1a-4a51-9c3e-5b7f0a9d2e44");
    for (uint32_t i = 0; i < lines; ++i)
        s->append(int64_t(i) * 10, 0, inv, LogLevel::Info, "line " + std::to_string(i));
    return s;
}

} // namespace

class TestLiveRefresh : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void followingViewStaysAtTheEnd_data()
    {
        QTest::addColumn<int>("before");
        QTest::addColumn<int>("after");
        QTest::newRow("a few lines arrive") << 1000 << 1010;
        QTest::newRow("many lines arrive") << 1000 << 50000;
        QTest::newRow("nothing new") << 1000 << 1000;
    }
    void followingViewStaysAtTheEnd()
    {
        QFETCH(int, before);
        QFETCH(int, after);
        LogView view;
        view.resize(600, 300);
        view.setSource(numbered(uint32_t(before)));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.scrollToBottom();
        QVERIFY(view.isFollowing());

        view.replaceSource(numbered(uint32_t(after)));
        QVERIFY(view.isFollowing());
        QCOMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->maximum());
        // The filter engine answers later with its rows: still at the end.
        view.setRows(nullptr, uint32_t(after));
        QVERIFY(view.isFollowing());
        QCOMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->maximum());
    }

    void scrolledUpViewKeepsItsPlaceAndCountsNewLines()
    {
        LogView view;
        view.resize(600, 300);
        view.setSource(numbered(1000));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.verticalScrollBar()->setValue(200);
        QVERIFY(!view.isFollowing());
        QSignalSpy newLines(&view, &LogView::newLinesChanged);

        view.replaceSource(numbered(1040));
        QCOMPARE(view.verticalScrollBar()->value(), 200);
        QVERIFY(!view.isFollowing());
        QVERIFY(!newLines.isEmpty());
        QCOMPARE(newLines.last().at(0).toUInt(), 40u);

        view.replaceSource(numbered(1100));
        QCOMPARE(newLines.last().at(0).toUInt(), 100u);  // adds up until the user looks

        // Scrolling to the end by hand follows again and clears the count.
        view.scrollToBottom();
        QVERIFY(view.isFollowing());
        QCOMPARE(newLines.last().at(0).toUInt(), 0u);
    }

    void aNewSourceStillStartsAtTheTop()
    {
        LogView view;
        view.resize(600, 300);
        view.setSource(numbered(1000));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.scrollToBottom();
        view.setSource(numbered(2000));  // another file, not a refresh
        QCOMPARE(view.verticalScrollBar()->value(), 0);
    }
};

QTEST_MAIN(TestLiveRefresh)
#include "tst_liverefresh.moc"
