#include "store/textbuffer.h"

#include <cstring>
#include <new>
#include <utility>

#include <sys/mman.h>

namespace ll {

namespace {
constexpr size_t kHugePage = size_t(2) << 20;
}

TextBuffer::TextBuffer(size_t size)
    : m_size(size)
{
    if (size == 0)
        return;
    if (size >= 2 * kHugePage) {
        const size_t mapped = (size + kHugePage - 1) / kHugePage * kHugePage;
        void* p = mmap(nullptr, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p != MAP_FAILED) {
#ifdef MADV_HUGEPAGE
            madvise(p, mapped, MADV_HUGEPAGE);   // advice only: without it the buffer still works
#endif
            m_data = static_cast<char*>(p);
            m_mapped = mapped;
            return;
        }
    }
    m_data = new char[size];
}

TextBuffer::~TextBuffer() { release(); }

TextBuffer::TextBuffer(const TextBuffer& other)
    : TextBuffer(other.m_size)
{
    if (m_size)
        std::memcpy(m_data, other.m_data, m_size);
}

TextBuffer& TextBuffer::operator=(const TextBuffer& other)
{
    if (this != &other)
        *this = TextBuffer(other);
    return *this;
}

TextBuffer::TextBuffer(TextBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
    , m_mapped(std::exchange(other.m_mapped, 0))
{
}

TextBuffer& TextBuffer::operator=(TextBuffer&& other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_mapped = std::exchange(other.m_mapped, 0);
    }
    return *this;
}

void TextBuffer::release()
{
    if (m_mapped)
        munmap(m_data, m_mapped);
    else
        delete[] m_data;
    m_data = nullptr;
    m_size = m_mapped = 0;
}

} // namespace ll
