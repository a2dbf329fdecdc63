#pragma once

#include "aws/awserror.h"
#include "aws/session.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace ll::aws {

// One profile of ~/.aws/config + ~/.aws/credentials as the connect dialog lists it.
struct ProfileEntry {
    QString name;
    QString region;          // the profile's region (or AWS_REGION); empty when none
    QString credentialKind;  // translated: "access keys", "credential_process", "SSO / role"
    AwsError problem;        // UnsupportedProfile (SSO, role, web identity), NoCredentials, ...
    bool usable() const { return !problem.isError() || problem.kind == ErrorKind::NoRegion; }
};

// Lists the profiles of both files; each entry is resolved the way a sync would resolve it, so
// SSO and role profiles carry the credential code's own "not supported yet" message. Reads files
// only: credential_process commands are not run.
QVector<ProfileEntry> listProfiles(const AwsConfig& config);

// Regions the dialog offers for completion (the commercial partition).
QStringList knownRegions();

// "us-east-1, eu-west-1 eu-central-1" -> the region names; invalid ones in *invalid.
QStringList parseRegionList(const QString& text, QStringList* invalid = nullptr);

} // namespace ll::aws
