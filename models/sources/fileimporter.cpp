#include "fileimporter.h"

#include "awsexportreader.h"
#include "chunkreader.h"
#include "inputstream.h"
#include "jsontext.h"
#include "parseahead.h"
#include "plaintextreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>
#include <algorithm>
#include <cstring>
#include <memory>
#include <string_view>
#include <thread>

namespace ll {

namespace {

// Small enough that what read() just copied is still in the L2 cache when the reader scans it
// (measured ~12% faster than 4 MiB chunks); large events still fit thanks to kBufferBytes.
constexpr size_t kChunkBytes = size_t(1) << 18;
constexpr size_t kSniffBytes = 64 * 1024;
// Room for a full chunk next to the most any reader hands back.
constexpr size_t kBufferBytes = kChunkBytes + (size_t(8) << 20) + 64;
// Plain aws-CLI exports at least this large are parsed ahead in other threads, in pieces of
// about kPieceBytes.
constexpr uint64_t kParseAheadMinBytes = uint64_t(32) << 20;
constexpr uint64_t kPieceBytes = uint64_t(4) << 20;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ll::FileImporter)
};
bool isCancelled(const ImportControl& control)
{
    return control.cancel && control.cancel->load(std::memory_order_relaxed);
}

class ProgressReporter {
public:
    ProgressReporter(const ImportControl& control, uint64_t total)
        : m_control(control)
        , m_total(total)
    {
    }
    void update(uint64_t done)
    {
        done = std::clamp(done, m_done, m_total); // monotonic even if a file grows while read
        m_done = done;
        if (!m_control.progress)
            return;
        const int permille = m_total ? static_cast<int>(done * 1000 / m_total) : 1000;
        if (permille == m_permille)
            return;
        m_permille = permille;
        m_control.progress(done, m_total);
    }
    void finish() { update(m_total); }

private:
    const ImportControl& m_control;
    uint64_t m_total;
    uint64_t m_done = 0;
    int m_permille = -1;
};

// Index of the first byte that makes the sample binary (its first NUL, else its first control
// character), or -1 for text. Binary: it starts like a known binary format, or control
// characters (NUL included) are more than 5% of it. Invalid UTF-8 is fine (logs are kept as
// bytes), and so is a stray NUL: real logs carry them (a crash can leave a NUL-filled block),
// and the views show each one visibly.
qint64 binaryMarker(const char* data, size_t size)
{
    static constexpr std::string_view kMagic[] = {
        {"\x7f" "ELF", 4}, {"\x89PNG", 4}, {"PK\x03\x04", 4}, {"SQLite format 3\0", 16},
        {"%PDF-", 5}, {"\x28\xb5\x2f\xfd", 4}, {"\xfd" "7zXZ\0", 6},
    };
    const std::string_view sample(data, size);
    const bool magic = std::any_of(std::begin(kMagic), std::end(kMagic), [&](std::string_view m) { return sample.starts_with(m); });
    size_t controls = 0;
    qint64 firstControl = -1;
    for (size_t i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b) {
            if (firstControl < 0)
                firstControl = static_cast<qint64>(i);
            ++controls;
        }
    }
    if (!magic && controls * 20 <= size)
        return -1;
    if (const void* nul = std::memchr(data, 0, size))
        return static_cast<const char*>(nul) - data;
    return std::max<qint64>(firstControl, 0);
}

struct ExpandedFile {
    QString path;
    uint64_t size = 0;
};

QVector<ExpandedFile> expandPaths(const QStringList& paths, EventSink& sink, ImportResult& result)
{
    QVector<ExpandedFile> files;
    QSet<QString> seen;
    auto add = [&](const QFileInfo& info) {
        const QString key = info.absoluteFilePath();
        if (seen.contains(key))
            return;
        seen.insert(key);
        files.push_back({info.filePath(), static_cast<uint64_t>(std::max<qint64>(0, info.size()))});
    };
    auto skip = [&](const QString& path, const QString& reason) {
        SkippedInput skipped{path, reason};
        sink.addSkipped(skipped);
        result.skipped.push_back(std::move(skipped));
    };
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            skip(path, Text::tr("%1: no such file or folder").arg(path));
        } else if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext())
                found.push_back(it.next());
            const QDir dir(path);
            // Sort by the path inside the folder so the order does not depend on the file system.
            std::sort(found.begin(), found.end(), [&](const QString& a, const QString& b) {
                return dir.relativeFilePath(a) < dir.relativeFilePath(b);
            });
            for (const QString& file : std::as_const(found))
                add(QFileInfo(file));
        } else {
            add(info);
        }
    }
    return files;
}

// The read buffer, allocated once per import and not zero-filled: the readers only see bytes
// that were read into it.
struct Buffer {
    std::unique_ptr<char[]> data;
    size_t size() const { return kBufferBytes; }
};

class FileImport {
public:
    FileImport(const ExpandedFile& file, EventSink& sink, const ImportControl& control, ImportResult& result,
               ProgressReporter& progress, uint64_t doneBefore, Buffer& buffer)
        : m_file(file)
        , m_sink(sink)
        , m_control(control)
        , m_result(result)
        , m_progress(progress)
        , m_doneBefore(doneBefore)
        , m_buffer(buffer)
        , m_context(sink, file.path, result.skipped)
    {
    }

    void run()
    {
        auto file = std::make_unique<FileInputStream>(m_file.path);
        if (!file->open()) {
            m_context.skip(Text::tr("cannot open: %1").arg(file->error()));
            return;
        }
        FileInputStream* raw = file.get();
        std::unique_ptr<InputStream> stream;
        const QByteArray magic = file->peekStart(2);
        if (looksGzip(magic.constData(), static_cast<size_t>(magic.size())))
            stream = std::make_unique<GzipInputStream>(std::move(file));
        else
            stream = std::move(file);
        m_plain = stream.get() == raw ? raw : nullptr;
        readAll(*stream);
        m_result.bytes += raw->filePosition();
        if (!stream->error().isEmpty())
            m_context.skip(stream->error());
        m_result.events += m_context.events();
    }

private:
    // Reads until the buffer holds `wanted` bytes or the data ends; false at the end.
    bool fill(InputStream& stream, size_t wanted)
    {
        while (m_length < wanted) {
            const size_t room = std::min(kChunkBytes, m_buffer.size() - m_length);
            const size_t n = stream.read(m_buffer.data.get() + m_length, room);
            m_progress.update(m_doneBefore + stream.filePosition());
            if (n == 0)
                return false;
            m_length += n;
        }
        return true;
    }

    void readAll(InputStream& stream)
    {
        bool more = fill(stream, kSniffBytes);
        if (m_length == 0) {
            if (stream.error().isEmpty())
                m_context.skip(Text::tr("the file is empty"));
            return;
        }
        if (m_length >= 2 && (std::memcmp(m_buffer.data.get(), "\xFF\xFE", 2) == 0 || std::memcmp(m_buffer.data.get(), "\xFE\xFF", 2) == 0)) {
            m_context.skip(Text::tr("UTF-16 text is not supported; save the file as UTF-8"));
            return;
        }
        if (const qint64 at = binaryMarker(m_buffer.data.get(), std::min(m_length, kSniffBytes)); at >= 0) {
            m_context.skip(Text::tr("not a text log (binary data at byte %1); file skipped").arg(at));
            return;
        }
        std::unique_ptr<ChunkReader> reader;
        if (AwsExportReader::detect(m_buffer.data.get(), std::min(m_length, kSniffBytes)))
            reader = std::make_unique<AwsExportReader>(m_context);
        else
            reader = std::make_unique<PlainTextReader>(m_context);
        ++m_result.files;
        const QByteArray function = functionNameFromFileName(QFileInfo(m_file.path).fileName()).toUtf8();
        m_sink.setDefaultFunction(std::string_view(function.constData(), static_cast<size_t>(function.size())));

        auto* aws = dynamic_cast<AwsExportReader*>(reader.get());
        const int threads = m_control.parseThreads > 0 ? m_control.parseThreads
                                                       : int(std::min(std::thread::hardware_concurrency(), 8u));
        if (aws && m_plain && threads >= 2 && m_file.size >= kParseAheadMinBytes) {
            std::vector<uint64_t> bounds = ParseAhead::findBounds(m_file.path, m_file.size, kPieceBytes);
            if (bounds.size() >= 3) {
                readAhead(*m_plain, *aws, std::move(bounds), threads, more);
                return;
            }
        }

        uint64_t base = 0;
        for (;;) {
            const size_t consumed = reader->feed(m_buffer.data.get(), m_length, base, !more);
            if (!more)
                break;
            if (consumed < m_length)
                std::memmove(m_buffer.data.get(), m_buffer.data.get() + consumed, m_length - consumed);
            m_length -= consumed;
            base += consumed;
            if (isCancelled(m_control)) {
                m_result.cancelled = true;
                break;
            }
            if (m_length >= m_buffer.size()) {
                // A reader broke its promise to stay under maxPending(): stop rather than grow.
                m_context.skip(Text::tr("could not make progress at byte %1; the rest of the file was skipped").arg(base));
                break;
            }
            // A reader waiting for one large event gets geometrically more data, so that
            // re-parsing the event's start on each call stays linear in its size.
            const size_t wanted = consumed == 0 && m_length >= kChunkBytes ? 2 * m_length : m_length + kChunkBytes;
            more = fill(stream, std::min(m_buffer.size(), wanted));
        }
    }

    // readAll() for a large plain export: the same loop, except that reading stops at each
    // piece boundary, and where the reader stands exactly before the piece's first event, the
    // events parsed ahead are delivered and the piece is skipped. Elsewhere (the document's
    // start and end, damaged pieces) the reader reads as usual, so the result is the same.
    void readAhead(FileInputStream& stream, AwsExportReader& reader, std::vector<uint64_t> bounds, int threads, bool more)
    {
        ParseAhead ahead(stream.path(), bounds, threads, m_context.wantsParsedLines());
        char* const buffer = m_buffer.data.get();
        size_t next = 0; // the piece at whose start reading stops next
        uint64_t base = 0;
        for (;;) {
            const size_t consumed = reader.feed(buffer, m_length, base, !more);
            if (!more)
                break;
            if (consumed < m_length)
                std::memmove(buffer, buffer + consumed, m_length - consumed);
            m_length -= consumed;
            base += consumed;
            if (isCancelled(m_control)) {
                m_result.cancelled = true;
                break;
            }
            if (m_length >= m_buffer.size()) {
                m_context.skip(Text::tr("could not make progress at byte %1; the rest of the file was skipped").arg(base));
                break;
            }
            if (next < ahead.pieces() && base + m_length == bounds[next]) {
                const ParseAhead::Piece& piece = ahead.take(next);
                const bool use = piece.clean && reader.expectsEvent()
                    && std::all_of(buffer, buffer + m_length, [](char c) { return json::isSpace(c); });
                if (use) {
                    if (piece.parsed.size() == piece.events.size()) {
                        for (size_t i = 0; i < piece.events.size(); ++i)
                            m_context.deliver(piece.events[i], piece.parsed[i]);
                    } else {
                        for (const RawEvent& event : piece.events)
                            m_context.deliver(event);
                    }
                    reader.eventsDelivered();
                    base = piece.end;
                    m_length = 0;
                }
                ahead.release(next++);
                if (use) {
                    if (!stream.seek(base))
                        break; // run() reports the stream's error
                    m_progress.update(m_doneBefore + base);
                    continue;
                }
            }
            const uint64_t limit = next < ahead.pieces() ? bounds[next] : UINT64_MAX;
            const size_t wanted = consumed == 0 && m_length >= kChunkBytes ? 2 * m_length : m_length + kChunkBytes;
            more = fillUpTo(stream, std::min(m_buffer.size(), wanted), base, limit);
        }
    }

    // fill(), not reading past the file offset `limit`; true when stopped there.
    bool fillUpTo(InputStream& stream, size_t wanted, uint64_t base, uint64_t limit)
    {
        while (m_length < wanted) {
            const uint64_t position = base + m_length;
            if (position >= limit)
                return true;
            const size_t room = static_cast<size_t>(std::min<uint64_t>(std::min(kChunkBytes, m_buffer.size() - m_length), limit - position));
            const size_t n = stream.read(m_buffer.data.get() + m_length, room);
            m_progress.update(m_doneBefore + stream.filePosition());
            if (n == 0)
                return false;
            m_length += n;
        }
        return true;
    }

    const ExpandedFile& m_file;
    EventSink& m_sink;
    const ImportControl& m_control;
    ImportResult& m_result;
    ProgressReporter& m_progress;
    uint64_t m_doneBefore;
    Buffer& m_buffer;
    size_t m_length = 0;
    ImportFileContext m_context;
    FileInputStream* m_plain = nullptr;   // the file when it is not compressed
};

} // namespace

QString functionNameFromFileName(const QString& fileName)
{
    const QLatin1String suffixes[] = {QLatin1String(".gz"), QLatin1String(".json"), QLatin1String(".log"),
                                             QLatin1String(".txt")};
    QString name = fileName;
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (const QLatin1String& suffix : suffixes) {
            if (name.size() > suffix.size() && name.endsWith(suffix, Qt::CaseInsensitive)) {
                name.chop(suffix.size());
                stripped = true;
            }
        }
    }
    return name;
}

ImportResult importFiles(const QStringList& paths, EventSink& sink, const ImportControl& control)
{
    ImportResult result;
    const QVector<ExpandedFile> files = expandPaths(paths, sink, result);
    uint64_t total = 0, expanded = 0;   // bytes on disk; about what they decompress to
    for (const ExpandedFile& file : files) {
        total += file.size;
        expanded += file.path.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive) ? file.size * 8 : file.size;
    }
    ProgressReporter progress(control, total);
    sink.expectInputBytes(expanded);
    Buffer buffer;
    uint64_t done = 0;
    for (const ExpandedFile& file : files) {
        if (isCancelled(control)) {
            result.cancelled = true;
            break;
        }
        if (!buffer.data)
            buffer.data = std::make_unique_for_overwrite<char[]>(kBufferBytes);
        FileImport(file, sink, control, result, progress, done, buffer).run();
        if (result.cancelled)
            break;
        done += file.size;
        progress.update(done);
    }
    if (!result.cancelled)
        progress.finish();
    return result;
}

} // namespace ll
