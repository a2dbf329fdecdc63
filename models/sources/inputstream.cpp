#include "inputstream.h"

#include <QCoreApplication>
#include <zlib.h>

namespace ll {

namespace {
constexpr size_t kCompressedChunk = 1 << 20;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ll::InputStream)
};
} // namespace

bool looksGzip(const char* data, size_t size)
{
    return size >= 2 && static_cast<unsigned char>(data[0]) == 0x1f
        && static_cast<unsigned char>(data[1]) == 0x8b;
}

FileInputStream::FileInputStream(const QString& path)
    : m_path(path)
    , m_file(path)
{
}

bool FileInputStream::seek(uint64_t position)
{
    if (!m_error.isEmpty())
        return false;
    if (!m_file.seek(static_cast<qint64>(position))) {
        m_error = Text::tr("cannot seek: %1").arg(m_file.errorString());
        return false;
    }
    m_position = position;
    return true;
}

bool FileInputStream::open()
{
    // Unbuffered: we read multi-megabyte chunks, QIODevice's own buffer would only add a copy.
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        m_error = m_file.errorString();
        return false;
    }
    return true;
}

uint64_t FileInputStream::size() const
{
    return static_cast<uint64_t>(m_file.size());
}

QByteArray FileInputStream::peekStart(qint64 count)
{
    QByteArray start = m_file.read(count);
    if (!m_file.seek(0))
        m_error = Text::tr("cannot seek: %1").arg(m_file.errorString());
    return start;
}

size_t FileInputStream::read(char* data, size_t size)
{
    if (!m_error.isEmpty())
        return 0;
    size_t total = 0;
    while (total < size) {
        const qint64 n = m_file.read(data + total, static_cast<qint64>(size - total));
        if (n < 0) {
            m_error = Text::tr("read error at byte %1: %2").arg(m_position).arg(m_file.errorString());
            break;
        }
        if (n == 0)
            break;
        total += static_cast<size_t>(n);
        m_position += static_cast<uint64_t>(n);
    }
    return total;
}

GzipInputStream::GzipInputStream(std::unique_ptr<InputStream> compressed)
    : m_source(std::move(compressed))
    , m_zs(std::make_unique<z_stream>())
    , m_in(kCompressedChunk)
{
    // 16 + MAX_WBITS: gzip wrapper only, so a stray non-gzip member is reported, not guessed.
    if (inflateInit2(m_zs.get(), 16 + MAX_WBITS) != Z_OK) {
        m_error = Text::tr("cannot initialise zlib");
        m_done = true;
    }
}

GzipInputStream::~GzipInputStream()
{
    inflateEnd(m_zs.get());
}

bool GzipInputStream::refill()
{
    if (m_sourceEnd)
        return false;
    m_inBase += static_cast<uint64_t>(m_zs->next_in ? m_zs->next_in - reinterpret_cast<Bytef*>(m_in.data()) : 0);
    const size_t n = m_source->read(m_in.data(), m_in.size());
    if (n == 0) {
        m_sourceEnd = true;
        if (!m_source->error().isEmpty())
            fail(m_source->error());
        return false;
    }
    m_zs->next_in = reinterpret_cast<Bytef*>(m_in.data());
    m_zs->avail_in = static_cast<uInt>(n);
    return true;
}

void GzipInputStream::fail(const QString& message)
{
    if (m_error.isEmpty())
        m_error = message;
    m_done = true;
}

size_t GzipInputStream::read(char* data, size_t size)
{
    if (m_done)
        return 0;
    z_stream* zs = m_zs.get();
    zs->next_out = reinterpret_cast<Bytef*>(data);
    zs->avail_out = static_cast<uInt>(std::min<size_t>(size, 0x7fffffff));
    const uInt wanted = zs->avail_out;
    while (zs->avail_out > 0 && !m_done) {
        if (zs->avail_in == 0 && !refill()) {
            if (m_inMember && m_error.isEmpty())
                fail(Text::tr("gzip data truncated at byte %1").arg(m_source->filePosition()));
            m_done = true;
            break;
        }
        if (!m_inMember) {
            // Zero padding after the last member (as some archivers write) is not an error.
            while (zs->avail_in > 0 && *zs->next_in == 0) {
                ++zs->next_in;
                --zs->avail_in;
            }
            if (zs->avail_in == 0)
                continue;
            if (inflateReset(zs) != Z_OK) {
                fail(Text::tr("cannot reset zlib"));
                break;
            }
            m_inMember = true;
        }
        const int rc = inflate(zs, Z_NO_FLUSH);
        if (rc == Z_STREAM_END) {
            m_inMember = false;
            continue;
        }
        if (rc == Z_OK || rc == Z_BUF_ERROR)
            continue;
        const uint64_t offset = m_inBase
            + static_cast<uint64_t>(zs->next_in - reinterpret_cast<Bytef*>(m_in.data()));
        const QString detail = zs->msg ? QString::fromLatin1(zs->msg) : QString::number(rc);
        fail(Text::tr("corrupt gzip data at byte %1 (%2)").arg(offset).arg(detail));
    }
    return wanted - zs->avail_out;
}

} // namespace ll
