#pragma once

#include "domain/logevent.h"
#include "parse/lambdaline.h"

#include <QString>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace ll {

// Memory straight from the kernel and back on release: these buffers are allocated by worker
// threads, whose malloc arenas would otherwise keep them resident after the import.
template <typename T>
struct PageAllocator {
    using value_type = T;
    PageAllocator() = default;
    template <typename U>
    PageAllocator(const PageAllocator<U>&) {}
    T* allocate(size_t n);
    void deallocate(T* p, size_t n);
    bool operator==(const PageAllocator&) const { return true; }
};
void* allocatePages(size_t bytes);
void releasePages(void* p, size_t bytes);
template <typename T>
T* PageAllocator<T>::allocate(size_t n) { return static_cast<T*>(allocatePages(n * sizeof(T))); }
template <typename T>
void PageAllocator<T>::deallocate(T* p, size_t n) { releasePages(p, n * sizeof(T)); }

// Parses the events array of a large, pretty-printed aws-CLI export in other threads, one piece
// between two event boundaries at a time, a few pieces ahead of the thread that delivers them.
// The delivering thread stays in charge: it takes each piece in file order and uses it only
// when its own reader stands exactly at the piece's start (see FileImport::readAhead).
class ParseAhead {
public:
    struct Piece {
        uint64_t begin = 0, end = 0;       // file offsets
        bool clean = false;                // AwsExportReader::parseEventRun accepted it
        std::vector<RawEvent, PageAllocator<RawEvent>> events;   // views into the piece's buffers
        std::vector<ParsedLine, PageAllocator<ParsedLine>> parsed; // per event, when asked for
    };

    // Pieces [bounds[k], bounds[k + 1]); reads the file itself (one descriptor per thread).
    // With parseLines, each event's message also goes through parseLambdaLine in the worker.
    ParseAhead(const QString& path, std::vector<uint64_t> bounds, int threads, bool parseLines = false);
    // Pieces are decoded in place: escaped strings shrink inside their own bytes.
    ~ParseAhead();
    ParseAhead(const ParseAhead&) = delete;
    ParseAhead& operator=(const ParseAhead&) = delete;

    size_t pieces() const { return m_bounds.size() - 1; }
    // Waits for piece k (k in order, each once); valid until release(k).
    const Piece& take(size_t k);
    void release(size_t k);

    // Event boundaries of an export about every `spacing` bytes: the '{' of "},\n        {\n"
    // (a raw newline never occurs inside a JSON string, so this is always between values).
    // Empty when the file does not look like the CLI's pretty-printed output.
    static std::vector<uint64_t> findBounds(const QString& path, uint64_t size, uint64_t spacing);

private:
    struct Slot {
        Piece piece;
        char* text = nullptr;              // from allocatePages, not zero-filled by us
        size_t capacity = 0;
        size_t index = SIZE_MAX;           // the piece it holds once ready
        bool ready = false;
    };
    void work();

    QString m_path;
    std::vector<uint64_t> m_bounds;
    std::vector<Slot> m_slots;
    std::vector<std::thread> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    size_t m_next = 0;                     // next piece a worker claims
    size_t m_released = 0;                 // pieces below this are done with
    bool m_stop = false;
    bool m_parseLines = false;
};

} // namespace ll
