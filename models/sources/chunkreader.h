#pragma once

#include "domain/logevent.h"

#include <QString>
#include <QVector>
#include <cstddef>
#include <cstdint>

namespace ll {

// CloudWatch events are at most 1 MB; anything over this is skipped rather than kept.
constexpr size_t kMaxMessageBytes = size_t(2) << 20;

// Where a reader delivers what it found in one file; knows the file for messages.
class ImportFileContext {
public:
    ImportFileContext(EventSink& sink, const QString& path, QVector<SkippedInput>& skipped);

    void deliver(const RawEvent& event)
    {
        m_sink.addEvent(event);
        ++m_events;
    }
    void deliver(const RawEvent& event, const ParsedLine& parsed)
    {
        m_sink.addParsedEvent(event, parsed);
        ++m_events;
    }
    bool wantsParsedLines() const { return m_sink.wantsParsedLines(); }
    // reason is translated and complete except for the file name, which this adds.
    void skip(const QString& reason);
    uint64_t events() const { return m_events; }
    const QString& fileName() const { return m_fileName; }

private:
    EventSink& m_sink;
    QString m_path;
    QString m_fileName;
    QVector<SkippedInput>& m_skipped;
    uint64_t m_events = 0;
};

// A format reader fed consecutive pieces of one file's (decompressed) bytes.
class ChunkReader {
public:
    virtual ~ChunkReader() = default;
    // data[0] is byte `base` of the file. Returns how many bytes were consumed; the rest is
    // handed back, followed by more data, on the next call. Readers keep what they hand back
    // below maxPending() bytes so that memory stays bounded. With atEof no more data follows
    // and everything must be consumed.
    virtual size_t feed(const char* data, size_t size, uint64_t base, bool atEof) = 0;
    virtual size_t maxPending() const = 0;
};

} // namespace ll
