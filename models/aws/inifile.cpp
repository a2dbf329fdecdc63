#include "aws/inifile.h"

#include <QFile>
#include <QList>

namespace ll::aws {

IniFile IniFile::parse(const QByteArray& text)
{
    IniFile ini;
    QString section;
    bool inSection = false;
    QString nestedKey; // the "key =" with an empty value that opened an indented block
    const QList<QByteArray> lines = text.split('\n');
    for (QByteArray raw : lines) {
        if (raw.endsWith('\r'))
            raw.chop(1);
        const QString line = QString::fromUtf8(raw);
        const QString t = line.trimmed();
        if (t.isEmpty() || t.startsWith(QLatin1Char('#')) || t.startsWith(QLatin1Char(';')))
            continue;
        const bool indented = line.at(0).isSpace();
        if (!indented && t.startsWith(QLatin1Char('[')) && t.endsWith(QLatin1Char(']'))) {
            section = t.mid(1, t.size() - 2).simplified();
            inSection = true;
            nestedKey.clear();
            ini.m_sections[section]; // an empty section still exists
            continue;
        }
        if (!inSection)
            continue;
        const int eq = t.indexOf(QLatin1Char('='));
        if (eq < 0)
            continue; // botocore rejects such files; we skip the line rather than fail all profiles
        const QString key = t.left(eq).trimmed().toLower();
        const QString value = t.mid(eq + 1).trimmed();
        if (indented && !nestedKey.isEmpty()) {
            ini.m_sections[section][nestedKey + QLatin1Char('.') + key] = value;
            continue;
        }
        nestedKey = value.isEmpty() ? key : QString();
        // No inline comments: botocore's RawConfigParser keeps "#" inside values.
        ini.m_sections[section][key] = value;
    }
    return ini;
}

IniFile IniFile::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return IniFile{};
    return parse(f.read(4 * 1024 * 1024));
}

} // namespace ll::aws
