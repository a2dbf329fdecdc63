#include "contextfallbacktranslator.h"

#include <QFile>
#include <QXmlStreamReader>

namespace ll {

ContextFallbackTranslator::ContextFallbackTranslator(QObject* parent)
    : QTranslator(parent)
{
}

bool ContextFallbackTranslator::loadCatalogue(const QString& tsResource)
{
    QFile file(tsResource);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QXmlStreamReader xml(&file);
    QString source;
    QStringList forms;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("message")) {
                source.clear();
                forms.clear();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("numerusform")) {
                forms << xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                // Plural forms are child elements; plain translations are text.
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!unfinished && forms.isEmpty() && !text.isEmpty())
                    forms << text;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (!source.isEmpty() && !forms.isEmpty() && !m_bySource.contains(source))
                m_bySource.insert(source, forms);
        }
    }
    return !xml.hasError() && !m_bySource.isEmpty();
}

QString ContextFallbackTranslator::translate(const char*, const char* sourceText, const char*, int n) const
{
    const auto it = m_bySource.constFind(QString::fromUtf8(sourceText));
    if (it == m_bySource.constEnd())
        return {};
    // German and Spanish: form 0 for one, form 1 otherwise.
    QString text = it->size() > 1 && n != 1 && n != -1 ? it->at(1) : it->first();
    if (n >= 0)
        text.replace(QLatin1String("%n"), QString::number(n));
    return text;
}

} // namespace ll
