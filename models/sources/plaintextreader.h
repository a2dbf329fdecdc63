#pragma once

#include "chunkreader.h"

#include <string>

namespace ll {

// Reads text logs. Two layouts, chosen by the first non-empty line:
//  - `aws logs tail` output: "<ISO time> <stream> <message>" (or the short "<ISO time> <message>"
//    form without fraction and zone). Lines without that prefix continue the previous event's
//    message (multi-line messages such as tracebacks are printed with real newlines).
//  - anything else: one event per non-empty line; the time is the line's own leading ISO time,
//    else the previous event's.
class PlainTextReader final : public ChunkReader {
public:
    explicit PlainTextReader(ImportFileContext& context);
    size_t feed(const char* data, size_t size, uint64_t base, bool atEof) override;
    size_t maxPending() const override;

private:
    enum class Layout { Unknown, Tail, Lines };
    struct Prefix {
        bool ok = false;
        int64_t timestampMs = 0;
        const char* streamBegin = nullptr;
        const char* streamEnd = nullptr;
        const char* message = nullptr;
    };
    static Prefix parseTailPrefix(const char* line, const char* end);

    void handleLine(const char* line, const char* end, uint64_t lineOffset, const char* base);
    void flushPending(const char* bufferStart, uint64_t base);
    void deliverText(int64_t timestampMs, std::string_view stream, const char* begin, const char* end);

    ImportFileContext& m_context;
    Layout m_layout = Layout::Unknown;
    uint64_t m_scanOffset = 0;       // file offset of the next line to look at
    uint64_t m_lineNumber = 0;       // lines completed so far (the current line while handling it)
    bool m_skippingLine = false;     // inside an over-long line being dropped
    bool m_droppingEvent = false;    // continuation lines of a dropped event follow
    int64_t m_lastTimestamp = 0;

    // Tail layout: the event being assembled, as file offsets (its bytes stay in the buffer).
    bool m_pending = false;
    uint64_t m_pendingMessage = 0;
    uint64_t m_pendingEnd = 0;
    uint64_t m_pendingStream = 0;
    uint64_t m_pendingStreamEnd = 0;
    uint64_t m_pendingLine = 0;
    int64_t m_pendingTimestamp = 0;

    std::string m_scratch;
};

} // namespace ll
