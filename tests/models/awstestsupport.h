#pragma once
// Helpers shared by the tst_aws*.cpp tests: local Python servers (loopback only) and sessions.

#include "aws/credentials.h"
#include "aws/session.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QThread>

#include <memory>

namespace lltest {

inline QString toolPath(const QString& name)
{
    return QStringLiteral(LAMBDALENS_SOURCE_DIR "/tests/tools/") + name;
}

inline bool pythonHas(const QString& modules)
{
    QProcess p;
    p.start(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral("import ") + modules});
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// Runs tests/tools/faultserver.py with a scenario; killed (only this process) on destruction.
class FaultServer {
public:
    ~FaultServer() { stop(); }
    bool start(const QStringList& scenario)
    {
        m_process.setProgram(QStringLiteral("python3"));
        m_process.setArguments(QStringList{toolPath(QStringLiteral("faultserver.py"))} + scenario);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 15000) {
            m_process.waitForReadyRead(200);
            m_buffer += m_process.readAllStandardOutput();
            const int nl = m_buffer.indexOf('\n');
            if (nl > 0 && m_buffer.startsWith("PORT ")) {
                m_port = m_buffer.mid(5, nl - 5).trimmed().toInt();
                m_buffer.remove(0, nl + 1);
                return m_port > 0;
            }
            if (m_process.state() != QProcess::Running)
                return false;
        }
        return false;
    }
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    int port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    // "REQ <op> <status> <action>" lines received so far.
    QStringList requests()
    {
        // The server prints after answering: drain until it has been quiet for a moment.
        while (m_process.waitForReadyRead(200))
            m_buffer += m_process.readAllStandardOutput();
        m_buffer += m_process.readAllStandardOutput();
        QStringList lines;
        for (const QByteArray& l : m_buffer.split('\n'))
            if (l.startsWith("REQ "))
                lines << QString::fromUtf8(l);
        return lines;
    }
    int countStatus(int status)
    {
        int n = 0;
        for (const QString& l : requests())
            if (l.split(QLatin1Char(' ')).value(2).toInt() == status)
                ++n;
        return n;
    }

private:
    QProcess m_process;
    QByteArray m_buffer;
    int m_port = 0;
};

inline ll::aws::Session localSession(const QString& url, std::shared_ptr<ll::aws::CredentialSource> creds = {},
                                     const QString& profile = QStringLiteral("test"))
{
    ll::aws::Session s;
    s.profile = profile;
    s.region = QStringLiteral("us-east-1");
    s.logsEndpoint = url;
    s.metricsEndpoint = url;
    if (!creds) {
        ll::aws::Credentials c;
        c.accessKeyId = QStringLiteral("AKIDLOCALTEST");
        c.secretAccessKey = QStringLiteral("local-secret-key");
        c.source = QStringLiteral("test");
        creds = std::make_shared<ll::aws::StaticCredentialSource>(c);
    }
    s.credentials = creds;
    return s;
}

} // namespace lltest
