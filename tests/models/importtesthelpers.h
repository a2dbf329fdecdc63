#pragma once

// Shared by the importer tests: a sink that records everything, export and gzip writers.

#include "domain/logevent.h"
#include "sources/fileimporter.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QVector>
#include <QtEndian>

namespace importtest {

struct Event {
    QByteArray function;
    QByteArray stream;
    QByteArray message;
    QByteArray eventId;
    qint64 timestampMs = 0;
    qint64 ingestionTimeMs = 0;
};

class CaptureSink final : public ll::EventSink {
public:
    void setDefaultFunction(std::string_view name) override
    {
        m_default = QByteArray(name.data(), static_cast<qsizetype>(name.size()));
        defaults.push_back(m_default);
    }
    void addEvent(const ll::RawEvent& e) override
    {
        Event event;
        event.function = e.function.empty() ? m_default : bytes(e.function);
        event.stream = bytes(e.logStream);
        event.message = bytes(e.message);
        event.eventId = bytes(e.eventId);
        event.timestampMs = e.timestampMs;
        event.ingestionTimeMs = e.ingestionTimeMs;
        events.push_back(event);
    }
    void addSkipped(const ll::SkippedInput& skipped) override { this->skipped.push_back(skipped); }

    QVector<Event> events;
    QVector<QByteArray> defaults;
    QVector<ll::SkippedInput> skipped;

private:
    static QByteArray bytes(std::string_view v) { return QByteArray(v.data(), static_cast<qsizetype>(v.size())); }
    QByteArray m_default;
};

inline quint32 crc32(const QByteArray& data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : data) {
        crc ^= static_cast<quint8>(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// One gzip member (RFC 1952) built from qCompress' zlib stream, so the tests need no zlib.
inline QByteArray gzipMember(const QByteArray& plain)
{
    const QByteArray zlib = qCompress(plain, 6);      // 4-byte size, 2-byte header, deflate, adler32
    const QByteArray deflate = zlib.mid(6, zlib.size() - 10);
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10);
    out += deflate;
    char trailer[8];
    qToLittleEndian<quint32>(crc32(plain), trailer);
    qToLittleEndian<quint32>(static_cast<quint32>(plain.size()), trailer + 4);
    out.append(trailer, 8);
    return out;
}

// Several members, split at `parts` uneven places, as `cat a.gz b.gz` or pigz produce.
inline QByteArray gzipMultiMember(const QByteArray& plain, int parts)
{
    QByteArray out;
    qsizetype start = 0;
    for (int i = 1; i <= parts; ++i) {
        const qsizetype end = i == parts ? plain.size() : plain.size() * i / parts + 7 * i;
        out += gzipMember(plain.mid(start, std::min(end, plain.size()) - start));
        start = std::min(end, plain.size());
    }
    return out;
}

inline QByteArray jsonQuote(const QByteArray& raw)
{
    QByteArray out = "\"";
    for (const char c : raw) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        default: out += c;
        }
    }
    return out + '"';
}

inline QByteArray streamFor(int i)
{
    return "2024/03/13/[$LATEST]" + QByteArray::number(0xa0000000u + static_cast<uint>(i % 7), 16).repeated(4);
}

inline QByteArray messageFor(int i)
{
    const QByteArray id = QByteArray::number(100000 + i) + "-3d7a-4e1b-9c4f-2a6d8e0b1c3f";
    switch (i % 4) {
    case 0: return "START RequestId: " + id + " Version: $LATEST\n";
    case 1: return "2024-03-13T18:56:23.912Z\t" + id + "\tINFO\tprocessed \"order\" o-" + QByteArray::number(i) + "\n";
    case 2: return "END RequestId: " + id + "\n";
    default:
        return "REPORT RequestId: " + id + "\tDuration: 26.73 ms\tBilled Duration: 27 ms\tMemory Size: 128 MB\tMax Memory Used: 75 MB\t\n";
    }
}

// An export formatted like `aws logs filter-log-events` prints it (4-space indentation).
inline QByteArray makeExport(int count, qint64 firstTimestamp = 1710356183000)
{
    QByteArray out = "{\n    \"events\": [\n";
    for (int i = 0; i < count; ++i) {
        out += "        {\n            \"logStreamName\": \"" + streamFor(i) + "\",\n";
        out += "            \"timestamp\": " + QByteArray::number(firstTimestamp + i) + ",\n";
        out += "            \"message\": " + jsonQuote(messageFor(i)) + ",\n";
        out += "            \"ingestionTime\": " + QByteArray::number(firstTimestamp + i + 50) + ",\n";
        out += "            \"eventId\": \"" + QByteArray::number(38180000 + i) + "\"\n        }";
        out += i + 1 < count ? ",\n" : "\n";
    }
    out += "    ],\n    \"searchedLogStreams\": [],\n    \"nextToken\": \"Bxkq6kVGFtq2y\"\n}\n";
    return out;
}

inline bool writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace importtest
