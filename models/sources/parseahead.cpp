#include "parseahead.h"

#include "awsexportreader.h"

#include <QFile>
#include <cstring>
#include <fcntl.h>
#include <new>
#include <sys/mman.h>
#include <unistd.h>

namespace ll {

void* allocatePages(size_t bytes)
{
    void* p = ::mmap(nullptr, std::max<size_t>(bytes, 1), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        throw std::bad_alloc();
    return p;
}

void releasePages(void* p, size_t bytes) { ::munmap(p, std::max<size_t>(bytes, 1)); }

namespace {

class Fd {
public:
    explicit Fd(const QString& path)
        : m_fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC))
    {
    }
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool ok() const { return m_fd >= 0; }
    // Reads exactly size bytes at offset; false on error or a short file.
    bool readAt(char* data, size_t size, uint64_t offset) const
    {
        while (size > 0) {
            const ssize_t n = ::pread(m_fd, data, size, static_cast<off_t>(offset));
            if (n <= 0)
                return false;
            data += n;
            size -= static_cast<size_t>(n);
            offset += static_cast<uint64_t>(n);
        }
        return true;
    }

private:
    int m_fd;
};

} // namespace

std::vector<uint64_t> ParseAhead::findBounds(const QString& path, uint64_t size, uint64_t spacing)
{
    static constexpr char kPattern[] = "},\n        {\n";
    constexpr size_t kPatternSize = sizeof kPattern - 1;
    constexpr size_t kWindow = 64 * 1024;
    std::vector<uint64_t> bounds;
    const Fd fd(path);
    if (!fd.ok())
        return bounds;
    std::vector<char> window(kWindow);
    for (uint64_t at = spacing; at + spacing < size; at += spacing) {
        const size_t n = static_cast<size_t>(std::min<uint64_t>(kWindow, size - at));
        if (!fd.readAt(window.data(), n, at))
            break;
        const void* hit = memmem(window.data(), n, kPattern, kPatternSize);
        if (!hit)
            continue;
        const uint64_t bound = at + static_cast<uint64_t>(static_cast<const char*>(hit) - window.data()) + 11;
        if (bounds.empty() || bound > bounds.back())
            bounds.push_back(bound);
    }
    return bounds;
}

ParseAhead::ParseAhead(const QString& path, std::vector<uint64_t> bounds, int threads, bool parseLines)
    : m_path(path)
    , m_bounds(std::move(bounds))
    , m_slots(static_cast<size_t>(threads + 2))
    , m_parseLines(parseLines)
{
    for (int i = 0; i < threads; ++i)
        m_threads.emplace_back([this] { work(); });
}

ParseAhead::~ParseAhead()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    for (std::thread& t : m_threads)
        t.join();
    for (Slot& slot : m_slots) {
        if (slot.text)
            releasePages(slot.text, slot.capacity);
    }
}

void ParseAhead::work()
{
    const Fd fd(m_path);
    for (;;) {
        size_t k;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_next >= pieces() || m_next < m_released + m_slots.size(); });
            if (m_stop || m_next >= pieces())
                return;
            k = m_next++;
        }
        // The slot's previous piece (k - slots) was released, so the slot is this thread's.
        Slot& slot = m_slots[k % m_slots.size()];
        Piece& piece = slot.piece;
        piece.begin = m_bounds[k];
        piece.end = m_bounds[k + 1];
        const size_t size = static_cast<size_t>(piece.end - piece.begin);
        if (slot.capacity < size) {
            if (slot.text)
                releasePages(slot.text, slot.capacity);
            slot.text = static_cast<char*>(allocatePages(size));
            slot.capacity = size;
        }
        piece.clean = fd.ok() && fd.readAt(slot.text, size, piece.begin)
            && AwsExportReader::parseEventRun(slot.text, size, piece.events);
        piece.parsed.clear();
        if (piece.clean && m_parseLines) {
            piece.parsed.reserve(piece.events.size());
            for (const RawEvent& event : piece.events)
                piece.parsed.push_back(parseLambdaLine(event.message));
        }
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            slot.index = k;
            slot.ready = true;
        }
        m_changed.notify_all();
    }
}

const ParseAhead::Piece& ParseAhead::take(size_t k)
{
    Slot& slot = m_slots[k % m_slots.size()];
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [&] { return slot.ready && slot.index == k; });
    return slot.piece;
}

void ParseAhead::release(size_t k)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_slots[k % m_slots.size()].ready = false;
        m_released = k + 1;
    }
    m_changed.notify_all();
}

} // namespace ll
