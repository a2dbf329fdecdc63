#include "aws/profilecatalog.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ll::aws {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ll::aws::ProfileCatalog)
};
}

QVector<ProfileEntry> listProfiles(const AwsConfig& config)
{
    QVector<ProfileEntry> entries;
    for (const QString& name : config.profiles()) {
        ProfileEntry e;
        e.name = name;
        SessionOptions options;
        options.profile = name;
        const Session session = config.resolve(options, &e.problem);
        e.region = session.region;
        if (e.region.isEmpty()) // resolve stops before the region when the credentials fail
            e.region = config.profileValue(name, QStringLiteral("region"));
        if (e.problem.kind == ErrorKind::UnsupportedProfile)
            e.credentialKind = Text::tr("SSO / role assumption");
        else if (!e.problem.isError() || e.problem.kind == ErrorKind::NoRegion)
            e.credentialKind = dynamic_cast<const ProcessCredentialSource*>(session.credentials.get())
                ? Text::tr("credential_process")
                : Text::tr("access keys");
        else
            e.credentialKind = Text::tr("no credentials");
        entries.append(e);
    }
    return entries;
}

QStringList knownRegions()
{
    return {
        QStringLiteral("us-east-1"), QStringLiteral("us-east-2"), QStringLiteral("us-west-1"), QStringLiteral("us-west-2"),
        QStringLiteral("ca-central-1"), QStringLiteral("sa-east-1"), QStringLiteral("eu-west-1"), QStringLiteral("eu-west-2"),
        QStringLiteral("eu-west-3"), QStringLiteral("eu-central-1"), QStringLiteral("eu-central-2"), QStringLiteral("eu-north-1"),
        QStringLiteral("eu-south-1"), QStringLiteral("ap-south-1"), QStringLiteral("ap-northeast-1"), QStringLiteral("ap-northeast-2"),
        QStringLiteral("ap-northeast-3"), QStringLiteral("ap-southeast-1"), QStringLiteral("ap-southeast-2"),
        QStringLiteral("ap-east-1"), QStringLiteral("me-south-1"), QStringLiteral("af-south-1"),
    };
}

QStringList parseRegionList(const QString& text, QStringList* invalid)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    // Stricter than isValidRegionName: in a hand-typed list "useast1" is a typo, not a region.
    static const QRegularExpression shape(QStringLiteral("^[a-z]{2,}(-[a-z]+)+-[0-9]{1,2}$"));
    QStringList regions;
    for (const QString& r : text.split(separators, Qt::SkipEmptyParts)) {
        if (isValidRegionName(r) && shape.match(r).hasMatch()) {
            if (!regions.contains(r))
                regions << r;
        } else if (invalid) {
            invalid->append(r);
        }
    }
    return regions;
}

} // namespace ll::aws
