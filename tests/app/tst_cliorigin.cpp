// The built `lambdalens` on a cache holding /aws/lambda/orders-api from two regions and two
// profiles: report --json lists each with account and region, --function takes plain and
// qualified names; the demo keeps empty account/region.
#include "aws/logcache.h"
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ll::testing;

namespace {

struct Origin {
    const char* account;
    const char* region;
    int invocations;
};

// (profile:prod, eu-west-1): 3, (profile:prod, us-east-1): 5, (profile:staging, eu-west-1): 2
const Origin kOrigins[] = { { "profile:prod", "eu-west-1", 3 }, { "profile:prod", "us-east-1", 5 }, { "profile:staging", "eu-west-1", 2 } };

QVector<ll::aws::LogEventRecord> records(const Origin& o)
{
    QVector<ll::aws::LogEventRecord> list;
    int n = 0;
    for (int i = 0; i < o.invocations; ++i) {
        const QByteArray id = QByteArray(o.account) + '-' + o.region + '-' + QByteArray::number(i);
        for (const QByteArray& line : QList<QByteArray> { "START RequestId: " + id + " Version: $LATEST", "END RequestId: " + id,
                                        "REPORT RequestId: " + id + "\tDuration: 12.00 ms\tBilled Duration: 12 ms\tMemory Size: 128 MB\tMax Memory Used: 64 MB\t" }) {
            ll::aws::LogEventRecord r;
            r.eventId = id + '-' + QByteArray::number(n);
            r.stream = "2024/03/13/[$LATEST]abc";
            r.timestampMs = 1710356183000 + n * 10;
            r.message = line;
            list.append(r);
            ++n;
        }
    }
    return list;
}

} // namespace

class TestCliOrigin : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    CliResult run(const QStringList& args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LAMBDALENS_CACHE_DIR"), m_dir.path());
        env.insert(QStringLiteral("HOME"), m_dir.path());
        return runCli(args, 120000, env);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ll::aws::LogCache cache(m_dir.filePath(QStringLiteral("cloudwatch.sqlite")));
        QVERIFY2(cache.isOpen(), qPrintable(cache.errorString()));
        for (const Origin& o : kOrigins)
            QCOMPARE(cache.commitPage(QString::fromLatin1(o.account), QString::fromLatin1(o.region),
                                      QStringLiteral("/aws/lambda/orders-api"), records(o), ll::aws::Checkpoint {}),
                     o.invocations * 3);
    }

    void reportJsonListsEveryOriginWithAccountAndRegion()
    {
        const CliResult r = run({ QStringLiteral("report"), QStringLiteral("--json"), QStringLiteral("--cache") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray functions = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("functions")).toArray();
        QCOMPARE(functions.size(), 3);
        for (const Origin& o : kOrigins) {
            int found = 0;
            for (const QJsonValue& v : functions) {
                const QJsonObject f = v.toObject();
                if (f.value(QStringLiteral("account")).toString() == QLatin1String(o.account)
                    && f.value(QStringLiteral("region")).toString() == QLatin1String(o.region)) {
                    ++found;
                    QCOMPARE(f.value(QStringLiteral("name")).toString(), QStringLiteral("orders-api"));
                    QCOMPARE(f.value(QStringLiteral("invocations")).toInt(), o.invocations);
                }
            }
            QVERIFY2(found == 1, o.region);
        }
        // The table names them apart.
        const CliResult text = run({ QStringLiteral("report"), QStringLiteral("--cache") });
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("orders-api (profile:prod · us-east-1)"), text.out.constData());
        QVERIFY2(text.out.contains("orders-api (profile:staging · eu-west-1)"), text.out.constData());
    }

    void functionOptionTakesPlainAndQualifiedNames_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QStringList>("regions");
        QTest::newRow("plain name lists every origin's invocations") << QStringLiteral("orders-api") << 10
                                                                     << QStringList { QStringLiteral("eu-west-1"), QStringLiteral("us-east-1") };
        QTest::newRow("region/name lists that region's, both profiles") << QStringLiteral("eu-west-1/orders-api") << 5
                                                                       << QStringList { QStringLiteral("eu-west-1") };
        QTest::newRow("account/region/name lists one origin's") << QStringLiteral("profile:prod/us-east-1/orders-api") << 5
                                                                << QStringList { QStringLiteral("us-east-1") };
        QTest::newRow("a qualified name of an absent origin lists nothing") << QStringLiteral("ap-south-1/orders-api") << 0 << QStringList {};
    }

    void functionOptionTakesPlainAndQualifiedNames()
    {
        QFETCH(QString, function);
        QFETCH(int, rows);
        QFETCH(QStringList, regions);
        const CliResult r = run({ QStringLiteral("invocations"), QStringLiteral("--json"), QStringLiteral("--cache"),
                                  QStringLiteral("--function"), function });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray list = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("invocations")).toArray();
        QCOMPARE(list.size(), rows);
        QSet<QString> seen;
        for (const QJsonValue& v : list) {
            QCOMPARE(v.toObject().value(QStringLiteral("function")).toString(), QStringLiteral("orders-api"));
            seen.insert(v.toObject().value(QStringLiteral("region")).toString());
        }
        QCOMPARE(seen, QSet<QString>(regions.begin(), regions.end()));
        QCOMPARE(r.err.contains("no function named"), rows == 0);
    }

    void theDemoKeepsEmptyAccountAndRegion()
    {
        const CliResult r = run({ QStringLiteral("report"), QStringLiteral("--json"), QStringLiteral("--demo") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray functions = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("functions")).toArray();
        QVERIFY(!functions.isEmpty());
        for (const QJsonValue& v : functions) {
            const QJsonObject f = v.toObject();
            QVERIFY(f.contains(QStringLiteral("account")) && f.contains(QStringLiteral("region")));
            QCOMPARE(f.value(QStringLiteral("account")).toString(), QString());
            QCOMPARE(f.value(QStringLiteral("region")).toString(), QString());
        }
    }
};

QTEST_GUILESS_MAIN(TestCliOrigin)
#include "tst_cliorigin.moc"
