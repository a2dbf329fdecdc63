// Error bodies of AWS JSON 1.0/1.1, the query protocol and proxies become typed errors.
#include "aws/awserror.h"

#include <QtTest>

using namespace ll::aws;

class TestAwsErrors : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesErrorResponses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("headers"); // "name: value\n..."
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("retryable");

        QTest::newRow("plain JSON 1.1 ResourceNotFound")
            << 400 << QByteArray("{\"__type\":\"ResourceNotFoundException\",\"message\":\"The specified log group does not exist.\"}")
            << QByteArray() << int(ErrorKind::NotFound) << "ResourceNotFoundException" << "The specified log group does not exist." << false;
        QTest::newRow("namespaced __type and capital Message")
            << 400 << QByteArray("{\"__type\":\"com.amazonaws.logs#ThrottlingException\",\"Message\":\"Rate exceeded\"}")
            << QByteArray() << int(ErrorKind::Throttled) << "ThrottlingException" << "Rate exceeded" << true;
        QTest::newRow("code with a colon suffix is cut")
            << 400 << QByteArray("{\"__type\":\"aws.protocoltests#LimitExceededException:http://internal\",\"message\":\"x\"}")
            << QByteArray() << int(ErrorKind::Throttled) << "LimitExceededException" << "x" << true;
        QTest::newRow("x-amzn-ErrorType header when the body has no code")
            << 400 << QByteArray("{\"message\":\"denied\"}") << QByteArray("x-amzn-errortype: AccessDeniedException:http://x\n")
            << int(ErrorKind::AccessDenied) << "AccessDeniedException" << "denied" << false;
        QTest::newRow("x-amzn-query-error wins for query-compatible CloudWatch")
            << 400 << QByteArray("{\"__type\":\"com.amazonaws.cloudwatch#ThrottlingException\",\"message\":\"Rate exceeded\"}")
            << QByteArray("x-amzn-query-error: Throttling;Sender\n") << int(ErrorKind::Throttled) << "Throttling" << "Rate exceeded" << true;
        QTest::newRow("query protocol XML error")
            << 400 << QByteArray("<ErrorResponse xmlns=\"http://monitoring.amazonaws.com/doc/2010-08-01/\"><Error><Type>Sender</Type>"
                                 "<Code>InvalidParameterValue</Code><Message>bad &amp; wrong</Message></Error><RequestId>rid-1</RequestId></ErrorResponse>")
            << QByteArray() << int(ErrorKind::Client) << "InvalidParameterValue" << "bad & wrong" << false;
        QTest::newRow("expired STS token")
            << 400 << QByteArray("{\"__type\":\"ExpiredTokenException\",\"message\":\"The security token included in the request is expired\"}")
            << QByteArray() << int(ErrorKind::ExpiredToken) << "ExpiredTokenException" << "The security token included in the request is expired" << false;
        QTest::newRow("bad keys are UnrecognizedClient")
            << 400 << QByteArray("{\"__type\":\"UnrecognizedClientException\",\"message\":\"The security token included in the request is invalid.\"}")
            << QByteArray() << int(ErrorKind::AccessDenied) << "UnrecognizedClientException" << "The security token included in the request is invalid." << false;
        QTest::newRow("clock skew is a signature error")
            << 400 << QByteArray("{\"__type\":\"InvalidSignatureException\",\"message\":\"Signature expired\"}")
            << QByteArray() << int(ErrorKind::AccessDenied) << "InvalidSignatureException" << "Signature expired" << false;
        QTest::newRow("HTML 502 from a load balancer is a retryable server error")
            << 502 << QByteArray("<html><head><title>502 Bad Gateway</title></head></html>") << QByteArray()
            << int(ErrorKind::Server) << "" << "unexpected HTML page instead of an AWS response" << true;
        QTest::newRow("HTML 403 from a proxy is access denied")
            << 403 << QByteArray("<!DOCTYPE html><html>Forbidden</html>") << QByteArray()
            << int(ErrorKind::AccessDenied) << "" << "unexpected HTML page instead of an AWS response" << false;
        QTest::newRow("empty 500 body") << 500 << QByteArray() << QByteArray() << int(ErrorKind::Server) << "" << "unexpected response body (0 bytes)" << true;
        QTest::newRow("429 without a code is throttling") << 429 << QByteArray("{}") << QByteArray()
            << int(ErrorKind::Throttled) << "" << "" << true;
        QTest::newRow("transient RequestTimeout code") << 400 << QByteArray("{\"__type\":\"RequestTimeoutException\"}") << QByteArray()
            << int(ErrorKind::Server) << "RequestTimeoutException" << "" << true;
        QTest::newRow("truncated JSON error body with a 400") << 400 << QByteArray("{\"__type\":\"Throttl") << QByteArray()
            << int(ErrorKind::BadResponse) << "" << "unexpected response body (18 bytes)" << true;
        QTest::newRow("invalid UTF-8 in the message does not crash") << 400 << QByteArray("{\"__type\":\"InvalidParameterException\",\"message\":\"\xff\xfe\"}")
            << QByteArray() << int(ErrorKind::Client) << "InvalidParameterException" << QString(2, QChar(0xFFFD)) << false;
    }
    void parsesErrorResponses()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, headers);
        QFETCH(int, kind);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(bool, retryable);
        HeaderMap map;
        map.insert("x-amzn-requestid", "req-123");
        for (const QByteArray& line : headers.split('\n')) {
            const int colon = line.indexOf(':');
            if (colon > 0)
                map.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const AwsError e = parseErrorResponse(status, body, map);
        QCOMPARE(AwsError::kindName(e.kind), AwsError::kindName(ErrorKind(kind)));
        QCOMPARE(e.code, code);
        QCOMPARE(e.message, message);
        QCOMPARE(e.retryable(), retryable);
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.requestId, QStringLiteral("req-123"));
        QVERIFY(e.userMessage().contains(QStringLiteral("req-123")));
    }

    void missingPermissionIsNamed_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("permission");
        QTest::newRow("IAM user denied FilterLogEvents")
            << "User: arn:aws:iam::123456789012:user/dev is not authorized to perform: logs:FilterLogEvents on resource: arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/x:* because no identity-based policy allows the logs:FilterLogEvents action"
            << "logs:FilterLogEvents";
        QTest::newRow("assumed role denied StartQuery")
            << "User: arn:aws:sts::1:assumed-role/R/s is not authorized to perform: logs:StartQuery with an explicit deny" << "logs:StartQuery";
        QTest::newRow("CloudWatch metrics permission") << "is not authorized to perform: cloudwatch:GetMetricData" << "cloudwatch:GetMetricData";
        QTest::newRow("message without a permission") << "Access denied" << "";
    }
    void missingPermissionIsNamed()
    {
        QFETCH(QString, message);
        QFETCH(QString, permission);
        QCOMPARE(missingPermissionFromMessage(message), permission);
        const AwsError e = parseErrorResponse(400, QStringLiteral("{\"__type\":\"AccessDeniedException\",\"message\":\"%1\"}").arg(message).toUtf8(), {});
        QCOMPARE(e.kind, ErrorKind::AccessDenied);
        QCOMPARE(e.missingPermission, permission);
    }
};

QTEST_GUILESS_MAIN(TestAwsErrors)
#include "tst_awserrors.moc"
