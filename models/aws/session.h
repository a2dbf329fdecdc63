#pragma once

#include "aws/awserror.h"
#include "aws/credentials.h"
#include "aws/inifile.h"

#include <QProcessEnvironment>
#include <QString>
#include <memory>

namespace ll::aws {

enum class Service { Logs, Metrics };

// What the command line (or UI) asks for explicitly; empty fields fall back to env and files.
struct SessionOptions {
    QString profile;       // --profile: when set, environment keys are skipped (AWS CLI rule)
    QString region;        // --region
    QString endpointUrl;   // --endpoint-url: wins over every configured endpoint
    int credentialProcessTimeoutMs = 60000;
};

// A resolved profile + region + endpoints + credential source, like an AWS CLI session.
struct Session {
    QString profile;       // effective profile name; empty when the environment keys are used
    QString region;
    QString logsEndpoint;
    QString metricsEndpoint;
    std::shared_ptr<CredentialSource> credentials;

    QString endpoint(Service service) const { return service == Service::Logs ? logsEndpoint : metricsEndpoint; }
    // Identifies the account for the cache and the request scheduler. Never contains secrets.
    QString accountKey() const;
    // accountKey + region (+ endpoint when overridden): one scheduler and one cache scope each.
    QString scopeKey() const;
};

// The AWS CLI's configuration: environment plus ~/.aws/config and ~/.aws/credentials.
class AwsConfig {
public:
    explicit AwsConfig(const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
    // The same from the files' contents (tests, fuzzing): nothing is read from disk.
    static AwsConfig fromText(const QByteArray& configText, const QByteArray& credentialsText,
                              const QProcessEnvironment& env = QProcessEnvironment());

    Session resolve(const SessionOptions& options, AwsError* error) const;

    QString configPath() const { return m_configPath; }
    QString credentialsPath() const { return m_credentialsPath; }
    QStringList profiles() const;            // names from both files, sorted
    bool hasProfile(const QString& name) const;
    QString effectiveProfile(const QString& explicitProfile) const;
    // One setting of a profile's ~/.aws/config section ("region"); empty when unset.
    QString profileValue(const QString& profile, const QString& key) const { return configSection(profile).value(key); }

    // Endpoint for one service in one profile/region, with the SDK precedence rules.
    QString endpointFor(Service service, const QString& profile, const QString& region,
                        const QString& explicitUrl) const;

private:
    struct Empty {};
    explicit AwsConfig(Empty) {}
    IniFile::Section configSection(const QString& profile) const;
    IniFile::Section credentialsSection(const QString& profile) const;
    std::shared_ptr<CredentialSource> profileCredentials(const QString& profile, const SessionOptions& options,
                                                         QStringList* visited, AwsError* error) const;

    QProcessEnvironment m_env;
    QString m_configPath;
    QString m_credentialsPath;
    IniFile m_config;
    IniFile m_credentials;
};

bool isValidRegionName(const QString& region);

} // namespace ll::aws
