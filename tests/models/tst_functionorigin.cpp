// A function is (account, region, name): the same name synced from two accounts or regions stays
// two functions end to end (builder, cache replay, lookups, display names, report, fleet filter).
#include "aws/logcache.h"
#include "itemmodels/fleetfilterproxy.h"
#include "itemmodels/fleetmodel.h"
#include "logsearch/fleetlinesource.h"
#include "report/fleetreport.h"
#include "report/sizingreport.h"
#include "sources/sourceloader.h"
#include "store/fleetbuilder.h"
#include "timeline/fleetsource.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>
#include <numeric>

using namespace ll;

namespace {

// "account|region|name|invocations|durationMs": one origin's function and its traffic.
struct Origin {
    QString account, region, name;
    int invocations = 0;
    int durationMs = 10;
};

Origin parse(const QString& spec)
{
    const QStringList p = spec.split(QLatin1Char('|'));
    return { p.value(0), p.value(1), p.value(2), p.value(3).toInt(), p.value(4, QStringLiteral("10")).toInt() };
}

// START/END/REPORT lines of one invocation; request ids unique per origin and index.
std::vector<std::string> invocationLines(const Origin& o, int i)
{
    const std::string id = QString(o.account + QLatin1Char('-') + o.region + QLatin1Char('-') + QString::number(o.durationMs)
                            + QLatin1Char('-') + QString::number(i)).toStdString();
    const std::string d = std::to_string(o.durationMs);
    return { "START RequestId: " + id + " Version: $LATEST", "END RequestId: " + id,
             "REPORT RequestId: " + id + "\tDuration: " + d + ".00 ms\tBilled Duration: " + d
                 + " ms\tMemory Size: 128 MB\tMax Memory Used: 64 MB\t" };
}

// Feeds every origin's invocations; interleaved: one line of each origin in turn, switching
// the builder's origin before every event.
FleetPtr build(const QVector<Origin>& origins, bool interleaved)
{
    FleetBuilder b;
    std::vector<std::vector<std::string>> lines(size_t(origins.size()));
    for (int k = 0; k < origins.size(); ++k)
        for (int i = 0; i < origins[k].invocations; ++i)
            for (std::string& l : invocationLines(origins[k], i))
                lines[size_t(k)].push_back(std::move(l));
    auto feed = [&](int k, size_t line) {
        const std::string stream = "2024/03/13/[$LATEST]" + std::to_string(k);
        const Origin& o = origins[k];
        b.setOrigin(o.account, o.region);
        const std::string name = o.name.toStdString();
        RawEvent e;
        e.timestampMs = 1710356183000 + int64_t(line) * 10;
        e.message = lines[size_t(k)][line];
        e.logStream = stream;
        e.function = name;
        b.addEvent(e);
    };
    if (interleaved) {
        for (size_t line = 0;; ++line) {
            bool any = false;
            for (int k = 0; k < origins.size(); ++k) {
                if (line < lines[size_t(k)].size()) {
                    feed(k, line);
                    any = true;
                }
            }
            if (!any)
                break;
        }
    } else {
        for (int k = 0; k < origins.size(); ++k)
            for (size_t line = 0; line < lines[size_t(k)].size(); ++line)
                feed(k, line);
    }
    return b.finish();
}

QStringList displayNames(const Fleet& f)
{
    QStringList out;
    for (uint32_t id = 0; id < f.functionCount(); ++id)
        out << f.displayName(id);
    return out;
}

QStringList displayNames(const Fleet& f, const std::vector<uint32_t>& ids)
{
    QStringList out;
    for (uint32_t id : ids)
        out << f.displayName(id);
    return out;
}

const QString kEu = QStringLiteral("eu-west-1");
const QString kUs = QStringLiteral("us-east-1");
const QString kProd = QStringLiteral("profile:prod");
const QString kStaging = QStringLiteral("profile:staging");

QVector<Origin> twoRegions()
{
    return { { kProd, kEu, QStringLiteral("orders-api"), 3, 10 }, { kProd, kUs, QStringLiteral("orders-api"), 5, 200 },
             { kProd, kEu, QStringLiteral("users-api"), 2, 20 } };
}

QVector<aws::LogEventRecord> records(const Origin& o)
{
    QVector<aws::LogEventRecord> list;
    int n = 0;
    for (int i = 0; i < o.invocations; ++i) {
        for (const std::string& line : invocationLines(o, i)) {
            aws::LogEventRecord r;
            r.eventId = (o.account + o.region).toUtf8() + QByteArray::number(n);
            r.stream = "2024/03/13/[$LATEST]abc";
            r.timestampMs = 1710356183000 + n * 10;
            r.message = QByteArray::fromStdString(line);
            list.append(r);
            ++n;
        }
    }
    return list;
}

} // namespace

class TestFunctionOrigin : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameNameFromTwoOriginsStaysTwoFunctions_data()
    {
        QTest::addColumn<QStringList>("origins");
        QTest::addColumn<bool>("interleaved");
        QTest::addColumn<QStringList>("names");         // display names by function id
        QTest::addColumn<QList<int>>("invocations");    // by function id

        QTest::newRow("orders-api in eu-west-1 and us-east-1 of one account is two functions")
            << QStringList { QStringLiteral("profile:prod|eu-west-1|orders-api|3"), QStringLiteral("profile:prod|us-east-1|orders-api|5") }
            << false << QStringList { QStringLiteral("orders-api (eu-west-1)"), QStringLiteral("orders-api (us-east-1)") }
            << QList<int> { 3, 5 };
        QTest::newRow("orders-api in prod and staging of one region is two functions")
            << QStringList { QStringLiteral("profile:prod|eu-west-1|orders-api|2"), QStringLiteral("profile:staging|eu-west-1|orders-api|4") }
            << false << QStringList { QStringLiteral("orders-api (profile:prod)"), QStringLiteral("orders-api (profile:staging)") }
            << QList<int> { 2, 4 };
        QTest::newRow("account and region both differ: both qualify the name")
            << QStringList { QStringLiteral("profile:prod|eu-west-1|orders-api|1"), QStringLiteral("profile:staging|us-east-1|orders-api|2"),
                             QStringLiteral("profile:prod|us-east-1|orders-api|3") }
            << false
            << QStringList { QStringLiteral("orders-api (profile:prod · eu-west-1)"), QStringLiteral("orders-api (profile:staging · us-east-1)"),
                             QStringLiteral("orders-api (profile:prod · us-east-1)") }
            << QList<int> { 1, 2, 3 };
        QTest::newRow("events of the two regions interleaved event by event are not mixed")
            << QStringList { QStringLiteral("profile:prod|eu-west-1|orders-api|3"), QStringLiteral("profile:prod|us-east-1|orders-api|5") }
            << true << QStringList { QStringLiteral("orders-api (eu-west-1)"), QStringLiteral("orders-api (us-east-1)") }
            << QList<int> { 3, 5 };
        QTest::newRow("names unique across origins are shown plain")
            << QStringList { QStringLiteral("profile:prod|eu-west-1|orders-api|3"), QStringLiteral("profile:prod|us-east-1|users-api|1") }
            << false << QStringList { QStringLiteral("orders-api"), QStringLiteral("users-api") } << QList<int> { 3, 1 };
        QTest::newRow("files and the demo have no origin: one function per name as before")
            << QStringList { QStringLiteral("||orders-api|3|10"), QStringLiteral("||orders-api|2|11"), QStringLiteral("||users-api|1") }
            << false << QStringList { QStringLiteral("orders-api"), QStringLiteral("users-api") } << QList<int> { 5, 1 };
    }

    void sameNameFromTwoOriginsStaysTwoFunctions()
    {
        QFETCH(QStringList, origins);
        QFETCH(bool, interleaved);
        QFETCH(QStringList, names);
        QFETCH(QList<int>, invocations);
        QVector<Origin> list;
        for (const QString& o : origins)
            list << parse(o);
        const FleetPtr fleet = build(list, interleaved);
        QVERIFY(fleet);
        QCOMPARE(displayNames(*fleet), names);
        QCOMPARE(int(fleet->functionCount()), invocations.size());
        for (uint32_t f = 0; f < fleet->functionCount(); ++f) {
            QCOMPARE(int(fleet->stats(f).invocations), invocations[int(f)]);
            const auto [b, e] = fleet->invocationRange(f);
            QCOMPARE(int(e - b), invocations[int(f)]);
            // Each function's lines are its own: every line of its streams belongs to it.
            for (uint32_t r = b; r < e; ++r)
                QCOMPARE(fleet->streamFunction(fleet->columns().stream[r]), f);
        }
        QCOMPARE(int(fleet->totals().invocations), std::accumulate(invocations.begin(), invocations.end(), 0));
    }

    void statsAndCostStayWithTheirOrigin()
    {
        const FleetPtr fleet = build(twoRegions(), true);
        const int eu = fleet->functionId(kProd, kEu, QStringLiteral("orders-api"));
        const int us = fleet->functionId(kProd, kUs, QStringLiteral("orders-api"));
        QVERIFY(eu >= 0 && us >= 0 && eu != us);
        QCOMPARE(fleet->function(uint32_t(eu)).region, kEu);
        QCOMPARE(fleet->function(uint32_t(us)).region, kUs);
        QCOMPARE(fleet->stats(uint32_t(eu)).durationMs.max, 10.0);
        QCOMPARE(fleet->stats(uint32_t(us)).durationMs.max, 200.0);
        QVERIFY(fleet->stats(uint32_t(us)).gbSeconds > fleet->stats(uint32_t(eu)).gbSeconds * 10);
        QCOMPARE(fleet->functionId(kStaging, kEu, QStringLiteral("orders-api")), -1);
        // The plain-name lookup still answers (the first), for files and the demo.
        QCOMPARE(fleet->functionId(QStringLiteral("orders-api")), eu);
        QVERIFY(fleet->isNameShared(uint32_t(eu)));
        QVERIFY(!fleet->isNameShared(uint32_t(fleet->functionId(QStringLiteral("users-api")))));
        QCOMPARE(fleet->qualifiedName(uint32_t(us)), QStringLiteral("profile:prod/us-east-1/orders-api"));
        QCOMPARE(fleet->functionsMatching(fleet->qualifiedName(uint32_t(us))), std::vector<uint32_t> { uint32_t(us) });
    }

    void functionsMatchingPlainAndQualifiedNames_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("plain name picks every function of that name")
            << QStringLiteral("orders-api") << QStringList { QStringLiteral("orders-api (eu-west-1)"), QStringLiteral("orders-api (us-east-1)") };
        QTest::newRow("region/name picks that region's") << QStringLiteral("us-east-1/orders-api") << QStringList { QStringLiteral("orders-api (us-east-1)") };
        QTest::newRow("account/region/name picks exactly one")
            << QStringLiteral("profile:prod/eu-west-1/orders-api") << QStringList { QStringLiteral("orders-api (eu-west-1)") };
        QTest::newRow("a name unique in the fleet") << QStringLiteral("users-api") << QStringList { QStringLiteral("users-api") };
        QTest::newRow("unknown region matches nothing") << QStringLiteral("ap-south-1/orders-api") << QStringList {};
        QTest::newRow("wrong account matches nothing") << QStringLiteral("profile:staging/eu-west-1/orders-api") << QStringList {};
        QTest::newRow("unknown name matches nothing") << QStringLiteral("billing") << QStringList {};
        QTest::newRow("empty spec matches nothing") << QString() << QStringList {};
        QTest::newRow("a trailing slash is no name") << QStringLiteral("eu-west-1/") << QStringList {};
    }

    void functionsMatchingPlainAndQualifiedNames()
    {
        QFETCH(QString, spec);
        QFETCH(QStringList, expected);
        const FleetPtr fleet = build(twoRegions(), false);
        QCOMPARE(displayNames(*fleet, fleet->functionsMatching(spec)), expected);
    }

    void viewsShowQualifiedNamesOnlyWhenShared()
    {
        const FleetPtr fleet = build(twoRegions(), false);
        const TimelineSource timeline = timelineSourceFromFleet(fleet);
        QStringList lanes;
        for (const TimelineFunction& f : timeline.functions)
            lanes << f.name;
        QCOMPARE(lanes, displayNames(*fleet));
        FleetLineSource lines(fleet);
        QCOMPARE(lines.functionName(1), QStringLiteral("orders-api (us-east-1)"));
        QCOMPARE(lines.functionName(2), QStringLiteral("users-api"));
        const QString text = fleetReportText(*fleet);
        QVERIFY2(text.contains(QStringLiteral("orders-api (eu-west-1)")) && text.contains(QStringLiteral("orders-api (us-east-1)")), qPrintable(text));

        const std::vector<FunctionSizing> sizing = sizeFleet(*fleet, SizingOptions {});
        QCOMPARE(int(sizing.size()), 3);
        for (const FunctionSizing& s : sizing) {
            QCOMPARE(s.shownName(), fleet->displayName(s.function));
            QCOMPARE(s.name, fleet->function(s.function).name);
            QCOMPARE(s.region, fleet->function(s.function).region);
        }
        const QJsonArray sized = sizingJson(sizing, SizingOptions {}).value(QStringLiteral("functions")).toArray();
        QCOMPARE(sized.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("orders-api"));
        QCOMPARE(sized.at(1).toObject().value(QStringLiteral("region")).toString(), kUs);
    }

    void reportJsonCarriesAccountAndRegionAlways()
    {
        const FleetPtr fleet = build(twoRegions(), false);
        const QJsonArray functions = fleetReportJson(*fleet).value(QStringLiteral("functions")).toArray();
        QCOMPARE(functions.size(), 3);
        QCOMPARE(functions.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("orders-api"));
        QCOMPARE(functions.at(0).toObject().value(QStringLiteral("region")).toString(), kEu);
        QCOMPARE(functions.at(0).toObject().value(QStringLiteral("invocations")).toInt(), 3);
        QCOMPARE(functions.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("orders-api"));
        QCOMPARE(functions.at(1).toObject().value(QStringLiteral("region")).toString(), kUs);
        QCOMPARE(functions.at(1).toObject().value(QStringLiteral("account")).toString(), kProd);
        QCOMPARE(functions.at(1).toObject().value(QStringLiteral("invocations")).toInt(), 5);
        const QJsonObject inv = invocationJson(*fleet, fleet->invocation(fleet->invocationRange(1).first));
        QCOMPARE(inv.value(QStringLiteral("function")).toString(), QStringLiteral("orders-api"));
        QCOMPARE(inv.value(QStringLiteral("region")).toString(), kUs);

        // Files: the fields are there, empty.
        const FleetPtr files = build({ { QString(), QString(), QStringLiteral("orders-api"), 2, 10 } }, false);
        const QJsonObject f = fleetReportJson(*files).value(QStringLiteral("functions")).toArray().at(0).toObject();
        QVERIFY(f.contains(QStringLiteral("account")) && f.contains(QStringLiteral("region")));
        QCOMPARE(f.value(QStringLiteral("account")).toString(), QString());
        QCOMPARE(f.value(QStringLiteral("region")).toString(), QString());
        QCOMPARE(f.value(QStringLiteral("name")).toString(), QStringLiteral("orders-api"));
    }

    void cacheRoundTripKeepsOriginsApart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        qputenv("LAMBDALENS_CACHE_DIR", dir.path().toUtf8());
        const QString group = QStringLiteral("/aws/lambda/orders-api");
        // An origin with an empty account must not take the other accounts' events of its region.
        const QVector<Origin> origins { { kProd, kEu, QStringLiteral("orders-api"), 3, 10 }, { kProd, kUs, QStringLiteral("orders-api"), 5, 200 },
                                        { kStaging, kEu, QStringLiteral("orders-api"), 2, 30 }, { QString(), kEu, QStringLiteral("orders-api"), 1, 40 } };
        {
            aws::LogCache cache;
            QVERIFY2(cache.isOpen(), qPrintable(cache.errorString()));
            for (const Origin& o : origins)
                QCOMPARE(cache.commitPage(o.account, o.region, group, records(o), aws::Checkpoint {}), o.invocations * 3);
        }
        LoadRequest request;
        request.cache = true;
        const FleetPtr fleet = loadSources(request);
        qunsetenv("LAMBDALENS_CACHE_DIR");
        QVERIFY(fleet);
        QCOMPARE(int(fleet->functionCount()), origins.size());
        QCOMPARE(fleet->duplicateEvents(), uint64_t(0));
        for (const Origin& o : origins) {
            const int id = fleet->functionId(o.account, o.region, o.name);
            QVERIFY2(id >= 0, qPrintable(o.account + QLatin1Char('/') + o.region));
            QCOMPARE(int(fleet->stats(uint32_t(id)).invocations), o.invocations);
            QCOMPARE(fleet->stats(uint32_t(id)).durationMs.max, double(o.durationMs));
        }
        QCOMPARE(fleet->displayName(uint32_t(fleet->functionId(kStaging, kEu, QStringLiteral("orders-api")))),
                 QStringLiteral("orders-api (profile:staging · eu-west-1)"));
        QCOMPARE(fleet->functionsMatching(QStringLiteral("orders-api")).size(), size_t(4));
        QCOMPARE(fleet->functionsMatching(QStringLiteral("eu-west-1/orders-api")).size(), size_t(3));
    }

    void fleetFilterMatchesNameAccountAndRegion_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("visible");
        const QString eu = QStringLiteral("orders-api (eu-west-1)"), us = QStringLiteral("orders-api (us-east-1)"),
                      users = QStringLiteral("users-api");
        QTest::newRow("no query shows everything") << QString() << QStringList { eu, us, users };
        QTest::newRow("a region word keeps that region's functions") << QStringLiteral("us-east") << QStringList { us };
        QTest::newRow("name and region together narrow to one") << QStringLiteral("orders eu-west-1") << QStringList { eu };
        QTest::newRow("region: prefix matches the region column only") << QStringLiteral("region:eu-west-1") << QStringList { eu, users };
        QTest::newRow("account: prefix matches the account column") << QStringLiteral("account:prod") << QStringList { eu, us, users };
        QTest::newRow("account: prefix with an unknown account hides all") << QStringLiteral("account:staging") << QStringList {};
        QTest::newRow("an account key typed whole is a plain word") << QStringLiteral("profile:prod users") << QStringList { users };
        QTest::newRow("matching is case-insensitive") << QStringLiteral("REGION:US-EAST-1") << QStringList { us };
    }

    void fleetFilterMatchesNameAccountAndRegion()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, visible);
        FleetModel model;
        FleetFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFleet(build(twoRegions(), false));
        proxy.setQuery(query);
        QStringList shown;
        for (int s = 0; s < proxy.rowCount(); ++s) {
            const QModelIndex service = proxy.index(s, 0);
            for (int r = 0; r < proxy.rowCount(service); ++r)
                shown << proxy.index(r, FleetModel::Name, service).data().toString();
        }
        std::sort(shown.begin(), shown.end());
        QCOMPARE(shown, visible);
    }
};

QTEST_GUILESS_MAIN(TestFunctionOrigin)
#include "tst_functionorigin.moc"
