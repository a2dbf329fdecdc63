// Wrapping long lines in the log view on demand (one row, W) or for all rows (Shift+W) while the
// view stays virtualized: only wrapped rows that come on screen are measured.
#include "logsearch/memorylinesource.h"
#include "logview/logbrowser.h"
#include "logview/logview.h"

#include <QCheckBox>
#include <QScrollBar>
#include <QTest>

using namespace ll;

namespace {

constexpr uint32_t kLongEvery = 1000;

// Numbered lines; every 1000th (and the last) is a long one that needs several lines wrapped.
std::shared_ptr<MemoryLineSource> lines(uint32_t count)
{
    auto s = std::make_shared<MemoryLineSource>();
    s->addFunction(QStringLiteral("orders-api"));
    const int64_t inv = s->addInvocation(Outcome::Ok, "8f2b5c1e-0d1a-4a51-9c3e-5b7f0a9d2e44");
    s->reserve(count, size_t(count) * 16 + 4096);
    for (uint32_t i = 0; i < count; ++i) {
        std::string m = "line " + std::to_string(i);
        if (i % kLongEvery == 0 || i + 1 == count) {
            for (int w = 0; w < 120; ++w)
                m += " word" + std::to_string(w);
        }
        s->append(int64_t(i) * 10, 0, inv, LogLevel::Info, m);
    }
    return s;
}

void render(LogView& view) { view.viewport()->grab(); }

} // namespace

class TestLogWrap : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wrapsTheCurrentRowOnDemand_data()
    {
        QTest::addColumn<int>("row");
        QTest::newRow("long line at the top") << 0;
        QTest::newRow("long line in the middle of a million") << 500000;
        QTest::newRow("long line as the very last row stays reachable") << 999999;
    }

    void wrapsTheCurrentRowOnDemand()
    {
        QFETCH(int, row);
        auto src = lines(1000000);
        LogView view;
        view.resize(900, 400);
        view.setSource(src);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setCurrentSourceRow(row);
        render(view);
        const int line = view.lineHeight();
        QCOMPARE(view.rowRect(uint32_t(row)).height(), line);

        QTest::keyClick(&view, Qt::Key_W);
        QVERIFY(view.isRowExpanded(uint32_t(row)));
        render(view);
        const QRect wrapped = view.rowRect(uint32_t(row));
        QVERIFY2(wrapped.height() >= 3 * line, qPrintable(QString::number(wrapped.height())));
        QVERIFY(wrapped.bottom() < view.viewport()->height());  // scrolled so all of it shows
        QCOMPARE(view.measuredRowCount(), size_t(1));            // no other row was measured
        if (row + 1 < int(view.rowCount())) {
            // With the wrapped row near the top, the rows after it are on screen too.
            view.verticalScrollBar()->setValue(std::max(0, row - 2));
            render(view);
            const QRect wrapped = view.rowRect(uint32_t(row));
            QVERIFY(wrapped.bottom() + 2 * line < view.viewport()->height());
            QCOMPARE(view.rowHeightAt(uint32_t(row + 1)), line);
            QCOMPARE(view.rowRect(uint32_t(row + 1)).top(), wrapped.bottom() + 1);
            // A click below the wrapped row picks the row drawn there.
            QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(300, wrapped.bottom() + 1 + line / 2));
            QCOMPARE(view.currentSourceRow(), int64_t(row + 1));
            QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(300, wrapped.top() + wrapped.height() - 3));
            QCOMPARE(view.currentSourceRow(), int64_t(row));
        } else {
            // The last row: the scroll range grew so its end can be reached.
            view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
            render(view);
            const QRect last = view.rowRect(uint32_t(row));
            QVERIFY(last.isValid());
            QVERIFY(last.bottom() < view.viewport()->height());
        }
        QTest::keyClick(&view, Qt::Key_W);
        QVERIFY(!view.isRowExpanded(uint32_t(row)));
        render(view);
        QCOMPARE(view.rowRect(uint32_t(row)).height(), line);
    }

    void wrappingAllMeasuresOnlyRowsOnScreen()
    {
        auto src = lines(2000000);
        LogView view;
        view.resize(900, 400);
        view.setSource(src);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.verticalScrollBar()->setValue(0);
        view.setWrapAll(true);
        render(view);
        const size_t capacity = size_t(view.visibleRowCapacity());
        // The rows on screen, plus at most a screenful at the end for the scroll range.
        QVERIFY(view.measuredRowCount() <= 2 * capacity);
        QVERIFY(view.rowHeightAt(0) > view.lineHeight());  // line 0 is long
        QCOMPARE(view.rowHeightAt(1), view.lineHeight());    // a short line wraps to one line
        for (int target : { 1234567, 999, 1999000 }) {
            const size_t before = view.measuredRowCount();
            view.verticalScrollBar()->setValue(target);
            render(view);
            QVERIFY(view.measuredRowCount() - before <= capacity);
        }
        // Rows stack without gaps or overlaps.
        const uint32_t first = uint32_t(view.firstVisibleIndex());
        QCOMPARE(view.rowRect(first + 1).top(), view.rowRect(first).bottom() + 1);
        view.setWrapAll(false);
        render(view);
        QCOMPARE(view.rowHeightAt(first), view.lineHeight());
    }

    void shiftWTogglesWrapAllAndTheBrowserFollows()
    {
        LogBrowser browser;
        browser.resize(900, 500);
        browser.setSource(lines(5000));
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QVERIFY(!browser.wrapBox()->isChecked());
        QTest::keyClick(browser.view(), Qt::Key_W, Qt::ShiftModifier);
        QVERIFY(browser.view()->wrapAll());
        QVERIFY(browser.wrapBox()->isChecked());
        browser.wrapBox()->setChecked(false);
        QVERIFY(!browser.view()->wrapAll());
    }
};

QTEST_MAIN(TestLogWrap)
#include "tst_logwrap.moc"
