#include "cli/command.h"
#include "common/palette.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <memory>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Lambdalens"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("lambdalens.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("lambdalens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LAMBDALENS_VERSION));
}

// The language follows the system unless --lang or the settings say otherwise.
void installTranslations(QCoreApplication& app, const QString& language)
{
    QString lang = language;
    if (lang.isEmpty())
        lang = QSettings().value(QStringLiteral("ui/language")).toString();
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    if (!lang.isEmpty())
        QLocale::setDefault(locale);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("lambdalens"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    // The catalogue may come from LANGUAGE while the system locale's names follow LC_TIME/LANG
    // (LANGUAGE=de with LANG=C gives a "de_DE" system locale with English day names): views
    // format with QLocale(), so make it the language the UI speaks, with Qt's own data for it.
    if (lang.isEmpty() && !own->isEmpty()) {
        const QLocale spoken(own->language());
        const QLocale system;
        QLocale::setDefault(spoken.language() == system.language() ? QLocale(system.language(), system.territory()) : spoken);
    }
}

QString languageArgument(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == QLatin1String("--lang") && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return {};
}

QString commandSummary()
{
    QString text = QCoreApplication::translate("main", "Commands (run 'lambdalens COMMAND --help' for each):\n");
    for (const ll::cli::Command& c : ll::cli::commands())
        text += QStringLiteral("  %1 %2\n").arg(QLatin1String(c.name), -16).arg(QCoreApplication::translate("commands", c.summary));
    return text;
}

int runCommand(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    installTranslations(app, languageArgument(argc, argv));
    QStringList args = QCoreApplication::arguments();
    const QString name = args.value(1);
    const ll::cli::Command* command = ll::cli::findCommand(name);
    if (!command) {
        ll::cli::err() << QCoreApplication::translate("main", "lambdalens: unknown command '%1'.").arg(name) << Qt::endl
                       << commandSummary() << Qt::flush;
        return ll::cli::Usage;
    }
    args.removeFirst();
    args[0] = QStringLiteral("lambdalens ") + name;
    // --lang is the application's option; it was applied above.
    for (int i = 1; i < args.size();) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            args.remove(i, 2);
        else if (args[i].startsWith(QLatin1String("--lang=")))
            args.remove(i);
        else
            ++i;
    }
    return command->run(args);
}

} // namespace

int main(int argc, char** argv)
{
    // A subcommand runs headless: no display needed.
    if (argc > 1 && argv[1][0] != '-')
        return runCommand(argc, argv);

    // --help and --version need no display either.
    bool infoOnly = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        infoOnly |= a == "--help" || a == "-h" || a == "--version" || a == "-v" || a == "--help-all";
    }
    std::unique_ptr<QCoreApplication> application;
    if (infoOnly)
        application = std::make_unique<QCoreApplication>(argc, argv);
    else
        application = std::make_unique<QApplication>(argc, argv);
    QCoreApplication& app = *application;
    setIdentity();
    // Lets Wayland compositors and docks match the window to the installed .desktop file and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.lambdalens.Lambdalens"));
    installTranslations(app, languageArgument(argc, argv));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Lambdalens: rebuild and explore AWS Lambda invocations from CloudWatch logs.\n"
        "With no arguments the window opens on the demo fleet.\n\n") + commandSummary());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QCoreApplication::translate("main", "Open the embedded demo fleet."));
    const QCommandLineOption cache(QStringLiteral("cache"),
        QCoreApplication::translate("main", "Open the local CloudWatch cache (what lambdalens sync stored)."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render the window to a PNG file and exit."), QStringLiteral("FILE"));
    const QCommandLineOption select(QStringLiteral("select"),
        QCoreApplication::translate("main", "Select before a screenshot: function=NAME, request=ID or view=NAME."), QStringLiteral("WHAT"));
    const QCommandLineOption size(QStringLiteral("size"),
        QCoreApplication::translate("main", "Window size for --screenshot, e.g. 1600x1000."), QStringLiteral("WxH"), QStringLiteral("1600x1000"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        QCoreApplication::translate("main", "User interface language (de, es, en)."), QStringLiteral("LANG"));
    const QCommandLineOption palette(QStringLiteral("palette"),
        QCoreApplication::translate("main", "Colour palette instead of the system's: dark or light."), QStringLiteral("NAME"));
    parser.addOptions({ demo, cache, screenshot, select, size, lang, palette });
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("main", "Log exports, plain logs or folders to open."), QStringLiteral("[FILE...]"));
    parser.process(app);

    if (parser.isSet(palette))
        QApplication::setPalette(parser.value(palette) == QLatin1String("dark") ? ll::darkPalette() : ll::lightPalette());
    ll::MainWindow window;
    ll::LoadRequest request;
    request.paths = parser.positionalArguments();
    request.cache = parser.isSet(cache);
    request.demo = parser.isSet(demo) || (request.paths.isEmpty() && !request.cache);
    if (parser.isSet(screenshot)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        window.resize(wh.value(0).toInt() > 0 ? wh.value(0).toInt() : 1600, wh.value(1).toInt() > 0 ? wh.value(1).toInt() : 1000);
    }
    window.show();
    window.load(request);
    if (parser.isSet(screenshot)) {
        if (!window.waitForLoad(120000)) {
            ll::cli::err() << QCoreApplication::translate("main", "lambdalens: loading did not finish in time") << Qt::endl;
            return 1;
        }
        window.applySelections(parser.values(select));
        QCoreApplication::processEvents();
        QTimer::singleShot(300, &window, [] {});
        for (int i = 0; i < 20; ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        const QString path = parser.value(screenshot);
        if (!window.grab().save(path)) {
            ll::cli::err() << QCoreApplication::translate("main", "lambdalens: cannot write %1").arg(path) << Qt::endl;
            return 1;
        }
        return 0;
    }
    return app.exec();
}
