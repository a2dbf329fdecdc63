#pragma once

#include "aws/awserror.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <memory>
#include <mutex>

namespace ll::aws {

// AWS keys, held in memory only: never written to the cache, settings or logs.
// toString() is redacted so that accidental logging cannot leak them.
struct Credentials {
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken;     // empty for long-term keys
    QDateTime expiration;     // invalid: does not expire
    QString source;           // "environment", "profile dev", "credential_process (profile dev)"

    bool isValid() const { return !accessKeyId.isEmpty() && !secretAccessKey.isEmpty(); }
    bool expiresWithin(qint64 seconds, const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    QString toString() const;
};

// Where credentials come from; refreshable sources (credential_process) run again when the
// credentials are about to expire or AWS said ExpiredToken. Thread-safe.
class CredentialSource {
public:
    virtual ~CredentialSource() = default;
    // Current credentials, refreshed first when they expire within 5 minutes.
    virtual Credentials get(AwsError* error) = 0;
    // Forces a refresh; returns false when this source cannot refresh (static keys).
    virtual bool refresh(AwsError* error) = 0;
    virtual QString describe() const = 0;
};

class StaticCredentialSource : public CredentialSource {
public:
    explicit StaticCredentialSource(Credentials credentials) : m_credentials(std::move(credentials)) {}
    Credentials get(AwsError* error) override;
    bool refresh(AwsError*) override { return false; }
    QString describe() const override { return m_credentials.source; }

private:
    Credentials m_credentials;
};

// credential_process: run WITHOUT a shell (the command line is split like botocore does with
// shlex), stdout parsed as {"Version":1,"AccessKeyId",...,"Expiration"}.
class ProcessCredentialSource : public CredentialSource {
public:
    ProcessCredentialSource(QString commandLine, QString profile, int timeoutMs = 60000);
    Credentials get(AwsError* error) override;
    bool refresh(AwsError* error) override;
    QString describe() const override;

    // One run of the process; exposed for tests.
    static Credentials run(const QString& commandLine, int timeoutMs, AwsError* error);

private:
    QString m_commandLine;
    QString m_profile;
    int m_timeoutMs;
    std::mutex m_mutex;
    Credentials m_cached;
};

// POSIX shell-like word splitting (quotes and backslashes, no expansion); what botocore's
// compat_shell_split does on Linux. Returns false on an unterminated quote.
bool splitCommandLine(const QString& commandLine, QStringList* words);

// Parses credential_process output (exposed for tests).
Credentials parseProcessOutput(const QByteArray& json, AwsError* error);

} // namespace ll::aws
