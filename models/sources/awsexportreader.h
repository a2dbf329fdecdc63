#pragma once

#include "chunkreader.h"

#include <memory>
#include <vector>

namespace ll {

// Streams the output of `aws logs filter-log-events` / `get-log-events` (a JSON object whose
// "events" array holds {logStreamName?, timestamp, message, ingestionTime, eventId?}) without
// building a document: one event object is parsed at a time, straight from the read buffer.
// Damage inside one event skips that event and resynchronises on the next one.
class AwsExportReader final : public ChunkReader {
public:
    explicit AwsExportReader(ImportFileContext& context);
    size_t feed(const char* data, size_t size, uint64_t base, bool atEof) override;
    size_t maxPending() const override;

    // True when the text (the start of a file) looks like such an export: an object whose
    // first key is one the CLI writes for these commands.
    static bool detect(const char* data, size_t size);

    // Parsing ahead in other threads (large files): a piece of the events array that starts at
    // an event object and ends after a comma and white space. Fills `events` (views into data,
    // where escaped strings are decoded in place) and returns true when the piece holds only
    // well-formed events of acceptable size, exactly what the reader itself would deliver from
    // that point; false for anything else, and the caller reads that piece with the reader.
    template <typename Events>
    static bool parseEventRun(char* data, size_t size, Events& events)
    {
        events.clear();
        for (char* p = data; p != data + size;) {
            RawEvent event;
            p = parseRunEvent(p, data + size, event);
            if (!p)
                return false;
            events.push_back(event);
        }
        return !events.empty();
    }
    // One event of parseEventRun: returns where the next one starts, nullptr when not clean.
    static char* parseRunEvent(char* p, char* end, RawEvent& event);
    // The reader stands before an event object (after "[" or ","): events parsed ahead from
    // there may be delivered in its place; call eventsDelivered() after doing so.
    bool expectsEvent() const { return m_state == State::EventsValue; }
    void eventsDelivered() { m_resyncing = false; }

private:
    enum class State { DocumentStart, TopKey, TopComma, EventsValue, EventsComma, SkipLarge, Resync, Finished };
    enum class ParseStatus { Ok, NeedMore, Error };
    struct EventParse {
        ParseStatus status = ParseStatus::Ok;
        const char* end = nullptr;   // Ok: past the object; Error: the bad byte
    };

    EventParse parseEvent(const char* p, const char* end, uint64_t offset, bool atEof);
    void startSkipLarge(State after);
    const char* runSkipLarge(const char* p, const char* end);
    const char* runResync(const char* p, const char* end);
    void startResyncAt(const char* at, const char* floor);
    void reportError(uint64_t offset);

    ImportFileContext& m_context;
    State m_state = State::DocumentStart;
    bool m_firstMember = true;
    bool m_sawDocument = false;
    bool m_pretty = false;
    bool m_resyncing = false;        // errors while resynchronising are not reported again

    // SkipLarge: a value too large to keep, skipped structurally.
    State m_afterSkip = State::TopComma;
    int m_skipDepth = 0;
    bool m_skipInString = false;
    bool m_skipEscape = false;

    // Resync: the last two significant bytes and whether a newline followed them.
    char m_resyncPrev = 0;
    char m_resyncPrev2 = 0;
    bool m_resyncNewline = false;

    // Decoded strings with escapes; grown as needed, never shrunk.
    struct Scratch {
        std::unique_ptr<char[]> data;
        size_t capacity = 0;
        char* reserve(size_t n);
    };
    Scratch m_message;
    Scratch m_stream;
    Scratch m_eventId;
    Scratch m_group;
};

} // namespace ll
