#include "settings/appsettings.h"
#include "store/fleetbuilder.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace ll;

// Every test works on its own INI file in a temporary directory: the user's settings are never read.
class TestAppSettings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void emptyFileGivesTheDefaults();
    void roundTrip_data();
    void roundTrip();
    void invalidStoredValuesFallBack_data();
    void invalidStoredValuesFallBack();
    void defaultPricesAreNotStoredAsOverrides();
    void resetToDefaultPricesRemovesOverrides();
    void applicationSettingsUseTheConfiguredPath();
    void memoryBudget_data();
    void memoryBudget();

private:
    QTemporaryDir m_dir;
};

using Edit = std::function<void(AppSettings&)>;
using Check = std::function<bool(const AppSettings&)>;
Q_DECLARE_METATYPE(Edit)
Q_DECLARE_METATYPE(Check)

void TestAppSettings::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // AppSettings::load()/save() without arguments use the application's QSettings: point them here.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("user")));
    QCoreApplication::setOrganizationName(QStringLiteral("LambdalensTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_appsettings"));
}

void TestAppSettings::emptyFileGivesTheDefaults()
{
    QSettings q(m_dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
    const AppSettings s = AppSettings::load(q);
    QCOMPARE(s.rules.memoryPressureFraction, 0.90);
    QCOMPARE(s.rules.memoryWindowMs, int64_t(15 * 60'000));
    QCOMPARE(s.rules.errorRateWarning, 0.01);
    QCOMPARE(s.rules.errorRateCritical, 0.10);
    QCOMPARE(s.rules.nearTimeoutFraction, 0.10);
    QCOMPARE(s.rules.overProvisionedFraction, 0.50);
    for (bool m : s.rules.muted)
        QVERIFY(!m);
    QCOMPARE(s.sizingHeadroom, 0.20);
    QCOMPARE(s.prices.gbSecond(Architecture::X86_64), PriceTable::builtin().gbSecond(Architecture::X86_64));
    QCOMPARE(s.prices.gbSecond(Architecture::Arm64), PriceTable::builtin().gbSecond(Architecture::Arm64));
    QCOMPARE(s.prices.perMillionRequestsUsd[1], 0.20);
    QVERIFY(s.webhookUrl.isEmpty());
    QVERIFY(s.desktopNotifications);
    QVERIFY(s.language.isEmpty());
    QCOMPARE(s.memoryBudgetMb, uint64_t(0));
}

void TestAppSettings::roundTrip_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<Check>("check");
    QTest::newRow("memory threshold and window")
        << Edit([](AppSettings& s) { s.rules.memoryPressureFraction = 0.85; s.rules.memoryWindowMs = 5 * 60'000; })
        << Check([](const AppSettings& s) { return s.rules.memoryPressureFraction == 0.85 && s.rules.memoryWindowMs == 5 * 60'000; });
    QTest::newRow("error rates warning and critical")
        << Edit([](AppSettings& s) { s.rules.errorRateWarning = 0.02; s.rules.errorRateCritical = 0.25; })
        << Check([](const AppSettings& s) { return s.rules.errorRateWarning == 0.02 && s.rules.errorRateCritical == 0.25; });
    QTest::newRow("near-timeout, over-provisioned, cold-start thresholds")
        << Edit([](AppSettings& s) {
               s.rules.nearTimeoutFraction = 0.05;
               s.rules.overProvisionedFraction = 0.4;
               s.rules.coldStartRate = 0.3;
           })
        << Check([](const AppSettings& s) {
               return s.rules.nearTimeoutFraction == 0.05 && s.rules.overProvisionedFraction == 0.4 && s.rules.coldStartRate == 0.3;
           });
    QTest::newRow("two rules muted, the others not")
        << Edit([](AppSettings& s) {
               s.rules.setMuted(RuleId::ColdStartRate, true);
               s.rules.setMuted(RuleId::NewErrorCluster, true);
           })
        << Check([](const AppSettings& s) {
               int muted = 0;
               for (bool m : s.rules.muted)
                   muted += m;
               return muted == 2 && s.rules.isMuted(RuleId::ColdStartRate) && s.rules.isMuted(RuleId::NewErrorCluster);
           });
    QTest::newRow("sizing headroom 35 percent")
        << Edit([](AppSettings& s) { s.sizingHeadroom = 0.35; }) << Check([](const AppSettings& s) { return qFuzzyCompare(s.sizingHeadroom, 0.35); });
    QTest::newRow("sizing headroom zero is allowed")
        << Edit([](AppSettings& s) { s.sizingHeadroom = 0; }) << Check([](const AppSettings& s) { return s.sizingHeadroom == 0; });
    QTest::newRow("arm64 and x86_64 price overrides")
        << Edit([](AppSettings& s) {
               s.prices.gbSecondUsd[size_t(Architecture::Arm64)] = 0.0000150000;
               s.prices.perMillionRequestsUsd[size_t(Architecture::X86_64)] = 0.25;
           })
        << Check([](const AppSettings& s) {
               return s.prices.gbSecond(Architecture::Arm64) == 0.000015 && s.prices.perMillionRequestsUsd[0] == 0.25
                   && s.prices.gbSecond(Architecture::X86_64) == PriceTable::builtin().gbSecond(Architecture::X86_64);
           });
    QTest::newRow("webhook and notifications off")
        << Edit([](AppSettings& s) {
               s.webhookUrl = QStringLiteral(" https://hooks.example.com/services/T0/B0/x ");
               s.desktopNotifications = false;
           })
        << Check([](const AppSettings& s) {
               return s.webhookUrl == QStringLiteral("https://hooks.example.com/services/T0/B0/x") && !s.desktopNotifications;
           });
    QTest::newRow("language Deutsch")
        << Edit([](AppSettings& s) { s.language = QStringLiteral("de"); })
        << Check([](const AppSettings& s) { return s.language == QStringLiteral("de"); });
    QTest::newRow("unknown language is saved as system")
        << Edit([](AppSettings& s) { s.language = QStringLiteral("tlh"); })
        << Check([](const AppSettings& s) { return s.language.isEmpty(); });
    QTest::newRow("memory budget 2048 MB")
        << Edit([](AppSettings& s) { s.memoryBudgetMb = 2048; }) << Check([](const AppSettings& s) { return s.memoryBudgetMb == 2048; });
}

void TestAppSettings::roundTrip()
{
    QFETCH(Edit, edit);
    QFETCH(Check, check);
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')) + QStringLiteral(".ini"));
    AppSettings s;
    edit(s);
    {
        QSettings q(path, QSettings::IniFormat);
        s.save(q);
        q.sync();
        QCOMPARE(q.status(), QSettings::NoError);
    }
    QSettings q(path, QSettings::IniFormat);
    const AppSettings back = AppSettings::load(q);
    QVERIFY(check(back));
}

void TestAppSettings::invalidStoredValuesFallBack_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<Check>("check");
    QTest::newRow("headroom is text") << QStringLiteral("sizing/headroom_percent") << QVariant(QStringLiteral("lots"))
                                      << Check([](const AppSettings& s) { return s.sizingHeadroom == 0.20; });
    QTest::newRow("headroom negative") << QStringLiteral("sizing/headroom_percent") << QVariant(-5)
                                       << Check([](const AppSettings& s) { return s.sizingHeadroom == 0.20; });
    QTest::newRow("language not offered") << QStringLiteral("ui/language") << QVariant(QStringLiteral("fr"))
                                          << Check([](const AppSettings& s) { return s.language.isEmpty(); });
    QTest::newRow("budget is text") << QStringLiteral("import/memory_budget_mb") << QVariant(QStringLiteral("1 GB"))
                                    << Check([](const AppSettings& s) { return s.memoryBudgetMb == 0; });
    QTest::newRow("negative price override ignored") << QStringLiteral("pricing/arm64/gb_second") << QVariant(-1.0)
        << Check([](const AppSettings& s) { return s.prices.gbSecond(Architecture::Arm64) == PriceTable::builtin().gbSecond(Architecture::Arm64); });
    QTest::newRow("threshold is text") << QStringLiteral("insights/error_rate_warning") << QVariant(QStringLiteral("high"))
                                       << Check([](const AppSettings& s) { return s.rules.errorRateWarning == 0.01; });
    QTest::newRow("unknown muted rule ignored") << QStringLiteral("insights/muted") << QVariant(QStringList { QStringLiteral("no-such-rule") })
        << Check([](const AppSettings& s) {
               for (bool m : s.rules.muted)
                   if (m)
                       return false;
               return true;
           });
}

void TestAppSettings::invalidStoredValuesFallBack()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QFETCH(Check, check);
    QSettings q(m_dir.filePath(QStringLiteral("invalid-%1.ini").arg(QTest::currentDataTag()[0])), QSettings::IniFormat);
    q.clear();
    q.setValue(key, value);
    QVERIFY(check(AppSettings::load(q)));
}

void TestAppSettings::defaultPricesAreNotStoredAsOverrides()
{
    QSettings q(m_dir.filePath(QStringLiteral("defaults.ini")), QSettings::IniFormat);
    AppSettings().save(q);
    const QStringList keys = q.allKeys();
    for (const QString& k : keys)
        QVERIFY2(!k.startsWith(QLatin1String("pricing/")), qPrintable(k));
    // A round trip through the INI text keeps them defaults.
    AppSettings::load(q).save(q);
    q.sync();
    QVERIFY(q.childGroups().indexOf(QStringLiteral("pricing")) < 0);
}

void TestAppSettings::resetToDefaultPricesRemovesOverrides()
{
    QSettings q(m_dir.filePath(QStringLiteral("reset.ini")), QSettings::IniFormat);
    AppSettings s;
    s.prices.gbSecondUsd = { 0.00002, 0.00001 };
    s.save(q);
    QVERIFY(q.contains(QStringLiteral("pricing/x86_64/gb_second")));
    s.prices = PriceTable::builtin();   // what "Reset to defaults" does
    s.save(q);
    QVERIFY(!q.contains(QStringLiteral("pricing/x86_64/gb_second")));
    QVERIFY(!q.contains(QStringLiteral("pricing/arm64/gb_second")));
    QCOMPARE(AppSettings::load(q).prices.gbSecond(Architecture::X86_64), PriceTable::builtin().gbSecond(Architecture::X86_64));
}

void TestAppSettings::applicationSettingsUseTheConfiguredPath()
{
    AppSettings s;
    s.sizingHeadroom = 0.5;
    s.prices.perMillionRequestsUsd[0] = 0.3;
    s.save();
    QCOMPARE(AppSettings::load().sizingHeadroom, 0.5);
    // The cost code reads the same overrides.
    QCOMPARE(PriceTable::current().perMillionRequestsUsd[0], 0.3);
    QVERIFY(QFile::exists(QSettings().fileName()));
    QVERIFY(QSettings().fileName().startsWith(m_dir.path()));
    QSettings().clear();
}

void TestAppSettings::memoryBudget_data()
{
    QTest::addColumn<QByteArray>("env");       // empty: unset
    QTest::addColumn<qulonglong>("setting");   // 0: unset
    QTest::addColumn<qulonglong>("expectedMb");   // 0: automatic
    QTest::newRow("nothing set: automatic") << QByteArray() << 0ull << 0ull;
    QTest::newRow("setting alone applies") << QByteArray() << 512ull << 512ull;
    QTest::newRow("environment wins over the setting") << QByteArray("64") << 512ull << 64ull;
    QTest::newRow("invalid environment leaves the setting") << QByteArray("lots") << 256ull << 256ull;
}

void TestAppSettings::memoryBudget()
{
    QFETCH(QByteArray, env);
    QFETCH(qulonglong, setting);
    QFETCH(qulonglong, expectedMb);
    if (env.isEmpty())
        qunsetenv("LAMBDALENS_MEMORY_BUDGET_MB");
    else
        qputenv("LAMBDALENS_MEMORY_BUDGET_MB", env);
    AppSettings s;
    s.memoryBudgetMb = setting;
    s.save();
    const auto fromEnv = memoryBudgetFromEnvironmentMb();
    const uint64_t mb = fromEnv ? *fromEnv : memoryBudgetSettingMb(QSettings());
    QCOMPARE(qulonglong(mb), expectedMb);
    // FleetBuilder's default follows the same order (automatic: half of the physical memory).
    const uint64_t bytes = FleetBuilder::defaultMemoryBudget();
    if (expectedMb)
        QCOMPARE(qulonglong(bytes), expectedMb << 20);
    else
        QVERIFY(bytes > 0);
    qunsetenv("LAMBDALENS_MEMORY_BUDGET_MB");
    QSettings().clear();
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
