// The demo simulator knows what it did; the parser must rebuild exactly that from the log text.
#include "sources/demofleet.h"
#include "store/fleetbuilder.h"

#include <QTest>

using namespace ll;

class TestDemoAssembly : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parserCountsMatchTheSimulator_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<int>("hours");
        QTest::newRow("default day") << quint64(42) << 24;
        QTest::newRow("another seed, six hours") << quint64(7) << 6;
    }

    void parserCountsMatchTheSimulator()
    {
        QFETCH(quint64, seed);
        QFETCH(int, hours);
        DemoOptions options;
        options.seed = seed;
        options.hours = hours;
        DemoTruth truth;
        FleetBuilder builder;
        generateDemoFleet(builder, options, &truth);
        const FleetPtr fleet = builder.finish();
        QVERIFY(fleet);
        QCOMPARE(fleet->lineCount(), truth.events);
        QCOMPARE(int(fleet->functionCount()), truth.functions.size());
        for (const DemoFunctionTruth& t : truth.functions) {
            const int id = fleet->functionId(t.name);
            QVERIFY2(id >= 0, qPrintable(t.name));
            const FunctionStats& s = fleet->stats(uint32_t(id));
            const QByteArray name = t.name.toUtf8();
            QVERIFY2(s.invocations == t.invocations, QByteArray(name + " invocations " + QByteArray::number(s.invocations) + " vs " + QByteArray::number(t.invocations)).constData());
            QVERIFY2(s.incomplete == t.incomplete, QByteArray(name + " incomplete").constData());
            QVERIFY2(s.coldStarts == t.coldStarts, QByteArray(name + " cold starts " + QByteArray::number(s.coldStarts) + " vs " + QByteArray::number(t.coldStarts)).constData());
            QVERIFY2(s.retries == t.retries, QByteArray(name + " retries " + QByteArray::number(s.retries) + " vs " + QByteArray::number(t.retries)).constData());
            QVERIFY2(s.errors == t.errors, QByteArray(name + " errors " + QByteArray::number(s.errors) + " vs " + QByteArray::number(t.errors)).constData());
            QVERIFY2(s.timeouts == t.timeouts, QByteArray(name + " timeouts " + QByteArray::number(s.timeouts) + " vs " + QByteArray::number(t.timeouts)).constData());
            QVERIFY2(s.outOfMemory == t.outOfMemory, QByteArray(name + " oom " + QByteArray::number(s.outOfMemory) + " vs " + QByteArray::number(t.outOfMemory)).constData());
            QVERIFY2(s.crashes == t.crashes, QByteArray(name + " crashes " + QByteArray::number(s.crashes) + " vs " + QByteArray::number(t.crashes)).constData());
            QCOMPARE(s.maxMemoryUsedMb, t.maxMemoryUsedMb);
            QVector<uint32_t> sizes = t.memorySizesMb;
            std::sort(sizes.begin(), sizes.end());
            QCOMPARE(s.memorySizesMb, sizes);
            QCOMPARE(fleet->function(uint32_t(id)).jsonFormat, t.jsonFormat);
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoAssembly)
#include "tst_demoassembly.moc"
