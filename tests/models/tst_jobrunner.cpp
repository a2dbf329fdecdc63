#include "jobs/jobrunner.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace ll;

class TestJobRunner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void deliversTheResult()
    {
        JobRunner runner;
        QSignalSpy done(&runner, &JobRunner::finished);
        runner.start(QStringLiteral("sum"), [](JobContext&) { return QVariant(42); });
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 5000);
        QCOMPARE(done.at(0).at(0).toInt(), 42);
        QVERIFY(!runner.isRunning());
    }

    void aNewerJobDropsTheOlderResult()
    {
        JobRunner runner;
        QSignalSpy done(&runner, &JobRunner::finished);
        std::atomic<bool> release { false };
        runner.start(QStringLiteral("slow"), [&release](JobContext&) {
            while (!release)
                QThread::msleep(1);
            return QVariant(1);
        });
        runner.start(QStringLiteral("fast"), [](JobContext&) { return QVariant(2); });
        release = true;
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 5000);
        QTest::qWait(50);
        QCOMPARE(done.count(), 1);
        QCOMPARE(done.at(0).at(0).toInt(), 2);
    }

    void cancelSetsTheFlagAndReportsCancelled()
    {
        JobRunner runner;
        QSignalSpy cancelled(&runner, &JobRunner::cancelled);
        QSignalSpy done(&runner, &JobRunner::finished);
        std::atomic<bool> sawCancel { false };
        runner.start(QStringLiteral("loop"), [&sawCancel](JobContext& ctx) {
            while (!ctx.cancelled())
                QThread::msleep(1);
            sawCancel = true;
            return QVariant();
        });
        runner.cancel();
        QCOMPARE(cancelled.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(sawCancel.load(), 5000);
        QTest::qWait(30);
        QCOMPARE(done.count(), 0);
    }

    void progressIsThrottledAndMonotonic()
    {
        JobRunner runner;
        QSignalSpy progress(&runner, &JobRunner::progress);
        QSignalSpy done(&runner, &JobRunner::finished);
        runner.start(QStringLiteral("steps"), [](JobContext& ctx) {
            for (int i = 0; i <= 100000; ++i)
                ctx.progress(i / 100000.0);
            return QVariant(true);
        });
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 5000);
        QVERIFY(progress.count() >= 1);
        QVERIFY2(progress.count() < 200, "progress must be throttled");
        double last = -1;
        for (const auto& args : progress) {
            QVERIFY(args.at(0).toDouble() >= last);
            last = args.at(0).toDouble();
        }
        QCOMPARE(last, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
