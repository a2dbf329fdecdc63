#pragma once

#include <cstddef>

namespace ll {

// A fixed-size byte buffer that is written once, by position. Unlike std::string it is not
// zero-filled on allocation: its pages are first touched by the writers, in parallel, and big
// buffers ask for huge pages, so the store's text (hundreds of MB) costs a few dozen page faults
// instead of one per 4 KiB.
class TextBuffer {
public:
    TextBuffer() = default;
    explicit TextBuffer(size_t size);
    ~TextBuffer();
    TextBuffer(TextBuffer&& other) noexcept;
    TextBuffer& operator=(TextBuffer&& other) noexcept;
    TextBuffer(const TextBuffer& other);
    TextBuffer& operator=(const TextBuffer& other);

    char* data() { return m_data; }
    const char* data() const { return m_data; }
    size_t size() const { return m_size; }
    size_t capacity() const { return m_size; }

private:
    void release();
    char* m_data = nullptr;
    size_t m_size = 0;
    size_t m_mapped = 0;   // bytes mapped with mmap (0: allocated with new[])
};

} // namespace ll
