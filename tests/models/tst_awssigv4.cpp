// libcurl's CURLOPT_AWS_SIGV4 signature, captured by a loopback server, must equal what
// botocore's SigV4Auth computes for the same request at the same X-Amz-Date.
#include "awstestsupport.h"

#include "aws/httpclient.h"
#include "aws/scheduler.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace ll::aws;

class TestAwsSigV4 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!lltest::pythonHas(QStringLiteral("botocore")))
            QSKIP("python3 -c 'import botocore' fails: cannot recompute signatures");
    }

    void libcurlSignatureMatchesBotocore_data()
    {
        QTest::addColumn<int>("service");
        QTest::addColumn<QByteArray>("operation");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("signedHeaders");
        QTest::newRow("Logs FilterLogEvents with a session token")
            << int(Service::Logs) << QByteArray("FilterLogEvents")
            << QByteArray("{\"logGroupName\":\"/aws/lambda/orders-api\",\"startTime\":1704067200000,\"filterPattern\":\"?ERROR ?\\\"Task timed out\\\"\",\"limit\":1000}")
            << "FwoGZXIvYXdzEXAMPLETOKEN+/=" << "content-type;host;x-amz-date;x-amz-security-token;x-amz-target";
        QTest::newRow("Logs DescribeLogGroups with long-term keys")
            << int(Service::Logs) << QByteArray("DescribeLogGroups") << QByteArray("{\"logGroupNamePrefix\":\"/aws/lambda/\"}")
            << "" << "content-type;host;x-amz-date;x-amz-target";
        QTest::newRow("CloudWatch GetMetricData JSON 1.0 with query mode")
            << int(Service::Metrics) << QByteArray("GetMetricData")
            << QByteArray("{\"StartTime\":1704067200,\"EndTime\":1704070800,\"MetricDataQueries\":[]}")
            << "tok" << "content-type;host;x-amz-date;x-amz-security-token;x-amz-target;x-amzn-query-mode";
        QTest::newRow("a UTF-8 body") << int(Service::Logs) << QByteArray("FilterLogEvents")
            << QByteArray("{\"logGroupName\":\"/aws/lambda/caf\xc3\xa9\",\"filterPattern\":\"\xe2\x9c\x93\"}") << "" << "content-type;host;x-amz-date;x-amz-target";
    }
    void libcurlSignatureMatchesBotocore()
    {
        QFETCH(int, service);
        QFETCH(QByteArray, operation);
        QFETCH(QByteArray, body);
        QFETCH(QString, token);
        QFETCH(QString, signedHeaders);
        QTemporaryDir dir;
        const QString capture = dir.filePath(QStringLiteral("capture.json"));
        lltest::FaultServer server;
        QVERIFY(server.start({QStringLiteral("--capture"), capture}));
        Credentials c;
        c.accessKeyId = QStringLiteral("AKIDEXAMPLE");
        c.secretAccessKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
        c.sessionToken = token;
        RequestScheduler scheduler(lltest::localSession(server.url(), std::make_shared<StaticCredentialSource>(c)));
        AwsCall call;
        call.service = Service(service);
        call.operation = operation;
        call.body = body;
        scheduler.call(call); // the fake may reject the body; only the signature matters here
        QVERIFY(QFile::exists(capture));

        QProcess check;
        check.start(QStringLiteral("python3"), {lltest::toolPath(QStringLiteral("sigv4_check.py")), capture, c.accessKeyId,
                                                c.secretAccessKey, QStringLiteral("us-east-1"),
                                                service == int(Service::Logs) ? QStringLiteral("logs") : QStringLiteral("monitoring")});
        QVERIFY(check.waitForFinished(60000));
        const QString out = QString::fromUtf8(check.readAllStandardOutput() + check.readAllStandardError());
        QVERIFY2(check.exitCode() == 0 && out.startsWith(QStringLiteral("OK ")), qPrintable(out));
        QCOMPARE(out.trimmed().section(QLatin1Char(' '), 2), signedHeaders);

        QFile f(capture);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject captured = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(captured.value(QStringLiteral("body")).toString().toUtf8(), body);
        for (const QJsonValue& h : captured.value(QStringLiteral("headers")).toArray()) {
            const QString name = h.toArray().at(0).toString().toLower();
            QVERIFY2(name != QLatin1String("expect"), "an Expect header must never be sent or signed");
            if (name == QLatin1String("content-type"))
                QCOMPARE(h.toArray().at(1).toString(), service == int(Service::Logs) ? QStringLiteral("application/x-amz-json-1.1")
                                                                                       : QStringLiteral("application/x-amz-json-1.0"));
            if (name == QLatin1String("x-amz-target"))
                QVERIFY(h.toArray().at(1).toString().endsWith(QLatin1Char('.') + QString::fromLatin1(operation)));
        }
    }
};

QTEST_GUILESS_MAIN(TestAwsSigV4)
#include "tst_awssigv4.moc"
