#include "../models/fixtureevents.h"
#include "invocation/invocationpanel.h"
#include "selection/selection.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace ll;
using namespace ll::testing;

class TestInvocationPanel : public QObject {
    Q_OBJECT

    static FleetPtr fixtureFleet()
    {
        return buildFleet(loadFixture(QStringLiteral(LAMBDALENS_TEST_DATA "/reference_fixtures.txt")));
    }

private Q_SLOTS:
    void showsInitLinesFiguresAndTraceOfAColdInvocation()
    {
        Selection selection;
        InvocationPanel panel(&selection);
        const FleetPtr fleet = fixtureFleet();
        panel.setFleet(fleet);
        const int64_t row = fleet->findInvocation("8f5b0c2e-3d7a-4e1b-9c4f-2a6d8e0b1c3f");
        selection.setInvocation(row);
        QCOMPARE(panel.shownInvocation(), row);
        const QString log = panel.logText();
        QVERIFY(log.contains(QStringLiteral("INIT_START")));
        QVERIFY(log.indexOf(QStringLiteral("INIT_START")) < log.indexOf(QStringLiteral("START RequestId")));
        QVERIFY(log.contains(QStringLiteral("order accepted")));
        const QString figures = panel.figuresText();
        QVERIFY(figures.contains(QStringLiteral("96 of 512 MB")));
        QVERIFY(figures.contains(QStringLiteral("1-65f1f6a7-3c5e7a9b1d3f5a7c9e1b3d5f")));
        QVERIFY(figures.contains(QStringLiteral("231.07")));
    }

    void stackTraceOfAnErrorBodyIsOneFramePerLine()
    {
        Selection selection;
        InvocationPanel panel(&selection);
        const FleetPtr fleet = fixtureFleet();
        panel.setFleet(fleet);
        selection.setInvocation(fleet->findInvocation("1c3e5a7b-9d2f-4b6e-8a1c-3e5f7a9b2d4c"));
        QVERIFY(panel.figuresText().contains(QStringLiteral("TypeError")));
        QVERIFY(panel.logText().contains(QStringLiteral("\n    at priceLine")));
    }

    void environmentNeighboursNavigate()
    {
        Selection selection;
        InvocationPanel panel(&selection);
        const FleetPtr fleet = fixtureFleet();
        panel.setFleet(fleet);
        const int64_t first = fleet->findInvocation("8f5b0c2e-3d7a-4e1b-9c4f-2a6d8e0b1c3f");
        const int64_t second = fleet->findInvocation("1c3e5a7b-9d2f-4b6e-8a1c-3e5f7a9b2d4c");
        selection.setInvocation(first);
        QPushButton* next = nullptr;
        for (QPushButton* b : panel.findChildren<QPushButton*>()) {
            if (b->text().contains(QStringLiteral("Next")))
                next = b;
        }
        QVERIFY(next && next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(selection.invocation(), second);
        QCOMPARE(panel.shownInvocation(), second);
    }

    void hostileLogTextIsShownLiterally()
    {
        std::vector<FixtureEvent> e {
            makeEvent("fn", "s", 1, "START RequestId: h1 Version: $LATEST"),
            makeEvent("fn", "s", 2, "2026-11-27T00:00:00.002Z\th1\tINFO\t<b>bold</b> <img src=x> \x1b[31mred\x1b[0m \xe2\x80\xae" "evil"),
            makeEvent("fn", "s", 3, "REPORT RequestId: h1\tDuration: 1.00 ms\tBilled Duration: 1 ms\tMemory Size: 128 MB\tMax Memory Used: 20 MB"),
        };
        const FleetPtr fleet = buildFleet(e);
        Selection selection;
        InvocationPanel panel(&selection);
        panel.setFleet(fleet);
        selection.setInvocation(0);
        const QString log = panel.logText();
        QVERIFY(log.contains(QStringLiteral("<b>bold</b> <img src=x>")));
        QVERIFY(log.contains(QChar(0x241B)));              // ESC shown as a control picture
        QVERIFY(!log.contains(QChar(0x1B)));
        QVERIFY(!log.contains(QChar(0x202E)));              // bidi override neutralised
        QVERIFY(log.contains(QStringLiteral("<U+202E>")));
        for (QLabel* label : panel.findChildren<QLabel*>())
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }

    void copyAndExportActions()
    {
        Selection selection;
        InvocationPanel panel(&selection);
        const FleetPtr fleet = fixtureFleet();
        panel.setFleet(fleet);
        selection.setInvocation(fleet->findInvocation("d4e6f8a0-2b4c-4d6e-9f1a-3b5c7d9e1f2a"));
        panel.copyRequestId();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("d4e6f8a0-2b4c-4d6e-9f1a-3b5c7d9e1f2a"));
        panel.copyInsightsQuery();
        QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("filter @requestId = \"d4e6f8a0-2b4c-4d6e-9f1a-3b5c7d9e1f2a\"")));
        panel.copyConsoleLink();
        QVERIFY(QApplication::clipboard()->text().startsWith(QStringLiteral("https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#logsV2:log-groups/log-group/")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inv.json"));
        QVERIFY(panel.exportJson(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("timeout"));
        QCOMPARE(o.value(QStringLiteral("log_lines")).toArray().size(), 4);
    }
};

QTEST_MAIN(TestInvocationPanel)
#include "tst_invocationpanel.moc"
