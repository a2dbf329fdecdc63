// How AwsExportReader gets past damage: skipping a value too large to buffer, and finding the
// next event after a syntax error.
#include "awsexportreader.h"

#include "jsontext.h"

#include <QCoreApplication>

namespace ll {

void AwsExportReader::reportError(uint64_t offset)
{
    if (!m_resyncing)
        m_context.skip(QCoreApplication::translate("ll::FileImporter", "invalid JSON at byte %1; the event there was skipped").arg(offset));
    m_resyncing = true;
}

void AwsExportReader::startSkipLarge(State after)
{
    m_state = State::SkipLarge;
    m_afterSkip = after;
    m_skipDepth = 0;
    m_skipInString = false;
    m_skipEscape = false;
}

const char* AwsExportReader::runSkipLarge(const char* p, const char* end)
{
    for (; p < end; ++p) {
        const char c = *p;
        if (m_skipInString) {
            if (m_skipEscape)
                m_skipEscape = false;
            else if (c == '\\')
                m_skipEscape = true;
            else if (c == '"') {
                m_skipInString = false;
                if (m_skipDepth == 0)
                    return p + 1;
            }
            continue;
        }
        if (c == '"') {
            m_skipInString = true;
        } else if (c == '{' || c == '[') {
            ++m_skipDepth;
        } else if (c == '}' || c == ']') {
            if (--m_skipDepth <= 0)
                return p + 1;
        }
    }
    return nullptr;
}

// Seeds the resync state with what precedes the bad byte (down to `floor`), so that a '{' that
// starts a line right at the error (an event missing its closing brace) is still found.
void AwsExportReader::startResyncAt(const char* at, const char* floor)
{
    m_state = State::Resync;
    m_resyncPrev = 0;
    m_resyncPrev2 = 0;
    m_resyncNewline = false;
    for (const char* b = at; b > floor;) {
        --b;
        if (*b == '\n') {
            if (!m_resyncPrev)
                m_resyncNewline = true;
        } else if (!json::isSpace(*b)) {
            if (!m_resyncPrev) {
                m_resyncPrev = *b;
            } else {
                m_resyncPrev2 = *b;
                break;
            }
        }
    }
}

// The CLI pretty-prints one event per block of lines, and raw newlines never occur inside JSON
// strings, so a line whose first character is '{' (or ']', the end of the array) is a safe place
// to resume. Compact JSON falls back to the "},{" sequence.
const char* AwsExportReader::runResync(const char* p, const char* end)
{
    for (; p < end; ++p) {
        const char c = *p;
        if (c == '\n') {
            m_resyncNewline = true;
            continue;
        }
        if (json::isSpace(c))
            continue;
        if (m_pretty ? (m_resyncNewline && c == '{') : (c == '{' && m_resyncPrev == ',' && m_resyncPrev2 == '}')) {
            m_state = State::EventsValue;
            return p;
        }
        if (m_pretty && m_resyncNewline && c == ']') {
            m_state = State::EventsComma;
            return p;
        }
        m_resyncPrev2 = m_resyncPrev;
        m_resyncPrev = c;
        m_resyncNewline = false;
    }
    return nullptr;
}

} // namespace ll
