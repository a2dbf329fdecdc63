#include "../models/fixtureevents.h"
#include "common/palette.h"
#include "selection/selection.h"
#include "store/fleetbuilder.h"
#include "timeline/syntheticcolumns.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QHelpEvent>
#include <QSettings>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>
#include <QToolTip>
#include <QWheelEvent>

using namespace ll;

namespace {

constexpr int64_t T0 = 1795000000000;

// Two functions of one service. Rows (sorted by function, start):
// 0 f0 @0+100 ok | 1 f0 @1000+200 error | 2 f0 @3000+50 ok, cold | 3 f0 @5000+100 timeout
// 4 f1 @500+100 ok, cold | 5 f1 @2000+100 error, request id with markup | 6 f1 @4000+300 ok
TimelineSource fixture()
{
    auto c = std::make_shared<InvocationColumns>();
    auto add = [&](uint32_t f, int64_t at, float ms, Outcome o, bool cold, uint32_t id) {
        InvocationSpec s;
        s.function = f;
        s.stream = f * 10 + (cold ? 1 : 0);
        s.startMs = T0 + at;
        s.durationMs = ms;
        s.outcome = o;
        s.initDurationMs = cold ? 100 : -1;
        s.requestId = id;
        s.errorType = isFailure(o) ? 99 : 0;
        appendInvocation(*c, s);
    };
    add(0, 0, 100, Outcome::Ok, false, 100);
    add(0, 1000, 200, Outcome::Error, false, 101);
    add(0, 3000, 50, Outcome::Ok, true, 102);
    add(0, 5000, 100, Outcome::Timeout, false, 103);
    add(1, 500, 100, Outcome::Ok, true, 104);
    add(1, 2000, 100, Outcome::Error, false, 105);
    add(1, 4000, 300, Outcome::Ok, false, 106);
    TimelineSource src;
    src.columns = c.get();
    src.owner = c;
    src.functions = {{0, QStringLiteral("orders-api"), QStringLiteral("orders")},
                     {1, QStringLiteral("orders-worker"), QStringLiteral("orders")}};
    src.text = [](uint32_t id) -> QString {
        if (id == 105)
            return QStringLiteral("<b>boom</b><img src=x>");
        if (id == 99)
            return QStringLiteral("Error<i>x</i>");
        return QStringLiteral("req-%1").arg(id);
    };
    return src;
}

void wheel(QWidget* w, QPoint pos, int delta, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QWheelEvent e(pos, w->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton, mods, Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &e);
}

} // namespace

class TstTimelineView : public QObject {
    Q_OBJECT
    TimelineView* view = nullptr;
    Selection* selection = nullptr;

    QPoint laneCenter(int lane) const
    {
        const QRect area = view->geometry().laneArea();
        return QPoint(area.center().x(), view->geometry().laneRow(lane).center().y());
    }

    // A fleet with more lanes than fit: 40 functions in 8 services, 2 days, more rows per lane
    // than pixel columns (so zoomed out, lanes aggregate through the index once it arrives).
    void useManyLanes()
    {
        view->setSource(makeSyntheticSource(40, 60000, T0, 2 * 86400000, 5));
        view->resize(900, 320);
        QVERIFY(view->geometry().maxScrollY() > 0);
    }
    int functionLane(uint32_t function) const { return view->layout().laneOfFunction(function); }
    bool laneFullyVisible(int lane) const
    {
        const QRect row = view->geometry().laneRow(lane);
        const QRect area = view->geometry().laneArea();
        return lane >= 0 && row.top() >= area.top() && row.bottom() <= area.bottom();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("timeline"));
    }
    void init()
    {
        view = new TimelineView;
        selection = new Selection(view);
        view->setSelection(selection);
        view->resize(810, 300);
        view->setSource(fixture());
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view));
    }
    void cleanup()
    {
        delete view;
        view = nullptr;
        QSettings().remove(QStringLiteral("timeline"));
    }

    void selectedFunctionsAreEmphasisedAndScrolledIntoView_data()
    {
        QTest::addColumn<QVector<uint32_t>>("functions");
        QTest::newRow("a function far down the list scrolls its lane into view") << QVector<uint32_t>{39};
        QTest::newRow("a function at the top needs no scrolling and is still emphasised") << QVector<uint32_t>{0};
        QTest::newRow("several functions: the first in lane order comes into view, all are emphasised")
            << QVector<uint32_t>{31, 7, 38};
    }
    void selectedFunctionsAreEmphasisedAndScrolledIntoView()
    {
        QFETCH(QVector<uint32_t>, functions);
        useManyLanes();
        selection->setFunctions(functions);
        QCOMPARE(view->selectedFunctions(), QSet<uint32_t>(functions.begin(), functions.end()));
        int first = -1;
        for (uint32_t f : functions) {
            const int lane = functionLane(f);
            QVERIFY(lane >= 0);
            QVERIFY(view->isLaneEmphasised(lane));
            first = first < 0 ? lane : std::min(first, lane);
        }
        QVERIFY2(laneFullyVisible(first), qPrintable(QString::number(first)));
        int emphasised = 0;
        for (int i = 0; i < view->geometry().laneCount(); ++i)
            emphasised += view->isLaneEmphasised(i);
        QCOMPARE(emphasised, int(functions.size()));
        // Clearing the selection takes the emphasis away again.
        selection->setFunctions({});
        for (int i = 0; i < view->geometry().laneCount(); ++i)
            QVERIFY(!view->isLaneEmphasised(i));
    }

    void aSelectedFunctionInACollapsedServiceEmphasisesTheServiceLane()
    {
        useManyLanes();
        const QString service = view->layout().lanes()[size_t(functionLane(33))].service;
        view->setServiceCollapsed(service, true);
        selection->setFunctions({33});
        const int lane = functionLane(33);
        QCOMPARE(view->layout().lanes()[size_t(lane)].kind, Lane::Kind::Service);
        QVERIFY(view->isLaneEmphasised(lane));
        QVERIFY(laneFullyVisible(lane));
    }

    void anEmphasisedLaneIsPaintedDifferently()
    {
        useManyLanes();
        const QImage before = view->renderImage();
        selection->setFunctions({1});
        const QImage after = view->renderImage();
        const QRect header = view->geometry().laneRow(functionLane(1)).intersected(view->geometry().headerArea());
        QVERIFY(!header.isEmpty());
        QVERIFY(before.copy(header) != after.copy(header));
    }

    void showOnlySelectedHidesTheOtherLanesAndIsRemembered()
    {
        useManyLanes();
        const size_t allLanes = view->layout().lanes().size();
        selection->setFunctions({3, 12});
        view->setShowOnlySelected(true);
        QStringList shown;
        for (const Lane& lane : view->layout().lanes())
            if (lane.kind == Lane::Kind::Function)
                shown << lane.label;
        QCOMPARE(shown.size(), 2);
        QVERIFY(view->layout().laneOfFunction(3) >= 0 && view->layout().laneOfFunction(12) >= 0);
        QCOMPARE(view->layout().laneOfFunction(4), -1);
        const auto [first, last] = view->geometry().visibleLanes();
        QCOMPARE(last - first, int(view->layout().lanes().size()));
        // The selection changes: the filter follows it.
        selection->setFunctions({5});
        QVERIFY(view->layout().laneOfFunction(5) >= 0);
        QCOMPARE(view->layout().laneOfFunction(3), -1);
        // A new view starts with the toggle as it was left.
        QCOMPARE(QSettings().value(QStringLiteral("timeline/showOnlySelected")).toBool(), true);
        TimelineView other;
        QVERIFY(other.showOnlySelected());
        // Nothing selected: every lane is back.
        selection->setFunctions({});
        QCOMPARE(view->layout().lanes().size(), allLanes);
        view->setShowOnlySelected(false);
        QCOMPARE(QSettings().value(QStringLiteral("timeline/showOnlySelected")).toBool(), false);
    }

    void highlightedInvocationsAreDrawnInHeatLanesToo()
    {
        useManyLanes();
        view->zoomToFit();
        const InvocationColumns& c = *view->source().columns;
        // A failure in the top function lane: zoomed out, the lane is heat, yet the mark is outlined.
        const Lane& lane = view->layout().lanes()[1];
        QCOMPARE(lane.kind, Lane::Kind::Function);
        uint32_t row = lane.rows.ranges[0].first;
        while (row < lane.rows.ranges[0].second && !isFailure(c.outcome[row]))
            ++row;
        QVERIFY(row < lane.rows.ranges[0].second);
        QVERIFY(!view->invocationRect(row).isEmpty());
        const QImage plain = view->renderImage();
        QVERIFY(view->paintStats().aggregateLanes > 0);
        selection->setHighlighted({row});
        const QImage emphasised = view->renderImage();
        const QRect around = view->invocationRect(row).toAlignedRect().adjusted(-3, -3, 3, 3);
        QVERIFY(!around.isEmpty());
        QVERIFY(plain.copy(around) != emphasised.copy(around));
    }

    void theLaneIndexArrivesAndPaintsTheSameFrame()
    {
        useManyLanes();
        view->zoomToFit();
        QVERIFY(!view->isIndexReady());   // built in a worker; this frame walks the rows
        const QImage walked = view->renderImage();
        QSignalSpy ready(view, &TimelineView::indexReady);
        QVERIFY(ready.wait(10000));
        QVERIFY(view->isIndexReady());
        QCOMPARE(view->renderImage(), walked);
        view->setServiceCollapsed(view->layout().lanes()[0].service, true);
        const QImage collapsed = view->renderImage();
        view->setSource(view->source());   // a new source: the old index is dropped, not lent
        QVERIFY(!view->isIndexReady());
        view->setServiceCollapsed(view->layout().lanes()[0].service, true);
        QCOMPARE(view->renderImage(), collapsed);
    }

    void paletteColoursReachEveryPart_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("a dark palette gives a dark lane area with light lane names and ruler labels") << true;
        QTest::newRow("a light palette gives a light lane area with dark lane names and ruler labels") << false;
    }
    void paletteColoursReachEveryPart()
    {
        QFETCH(bool, dark);
        useManyLanes();
        view->setPalette(dark ? darkPalette() : lightPalette());
        const QImage image = view->renderImage().convertToFormat(QImage::Format_RGB32);
        auto lightness = [&](QPoint p) { return QColor(image.pixel(p)).lightnessF(); };
        const QRect area = view->geometry().laneArea();
        const double background = lightness(QPoint(area.right() - 2, area.bottom() - 2));
        QVERIFY2(dark ? background < 0.25 : background > 0.75, qPrintable(QString::number(background)));
        // The most contrasting pixel of a lane name and of the ruler against their background.
        auto contrast = [&](QRect r) {
            const double bg = lightness(r.topLeft() + QPoint(1, 1));
            double best = 0;
            for (int y = r.top(); y <= r.bottom(); ++y)
                for (int x = r.left(); x <= r.right(); ++x)
                    best = std::max(best, std::abs(lightness(QPoint(x, y)) - bg));
            return best;
        };
        const QRect name = view->geometry().laneRow(1).intersected(view->geometry().headerArea()).adjusted(30, 0, -60, 0);
        QVERIFY(!name.isEmpty());
        QVERIFY2(contrast(name) > 0.5, qPrintable(QString::number(contrast(name))));
        const QRect ruler = view->geometry().rulerArea().adjusted(0, 2, 0, -12);
        QVERIFY2(contrast(ruler) > 0.5, qPrintable(QString::number(contrast(ruler))));
        QVERIFY2(contrast(QRect(0, 0, view->geometry().metrics().headerWidth, view->geometry().metrics().rulerHeight - 1)) > 0.5,
                 "corner date");
    }

    void startsFittedToTheData()
    {
        QVERIFY(view->axis().fromMs() <= double(T0 - 100));
        QVERIFY(view->axis().toMs() >= double(T0 + 5100));
        QCOMPARE(view->layout().lanes().size(), size_t(3));
    }

    void wheelZoomsAboutTheCursor_data()
    {
        QTest::addColumn<int>("x");        // relative to the lane area
        QTest::addColumn<int>("delta");
        QTest::addColumn<bool>("zoomIn");
        QTest::newRow("wheel up in the middle zooms in and keeps the time under the cursor") << 300 << 120 << true;
        QTest::newRow("wheel up near the left edge zooms in about that edge") << 20 << 240 << true;
        QTest::newRow("wheel down after zooming in zooms back out about the cursor") << 450 << -120 << false;
    }
    void wheelZoomsAboutTheCursor()
    {
        QFETCH(int, x);
        QFETCH(int, delta);
        QFETCH(bool, zoomIn);
        // Start from the middle of the data at a quarter of its span so zooming out has room.
        const double mid = double(T0) + 2500;
        view->setVisibleRange(mid - 700, mid + 700);
        const QPoint pos(view->geometry().laneArea().left() + x, laneCenter(1).y());
        const double spanBefore = view->axis().spanMs();
        const double anchor = view->axis().xToTime(x);
        wheel(view, pos, delta);
        if (zoomIn)
            QVERIFY(view->axis().spanMs() < spanBefore);
        else
            QVERIFY(view->axis().spanMs() > spanBefore);
        QVERIFY2(std::abs(view->axis().xToTime(x) - anchor) < 0.01, qPrintable(QString::number(view->axis().xToTime(x) - anchor)));
    }

    void dragPansAndShiftDragSelectsARange_data()
    {
        QTest::addColumn<bool>("shift");
        QTest::addColumn<int>("dx");
        QTest::newRow("dragging right shows earlier times") << false << 120;
        QTest::newRow("dragging left shows later times") << false << -90;
        QTest::newRow("shift-dragging right sets the shared time range") << true << 200;
        QTest::newRow("shift-dragging leftwards sets the same range as rightwards") << true << -150;
    }
    void dragPansAndShiftDragSelectsARange()
    {
        QFETCH(bool, shift);
        QFETCH(int, dx);
        view->setVisibleRange(double(T0) + 2000, double(T0) + 3000);
        const TimeAxis before = view->axis();
        const QPoint from = laneCenter(1) + QPoint(dx < 0 ? 100 : -100, 0);
        const QPoint to = from + QPoint(dx, 0);
        const Qt::KeyboardModifiers mods = shift ? Qt::ShiftModifier : Qt::NoModifier;
        QSignalSpy rangeSpy(selection, &Selection::timeRangeChanged);
        QTest::mousePress(view, Qt::LeftButton, mods, from);
        QTest::mouseMove(view, from + QPoint(dx / 2, 0));
        QTest::mouseMove(view, to);
        QTest::mouseRelease(view, Qt::LeftButton, mods, to);
        const double left = view->geometry().laneArea().left();
        if (shift) {
            QCOMPARE(rangeSpy.count(), 1);
            const double a = before.xToTime(std::min(from.x(), to.x()) - left);
            const double b = before.xToTime(std::max(from.x(), to.x()) - left);
            QCOMPARE(selection->fromMs(), int64_t(std::floor(a)));
            QCOMPARE(selection->toMs(), int64_t(std::ceil(b)));
            // The view follows the shared range.
            QVERIFY(std::abs(view->axis().fromMs() - double(selection->fromMs())) < 1);
            QVERIFY(std::abs(view->axis().toMs() - double(selection->toMs())) < 1);
        } else {
            QCOMPARE(rangeSpy.count(), 0);
            QVERIFY(std::abs(view->axis().fromMs() - (before.fromMs() - dx * before.msPerPixel())) < 0.01);
            QCOMPARE(view->axis().spanMs(), before.spanMs());
            QCOMPARE(selection->invocation(), int64_t(-1));   // a drag is not a click
        }
    }

    void clickSelectsTheInvocationUnderTheCursor_data()
    {
        QTest::addColumn<int>("row");
        QTest::newRow("clicking an ok invocation selects it") << 0;
        QTest::newRow("clicking a failed invocation in the second lane selects it") << 5;
        QTest::newRow("clicking the last, timed-out invocation selects it") << 3;
    }
    void clickSelectsTheInvocationUnderTheCursor()
    {
        QFETCH(int, row);
        const QRectF r = view->invocationRect(row);
        QVERIFY(!r.isEmpty());
        QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, r.center().toPoint());
        QCOMPARE(selection->invocation(), int64_t(row));
    }

    void clickOnEmptySpaceKeepsTheSelection()
    {
        selection->setInvocation(2);
        const QRectF r0 = view->invocationRect(0);
        const QRectF r1 = view->invocationRect(1);
        QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, QPoint(int((r0.right() + r1.left()) / 2), int(r0.center().y())));
        QCOMPARE(selection->invocation(), int64_t(2));
    }

    void keysNavigateFailuresAndColdStarts_data()
    {
        QTest::addColumn<int>("start");        // selected row before, -1: none
        QTest::addColumn<QString>("keys");     // n N c C
        QTest::addColumn<int>("expected");
        QTest::newRow("n with nothing selected selects the first failure") << -1 << QStringLiteral("n") << 1;
        QTest::newRow("n twice walks failures in time order across functions") << -1 << QStringLiteral("nn") << 5;
        QTest::newRow("N from the timeout goes back to the previous failure") << 3 << QStringLiteral("N") << 5;
        QTest::newRow("n after the last failure stays put") << 3 << QStringLiteral("n") << 3;
        QTest::newRow("c from the first invocation finds the next cold start in another function") << 0 << QStringLiteral("c") << 4;
        QTest::newRow("C from the last invocation finds the latest cold start") << 3 << QStringLiteral("C") << 2;
    }
    void keysNavigateFailuresAndColdStarts()
    {
        QFETCH(int, start);
        QFETCH(QString, keys);
        QFETCH(int, expected);
        selection->setInvocation(start);
        // Zoomed in on the start so the found invocation must be scrolled into view.
        view->setVisibleRange(double(T0) - 50, double(T0) + 250);
        for (const QChar k : keys) {
            const bool upper = k.isUpper();
            QTest::keyClick(view, k.toLower().toLatin1(), upper ? Qt::ShiftModifier : Qt::NoModifier);
        }
        QCOMPARE(selection->invocation(), int64_t(expected));
        const InvocationColumns& c = *view->source().columns;
        if (expected != start) {
            QVERIFY(double(c.startMs[size_t(expected)]) >= view->axis().fromMs());
            QVERIFY(double(c.endMs[size_t(expected)]) <= view->axis().toMs());
        }
    }

    void nWalksOnlyTheHighlightedClusterWhenThereIsOne()
    {
        // Failures are rows 1, 5 and 3 in time order; a cluster holding 1 and 3 skips 5.
        selection->setInvocation(-1);
        selection->setHighlighted({ 1, 3 });
        QTest::keyClick(view, 'n');
        QCOMPARE(selection->invocation(), int64_t(1));
        QTest::keyClick(view, 'n');
        QCOMPARE(selection->invocation(), int64_t(3));
        selection->setHighlighted({});
        QTest::keyClick(view, 'n', Qt::ShiftModifier);
        QCOMPARE(selection->invocation(), int64_t(5));
    }

    void enterOpensTheSelectedInvocation()
    {
        QSignalSpy spy(view, &TimelineView::openInvocation);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(spy.count(), 0);   // nothing selected yet
        selection->setInvocation(6);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toLongLong(), 6LL);
    }

    void keysZoomAndPan_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<double>("spanFactor");
        QTest::addColumn<int>("direction");   // sign of the change of fromMs
        QTest::newRow("plus zooms in about the middle") << int(Qt::Key_Plus) << 1 / 1.5 << 1;
        QTest::newRow("minus zooms out about the middle") << int(Qt::Key_Minus) << 1.5 << -1;
        QTest::newRow("left arrow pans to earlier times") << int(Qt::Key_Left) << 1.0 << -1;
        QTest::newRow("right arrow pans to later times") << int(Qt::Key_Right) << 1.0 << 1;
    }
    void keysZoomAndPan()
    {
        QFETCH(int, key);
        QFETCH(double, spanFactor);
        QFETCH(int, direction);
        view->setVisibleRange(double(T0) + 2000, double(T0) + 3000);
        const TimeAxis before = view->axis();
        QTest::keyClick(view, Qt::Key(key));
        QVERIFY2(std::abs(view->axis().spanMs() - before.spanMs() * spanFactor) < 1e-3,
                 qPrintable(QStringLiteral("%1 -> %2").arg(before.spanMs()).arg(view->axis().spanMs())));
        QCOMPARE(view->axis().fromMs() > before.fromMs() ? 1 : -1, direction);
        if (spanFactor != 1)
            QVERIFY(std::abs((view->axis().fromMs() + view->axis().toMs()) - (before.fromMs() + before.toMs())) < 1e-3);
    }

    void doubleClickZoomsToFit()
    {
        const TimeAxis fitted = view->axis();
        view->setVisibleRange(double(T0) + 2000, double(T0) + 2100);
        QTest::mouseDClick(view, Qt::LeftButton, Qt::NoModifier, laneCenter(2));
        QCOMPARE(view->axis().fromMs(), fitted.fromMs());
        QCOMPARE(view->axis().toMs(), fitted.toMs());
    }

    void hoverTooltipShowsMarkupAsPlainText()
    {
        const QPoint pos = view->invocationRect(5).center().toPoint();
        const QString plain = view->toolTipTextAt(pos);
        QVERIFY(plain.contains(QStringLiteral("<b>boom</b><img src=x>")));
        QVERIFY(plain.contains(QStringLiteral("Error<i>x</i>")));
        QHelpEvent help(QEvent::ToolTip, pos, view->mapToGlobal(pos));
        QApplication::sendEvent(view, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        // What the tooltip renders is the literal text, markup included, not bold or an image.
        QTextDocument shown;
        shown.setHtml(QToolTip::text());
        QVERIFY2(shown.toPlainText().contains(QStringLiteral("<b>boom</b><img src=x>")), qPrintable(QToolTip::text()));
        QVERIFY(shown.toPlainText().contains(QStringLiteral("Duration: 100 ms")));
        QToolTip::hideText();
    }

    void tooltipAndRulerDatesFollowTheViewsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("startsWith");
        QTest::newRow("german view writes the start as Mi. 18. Nov.") << QStringLiteral("de") << QStringLiteral("Start: Mi. 18. Nov. 2026 ");
        QTest::newRow("spanish view writes the start as mié 18 nov") << QStringLiteral("es") << QStringLiteral("Start: mié 18 nov 2026 ");
        QTest::newRow("english view writes the start as Wed 18 Nov") << QStringLiteral("en") << QStringLiteral("Start: Wed 18 Nov 2026 ");
    }
    void tooltipAndRulerDatesFollowTheViewsLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, startsWith);
        view->setLocale(QLocale(language));
        const QString text = view->toolTipTextAt(view->invocationRect(5).center().toPoint());
        view->setLocale(QLocale::c());
        QVERIFY2(text.contains(startsWith), qPrintable(text));
        // Over the ruler: the full time of that position, the day written the same way.
        view->setLocale(QLocale(language));
        const QString ruler = view->toolTipTextAt(view->geometry().rulerArea().center());
        view->setLocale(QLocale::c());
        QVERIFY2(ruler.startsWith(startsWith.mid(7, 12)), qPrintable(ruler));
    }

    void hoverOverNothingShowsNoTooltip()
    {
        const QRectF r0 = view->invocationRect(0);
        const QRectF r1 = view->invocationRect(1);
        QCOMPARE(view->toolTipTextAt(QPoint(int((r0.right() + r1.left()) / 2), int(r0.center().y()))), QString());
    }

    void clickingAServiceNameCollapsesItsFunctions()
    {
        QCOMPARE(view->layout().lanes().size(), size_t(3));
        QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, QPoint(40, view->geometry().laneRow(0).center().y()));
        QCOMPARE(view->layout().lanes().size(), size_t(1));
        // The collapsed service lane still finds invocations under the cursor.
        QCOMPARE(view->layout().laneOfRow(5), 0);
        QVERIFY(!view->invocationRect(5).isEmpty());
    }

    void highlightedInvocationsAreDrawnEmphasised()
    {
        const QImage plain = view->renderImage();
        selection->setHighlighted({1});
        const QImage emphasised = view->renderImage();
        const QRect around = view->invocationRect(1).toAlignedRect().adjusted(-3, -3, 3, 3);
        QVERIFY(plain.copy(around) != emphasised.copy(around));
        // Elsewhere nothing changes.
        const QRect elsewhere = view->invocationRect(6).toAlignedRect();
        QCOMPARE(plain.copy(elsewhere), emphasised.copy(elsewhere));
    }

    void anEmptyOrTinyViewPaintsAndIgnoresInput()
    {
        view->setSource(TimelineSource{});
        QVERIFY(!view->renderImage().isNull());
        QTest::keyClick(view, Qt::Key_N);
        QTest::keyClick(view, Qt::Key_C, Qt::ShiftModifier);
        QTest::keyClick(view, Qt::Key_Plus);
        wheel(view, QPoint(400, 100), 120);
        QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, QPoint(400, 100));
        QCOMPARE(selection->invocation(), int64_t(-1));
        QCOMPARE(view->toolTipTextAt(QPoint(400, 100)), QString());
        // Data back, squeezed to a few pixels: still paints, still answers.
        view->setSource(fixture());
        view->resize(5, 5);
        QVERIFY(!view->renderImage().isNull());
        QCOMPARE(view->invocationAt(QPoint(2, 2)), int64_t(-1));
        view->setFleet(nullptr);
        QVERIFY(view->source().isEmpty());
    }

    void spansTheLinesOfLogsWithoutInvocations()
    {
        // Plain application lines, no START/REPORT: no invocation, but the axis shows their time.
        constexpr int64_t t0 = 1795860000000;   // 2026-11-28 10:00 UTC
        FleetBuilder builder;
        builder.setDefaultFunction("plain");
        for (const int64_t t : {t0, t0 + 60000}) {
            RawEvent e;
            e.timestampMs = t;
            e.message = "something happened";
            builder.addEvent(e);
        }
        const FleetPtr fleet = builder.finish();
        QCOMPARE(fleet->invocationCount(), size_t(0));
        view->setFleet(fleet);
        QVERIFY(view->axis().limitFromMs() <= double(t0));
        QVERIFY(view->axis().limitFromMs() > double(t0 - 10000));
        QVERIFY(view->axis().limitToMs() >= double(t0 + 60000));
        QVERIFY(view->axis().limitToMs() < double(t0 + 70000));
        QVERIFY(view->axis().fromMs() <= double(t0) && view->axis().toMs() >= double(t0 + 60000));
        view->setFleet(nullptr);
    }

    void showsAFleetBuiltFromLambdaLogs()
    {
        const FleetPtr fleet = testing::buildFleet(
            testing::loadFixture(QStringLiteral(LAMBDALENS_TEST_DATA "/reference_fixtures.txt")));
        QVERIFY(fleet && fleet->invocationCount() > 0);
        view->setFleet(fleet);
        size_t functionLanes = 0;
        for (const Lane& lane : view->layout().lanes())
            functionLanes += lane.kind == Lane::Kind::Function;
        QCOMPARE(functionLanes, fleet->functionCount());
        // Every invocation has a lane and its request id shows on hover.
        const int orders = fleet->functionId(QStringLiteral("orders-api"));
        QVERIFY(orders >= 0);
        const auto [b, e] = fleet->invocationRange(uint32_t(orders));
        QVERIFY(e > b);
        view->setVisibleRange(double(fleet->columns().startMs[b]) - 1000, double(fleet->columns().endMs[b]) + 1000);
        const QRectF r = view->invocationRect(b);
        QVERIFY(!r.isEmpty());
        const std::string_view id = fleet->invocation(b).requestId;
        QVERIFY(view->toolTipTextAt(r.center().toPoint()).contains(QString::fromUtf8(id.data(), qsizetype(id.size()))));
        // Splitting the function into environments names them after their log streams.
        view->setFunctionExpanded(uint32_t(orders), true);
        bool streamNamed = false;
        for (const Lane& lane : view->layout().lanes())
            streamNamed |= lane.kind == Lane::Kind::Stream && lane.label.contains(QStringLiteral("[$LATEST]"));
        QVERIFY(streamNamed);
    }
};

QTEST_MAIN(TstTimelineView)
#include "tst_timelineview.moc"
