#pragma once

#include "aws/session.h"

#include <QCommandLineParser>
#include <QVector>

namespace ll::cli {

// The options shared by sync / insights / metrics / tail: --profile, --region, --endpoint-url,
// --since or --start/--end.
void addAwsOptions(QCommandLineParser& parser);

struct AwsTargets {
    QVector<aws::SessionOptions> sessions;  // one per profile x region pair
    qint64 startMs = 0;
    qint64 endMs = 0;                        // 0: now
};

// Parses the shared options; on a usage error prints it and returns false.
bool parseAwsOptions(const QCommandLineParser& parser, qint64 defaultSinceMs, AwsTargets* targets);

// Exit code for a typed AWS error (Failure, or Usage for configuration mistakes).
int exitCodeFor(const aws::AwsError& error);

QString formatBytes(double bytes);

} // namespace ll::cli
