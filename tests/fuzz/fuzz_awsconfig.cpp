// The AWS CLI configuration: the input is "<config>\f<credentials>\f<environment lines>", parsed
// as ~/.aws/config and ~/.aws/credentials and resolved for the default profile and each profile
// named in the files (source_profile chains, endpoints, regions). credential_process is never
// run: the source is only created, its command line split. The whole input also goes through
// the credential_process output parser.
#include "aws/credentials.h"
#include "aws/inifile.h"
#include "aws/session.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    using namespace ll::aws;

    const QList<QByteArray> parts = input.split('\f');
    QProcessEnvironment env;
    for (const QByteArray& line : parts.value(2).split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    const AwsConfig config = AwsConfig::fromText(parts.value(0), parts.value(1), env);
    QStringList profiles = config.profiles();
    profiles.prepend(QString());
    const IniFile configIni = IniFile::parse(parts.value(0));
    int resolved = 0;
    for (const QString& profile : profiles) {
        if (++resolved > 16)
            break;
        SessionOptions options;
        options.profile = profile;
        AwsError error;
        const Session session = config.resolve(options, &error);
        if (session.credentials) {
            (void)session.credentials->describe(); // never get(): that would run credential_process
            (void)session.scopeKey();
        } else if (!error.isError()) {
            std::abort(); // no session and no reason
        }
        (void)error.userMessage();
        const IniFile::Section section = configIni.section(QStringLiteral("profile ") + profile);
        QStringList words;
        (void)splitCommandLine(section.value(QStringLiteral("credential_process")), &words);
    }
    QStringList words;
    (void)splitCommandLine(QString::fromUtf8(input), &words);
    AwsError error;
    const Credentials c = parseProcessOutput(input, &error);
    (void)c.toString();
    (void)c.expiresWithin(300);
    return 0;
}
