// The demo fleet goes through the same parser and FleetBuilder as real logs; what they rebuild
// must equal what the simulator says it did (DemoTruth), function by function.
#include "sources/demofleet.h"
#include "store/fleetbuilder.h"

#include <QtTest>

#include <set>

using namespace ll;

class TestDemoFleetParse : public QObject {
    Q_OBJECT

private:
    FleetPtr m_fleet;
    DemoTruth m_truth;

    const DemoFunctionTruth* truthOf(const QString& name) const
    {
        for (const DemoFunctionTruth& f : m_truth.functions) {
            if (f.name == name)
                return &f;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        FleetBuilder builder;
        generateDemoFleet(builder, DemoOptions(), &m_truth);
        m_fleet = builder.finish();
        QVERIFY(m_fleet);
        QCOMPARE(m_fleet->lineCount(), size_t(m_truth.events));
        QCOMPARE(m_fleet->duplicateEvents(), 0u);
        QVERIFY(m_fleet->skipped().isEmpty());
    }

    void parsedCountsEqualTruth_data()
    {
        QTest::addColumn<QString>("function");
        DemoTruth truth;
        FleetBuilder ignore;
        DemoOptions tiny;
        tiny.hours = 1;
        generateDemoFleet(ignore, tiny, &truth);
        for (const DemoFunctionTruth& f : truth.functions)
            QTest::newRow(qPrintable(f.name + QStringLiteral(" parses to what the simulator did"))) << f.name;
    }
    void parsedCountsEqualTruth()
    {
        QFETCH(QString, function);
        const DemoFunctionTruth* t = truthOf(function);
        QVERIFY(t);
        const int id = m_fleet->functionId(function);
        QVERIFY(id >= 0);
        const FunctionInfo& info = m_fleet->function(uint32_t(id));
        QCOMPARE(info.service, t->service);
        QCOMPARE(info.runtime, t->runtime);
        const FunctionStats& s = m_fleet->stats(uint32_t(id));
        QCOMPARE(s.invocations, t->invocations);
        QCOMPARE(s.incomplete, t->incomplete);
        QCOMPARE(s.coldStarts, t->coldStarts);
        QCOMPARE(s.retries, t->retries);
        QCOMPARE(s.errors, t->errors);
        QCOMPARE(s.timeouts, t->timeouts);
        QCOMPARE(s.outOfMemory, t->outOfMemory);
        QCOMPARE(s.crashes, t->crashes);
        QCOMPARE(s.maxMemoryUsedMb, t->maxMemoryUsedMb);
        const std::set<uint32_t> parsed(s.memorySizesMb.begin(), s.memorySizesMb.end());
        const std::set<uint32_t> truth(t->memorySizesMb.begin(), t->memorySizesMb.end());
        QCOMPARE(parsed, truth);
    }

    void logFormatDetected_data()
    {
        QTest::addColumn<QString>("function");
        for (const DemoFunctionTruth& f : m_truth.functions)
            QTest::newRow(qPrintable(f.name + (f.jsonFormat ? QStringLiteral(" is seen as JSON format")
                                                            : QStringLiteral(" is seen as Text format"))))
                << f.name;
    }
    void logFormatDetected()
    {
        QFETCH(QString, function);
        const DemoFunctionTruth* t = truthOf(function);
        QVERIFY(t);
        const int id = m_fleet->functionId(function);
        QVERIFY(id >= 0);
        // Go and Ruby print their unhandled errors as JSON bodies inside Text-format logs: those
        // must not make a function count as JSON format.
        QCOMPARE(m_fleet->function(uint32_t(id)).jsonFormat, t->jsonFormat);
    }

    void fleetHasEveryFunctionAndStream()
    {
        QCOMPARE(qsizetype(m_fleet->functionCount()), m_truth.functions.size());
        uint64_t invocations = 0, incomplete = 0;
        for (const DemoFunctionTruth& f : m_truth.functions) {
            invocations += f.invocations;
            incomplete += f.incomplete;
        }
        QCOMPARE(uint64_t(m_fleet->invocationCount()), invocations + incomplete);
    }
};

QTEST_GUILESS_MAIN(TestDemoFleetParse)
#include "tst_demofleetparse.moc"
