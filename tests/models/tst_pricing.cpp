#include "analysis/pricing.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace ll;

class TestPricing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void embeddedTableHasTheReferenceListPrices();
    void overridesFromSettings();
    void malformedTables_data();
    void malformedTables();
    void invocationCost_data();
    void invocationCost();
    void perDayAndPerMillion();
    void initIsBilledOnce_data();
    void initIsBilledOnce();
};

void TestPricing::embeddedTableHasTheReferenceListPrices()
{
    const PriceTable t = PriceTable::builtin();
    QCOMPARE(t.region, QStringLiteral("us-east-1"));
    QCOMPARE(t.gbSecond(Architecture::X86_64), 0.0000166667);
    QCOMPARE(t.gbSecond(Architecture::Arm64), 0.0000133334);
    QCOMPARE(t.perRequest(Architecture::X86_64), 0.20 / 1e6);
    QCOMPARE(t.perRequest(Architecture::Arm64), 0.20 / 1e6);
}

void TestPricing::overridesFromSettings()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("pricing/region"), QStringLiteral("eu-west-1"));
    settings.setValue(QStringLiteral("pricing/arm64/gb_second"), 0.00001);
    settings.setValue(QStringLiteral("pricing/x86_64/per_million_requests"), QStringLiteral("0.25"));
    settings.setValue(QStringLiteral("pricing/x86_64/gb_second"), QStringLiteral("not a number"));
    const PriceTable t = PriceTable::withOverrides(PriceTable::builtin(), settings);
    QCOMPARE(t.region, QStringLiteral("eu-west-1"));
    QCOMPARE(t.gbSecond(Architecture::Arm64), 0.00001);
    QCOMPARE(t.perMillionRequestsUsd[0], 0.25);
    QCOMPARE(t.gbSecond(Architecture::X86_64), 0.0000166667);   // bad override ignored
}

void TestPricing::malformedTables_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json at all") << QByteArray("{{{");
    QTest::newRow("array instead of object") << QByteArray("[1,2]");
    QTest::newRow("arm64 missing") << QByteArray(R"({"architectures":{"x86_64":{"gb_second":1,"per_million_requests":1}}})");
    QTest::newRow("negative price") << QByteArray(
        R"({"architectures":{"x86_64":{"gb_second":-1,"per_million_requests":1},"arm64":{"gb_second":1,"per_million_requests":1}}})");
    QTest::newRow("price as string") << QByteArray(
        R"({"architectures":{"x86_64":{"gb_second":"1","per_million_requests":1},"arm64":{"gb_second":1,"per_million_requests":1}}})");
}

void TestPricing::malformedTables()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!PriceTable::fromJson(json, &error));
    QVERIFY(!error.isEmpty());
}

void TestPricing::invocationCost_data()
{
    QTest::addColumn<int>("arch");
    QTest::addColumn<double>("memoryMb");
    QTest::addColumn<double>("billedMs");
    QTest::addColumn<double>("gbSeconds");
    QTest::addColumn<double>("usd");
    // Hand-computed: GB-s = MB/1024 x s; cost = GB-s x price + 0.2e-6.
    QTest::newRow("reference example 512 MB 366 ms x86") << 0 << 512.0 << 366.0 << 0.183 << (0.183 * 0.0000166667 + 0.2e-6);
    QTest::newRow("128 MB 1 ms is mostly the request price") << 0 << 128.0 << 1.0 << 0.000125 << (0.000125 * 0.0000166667 + 0.2e-6);
    QTest::newRow("1024 MB one second arm64") << 1 << 1024.0 << 1000.0 << 1.0 << (0.0000133334 + 0.2e-6);
    QTest::newRow("10240 MB 900 s x86") << 0 << 10240.0 << 900000.0 << 9000.0 << (9000 * 0.0000166667 + 0.2e-6);
}

void TestPricing::invocationCost()
{
    QFETCH(int, arch);
    QFETCH(double, memoryMb);
    QFETCH(double, billedMs);
    QFETCH(double, gbSeconds);
    QFETCH(double, usd);
    const PriceTable t = PriceTable::builtin();
    QCOMPARE(cost::gbSeconds(memoryMb, billedMs), gbSeconds);
    QCOMPARE(cost::perInvocationUsd(t, Architecture(arch), memoryMb, billedMs), usd);
}

void TestPricing::perDayAndPerMillion()
{
    const PriceTable t = PriceTable::builtin();
    // 512 MB, 366 ms: 3.05e-6 + 2e-7 per call -> $3.250004... per million.
    const double perMillion = cost::perMillionUsd(t, Architecture::X86_64, 512, 366);
    QVERIFY(qAbs(perMillion - (0.183 * 0.0000166667 * 1e6 + 0.2)) < 1e-9);
    QVERIFY(qAbs(perMillion - 3.2500061) < 1e-6);
    // 100k calls a day.
    QVERIFY(qAbs(cost::perDayUsd(t, Architecture::X86_64, 512, 366, 100000) - perMillion / 10) < 1e-9);
}

void TestPricing::initIsBilledOnce_data()
{
    QTest::addColumn<double>("duration");
    QTest::addColumn<double>("billed");
    QTest::addColumn<double>("init");
    QTest::addColumn<double>("expected");
    QTest::newRow("warm invocation unchanged") << 26.73 << 27.0 << -1.0 << 27.0;
    QTest::newRow("cold start after Aug 2025 already includes init") << 4.42 << 338.0 << 333.05 << 338.0;
    QTest::newRow("cold start from an old log gets init added") << 26.73 << 27.0 << 150.79 << 178.0;
}

void TestPricing::initIsBilledOnce()
{
    QFETCH(double, duration);
    QFETCH(double, billed);
    QFETCH(double, init);
    QFETCH(double, expected);
    QCOMPARE(cost::billedWithInit(duration, billed, init), expected);
}

QTEST_GUILESS_MAIN(TestPricing)
#include "tst_pricing.moc"
