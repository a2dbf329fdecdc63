#include "plaintextreader.h"

#include "isotime.h"

#include <QCoreApplication>
#include <cstring>

namespace ll {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ll::FileImporter)
};
inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// "2024/03/13/[$LATEST]6f1c..." or "2024/03/13/name[$LATEST]...": the Lambda stream name form.
bool looksLikeLambdaStream(const char* p, const char* end)
{
    if (end - p < 12)
        return false;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!isDigit(p[i]))
            return false;
    return p[4] == '/' && p[7] == '/' && p[10] == '/' && std::memchr(p + 11, '[', static_cast<size_t>(end - p - 11));
}

bool isBlank(const char* p, const char* end)
{
    for (; p < end; ++p)
        if (*p != ' ' && *p != '\t' && *p != '\r')
            return false;
    return true;
}

} // namespace

PlainTextReader::PlainTextReader(ImportFileContext& context)
    : m_context(context)
{
}

size_t PlainTextReader::maxPending() const
{
    // One pending multi-line event plus one incomplete line, each bounded by the message limit.
    return 2 * kMaxMessageBytes + 2;
}

PlainTextReader::Prefix PlainTextReader::parseTailPrefix(const char* line, const char* end)
{
    Prefix prefix;
    const IsoTime time = parseIsoTime(line, end);
    if (!time.end || !time.dateTimeSeparatorT || time.end == end || *time.end != ' ')
        return prefix;
    const char* token = time.end + 1;
    const char* space = static_cast<const char*>(std::memchr(token, ' ', static_cast<size_t>(end - token)));
    const char* tokenEnd = space ? space : end;
    // The detailed format prints Python's isoformat ("+00:00") and then the stream; the short
    // format prints seconds only, without zone. Lambda's own lines use "...123Z", so a line
    // such as "2024-03-13T18:58:10.025Z <id> Task timed out" is a message, not a prefix.
    if (looksLikeLambdaStream(token, tokenEnd) || (time.numericZone && tokenEnd > token)) {
        prefix.ok = true;
        prefix.streamBegin = token;
        prefix.streamEnd = tokenEnd;
        prefix.message = space ? space + 1 : end;
    } else if (!time.hasFraction && !time.hasZone) {
        prefix.ok = true;
        prefix.message = token;
    }
    prefix.timestampMs = time.epochMs;
    return prefix;
}

void PlainTextReader::deliverText(int64_t timestampMs, std::string_view stream, const char* begin, const char* end)
{
    std::string_view message(begin, static_cast<size_t>(end - begin));
    if (std::memchr(begin, '\r', message.size())) {
        // CRLF files: the line breaks inside a multi-line message become plain '\n'.
        m_scratch.clear();
        for (size_t i = 0; i < message.size(); ++i) {
            if (message[i] == '\r' && i + 1 < message.size() && message[i + 1] == '\n')
                continue;
            m_scratch.push_back(message[i]);
        }
        message = m_scratch;
    }
    RawEvent event;
    event.timestampMs = timestampMs;
    event.message = message;
    event.logStream = stream;
    m_lastTimestamp = timestampMs;
    m_context.deliver(event);
}

void PlainTextReader::flushPending(const char* bufferStart, uint64_t base)
{
    if (!m_pending)
        return;
    m_pending = false;
    const auto at = [&](uint64_t offset) { return bufferStart + (offset - base); };
    // No stream: offsets are 0, which may lie before this buffer; pointing there is undefined.
    const std::string_view stream = m_pendingStreamEnd > m_pendingStream
        ? std::string_view(at(m_pendingStream), static_cast<size_t>(m_pendingStreamEnd - m_pendingStream))
        : std::string_view();
    deliverText(m_pendingTimestamp, stream, at(m_pendingMessage), at(m_pendingEnd));
}

void PlainTextReader::handleLine(const char* line, const char* end, uint64_t lineOffset, const char* bufferStart)
{
    const uint64_t base = lineOffset - static_cast<uint64_t>(line - bufferStart);
    if (m_layout == Layout::Unknown) {
        if (isBlank(line, end))
            return;
        m_layout = parseTailPrefix(line, end).ok ? Layout::Tail : Layout::Lines;
    }
    if (m_layout == Layout::Lines) {
        if (isBlank(line, end))
            return;
        const IsoTime time = parseIsoTime(line, end);
        deliverText(time.end ? time.epochMs : m_lastTimestamp, {}, line, end);
        return;
    }
    const Prefix prefix = parseTailPrefix(line, end);
    const auto offsetOf = [&](const char* p) { return base + static_cast<uint64_t>(p - bufferStart); };
    if (prefix.ok) {
        flushPending(bufferStart, base);
        m_droppingEvent = false;
        m_pending = true;
        m_pendingTimestamp = prefix.timestampMs;
        m_pendingStream = prefix.streamBegin ? offsetOf(prefix.streamBegin) : 0;
        m_pendingStreamEnd = prefix.streamBegin ? offsetOf(prefix.streamEnd) : 0;
        m_pendingMessage = offsetOf(prefix.message);
        m_pendingEnd = offsetOf(end);
        m_pendingLine = m_lineNumber;
        return;
    }
    if (m_droppingEvent)
        return;
    if (!m_pending) {
        // Text before the first prefixed line cannot belong to an event: keep it as its own.
        if (line != end)
            deliverText(m_lastTimestamp, {}, line, end);
        return;
    }
    m_pendingEnd = offsetOf(end);
    if (m_pendingEnd - m_pendingMessage > kMaxMessageBytes) {
        m_context.skip(Text::tr("the event starting at line %1 is longer than 2 MiB; skipped").arg(m_pendingLine));
        m_pending = false;
        m_droppingEvent = true;
    }
}

size_t PlainTextReader::feed(const char* data, size_t size, uint64_t base, bool atEof)
{
    const char* const end = data + size;
    const char* p = data + (m_scanOffset - base);
    if (m_scanOffset == 0 && base == 0) {
        // A UTF-8 byte order mark is not part of the first line.
        if (size < 3 && !atEof && std::memcmp(p, "\xEF\xBB\xBF", size) == 0)
            return 0;
        if (size >= 3 && std::memcmp(p, "\xEF\xBB\xBF", 3) == 0)
            p += 3;
    }
    for (;;) {
        if (m_skippingLine) {
            const char* nl = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
            if (!nl) {
                p = end;
                break;
            }
            p = nl + 1;
            m_skippingLine = false;
            ++m_lineNumber;
            continue;
        }
        if (p == end)
            break;
        const char* nl = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
        if (!nl && !atEof && static_cast<size_t>(end - p) <= kMaxMessageBytes)
            break; // wait for the rest of the line
        const char* lineEnd = nl ? nl : end;
        const uint64_t lineOffset = base + static_cast<uint64_t>(p - data);
        if (static_cast<size_t>(lineEnd - p) > kMaxMessageBytes) {
            m_context.skip(Text::tr("line %1 is longer than 2 MiB; skipped").arg(m_lineNumber + 1));
            if (m_layout == Layout::Tail) {
                flushPending(data, base);
                m_droppingEvent = true;
            }
            if (!nl) {
                m_skippingLine = true;
                p = end;
                break;
            }
            p = nl + 1;
            ++m_lineNumber;
            continue;
        }
        ++m_lineNumber;
        const char* trimmed = lineEnd > p && lineEnd[-1] == '\r' ? lineEnd - 1 : lineEnd;
        handleLine(p, trimmed, lineOffset, data);
        p = nl ? nl + 1 : end;
    }
    m_scanOffset = base + static_cast<uint64_t>(p - data);
    if (atEof) {
        flushPending(data, base);
        return size;
    }
    if (m_pending) {
        const uint64_t keep = m_pendingStreamEnd > m_pendingStream ? m_pendingStream : m_pendingMessage;
        return static_cast<size_t>(keep - base);
    }
    return static_cast<size_t>(p - data);
}

} // namespace ll
