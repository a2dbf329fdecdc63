// Desktop integration and the Debian package: the files validate with the tools distributions
// use, one id is used everywhere, and the .deb that CPack builds installs a working program.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString kAppId = QStringLiteral("io.github.lambdalens.Lambdalens");

struct Result {
    bool finished = false;
    int exitCode = -1;
    QByteArray out, err;
    QString text() const { return QString::fromUtf8(out + err); }
};

Result run(const QString& program, const QStringList& args, const QString& workDir = {}, int timeoutMs = 60000)
{
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start();
    Result r;
    if (!p.waitForStarted(10000))
        return r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = p.readAllStandardError();
        return r;
    }
    r.finished = true;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString packagingFile(const QString& suffix)
{
    return QStringLiteral(LAMBDALENS_SOURCE_DIR "/packaging/") + kAppId + suffix;
}

// Key=value pairs of the [Desktop Entry] group; lists stay as written.
QHash<QString, QString> desktopEntry(const QString& path)
{
    QHash<QString, QString> entry;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return entry;
    bool inGroup = false;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.startsWith(QLatin1Char('[')))
            inGroup = line == QLatin1String("[Desktop Entry]");
        else if (inGroup && line.contains(QLatin1Char('=')) && !line.startsWith(QLatin1Char('#')))
            entry.insert(line.section(QLatin1Char('='), 0, 0).trimmed(), line.section(QLatin1Char('='), 1).trimmed());
    }
    return entry;
}

} // namespace

class TestPackaging : public QObject {
    Q_OBJECT

    QTemporaryDir m_scratch;
    QString m_deb;   // built by debPackageBuilds(), used by the tests after it
    QString m_root;  // the .deb extracted with dpkg -x
    QString m_depends;

    void requirePackage()
    {
        if (m_root.isEmpty())
            QSKIP("the .deb was not built and extracted (see debPackageBuilds)");
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_scratch.isValid()); }

    void desktopFileValidates()
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (tool.isEmpty())
            QSKIP("desktop-file-validate is not installed (Debian package desktop-file-utils)");
        const Result r = run(tool, { packagingFile(QStringLiteral(".desktop")) });
        QVERIFY2(r.finished, "desktop-file-validate did not finish");
        // Warnings and hints also count: a clean file prints nothing.
        QVERIFY2(r.exitCode == 0 && r.out.trimmed().isEmpty() && r.err.trimmed().isEmpty(), qPrintable(r.text()));
    }

    void desktopFileUsesTheAppId()
    {
        const auto entry = desktopEntry(packagingFile(QStringLiteral(".desktop")));
        QCOMPARE(entry.value(QStringLiteral("Icon")), kAppId);
        QCOMPARE(entry.value(QStringLiteral("Exec")).section(QLatin1Char(' '), 0, 0), QStringLiteral("lambdalens"));
        // The program takes several files, so the launcher must hand it every one.
        QVERIFY(entry.value(QStringLiteral("Exec")).contains(QLatin1String("%F")));
    }

    void desktopFileHandlesLogFiles_data()
    {
        QTest::addColumn<QString>("mimeType");
        QTest::newRow("aws logs export opens with lambdalens") << QStringLiteral("application/json");
        QTest::newRow("plain text log opens with lambdalens") << QStringLiteral("text/plain");
        QTest::newRow("log file opens with lambdalens") << QStringLiteral("text/x-log");
        QTest::newRow("gzipped export opens with lambdalens") << QStringLiteral("application/gzip");
        QTest::newRow("gzip under its legacy name opens with lambdalens") << QStringLiteral("application/x-gzip");
    }

    void desktopFileHandlesLogFiles()
    {
        QFETCH(QString, mimeType);
        const QStringList declared = desktopEntry(packagingFile(QStringLiteral(".desktop")))
                                         .value(QStringLiteral("MimeType"))
                                         .split(QLatin1Char(';'), Qt::SkipEmptyParts);
        QVERIFY2(declared.contains(mimeType), qPrintable(declared.join(QLatin1Char(' '))));
    }

    void metainfoValidates()
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
        if (tool.isEmpty())
            QSKIP("appstreamcli is not installed (Debian package appstream)");
        // --strict fails on every issue above pedantic; the only pedantic hint left is the
        // upper-case letter the reverse-DNS id carries by design.
        const Result r = run(tool, { QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--strict"),
                                       packagingFile(QStringLiteral(".metainfo.xml")) });
        QVERIFY2(r.finished, "appstreamcli did not finish");
        QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
    }

    void metainfoMatchesDesktopFileAndVersion()
    {
        QFile f(packagingFile(QStringLiteral(".metainfo.xml")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        QString id, launchable, binary;
        QStringList releases;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto name = xml.name();
            if (name == QLatin1String("release"))
                releases << xml.attributes().value(QLatin1String("version")).toString();
            else if (name == QLatin1String("id"))
                id = xml.readElementText();
            else if (name == QLatin1String("launchable"))
                launchable = xml.readElementText();
            else if (name == QLatin1String("binary"))
                binary = xml.readElementText();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(id, kAppId);
        QCOMPARE(launchable, kAppId + QStringLiteral(".desktop"));
        QVERIFY(QFile::exists(packagingFile(QStringLiteral(".desktop"))));
        QCOMPARE(binary, QStringLiteral("lambdalens"));
        // A release bump must also be described in the metainfo.
        QVERIFY2(releases.contains(QStringLiteral(LAMBDALENS_VERSION)), qPrintable(releases.join(QLatin1Char(' '))));
    }

    void debPackageBuilds()
    {
        const QString cpack = QStandardPaths::findExecutable(QStringLiteral("cpack"));
        const QString dpkg = QStandardPaths::findExecutable(QStringLiteral("dpkg"));
        const QString dpkgDeb = QStandardPaths::findExecutable(QStringLiteral("dpkg-deb"));
        if (cpack.isEmpty() || dpkg.isEmpty() || dpkgDeb.isEmpty())
            QSKIP("cpack, dpkg or dpkg-deb is not installed");
        if (QStandardPaths::findExecutable(QStringLiteral("dpkg-shlibdeps")).isEmpty())
            QSKIP("dpkg-shlibdeps is not installed (Debian package dpkg-dev)");

        // LAMBDALENS_BINARY is <build>/app/lambdalens.
        const QString buildDir = QFileInfo(QStringLiteral(LAMBDALENS_BINARY)).dir().absoluteFilePath(QStringLiteral(".."));
        QVERIFY2(QFile::exists(buildDir + QStringLiteral("/CPackConfig.cmake")), qPrintable(buildDir));
        const QString outDir = m_scratch.filePath(QStringLiteral("deb"));
        // Output and staging go to the scratch dir so the build tree stays clean.
        const Result r = run(cpack, { QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), outDir }, buildDir, 540000);
        QVERIFY2(r.finished, qPrintable(QStringLiteral("cpack did not finish: ") + r.text()));
        QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
        const QStringList debs = QDir(outDir).entryList({ QStringLiteral("*.deb") }, QDir::Files);
        QCOMPARE(debs.size(), 1);
        m_deb = QDir(outDir).filePath(debs.first());

        const QString root = m_scratch.filePath(QStringLiteral("root"));
        const Result x = run(dpkg, { QStringLiteral("-x"), m_deb, root });
        QVERIFY2(x.finished && x.exitCode == 0, qPrintable(x.text()));
        m_root = root;
    }

    void debControlFields()
    {
        requirePackage();
        auto field = [this](const char* name) {
            const Result r = run(QStandardPaths::findExecutable(QStringLiteral("dpkg-deb")),
                { QStringLiteral("-f"), m_deb, QString::fromLatin1(name) });
            return r.exitCode == 0 ? QString::fromUtf8(r.out).simplified() : QString();
        };
        QCOMPARE(field("Package"), QStringLiteral("lambdalens"));
        QCOMPARE(field("Version"), QStringLiteral(LAMBDALENS_VERSION));
        QVERIFY(!field("Maintainer").isEmpty());
        QVERIFY(!field("Section").isEmpty());
        QVERIFY(field("Homepage").startsWith(QLatin1String("https://")));
        m_depends = field("Depends");
        // dpkg-shlibdeps found the linked libraries, and the run-time plugins are named by hand.
        QVERIFY2(m_depends.contains(QLatin1String("libqt6core6")), qPrintable(m_depends));
        QVERIFY2(m_depends.contains(QLatin1String("libqt6widgets6")), qPrintable(m_depends));
        QVERIFY2(m_depends.contains(QLatin1String("libqt6sql6-sqlite")), qPrintable(m_depends));
        QVERIFY2(m_depends.contains(QLatin1String("qt6-qpa-plugins")), qPrintable(m_depends));
    }

    // Every library the installed binary links must come from a package named in Depends,
    // so the package installs on a machine without the build dependencies.
    void debDependsCoversEveryLinkedLibrary()
    {
        requirePackage();
        QVERIFY(!m_depends.isEmpty());
        const QString readelf = QStandardPaths::findExecutable(QStringLiteral("readelf"));
        if (readelf.isEmpty())
            QSKIP("readelf is not installed (Debian package binutils)");
        const Result elf = run(readelf, { QStringLiteral("-d"), m_root + QStringLiteral("/usr/bin/lambdalens") });
        QVERIFY2(elf.exitCode == 0, qPrintable(elf.text()));
        QStringList needed;
        static const QRegularExpression neededLine(QStringLiteral("\\(NEEDED\\).*\\[(.+)\\]"));
        for (const QString& line : QString::fromUtf8(elf.out).split(QLatin1Char('\n'))) {
            const QRegularExpressionMatch m = neededLine.match(line);
            if (m.hasMatch())
                needed << m.captured(1);
        }
        QVERIFY2(needed.contains(QStringLiteral("libQt6Core.so.6")), qPrintable(needed.join(QLatin1Char(' '))));

        const QStringList depends = m_depends.split(QLatin1Char(','));
        auto declared = [&](const QString& package) {
            for (const QString& d : depends) {
                if (d.trimmed().section(QLatin1Char(' '), 0, 0) == package)
                    return true;
            }
            return false;
        };
        // One dpkg -S for all of them: each call reads the whole file database.
        QStringList patterns;
        for (const QString& soname : std::as_const(needed))
            patterns << QStringLiteral("*/") + soname;
        const Result owners = run(QStandardPaths::findExecutable(QStringLiteral("dpkg")), QStringList { QStringLiteral("-S") } + patterns);
        QVERIFY2(owners.finished, qPrintable(owners.text()));
        const QStringList ownerLines = QString::fromUtf8(owners.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString& soname : std::as_const(needed)) {
            QStringList packages;
            for (const QString& line : ownerLines) {
                // "libqt6core6:amd64: /usr/lib/x86_64-linux-gnu/libQt6Core.so.6"
                if (line.endsWith(QLatin1Char('/') + soname))
                    packages << line.section(QLatin1Char(':'), 0, 0);
            }
            bool found = false;
            for (const QString& p : std::as_const(packages))
                found |= declared(p);
            QVERIFY2(found, qPrintable(soname + QStringLiteral(" comes from '") + packages.join(QLatin1Char('/'))
                                 + QStringLiteral("', not in Depends: ") + m_depends));
        }
        // The AWS client needs libcurl; with --as-needed it is linked only once code calls it.
        if (needed.contains(QStringLiteral("libcurl.so.4")))
            QVERIFY2(m_depends.contains(QLatin1String("libcurl")), qPrintable(m_depends));
        else
            qInfo("the binary does not link libcurl yet, so Depends names no libcurl package");
    }

    void debInstallsDesktopFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("launcher is missing from the menu") << QStringLiteral("usr/share/applications/") + kAppId + QStringLiteral(".desktop");
        QTest::newRow("software centres find no metainfo") << QStringLiteral("usr/share/metainfo/") + kAppId + QStringLiteral(".metainfo.xml");
        QTest::newRow("scalable icon is missing") << QStringLiteral("usr/share/icons/hicolor/scalable/apps/") + kAppId + QStringLiteral(".svg");
        QTest::newRow("licence is not shipped") << QStringLiteral("usr/share/doc/lambdalens/copyright");
    }

    void debInstallsDesktopFiles()
    {
        requirePackage();
        QFETCH(QString, path);
        QVERIFY2(QFileInfo(m_root + QLatin1Char('/') + path).size() > 0, qPrintable(path));
    }

    void debInstallsPngIcons_data()
    {
        QTest::addColumn<int>("size");
        for (int size : { 16, 32, 48, 64, 128, 256 })
            QTest::addRow("%dx%d icon is missing or the wrong size", size, size) << size;
    }

    void debInstallsPngIcons()
    {
        requirePackage();
        QFETCH(int, size);
        const QString path = QStringLiteral("%1/usr/share/icons/hicolor/%2x%2/apps/%3.png").arg(m_root).arg(size).arg(kAppId);
        const QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(path));
        QCOMPARE(image.size(), QSize(size, size));
        // Rendered from the SVG: the rounded corner is transparent, the middle is painted.
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        QVERIFY(qAlpha(image.pixel(size / 2, size / 2)) > 0);
    }

    // validate-tree also checks the metainfo against the desktop file it names, as installed.
    void installedTreeValidates()
    {
        requirePackage();
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
        if (tool.isEmpty())
            QSKIP("appstreamcli is not installed (Debian package appstream)");
        const Result r = run(tool, { QStringLiteral("validate-tree"), QStringLiteral("--no-net"), QStringLiteral("--strict"), m_root });
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.text()));
    }

    void installedBinaryPrintsItsVersion()
    {
        requirePackage();
        const Result r = run(m_root + QStringLiteral("/usr/bin/lambdalens"), { QStringLiteral("--version") });
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.text()));
        QCOMPARE(QString::fromUtf8(r.out).trimmed(), QStringLiteral("lambdalens " LAMBDALENS_VERSION));
    }

    void installedBinaryReportsTheDemoFleet()
    {
        requirePackage();
        const Result r = run(m_root + QStringLiteral("/usr/bin/lambdalens"),
            { QStringLiteral("report"), QStringLiteral("--demo"), QStringLiteral("--json") }, {}, 180000);
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.text()));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonArray functions = doc.object().value(QStringLiteral("functions")).toArray();
        QVERIFY(!functions.isEmpty());
        for (const QJsonValue& f : functions)
            QVERIFY(!f.toObject().value(QStringLiteral("name")).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
