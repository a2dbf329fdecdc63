#include "timeline/timeaxis.h"

#include <QDateTime>
#include <QTest>

using ll::TimeAxis;

namespace {
const double kDay0 = double(QDateTime(QDate(2026, 11, 28), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
constexpr double kMin = 60 * 1000.0;
constexpr double kHour = 60 * kMin;
constexpr double kDay = 24 * kHour;
} // namespace

class TstTimeAxis : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void mapsTimeToPixelAndBack_data()
    {
        QTest::addColumn<double>("from");
        QTest::addColumn<double>("span");
        QTest::addColumn<int>("width");
        QTest::addColumn<double>("x");
        QTest::newRow("middle of a one-hour range maps to the middle pixel") << kDay0 << kHour << 1000 << 500.0;
        QTest::newRow("left edge maps to zero") << kDay0 << kHour << 800 << 0.0;
        QTest::newRow("sub-millisecond zoom keeps microsecond precision at epoch scale")
            << kDay0 + 0.25 << 1.0 << 2000 << 1234.0;
        QTest::newRow("one-pixel-wide axis does not divide by zero") << kDay0 << kMin << 1 << 1.0;
    }
    void mapsTimeToPixelAndBack()
    {
        QFETCH(double, from);
        QFETCH(double, span);
        QFETCH(int, width);
        QFETCH(double, x);
        const TimeAxis axis(from, from + span, width);
        QCOMPARE(axis.width(), width);
        const double t = axis.xToTime(x);
        QVERIFY(std::abs(t - (from + span * x / width)) < 1e-3);
        QVERIFY(std::abs(axis.timeToX(t) - x) < 1e-3 * width / span + 1e-6);
    }

    void zoomsAboutThePointer_data()
    {
        QTest::addColumn<double>("span");
        QTest::addColumn<double>("limitSpan");  // 0: no limits
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("factor");
        QTest::addColumn<double>("expectedSpan");
        QTest::addColumn<bool>("anchorKept");
        QTest::newRow("zooming in twice about the cursor halves the span and keeps the time under it")
            << kHour << kDay << 300.0 << 2.0 << kHour / 2 << true;
        QTest::newRow("zooming out about the cursor doubles the span")
            << kHour << kDay << 700.0 << 0.5 << 2 * kHour << true;
        QTest::newRow("zooming in below one millisecond stops at one millisecond")
            << 4.0 << kDay << 500.0 << 100.0 << 1.0 << true;
        QTest::newRow("zooming out past the data range stops at the data range")
            << kHour << 2 * kHour << 500.0 << 0.1 << 2 * kHour << false;
        QTest::newRow("zooming out without data stops at a week")
            << kDay << 0.0 << 500.0 << 0.01 << 7 * kDay << true;
        QTest::newRow("a zero factor is ignored instead of producing infinities")
            << kHour << kDay << 500.0 << 0.0 << kHour << true;
    }
    void zoomsAboutThePointer()
    {
        QFETCH(double, span);
        QFETCH(double, limitSpan);
        QFETCH(double, x);
        QFETCH(double, factor);
        QFETCH(double, expectedSpan);
        QFETCH(bool, anchorKept);
        TimeAxis axis(kDay0 + 6 * kHour, kDay0 + 6 * kHour + span, 1000);
        if (limitSpan > 0)
            axis.setLimits(kDay0 + 6 * kHour - limitSpan / 2 + span / 2, kDay0 + 6 * kHour + span / 2 + limitSpan / 2);
        QCOMPARE(axis.spanMs(), span);
        const double anchor = axis.xToTime(x);
        axis.zoomAbout(x, factor);
        QVERIFY2(std::abs(axis.spanMs() - expectedSpan) < 1e-6, qPrintable(QString::number(axis.spanMs())));
        if (anchorKept)
            QVERIFY(std::abs(axis.xToTime(x) - anchor) < 1e-3);
        if (axis.hasLimits()) {
            QVERIFY(axis.fromMs() >= axis.limitFromMs() - 1e-6);
            QVERIFY(axis.toMs() <= axis.limitToMs() + 1e-6);
        }
    }

    void pansByPixels_data()
    {
        QTest::addColumn<double>("dx");
        QTest::addColumn<double>("expectedShiftMs"); // of fromMs
        QTest::newRow("dragging right shows earlier times") << 100.0 << -6.0 * kMin;
        QTest::newRow("dragging left shows later times") << -250.0 << 15.0 * kMin;
        QTest::newRow("dragging past the last data stops at the last data") << -100000.0 << 2 * kHour;
        QTest::newRow("dragging past the first data stops at the first data") << 100000.0 << -3 * kHour;
        QTest::newRow("a zero drag changes nothing") << 0.0 << 0.0;
    }
    void pansByPixels()
    {
        QFETCH(double, dx);
        QFETCH(double, expectedShiftMs);
        // One hour over 1000 px (3.6 s per pixel) inside data from 3 h before to 3 h after.
        const double from = kDay0 + 12 * kHour;
        TimeAxis axis(from, from + kHour, 1000);
        axis.setLimits(from - 3 * kHour, from + 3 * kHour);
        axis.panByPixels(dx);
        QVERIFY2(std::abs(axis.fromMs() - (from + expectedShiftMs)) < 1e-3,
                 qPrintable(QString::number(axis.fromMs() - from)));
        QCOMPARE(axis.spanMs(), kHour);
    }

    void fitClampsToLimits_data()
    {
        QTest::addColumn<double>("from");
        QTest::addColumn<double>("to");
        QTest::addColumn<double>("expectedFrom");
        QTest::addColumn<double>("expectedTo");
        const double a = kDay0, b = kDay0 + kDay;
        QTest::newRow("fitting inside the data shows exactly that range") << a + kHour << a + 2 * kHour << a + kHour << a + 2 * kHour;
        QTest::newRow("fitting a reversed range swaps it") << a + 2 * kHour << a + kHour << a + kHour << a + 2 * kHour;
        QTest::newRow("fitting beyond the data is cut to the data") << a - kDay << b + kDay << a << b;
        QTest::newRow("fitting an empty range widens it to one millisecond") << a + kHour << a + kHour << a + kHour - 0.5 << a + kHour + 0.5;
        QTest::newRow("fitting before the data slides into the data") << a - 2 * kHour << a - kHour << a << a + kHour;
    }
    void fitClampsToLimits()
    {
        QFETCH(double, from);
        QFETCH(double, to);
        QFETCH(double, expectedFrom);
        QFETCH(double, expectedTo);
        TimeAxis axis(kDay0, kDay0 + kHour, 500);
        axis.setLimits(kDay0, kDay0 + kDay);
        axis.fit(from, to);
        QVERIFY2(std::abs(axis.fromMs() - expectedFrom) < 1e-6, qPrintable(TimeAxis::formatFull(axis.fromMs())));
        QVERIFY2(std::abs(axis.toMs() - expectedTo) < 1e-6, qPrintable(TimeAxis::formatFull(axis.toMs())));
    }

    void ticksAdaptToTheZoom_data()
    {
        QTest::addColumn<double>("from");
        QTest::addColumn<double>("span");
        QTest::addColumn<int>("width");
        QTest::addColumn<double>("expectedMajorStep");
        QTest::addColumn<QStringList>("someLabels");
        QTest::newRow("a week of data labels days with their date")
            << kDay0 - 3 * kDay << 7 * kDay << 1000 << kDay
            << QStringList{QStringLiteral("Wed 25 Nov"), QStringLiteral("Sat 28 Nov")};
        QTest::newRow("a day range labels hours as hh:mm and midnight as the date")
            << kDay0 - 12 * kHour << kDay << 1600 << 2 * kHour
            << QStringList{QStringLiteral("Sat 28 Nov"), QStringLiteral("14:00"), QStringLiteral("02:00")};
        QTest::newRow("an hour range labels five minute steps")
            << kDay0 + 9 * kHour << kHour << 1400 << 5 * kMin
            << QStringList{QStringLiteral("09:05"), QStringLiteral("09:55")};
        QTest::newRow("a minute range labels seconds as hh:mm:ss")
            << kDay0 + 9 * kHour << kMin << 1400 << 5000.0
            << QStringList{QStringLiteral("09:00:05"), QStringLiteral("09:00:55")};
        QTest::newRow("a ten millisecond range labels milliseconds as .mmm")
            << kDay0 + 9 * kHour + 995 << 10.0 << 1200 << 1.0
            << QStringList{QStringLiteral(".996"), QStringLiteral("09:00:01"), QStringLiteral(".004")};
        QTest::newRow("a one millisecond range labels tenths of a millisecond")
            << kDay0 + 9 * kHour + 123 << 1.0 << 1200 << 0.1
            << QStringList{QStringLiteral(".1231"), QStringLiteral(".1239")};
    }
    void ticksAdaptToTheZoom()
    {
        QFETCH(double, from);
        QFETCH(double, span);
        QFETCH(int, width);
        QFETCH(double, expectedMajorStep);
        QFETCH(QStringList, someLabels);
        const TimeAxis axis(from, from + span, width);
        const ll::TimeTicks t = axis.ticks(110, 12);
        QCOMPARE(t.majorStepMs, expectedMajorStep);
        QVERIFY(t.minorStepMs <= t.majorStepMs);
        QStringList labels;
        double lastMajorX = -1e9, lastX = -1e9;
        for (const ll::TimeTick& tick : t.ticks) {
            QVERIFY(tick.x >= -0.1 && tick.x <= width + 0.1);
            QVERIFY(tick.x - lastX >= 12 - 0.1); // epoch-scale doubles: ~0.03 px at 1 ms spans
            lastX = tick.x;
            if (tick.major) {
                QVERIFY(!tick.label.isEmpty());
                QVERIFY(tick.x - lastMajorX >= 110 - 0.1);
                lastMajorX = tick.x;
                labels << tick.label;
            } else {
                QVERIFY(tick.label.isEmpty());
            }
        }
        for (const QString& l : someLabels)
            QVERIFY2(labels.contains(l), qPrintable(labels.join(QLatin1Char(' '))));
    }

    void formatsTheFullTime()
    {
        QCOMPARE(TimeAxis::formatFull(kDay0 + 9 * kHour + 16 * kMin + 4123.4),
                 QStringLiteral("2026-11-28 09:16:04.123"));
        QCOMPARE(TimeAxis::formatFull(kDay0, 2 * kHour), QStringLiteral("2026-11-28 02:00:00.000"));
    }
};

QTEST_GUILESS_MAIN(TstTimeAxis)
#include "tst_timeaxis.moc"
