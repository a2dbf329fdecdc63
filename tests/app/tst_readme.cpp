// README.md documents the command line; this keeps it honest: every subcommand and option it
// names must exist in that command's --help.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class TestReadme : public QObject {
    Q_OBJECT

    static QString help(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral(LAMBDALENS_BINARY), args);
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    }

private Q_SLOTS:
    void commandsAndOptionsExist()
    {
        QFile f(QStringLiteral(LAMBDALENS_SOURCE_DIR "/README.md"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString readme = QString::fromUtf8(f.readAll());
        const QString topHelp = help({ QStringLiteral("--help") });
        // `lambdalens NAME ...` spans inside backquotes.
        static const QRegularExpression span(QStringLiteral("`lambdalens ([^`]*)`"));
        static const QRegularExpression option(QStringLiteral("(--[a-z][a-z-]*)"));
        int checked = 0;
        auto it = span.globalMatch(readme);
        while (it.hasNext()) {
            const QString usage = it.next().captured(1);
            const QString first = usage.section(QLatin1Char(' '), 0, 0);
            const bool isCommand = !first.startsWith(QLatin1Char('-')) && first == first.toLower() && !first.contains(QLatin1Char('.'))
                && first != QLatin1String("FILE...") && !first.isEmpty() && first.at(0).isLetter() && first.toUpper() != first;
            const QString commandHelp = isCommand ? help({ first, QStringLiteral("--help") }) : topHelp;
            if (isCommand)
                QVERIFY2(topHelp.contains(QStringLiteral("  ") + first + QLatin1Char(' ')), qPrintable(QStringLiteral("command missing from --help: ") + first));
            auto opts = option.globalMatch(usage);
            while (opts.hasNext()) {
                const QString opt = opts.next().captured(1);
                QVERIFY2(commandHelp.contains(opt), qPrintable(QStringLiteral("'%1' is not in the help of '%2'").arg(opt, isCommand ? first : QStringLiteral("lambdalens"))));
                ++checked;
            }
        }
        QVERIFY2(checked > 30, qPrintable(QString::number(checked)));
    }

    void theTwoCommandsComeFirst()
    {
        QFile f(QStringLiteral(LAMBDALENS_SOURCE_DIR "/README.md"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString head = QString::fromUtf8(f.read(600));
        QVERIFY(head.contains(QStringLiteral("packaging/dev.sh run")));
        QVERIFY(head.contains(QStringLiteral("packaging/dev.sh test")));
        QFile ci(QStringLiteral(LAMBDALENS_SOURCE_DIR "/.ci/run"));
        QVERIFY(ci.open(QIODevice::ReadOnly));
        QVERIFY(ci.readAll().contains("packaging/dev.sh test"));
    }
};

QTEST_GUILESS_MAIN(TestReadme)
#include "tst_readme.moc"
