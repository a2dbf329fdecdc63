#include "aws/credentials.h"

#include <QCoreApplication>
#include <QProcess>

#include <nlohmann/json.hpp>

namespace ll::aws {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ll::aws::Credentials)
};
QString redact(const QString& s, int keep)
{
    if (s.isEmpty())
        return QStringLiteral("<none>");
    return s.left(keep) + QStringLiteral("****");
}
}

bool Credentials::expiresWithin(qint64 seconds, const QDateTime& now) const
{
    return expiration.isValid() && now.secsTo(expiration) < seconds;
}

QString Credentials::toString() const
{
    // Only the access key id's 4-letter prefix (AKIA/ASIA tells long-term vs temporary).
    return QStringLiteral("Credentials(accessKeyId=%1, secretAccessKey=%2, sessionToken=%3, expiration=%4, source=%5)")
        .arg(redact(accessKeyId, 4), secretAccessKey.isEmpty() ? QStringLiteral("<none>") : QStringLiteral("****"),
             sessionToken.isEmpty() ? QStringLiteral("<none>") : QStringLiteral("****"),
             expiration.isValid() ? expiration.toString(Qt::ISODate) : QStringLiteral("never"), source);
}

Credentials StaticCredentialSource::get(AwsError* error)
{
    if (m_credentials.expiresWithin(0) && error)
        *error = AwsError::make(ErrorKind::ExpiredToken, QStringLiteral("ExpiredToken"),
                                Text::tr("the credentials from %1 expired at %2").arg(m_credentials.source,
                                    m_credentials.expiration.toString(Qt::ISODate)));
    return m_credentials;
}

bool splitCommandLine(const QString& commandLine, QStringList* words)
{
    words->clear();
    QString current;
    bool inWord = false;
    enum { Plain, Single, Double } state = Plain;
    for (qsizetype i = 0; i < commandLine.size(); ++i) {
        const QChar c = commandLine.at(i);
        switch (state) {
        case Plain:
            if (c.isSpace()) {
                if (inWord) {
                    words->append(current);
                    current.clear();
                    inWord = false;
                }
            } else if (c == QLatin1Char('\'')) {
                state = Single;
                inWord = true;
            } else if (c == QLatin1Char('"')) {
                state = Double;
                inWord = true;
            } else if (c == QLatin1Char('\\')) {
                if (i + 1 < commandLine.size())
                    current += commandLine.at(++i);
                inWord = true;
            } else {
                current += c;
                inWord = true;
            }
            break;
        case Single:
            if (c == QLatin1Char('\''))
                state = Plain;
            else
                current += c;
            break;
        case Double:
            if (c == QLatin1Char('"')) {
                state = Plain;
            } else if (c == QLatin1Char('\\') && i + 1 < commandLine.size()
                       && QStringLiteral("\\\"$`").contains(commandLine.at(i + 1))) {
                current += commandLine.at(++i);
            } else {
                current += c;
            }
            break;
        }
    }
    if (state != Plain)
        return false;
    if (inWord)
        words->append(current);
    return true;
}

Credentials parseProcessOutput(const QByteArray& output, AwsError* error)
{
    Credentials c;
    const nlohmann::json j = nlohmann::json::parse(output.constBegin(), output.constEnd(), nullptr, false);
    auto fail = [&](const QString& why) {
        if (error)
            *error = AwsError::make(ErrorKind::NoCredentials, QStringLiteral("CredentialProcessError"), why);
        return Credentials{};
    };
    if (!j.is_object())
        return fail(Text::tr("credential_process did not print a JSON object"));
    auto str = [&](const char* key) {
        auto it = j.find(key);
        return (it != j.end() && it->is_string()) ? QString::fromStdString(it->get<std::string>()) : QString();
    };
    auto version = j.find("Version");
    if (version == j.end() || !version->is_number_integer() || version->get<int>() != 1)
        return fail(Text::tr("credential_process output must have \"Version\": 1"));
    c.accessKeyId = str("AccessKeyId");
    c.secretAccessKey = str("SecretAccessKey");
    c.sessionToken = str("SessionToken");
    const QString expiration = str("Expiration");
    if (!c.isValid())
        return fail(Text::tr("credential_process output lacks AccessKeyId or SecretAccessKey"));
    if (!expiration.isEmpty()) {
        c.expiration = QDateTime::fromString(expiration, Qt::ISODateWithMs);
        if (!c.expiration.isValid())
            c.expiration = QDateTime::fromString(expiration, Qt::ISODate);
        if (!c.expiration.isValid())
            return fail(Text::tr("credential_process printed an invalid Expiration: %1").arg(expiration.left(64)));
        c.expiration = c.expiration.toUTC();
        if (c.expiresWithin(0)) {
            if (error)
                *error = AwsError::make(ErrorKind::ExpiredToken, QStringLiteral("ExpiredToken"),
                                        Text::tr("credential_process returned credentials that expired at %1")
                                            .arg(c.expiration.toString(Qt::ISODate)));
            return Credentials{};
        }
    }
    return c;
}

ProcessCredentialSource::ProcessCredentialSource(QString commandLine, QString profile, int timeoutMs)
    : m_commandLine(std::move(commandLine)), m_profile(std::move(profile)), m_timeoutMs(timeoutMs)
{
}

QString ProcessCredentialSource::describe() const
{
    return Text::tr("credential_process (profile %1)").arg(m_profile);
}

Credentials ProcessCredentialSource::run(const QString& commandLine, int timeoutMs, AwsError* error)
{
    auto fail = [&](ErrorKind kind, const QString& why) {
        if (error)
            *error = AwsError::make(kind, QStringLiteral("CredentialProcessError"), why);
        return Credentials{};
    };
    QStringList words;
    if (!splitCommandLine(commandLine, &words) || words.isEmpty())
        return fail(ErrorKind::NoCredentials, Text::tr("credential_process is empty or has an unterminated quote"));
    QProcess process;
    process.setProgram(words.takeFirst());
    process.setArguments(words);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(QIODevice::ReadOnly);
    if (!process.waitForStarted(timeoutMs))
        return fail(ErrorKind::NoCredentials, Text::tr("credential_process could not start %1: %2")
                                                  .arg(process.program(), process.errorString()));
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        return fail(ErrorKind::Timeout, Text::tr("credential_process %1 did not finish within %2 s")
                                            .arg(process.program()).arg(timeoutMs / 1000.0));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        // stderr is the tool's own diagnostic; stdout may hold secrets and is never shown.
        const QString stderrText = QString::fromUtf8(process.readAllStandardError().left(400)).trimmed();
        return fail(ErrorKind::NoCredentials, Text::tr("credential_process %1 failed with exit code %2%3")
                                                  .arg(process.program()).arg(process.exitCode())
                                                  .arg(stderrText.isEmpty() ? QString() : QStringLiteral(": ") + stderrText));
    }
    Credentials c = parseProcessOutput(process.readAllStandardOutput(), error);
    c.source = Text::tr("credential_process");
    return c;
}

Credentials ProcessCredentialSource::get(AwsError* error)
{
    std::lock_guard lock(m_mutex);
    if (m_cached.isValid() && !m_cached.expiresWithin(300))
        return m_cached;
    AwsError e;
    Credentials fresh = run(m_commandLine, m_timeoutMs, &e);
    if (e) {
        if (error)
            *error = e;
        return Credentials{};
    }
    fresh.source = describe();
    m_cached = fresh;
    return m_cached;
}

bool ProcessCredentialSource::refresh(AwsError* error)
{
    {
        std::lock_guard lock(m_mutex);
        m_cached = Credentials{};
    }
    AwsError e;
    get(&e);
    if (e && error)
        *error = e;
    return !e;
}

} // namespace ll::aws
