#include "aws/session.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QUrl>

namespace ll::aws {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ll::aws::AwsConfig)
};
QString expandHome(const QString& path, const QProcessEnvironment& env)
{
    const QString home = env.value(QStringLiteral("HOME"), QDir::homePath());
    if (path == QLatin1String("~"))
        return home;
    if (path.startsWith(QLatin1String("~/")))
        return home + path.mid(1);
    return path;
}

bool isTrue(const QString& v) { return v.trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0; }

QString exportHint(const QString& profile)
{
    return Text::tr("run `aws configure export-credentials --profile %1 --format process` as this "
              "profile's credential_process in another profile, or export the keys with "
              "`eval \"$(aws configure export-credentials --profile %1 --format env)\"`").arg(profile);
}

AwsError setError(AwsError* error, ErrorKind kind, const QString& code, const QString& message)
{
    AwsError e = AwsError::make(kind, code, message);
    if (error)
        *error = e;
    return e;
}
}

bool isValidRegionName(const QString& region)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return region.size() <= 64 && re.match(region).hasMatch();
}

QString Session::accountKey() const
{
    return profile.isEmpty() ? QStringLiteral("env") : QStringLiteral("profile:") + profile;
}

QString Session::scopeKey() const
{
    QString key = accountKey() + QLatin1Char('|') + region;
    const QString defaultHost = QStringLiteral("https://logs.") + region + QLatin1Char('.');
    if (!logsEndpoint.startsWith(defaultHost))
        key += QLatin1Char('|') + logsEndpoint;
    return key;
}

AwsConfig::AwsConfig(const QProcessEnvironment& env)
    : m_env(env)
{
    const QString home = env.value(QStringLiteral("HOME"), QDir::homePath());
    m_configPath = expandHome(env.value(QStringLiteral("AWS_CONFIG_FILE"), home + QStringLiteral("/.aws/config")), env);
    m_credentialsPath = expandHome(env.value(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"),
                                             home + QStringLiteral("/.aws/credentials")), env);
    m_config = IniFile::load(m_configPath);
    m_credentials = IniFile::load(m_credentialsPath);
}

AwsConfig AwsConfig::fromText(const QByteArray& configText, const QByteArray& credentialsText,
                              const QProcessEnvironment& env)
{
    AwsConfig c{Empty{}};
    c.m_env = env;
    c.m_configPath = QStringLiteral("config");
    c.m_credentialsPath = QStringLiteral("credentials");
    c.m_config = IniFile::parse(configText);
    c.m_credentials = IniFile::parse(credentialsText);
    return c;
}

IniFile::Section AwsConfig::configSection(const QString& profile) const
{
    if (profile == QLatin1String("default")) {
        IniFile::Section s = m_config.section(QStringLiteral("profile default"));
        const IniFile::Section plain = m_config.section(QStringLiteral("default"));
        for (auto it = plain.begin(); it != plain.end(); ++it)
            s.insert(it.key(), it.value());
        return s;
    }
    return m_config.section(QStringLiteral("profile ") + profile);
}

IniFile::Section AwsConfig::credentialsSection(const QString& profile) const
{
    return m_credentials.section(profile);
}

bool AwsConfig::hasProfile(const QString& name) const
{
    return m_credentials.hasSection(name) || m_config.hasSection(QStringLiteral("profile ") + name)
        || (name == QLatin1String("default") && m_config.hasSection(name));
}

QStringList AwsConfig::profiles() const
{
    QStringList names;
    for (auto it = m_config.sections().begin(); it != m_config.sections().end(); ++it) {
        if (it.key().startsWith(QLatin1String("profile ")))
            names << it.key().mid(8).trimmed();
        else if (it.key() == QLatin1String("default"))
            names << it.key();
    }
    for (auto it = m_credentials.sections().begin(); it != m_credentials.sections().end(); ++it)
        names << it.key();
    names.removeDuplicates();
    names.sort();
    return names;
}

QString AwsConfig::effectiveProfile(const QString& explicitProfile) const
{
    if (!explicitProfile.isEmpty())
        return explicitProfile;
    for (const char* var : {"AWS_PROFILE", "AWS_DEFAULT_PROFILE"}) {
        const QString v = m_env.value(QString::fromLatin1(var));
        if (!v.isEmpty())
            return v;
    }
    return QStringLiteral("default");
}

QString AwsConfig::endpointFor(Service service, const QString& profile, const QString& region,
                               const QString& explicitUrl) const
{
    if (!explicitUrl.isEmpty())
        return explicitUrl;
    const IniFile::Section p = configSection(profile);
    const bool ignore = isTrue(m_env.value(QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")))
        || isTrue(p.value(QStringLiteral("ignore_configured_endpoint_urls")));
    const QString serviceId = service == Service::Logs ? QStringLiteral("cloudwatch_logs") : QStringLiteral("cloudwatch");
    if (!ignore) {
        const QString perService = m_env.value(QStringLiteral("AWS_ENDPOINT_URL_") + serviceId.toUpper());
        if (!perService.isEmpty())
            return perService;
        const QString global = m_env.value(QStringLiteral("AWS_ENDPOINT_URL"));
        if (!global.isEmpty())
            return global;
        const QString servicesName = p.value(QStringLiteral("services"));
        if (!servicesName.isEmpty()) {
            const QString url = m_config.section(QStringLiteral("services ") + servicesName)
                                    .value(serviceId + QStringLiteral(".endpoint_url"));
            if (!url.isEmpty())
                return url;
        }
        const QString profileUrl = p.value(QStringLiteral("endpoint_url"));
        if (!profileUrl.isEmpty())
            return profileUrl;
    }
    const QString prefix = service == Service::Logs ? QStringLiteral("logs") : QStringLiteral("monitoring");
    const bool fips = isTrue(m_env.value(QStringLiteral("AWS_USE_FIPS_ENDPOINT"), p.value(QStringLiteral("use_fips_endpoint"))));
    const bool dualStack = isTrue(m_env.value(QStringLiteral("AWS_USE_DUALSTACK_ENDPOINT"), p.value(QStringLiteral("use_dualstack_endpoint"))));
    const bool china = region.startsWith(QLatin1String("cn-"));
    const QString host = prefix + (fips ? QStringLiteral("-fips.") : QStringLiteral(".")) + region;
    if (dualStack)
        return QStringLiteral("https://") + host + (china ? QStringLiteral(".api.amazonwebservices.com.cn") : QStringLiteral(".api.aws"));
    return QStringLiteral("https://") + host + (china ? QStringLiteral(".amazonaws.com.cn") : QStringLiteral(".amazonaws.com"));
}

std::shared_ptr<CredentialSource> AwsConfig::profileCredentials(const QString& profile, const SessionOptions& options,
                                                                QStringList* visited, AwsError* error) const
{
    if (visited->contains(profile)) {
        setError(error, ErrorKind::UnsupportedProfile, QStringLiteral("SourceProfileLoop"),
                 Text::tr("profile %1: source_profile chain loops (%2)").arg(profile, visited->join(QStringLiteral(" -> "))));
        return nullptr;
    }
    visited->append(profile);
    const IniFile::Section cfg = configSection(profile);
    const IniFile::Section cred = credentialsSection(profile);
    auto value = [&](const QString& key) { return cred.value(key, cfg.value(key)); };

    if (!value(QStringLiteral("role_arn")).isEmpty()) {
        setError(error, ErrorKind::UnsupportedProfile, QStringLiteral("RoleProfile"),
                 Text::tr("profile %1 needs SSO/role assumption (role_arn %2), not supported yet: %3")
                     .arg(profile, value(QStringLiteral("role_arn")), exportHint(profile)));
        return nullptr;
    }
    if (!value(QStringLiteral("web_identity_token_file")).isEmpty()) {
        setError(error, ErrorKind::UnsupportedProfile, QStringLiteral("WebIdentityProfile"),
                 Text::tr("profile %1 needs SSO/role assumption (web identity), not supported yet: %2").arg(profile, exportHint(profile)));
        return nullptr;
    }
    if (!value(QStringLiteral("sso_session")).isEmpty() || !value(QStringLiteral("sso_start_url")).isEmpty()) {
        setError(error, ErrorKind::UnsupportedProfile, QStringLiteral("SsoProfile"),
                 Text::tr("profile %1 needs SSO/role assumption (IAM Identity Center), not supported yet: %2").arg(profile, exportHint(profile)));
        return nullptr;
    }
    auto keysFrom = [&](const IniFile::Section& s, const QString& where) -> std::shared_ptr<CredentialSource> {
        const QString id = s.value(QStringLiteral("aws_access_key_id"));
        const QString secret = s.value(QStringLiteral("aws_secret_access_key"));
        if (id.isEmpty() && secret.isEmpty())
            return nullptr;
        if (id.isEmpty() || secret.isEmpty()) {
            setError(error, ErrorKind::NoCredentials, QStringLiteral("PartialCredentials"),
                     Text::tr("profile %1 in %2 has only one of aws_access_key_id / aws_secret_access_key").arg(profile, where));
            return nullptr;
        }
        Credentials c;
        c.accessKeyId = id;
        c.secretAccessKey = secret;
        c.sessionToken = s.value(QStringLiteral("aws_session_token"), s.value(QStringLiteral("aws_security_token")));
        c.source = Text::tr("profile %1 (%2)").arg(profile, where);
        return std::make_shared<StaticCredentialSource>(c);
    };
    if (auto s = keysFrom(cred, m_credentialsPath))
        return s;
    if (error && error->isError())
        return nullptr;
    const QString process = value(QStringLiteral("credential_process"));
    if (!process.isEmpty())
        return std::make_shared<ProcessCredentialSource>(process, profile, options.credentialProcessTimeoutMs);
    if (auto s = keysFrom(cfg, m_configPath))
        return s;
    if (error && error->isError())
        return nullptr;
    const QString source = value(QStringLiteral("source_profile"));
    if (!source.isEmpty()) {
        if (!hasProfile(source)) {
            setError(error, ErrorKind::UnknownProfile, QStringLiteral("UnknownProfile"),
                     Text::tr("profile %1 names source_profile %2, which is in neither %3 nor %4")
                         .arg(profile, source, m_configPath, m_credentialsPath));
            return nullptr;
        }
        return profileCredentials(source, options, visited, error);
    }
    setError(error, ErrorKind::NoCredentials, QStringLiteral("NoCredentials"),
             Text::tr("profile %1 has no aws_access_key_id/aws_secret_access_key or credential_process").arg(profile));
    return nullptr;
}

Session AwsConfig::resolve(const SessionOptions& options, AwsError* error) const
{
    Session session;
    AwsError e;
    const QString profile = effectiveProfile(options.profile);
    const bool namedByUser = !options.profile.isEmpty() || profile != QLatin1String("default");

    // 1. Environment keys, unless --profile was given.
    const QString envId = m_env.value(QStringLiteral("AWS_ACCESS_KEY_ID"));
    const QString envSecret = m_env.value(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
    if (options.profile.isEmpty() && (!envId.isEmpty() || !envSecret.isEmpty())) {
        if (envId.isEmpty() || envSecret.isEmpty()) {
            setError(error, ErrorKind::NoCredentials, QStringLiteral("PartialCredentials"),
                     Text::tr("only one of AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY is set"));
            return Session{};
        }
        Credentials c;
        c.accessKeyId = envId;
        c.secretAccessKey = envSecret;
        c.sessionToken = m_env.value(QStringLiteral("AWS_SESSION_TOKEN"), m_env.value(QStringLiteral("AWS_SECURITY_TOKEN")));
        const QString exp = m_env.value(QStringLiteral("AWS_CREDENTIAL_EXPIRATION"));
        if (!exp.isEmpty())
            c.expiration = QDateTime::fromString(exp, Qt::ISODate).toUTC();
        c.source = Text::tr("environment");
        session.credentials = std::make_shared<StaticCredentialSource>(c);
    } else if (options.profile.isEmpty() && !m_env.value(QStringLiteral("AWS_ROLE_ARN")).isEmpty()
               && !m_env.value(QStringLiteral("AWS_WEB_IDENTITY_TOKEN_FILE")).isEmpty()) {
        setError(error, ErrorKind::UnsupportedProfile, QStringLiteral("WebIdentityProfile"),
                 Text::tr("AWS_ROLE_ARN with AWS_WEB_IDENTITY_TOKEN_FILE needs SSO/role assumption, not supported yet: "
                    "export AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN instead"));
        return Session{};
    } else {
        if (!hasProfile(profile)) {
            if (namedByUser)
                setError(error, ErrorKind::UnknownProfile, QStringLiteral("UnknownProfile"),
                         Text::tr("the profile %1 is in neither %2 nor %3").arg(profile, m_configPath, m_credentialsPath));
            else
                setError(error, ErrorKind::NoCredentials, QStringLiteral("NoCredentials"),
                         Text::tr("set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE, or a [default] profile in %1 or %2 "
                            "(container and instance-metadata credentials are not supported)")
                             .arg(m_configPath, m_credentialsPath));
            return Session{};
        }
        QStringList visited;
        session.credentials = profileCredentials(profile, options, &visited, &e);
        if (!session.credentials) {
            if (error)
                *error = e;
            return Session{};
        }
        session.profile = profile;
    }

    // 2. Region.
    session.region = options.region;
    for (const char* var : {"AWS_REGION", "AWS_DEFAULT_REGION"}) {
        if (session.region.isEmpty())
            session.region = m_env.value(QString::fromLatin1(var));
    }
    if (session.region.isEmpty() && hasProfile(profile))
        session.region = configSection(profile).value(QStringLiteral("region"));
    if (session.region.isEmpty()) {
        setError(error, ErrorKind::NoRegion, QStringLiteral("NoRegion"),
                 Text::tr("no region for profile %1").arg(profile));
        return Session{};
    }
    if (!isValidRegionName(session.region)) {
        setError(error, ErrorKind::NoRegion, QStringLiteral("InvalidRegion"),
                 Text::tr("invalid region name '%1'").arg(session.region.left(64)));
        return Session{};
    }

    // 3. Endpoints.
    const QString endpointProfile = hasProfile(profile) ? profile : QString();
    session.logsEndpoint = endpointFor(Service::Logs, endpointProfile, session.region, options.endpointUrl);
    session.metricsEndpoint = endpointFor(Service::Metrics, endpointProfile, session.region, options.endpointUrl);
    for (const QString& url : {session.logsEndpoint, session.metricsEndpoint}) {
        const QUrl u(url);
        if (!u.isValid() || (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http")) || u.host().isEmpty()) {
            setError(error, ErrorKind::Client, QStringLiteral("InvalidEndpoint"),
                     Text::tr("invalid endpoint URL '%1' (expected http:// or https://)").arg(url.left(200)));
            return Session{};
        }
    }
    return session;
}

} // namespace ll::aws
