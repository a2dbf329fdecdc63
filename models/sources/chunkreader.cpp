#include "chunkreader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ll {

ImportFileContext::ImportFileContext(EventSink& sink, const QString& path, QVector<SkippedInput>& skipped)
    : m_sink(sink)
    , m_path(path)
    , m_fileName(QFileInfo(path).fileName())
    , m_skipped(skipped)
{
}

void ImportFileContext::skip(const QString& reason)
{
    //: %1 is a file name, %2 what was wrong and where (line or byte)
    SkippedInput skipped{m_path, QCoreApplication::translate("ll::FileImporter", "%1: %2").arg(m_fileName, reason)};
    m_sink.addSkipped(skipped);
    m_skipped.push_back(std::move(skipped));
}

} // namespace ll
