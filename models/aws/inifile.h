#pragma once

#include <QMap>
#include <QString>

namespace ll::aws {

// The AWS CLI's INI dialect: "[section]", "key = value", '#'/';' comment lines, and nested
// blocks ("cloudwatch_logs =" followed by indented "endpoint_url = ..." lines) which are stored
// flattened as "cloudwatch_logs.endpoint_url". Keys are lower-cased; values trimmed.
class IniFile {
public:
    using Section = QMap<QString, QString>;

    static IniFile parse(const QByteArray& text);
    static IniFile load(const QString& path); // missing/unreadable file: empty

    bool hasSection(const QString& name) const { return m_sections.contains(name); }
    Section section(const QString& name) const { return m_sections.value(name); }
    const QMap<QString, Section>& sections() const { return m_sections; }

private:
    QMap<QString, Section> m_sections;
};

} // namespace ll::aws
