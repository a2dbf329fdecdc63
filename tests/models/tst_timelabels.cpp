#include "timeline/timeaxis.h"
#include "timeline/timelabels.h"

#include <QTest>
#include <cmath>

using namespace ll;

namespace {

constexpr double kDay0 = 1795824000000.0;   // 2026-11-28 00:00 UTC, a Saturday
constexpr double kHour = 3600000.0;
constexpr double kMin = 60000.0;

int64_t us(double ms) { return std::llround(ms * 1000); }

} // namespace

class TstTimeLabels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ticksAndFullTimesSpeakTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<double>("atMs");
        QTest::addColumn<double>("stepMs");
        QTest::addColumn<QString>("tick");
        QTest::addColumn<QString>("full");
        const double t = kDay0 + 9 * kHour + 16 * kMin + 4123.4;
        QTest::newRow("english midnight names the weekday and month")
            << QStringLiteral("en") << kDay0 << kHour << QStringLiteral("Sat 28 Nov") << QStringLiteral("Sat 28 Nov 2026 00:00:00.000");
        QTest::newRow("german midnight dots the day and abbreviates in german")
            << QStringLiteral("de") << kDay0 << kHour << QStringLiteral("Sa. 28. Nov.") << QStringLiteral("Sa. 28. Nov. 2026 00:00:00,000");
        QTest::newRow("spanish midnight writes the names in spanish")
            << QStringLiteral("es") << kDay0 << kHour << QStringLiteral("sáb 28 nov") << QStringLiteral("sáb 28 nov 2026 00:00:00,000");
        QTest::newRow("english hour ticks stay a 24-hour clock")
            << QStringLiteral("en") << kDay0 + 21 * kHour << kHour << QStringLiteral("21:00") << QStringLiteral("Sat 28 Nov 2026 21:00:00.000");
        QTest::newRow("german second ticks read hh:mm:ss")
            << QStringLiteral("de") << kDay0 + 9 * kHour + 5000 << 5000.0 << QStringLiteral("09:00:05") << QStringLiteral("Sa. 28. Nov. 2026 09:00:05,000");
        QTest::newRow("spanish millisecond ticks use the spanish decimal comma")
            << QStringLiteral("es") << t << 1.0 << QStringLiteral(",123") << QStringLiteral("sáb 28 nov 2026 09:16:04,123");
        QTest::newRow("english millisecond ticks keep the decimal point")
            << QStringLiteral("en") << t << 1.0 << QStringLiteral(".123") << QStringLiteral("Sat 28 Nov 2026 09:16:04.123");
        QTest::newRow("the c locale writes english names as the ruler always did")
            << QStringLiteral("C") << kDay0 - 24 * kHour << kHour << QStringLiteral("Fri 27 Nov") << QStringLiteral("Fri 27 Nov 2026 00:00:00.000");
        QTest::newRow("a german day before 1970 still falls on the right day")
            << QStringLiteral("de") << -24 * kHour << kHour << QStringLiteral("Mi. 31. Dez.") << QStringLiteral("Mi. 31. Dez. 1969 00:00:00,000");
    }
    void ticksAndFullTimesSpeakTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(double, atMs);
        QFETCH(double, stepMs);
        QFETCH(QString, tick);
        QFETCH(QString, full);
        const TimeLabelFormat format{QLocale(locale)};
        QCOMPARE(format.tick(us(atMs), stepMs), tick);
        QCOMPARE(format.full(atMs), full);
    }

    void theRulerLabelsDaysInTheGivenLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QStringList>("days");
        QTest::newRow("english ruler over three days") << QStringLiteral("en") << QStringList{QStringLiteral("Sat 28 Nov"), QStringLiteral("Sun 29 Nov")};
        QTest::newRow("german ruler over three days") << QStringLiteral("de") << QStringList{QStringLiteral("Sa. 28. Nov."), QStringLiteral("So. 29. Nov.")};
        QTest::newRow("spanish ruler over three days") << QStringLiteral("es") << QStringList{QStringLiteral("sáb 28 nov"), QStringLiteral("dom 29 nov")};
    }
    void theRulerLabelsDaysInTheGivenLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QStringList, days);
        const TimeAxis axis(kDay0 - 2 * kHour, kDay0 + 50 * kHour, 1400);
        QStringList labels;
        for (const TimeTick& t : axis.ticks(110, 12, 0, TimeLabelFormat(QLocale(locale))).ticks)
            if (t.major)
                labels << t.label;
        for (const QString& day : days)
            QVERIFY2(labels.contains(day), qPrintable(labels.join(QStringLiteral(" | "))));
        // The overload without a format keeps the C locale's English names.
        QStringList plain;
        for (const TimeTick& t : axis.ticks(110, 12, 0).ticks)
            if (t.major)
                plain << t.label;
        QVERIFY2(plain.contains(QStringLiteral("Sun 29 Nov")), qPrintable(plain.join(QStringLiteral(" | "))));
    }

    void aNonFiniteTimeHasNoLabel() { QVERIFY(TimeLabelFormat(QLocale(QStringLiteral("de"))).full(qQNaN()).isEmpty()); }
};

QTEST_GUILESS_MAIN(TstTimeLabels)
#include "tst_timelabels.moc"
