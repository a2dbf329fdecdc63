#pragma once

#include <QHash>
#include <QTranslator>

namespace ll {

// Some strings are translated through small helper functions whose runtime context differs from
// the one lupdate records for them. This translator answers by source text alone, from the
// embedded catalogue, when the exact (context, source) lookup of the real translator finds nothing.
class ContextFallbackTranslator : public QTranslator {
public:
    explicit ContextFallbackTranslator(QObject* parent = nullptr);
    bool loadCatalogue(const QString& tsResource);
    bool isEmpty() const override { return m_bySource.isEmpty(); }
    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr, int n = -1) const override;

private:
    QHash<QString, QStringList> m_bySource;   // source -> translation (plural forms in order)
};

} // namespace ll
