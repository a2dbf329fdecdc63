#pragma once

#include <QFile>
#include <QString>
#include <cstdint>
#include <memory>
#include <vector>

struct z_stream_s;

namespace ll {

// A byte source read in chunks: a plain file or a gzip file inflated on the fly.
// Errors are reported through error(); what was read before an error stays valid.
class InputStream {
public:
    virtual ~InputStream() = default;
    // Reads up to `size` bytes; returns 0 at the end of the data or after an error.
    virtual size_t read(char* data, size_t size) = 0;
    // Bytes of the underlying file consumed so far (compressed bytes for gzip), for progress.
    virtual uint64_t filePosition() const = 0;
    // Empty unless the data ended early or was corrupt; translated, without the file name.
    virtual QString error() const = 0;
    virtual bool isCompressed() const { return false; }
};

class FileInputStream final : public InputStream {
public:
    explicit FileInputStream(const QString& path);
    bool open();                              // false: see error()
    uint64_t size() const;
    // The first bytes of the file, leaving the read position at the start.
    QByteArray peekStart(qint64 count);
    size_t read(char* data, size_t size) override;
    uint64_t filePosition() const override { return m_position; }
    QString error() const override { return m_error; }
    bool seek(uint64_t position);             // false: see error()
    const QString& path() const { return m_path; }

private:
    QString m_path;
    QFile m_file;
    uint64_t m_position = 0;
    QString m_error;
};

// Inflates gzip data (RFC 1952), including files made of several concatenated members.
class GzipInputStream final : public InputStream {
public:
    explicit GzipInputStream(std::unique_ptr<InputStream> compressed);
    ~GzipInputStream() override;
    size_t read(char* data, size_t size) override;
    uint64_t filePosition() const override { return m_source->filePosition(); }
    QString error() const override { return m_error; }
    bool isCompressed() const override { return true; }

private:
    bool refill();
    void fail(const QString& message);

    std::unique_ptr<InputStream> m_source;
    std::unique_ptr<z_stream_s> m_zs;
    std::vector<char> m_in;
    uint64_t m_inBase = 0;                    // file offset of m_in[0]
    bool m_sourceEnd = false;
    bool m_done = false;
    bool m_inMember = false;                  // inside a member (header seen, end not yet)
    QString m_error;
};

// True when the data starts with the gzip magic bytes 1f 8b.
bool looksGzip(const char* data, size_t size);

} // namespace ll
