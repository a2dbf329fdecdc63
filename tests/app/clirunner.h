#pragma once

// Runs the built `lambdalens` executable as a script would; shared by the CLI tests.

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace ll::testing {

struct CliResult {
    int exitCode = -1;     // -1: timed out, -2: crashed
    QByteArray out, err;
};

inline CliResult runCli(const QStringList& args, int timeoutMs = 180000,
                        const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProgram(QStringLiteral(LAMBDALENS_BINARY));
    p.setArguments(args);
    p.setProcessEnvironment(env);
    p.start();
    CliResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

inline QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return path;
}

} // namespace ll::testing
