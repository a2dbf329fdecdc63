// Every user-visible string is translated: lupdate runs over the sources into a copy of each
// catalogue, and the copy must have no unfinished, obsolete or vanished entries.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cataloguesAreComplete_data()
    {
        QTest::addColumn<QString>("catalogue");
        const QDir dir(QStringLiteral(LAMBDALENS_SOURCE_DIR "/translations"));
        for (const QString& ts : dir.entryList({ QStringLiteral("*.ts") }))
            QTest::newRow(qPrintable(ts)) << dir.filePath(ts);
    }

    void cataloguesAreComplete()
    {
        QFETCH(QString, catalogue);
        QTemporaryDir tmp;
        const QString copy = tmp.filePath(QFileInfo(catalogue).fileName());
        QVERIFY(QFile::copy(catalogue, copy));
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(LAMBDALENS_SOURCE_DIR));
        lupdate.start(QStringLiteral(LAMBDALENS_LUPDATE),
            { QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("app"), QStringLiteral("widgets"),
                QStringLiteral("models"), QStringLiteral("-ts"), copy });
        QVERIFY(lupdate.waitForFinished(300000));
        QCOMPARE(lupdate.exitCode(), 0);
        // tr() outside a class, or in a class without Q_OBJECT / Q_DECLARE_TR_FUNCTIONS: lupdate
        // either drops the string or files it under a context the code does not use at run time.
        QStringList contextProblems;
        for (const QString& line : QString::fromUtf8(lupdate.readAllStandardError() + lupdate.readAllStandardOutput()).split(QLatin1Char('\n')))
            if (line.contains(QLatin1String("cannot be called without context")) || line.contains(QLatin1String("lacks Q_OBJECT")))
                contextProblems << line.trimmed();
        QVERIFY2(contextProblems.isEmpty(), qPrintable(contextProblems.mid(0, 20).join(QLatin1Char('\n'))));
        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString xml = QString::fromUtf8(f.readAll());
        QStringList problems;
        static const QRegularExpression entry(QStringLiteral("<source>([^<]*)</source>\\s*(?:<oldsource>[^<]*</oldsource>\\s*)?(?:<comment>[^<]*</comment>\\s*)?<translation type=\"(unfinished|obsolete|vanished)\""),
            QRegularExpression::DotMatchesEverythingOption);
        auto it = entry.globalMatch(xml);
        while (it.hasNext()) {
            const auto m = it.next();
            problems << m.captured(2) + QStringLiteral(": ") + m.captured(1).left(80);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 entries need work in %2:\n%3")
                                                   .arg(problems.size())
                                                   .arg(QFileInfo(catalogue).fileName(), problems.mid(0, 30).join(QLatin1Char('\n')))));
    }

    // Run time: the help of every subcommand comes out in the chosen language (not one English
    // line left among the options' descriptions).
    void commandHelpIsTranslated_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("language");
        for (const char* lang : {"de", "es"})
            for (const char* cmd : {"report", "invocations", "clusters", "mine", "sizing", "insights-rules", "sync", "cache", "insights"})
                QTest::addRow("%s %s", cmd, lang) << QString::fromLatin1(cmd) << QString::fromLatin1(lang);
    }
    void commandHelpIsTranslated()
    {
        QFETCH(QString, command);
        QFETCH(QString, language);
        QProcess english, translated;
        english.start(QStringLiteral(LAMBDALENS_BINARY), {command, QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
        translated.start(QStringLiteral(LAMBDALENS_BINARY), {command, QStringLiteral("--help"), QStringLiteral("--lang"), language});
        QVERIFY(english.waitForFinished(60000) && translated.waitForFinished(60000));
        const QStringList en = QString::fromUtf8(english.readAllStandardOutput()).split(QLatin1Char('\n'));
        const QString tr = QString::fromUtf8(translated.readAllStandardOutput());
        QVERIFY2(en.size() > 3, qPrintable(command));
        QStringList untranslated;
        for (const QString& line : en) {
            // Option descriptions and the command description: sentences of several words.
            const QString text = line.section(QStringLiteral("  "), -1).trimmed();
            if (text.count(QLatin1Char(' ')) >= 3 && !text.startsWith(QLatin1String("Displays")) && tr.contains(text))
                untranslated << text;
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
