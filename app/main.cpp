#include "cli/command.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMainWindow>

#include <cstring>
#include <memory>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Lambdalens"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("lambdalens.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("lambdalens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LAMBDALENS_VERSION));
}

} // namespace

int main(int argc, char** argv)
{
    // A subcommand runs headless: no display needed.
    if (argc > 1 && argv[1][0] != '-') {
        QCoreApplication app(argc, argv);
        setIdentity();
        QStringList args = QCoreApplication::arguments();
        const QString name = args.value(1);
        const ll::cli::Command* command = ll::cli::findCommand(name);
        if (!command) {
            ll::cli::err() << QCoreApplication::translate("main", "lambdalens: unknown command '%1'. Try 'lambdalens --help'.").arg(name) << Qt::endl;
            return ll::cli::Usage;
        }
        args.removeFirst();
        args[0] = QStringLiteral("lambdalens ") + name;
        return command->run(args);
    }
    QApplication app(argc, argv);
    setIdentity();
    QMainWindow w;
    w.show();
    return app.exec();
}
