#include "settings/settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace ll;

// The Preferences dialog edits an AppSettings value: what it shows comes from the value, what it
// hands back (applied) carries the edits. Persistence itself is tested in tst_appsettings.
class TestSettingsDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsAndReturnsTheSettings();
    void editsReachApplied_data();
    void editsReachApplied();
    void resetPricesRestoresTheTable();
    void restoreDefaultsKeepsTheLanguage();
    void invalidInputBlocksOk_data();
    void invalidInputBlocksOk();
    void screenshots();

private:
    QTemporaryDir m_dir;
};

using Edit = std::function<void(SettingsDialog&)>;
using Check = std::function<bool(const AppSettings&)>;
Q_DECLARE_METATYPE(Edit)
Q_DECLARE_METATYPE(Check)

namespace {

template<typename T>
T* field(SettingsDialog& d, const char* name)
{
    T* w = d.findChild<T*>(QLatin1String(name));
    if (!w)
        qFatal("no field %s", name);
    return w;
}

QPushButton* button(SettingsDialog& d, QDialogButtonBox::StandardButton which)
{
    return d.findChild<QDialogButtonBox*>()->button(which);
}


} // namespace

void TestSettingsDialog::initTestCase()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("user")));
}

void TestSettingsDialog::showsAndReturnsTheSettings()
{
    AppSettings s;
    s.rules.errorRateWarning = 0.02;
    s.rules.setMuted(RuleId::ColdStartRate, true);
    s.sizingHeadroom = 0.3;
    s.prices.gbSecondUsd[1] = 0.000012;
    s.webhookUrl = QStringLiteral("https://hooks.example.com/x");
    s.desktopNotifications = false;
    s.language = QStringLiteral("es");
    s.memoryBudgetMb = 4096;
    s.rules.minInvocations = 7;   // not in the dialog: must survive
    SettingsDialog d(s);
    const AppSettings back = d.settings();
    QCOMPARE(back.rules.errorRateWarning, 0.02);
    QVERIFY(back.rules.isMuted(RuleId::ColdStartRate));
    QVERIFY(!back.rules.isMuted(RuleId::ErrorRate));
    QCOMPARE(back.sizingHeadroom, 0.3);
    QCOMPARE(back.prices.gbSecondUsd[1], 0.000012);
    QCOMPARE(back.prices.gbSecondUsd[0], s.prices.gbSecondUsd[0]);
    QCOMPARE(back.webhookUrl, s.webhookUrl);
    QVERIFY(!back.desktopNotifications);
    QCOMPARE(back.language, QStringLiteral("es"));
    QCOMPARE(back.memoryBudgetMb, uint64_t(4096));
    QCOMPARE(back.rules.minInvocations, uint64_t(7));
    QCOMPARE(back.rules.memoryWindowMs, s.rules.memoryWindowMs);
}

void TestSettingsDialog::editsReachApplied_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<Check>("check");
    QTest::newRow("memory threshold 85 percent")
        << Edit([](SettingsDialog& d) { field<QDoubleSpinBox>(d, "memoryPressure")->setValue(85); })
        << Check([](const AppSettings& s) { return qFuzzyCompare(s.rules.memoryPressureFraction, 0.85); });
    QTest::newRow("memory window 5 minutes")
        << Edit([](SettingsDialog& d) { field<QSpinBox>(d, "memoryWindow")->setValue(5); })
        << Check([](const AppSettings& s) { return s.rules.memoryWindowMs == 5 * 60'000; });
    QTest::newRow("critical error rate 20 percent")
        << Edit([](SettingsDialog& d) { field<QDoubleSpinBox>(d, "errorRateCritical")->setValue(20); })
        << Check([](const AppSettings& s) { return qFuzzyCompare(s.rules.errorRateCritical, 0.20); });
    QTest::newRow("cold-start rule unchecked is muted")
        << Edit([](SettingsDialog& d) { field<QCheckBox>(d, "cold-start-rate")->setChecked(false); })
        << Check([](const AppSettings& s) { return s.rules.isMuted(RuleId::ColdStartRate) && !s.rules.isMuted(RuleId::Timeouts); });
    QTest::newRow("webhook typed in")
        << Edit([](SettingsDialog& d) { field<QLineEdit>(d, "webhook")->setText(QStringLiteral(" https://chat.example.com/hook ")); })
        << Check([](const AppSettings& s) { return s.webhookUrl == QStringLiteral("https://chat.example.com/hook"); });
    QTest::newRow("language Deutsch")
        << Edit([](SettingsDialog& d) {
               auto* box = field<QComboBox>(d, "language");
               box->setCurrentIndex(box->findData(QStringLiteral("de")));
           })
        << Check([](const AppSettings& s) { return s.language == QStringLiteral("de"); });
}

void TestSettingsDialog::editsReachApplied()
{
    QFETCH(Edit, edit);
    QFETCH(Check, check);
    SettingsDialog d { AppSettings() };
    QSignalSpy spy(&d, &SettingsDialog::applied);
    edit(d);
    button(d, QDialogButtonBox::Apply)->click();
    QCOMPARE(spy.count(), 1);
    QVERIFY(check(spy.at(0).at(0).value<AppSettings>()));
    QVERIFY(d.isVisible() == false);   // Apply does not close (it was never shown)
    button(d, QDialogButtonBox::Ok)->click();
    QCOMPARE(spy.count(), 2);
    QCOMPARE(d.result(), int(QDialog::Accepted));
}

void TestSettingsDialog::resetPricesRestoresTheTable()
{
    AppSettings s;
    s.prices.gbSecondUsd = { 0.00002, 0.00003 };
    s.prices.perMillionRequestsUsd = { 0.5, 0.6 };
    SettingsDialog d(s);
    d.findChild<QPushButton*>(QStringLiteral("resetPrices"))->click();
    const PriceTable builtin = PriceTable::builtin();
    const AppSettings back = d.settings();
    for (size_t i = 0; i < 2; ++i) {
        QCOMPARE(back.prices.gbSecondUsd[i], builtin.gbSecondUsd[i]);
        QCOMPARE(back.prices.perMillionRequestsUsd[i], builtin.perMillionRequestsUsd[i]);
    }
}

void TestSettingsDialog::restoreDefaultsKeepsTheLanguage()
{
    AppSettings s;
    s.rules.errorRateWarning = 0.05;
    s.sizingHeadroom = 1.0;
    s.language = QStringLiteral("de");
    s.rules.setMuted(RuleId::Timeouts, true);
    SettingsDialog d(s);
    button(d, QDialogButtonBox::RestoreDefaults)->click();
    const AppSettings back = d.settings();
    QCOMPARE(back.rules.errorRateWarning, 0.01);
    QCOMPARE(back.sizingHeadroom, 0.20);
    QVERIFY(!back.rules.isMuted(RuleId::Timeouts));
    QCOMPARE(back.language, QStringLiteral("de"));
}

void TestSettingsDialog::invalidInputBlocksOk_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::newRow("webhook is not a URL") << Edit([](SettingsDialog& d) { field<QLineEdit>(d, "webhook")->setText(QStringLiteral("not a url")); });
    QTest::newRow("webhook is a file URL") << Edit([](SettingsDialog& d) { field<QLineEdit>(d, "webhook")->setText(QStringLiteral("file:///tmp/x")); });
    QTest::newRow("critical error rate below the warning rate") << Edit([](SettingsDialog& d) {
        field<QDoubleSpinBox>(d, "errorRateWarning")->setValue(20);
        field<QDoubleSpinBox>(d, "errorRateCritical")->setValue(5);
    });
}

void TestSettingsDialog::invalidInputBlocksOk()
{
    QFETCH(Edit, edit);
    SettingsDialog d { AppSettings() };
    QVERIFY(button(d, QDialogButtonBox::Ok)->isEnabled());
    edit(d);
    QVERIFY(!button(d, QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(!button(d, QDialogButtonBox::Apply)->isEnabled());
}

void TestSettingsDialog::screenshots()
{
    // Renders every page, for looking at the dialog: LAMBDALENS_SCREENSHOT_DIR=/tmp/x.
    AppSettings s;
    s.webhookUrl = QStringLiteral("https://hooks.slack.com/services/T000/B000/XXXX");
    s.rules.setMuted(RuleId::ColdStartRate, true);
    SettingsDialog d(s);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    const QString dir = qEnvironmentVariable("LAMBDALENS_SCREENSHOT_DIR");
    for (int i = 0; i < d.tabs()->count(); ++i) {
        d.tabs()->setCurrentIndex(i);
        QTest::qWait(20);
        const QImage image = d.grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 400);
        if (!dir.isEmpty())
            image.save(QDir(dir).filePath(QStringLiteral("settings-%1.png").arg(i)));
    }
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
