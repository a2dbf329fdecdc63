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
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
