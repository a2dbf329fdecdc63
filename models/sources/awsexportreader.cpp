#include "awsexportreader.h"

#include "jsontext.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstring>

namespace ll {

namespace {

using json::ScanStatus;
using json::skipSpace;

// The raw JSON of one event may be up to 6 bytes per message byte (\u escapes), so the limit on
// what is buffered is looser than the one on the decoded message.
constexpr size_t kMaxPendingBytes = size_t(8) << 20;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ll::FileImporter)
};
enum class Field { Other, Stream, Timestamp, Message, Ingestion, EventId, Group };

inline bool keyIs(const char* key, const char (&name)[14])
{
    return std::memcmp(key, name, 13) == 0;
}

// The CLI writes the keys in a fixed spelling: recognise `name"` right after the opening quote
// without scanning the key first. Returns the closing quote, or nullptr when it is another key.
inline const char* knownKey(const char* p, const char* end, Field& field)
{
    auto is = [&](const char* name, size_t n, Field f) -> const char* {
        if (static_cast<size_t>(end - p) > n && std::memcmp(p, name, n) == 0 && p[n] == '"') {
            field = f;
            return p + n;
        }
        return nullptr;
    };
    if (p == end)
        return nullptr;
    switch (*p) {
    case 'l':
        if (const char* q = is("logStreamName", 13, Field::Stream))
            return q;
        if (const char* q = is("logGroupName", 12, Field::Group))
            return q;
        return is("logGroupIdentifier", 18, Field::Group);
    case 't': return is("timestamp", 9, Field::Timestamp);
    case 'm': return is("message", 7, Field::Message);
    case 'i': return is("ingestionTime", 13, Field::Ingestion);
    case 'e': return is("eventId", 7, Field::EventId);
    default: return nullptr;
    }
}

inline Field fieldOf(const char* key, size_t length)
{
    switch (length) {
    case 7:
        if (std::memcmp(key, "message", 7) == 0)
            return Field::Message;
        if (std::memcmp(key, "eventId", 7) == 0)
            return Field::EventId;
        return Field::Other;
    case 9:
        return std::memcmp(key, "timestamp", 9) == 0 ? Field::Timestamp : Field::Other;
    case 12:
        return std::memcmp(key, "logGroupName", 12) == 0 ? Field::Group : Field::Other;
    case 13:
        if (keyIs(key, "logStreamName"))
            return Field::Stream;
        if (keyIs(key, "ingestionTime"))
            return Field::Ingestion;
        return Field::Other;
    case 18:
        return std::memcmp(key, "logGroupIdentifier", 18) == 0 ? Field::Group : Field::Other;
    default:
        return Field::Other;
    }
}

// "/aws/lambda/orders-api" or its ARN form -> "orders-api"; other group names stay whole.
std::string_view functionFromGroup(std::string_view group)
{
    constexpr std::string_view arnMarker = ":log-group:";
    if (const size_t at = group.find(arnMarker); at != std::string_view::npos) {
        group.remove_prefix(at + arnMarker.size());
        if (group.size() >= 2 && group.substr(group.size() - 2) == ":*")
            group.remove_suffix(2);
    }
    constexpr std::string_view lambdaPrefix = "/aws/lambda/";
    if (group.substr(0, lambdaPrefix.size()) == lambdaPrefix)
        group.remove_prefix(lambdaPrefix.size());
    return group;
}

struct StringField {
    const char* begin = nullptr;
    const char* end = nullptr;
    bool escaped = false;
};

} // namespace

char* AwsExportReader::Scratch::reserve(size_t n)
{
    if (n > capacity) {
        capacity = std::max(n, capacity * 2);
        data = std::make_unique<char[]>(capacity);
    }
    return data.get();
}

AwsExportReader::AwsExportReader(ImportFileContext& context)
    : m_context(context)
{
}

size_t AwsExportReader::maxPending() const
{
    return kMaxPendingBytes;
}

bool AwsExportReader::detect(const char* data, size_t size)
{
    const char* end = data + size;
    const char* p = data;
    if (size >= 3 && std::memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    p = skipSpace(p, end);
    if (p == end || *p != '{')
        return false;
    p = skipSpace(p + 1, end);
    if (p == end)
        return true; // a bare "{": let the reader report it as truncated
    if (*p == '}')
        return true;
    if (*p != '"')
        return false;
    static constexpr std::string_view keys[] = {"events", "searchedLogStreams", "nextToken",
                                                "nextForwardToken", "nextBackwardToken"};
    const std::string_view rest(p + 1, static_cast<size_t>(end - p - 1));
    return std::any_of(std::begin(keys), std::end(keys), [&](std::string_view key) {
        return rest.size() > key.size() && rest.substr(0, key.size()) == key && rest[key.size()] == '"';
    });
}

namespace {

// The members of one event object, scanned but not decoded.
struct EventFields {
    StringField stream, message, eventId, group;
    int64_t timestamp = 0;
    int64_t ingestion = 0;
};

enum class ObjectScan { Ok, NeedMore, Error };

// Scans the event object starting at p ('{'); `at` is past it (Ok) or the bad byte (Error).
ObjectScan scanEventObject(const char* p, const char* end, bool atEof, EventFields& fields, const char*& at)
{
    StringField& stream = fields.stream;
    StringField& message = fields.message;
    StringField& eventId = fields.eventId;
    StringField& group = fields.group;
    int64_t& timestamp = fields.timestamp;
    int64_t& ingestion = fields.ingestion;
    auto need = [&]() { at = end; return ObjectScan::NeedMore; };
    auto error = [&](const char* bad) { at = bad; return ObjectScan::Error; };
    const char* q = skipSpace(p + 1, end);
    if (q == end)
        return need();
    if (*q == '}') {
        ++q;
    } else {
        for (;;) {
            if (*q != '"')
                return error(q);
            Field field = Field::Other;
            const char* keyEnd = knownKey(q + 1, end, field);
            if (!keyEnd) {
                const json::StringScan key = json::scanString(q + 1, end);
                if (key.status == ScanStatus::NeedMore)
                    return need();
                if (key.status == ScanStatus::Error)
                    return error(key.end);
                field = key.hasEscape ? Field::Other : fieldOf(q + 1, static_cast<size_t>(key.end - q - 1));
                keyEnd = key.end;
            }
            q = skipSpace(keyEnd + 1, end);
            if (q == end)
                return need();
            if (*q != ':')
                return error(q);
            q = skipSpace(q + 1, end);
            if (q == end)
                return need();
            if (*q == '"') {
                const json::StringScan value = json::scanString(q + 1, end);
                if (value.status == ScanStatus::NeedMore)
                    return need();
                if (value.status == ScanStatus::Error)
                    return error(value.end);
                const StringField s{q + 1, value.end, value.hasEscape};
                switch (field) {
                case Field::Message: message = s; break;
                case Field::Stream: stream = s; break;
                case Field::EventId: eventId = s; break;
                case Field::Group: group = s; break;
                default: break;
                }
                q = value.end + 1;
            } else if ((field == Field::Timestamp || field == Field::Ingestion) && (*q == '-' || (*q >= '0' && *q <= '9'))) {
                const json::NumberScan number = json::scanNumber(q, end, atEof);
                if (number.status == ScanStatus::NeedMore)
                    return need();
                if (number.status == ScanStatus::Error)
                    return error(number.end);
                (field == Field::Timestamp ? timestamp : ingestion) = number.value;
                q = number.end;
            } else {
                const json::SkipResult skipped = json::skipValue(q, end, atEof);
                if (skipped.status == ScanStatus::NeedMore)
                    return need();
                if (skipped.status == ScanStatus::Error)
                    return error(skipped.end);
                q = skipped.end;
            }
            q = skipSpace(q, end);
            if (q == end)
                return need();
            if (*q == '}') {
                ++q;
                break;
            }
            if (*q != ',')
                return error(q);
            q = skipSpace(q + 1, end);
            if (q == end)
                return need();
        }
    }

    at = q;
    return ObjectScan::Ok;
}

} // namespace

AwsExportReader::EventParse AwsExportReader::parseEvent(const char* p, const char* end, uint64_t offset, bool atEof)
{
    EventFields fields;
    const char* q = nullptr;
    switch (scanEventObject(p, end, atEof, fields, q)) {
    case ObjectScan::NeedMore: return EventParse{ParseStatus::NeedMore, end};
    case ObjectScan::Error: return EventParse{ParseStatus::Error, q};
    case ObjectScan::Ok: break;
    }
    const StringField& stream = fields.stream;
    const StringField& message = fields.message;
    const StringField& eventId = fields.eventId;
    const StringField& group = fields.group;
    const int64_t timestamp = fields.timestamp;
    const int64_t ingestion = fields.ingestion;

    // The object is complete: decode only now, so an incomplete parse costs no copying.
    const char* badEscape = nullptr;
    auto view = [&](const StringField& f, Scratch& scratch) -> std::string_view {
        if (!f.begin)
            return {};
        const size_t raw = static_cast<size_t>(f.end - f.begin);
        if (!f.escaped)
            return {f.begin, raw};
        char* out = scratch.reserve(raw);
        const json::DecodeResult decoded = json::decodeString(f.begin, f.end, out);
        if (decoded.badEscape && !badEscape)
            badEscape = decoded.badEscape;
        return {out, static_cast<size_t>(decoded.outEnd - out)};
    };
    const size_t rawMessage = message.begin ? static_cast<size_t>(message.end - message.begin) : 0;
    if (rawMessage > kMaxMessageBytes && !message.escaped) {
        m_context.skip(Text::tr("event at byte %1 has a message of %2 bytes, more than the 2 MiB limit; skipped")
                           .arg(offset).arg(rawMessage));
        return {ParseStatus::Ok, q};
    }
    RawEvent event;
    event.timestampMs = timestamp;
    event.ingestionTimeMs = ingestion;
    event.message = view(message, m_message);
    event.logStream = view(stream, m_stream);
    event.eventId = view(eventId, m_eventId);
    if (group.begin)
        event.function = functionFromGroup(view(group, m_group));
    if (badEscape)
        return EventParse{ParseStatus::Error, badEscape};
    if (event.message.size() > kMaxMessageBytes) {
        m_context.skip(Text::tr("event at byte %1 has a message of %2 bytes, more than the 2 MiB limit; skipped")
                           .arg(offset).arg(event.message.size()));
        return {ParseStatus::Ok, q};
    }
    m_context.deliver(event);
    return {ParseStatus::Ok, q};
}

char* AwsExportReader::parseRunEvent(char* p, char* end, RawEvent& event)
{
    if (*p != '{')
        return nullptr;
    EventFields fields;
    const char* q = nullptr;
    if (scanEventObject(p, end, false, fields, q) != ObjectScan::Ok)
        return nullptr;
    if (fields.message.begin && static_cast<size_t>(fields.message.end - fields.message.begin) > kMaxMessageBytes)
        return nullptr;
    bool bad = false;
    auto view = [&](const StringField& f) -> std::string_view {
        if (!f.begin)
            return {};
        if (!f.escaped)
            return {f.begin, static_cast<size_t>(f.end - f.begin)};
        char* out = p + (f.begin - p); // the string's own bytes, decoded in place
        const json::DecodeResult d = json::decodeString(f.begin, f.end, out);
        bad = bad || d.badEscape;
        return std::string_view(out, static_cast<size_t>(d.outEnd - out));
    };
    event.timestampMs = fields.timestamp;
    event.ingestionTimeMs = fields.ingestion;
    event.message = view(fields.message);
    event.logStream = view(fields.stream);
    event.eventId = view(fields.eventId);
    if (fields.group.begin)
        event.function = functionFromGroup(view(fields.group));
    if (bad)
        return nullptr;
    q = skipSpace(q, end);
    if (q == end || *q != ',')
        return nullptr;
    return p + (skipSpace(q + 1, end) - p);
}

size_t AwsExportReader::feed(const char* data, size_t size, uint64_t base, bool atEof)
{
    const char* const begin = data;
    const char* const end = data + size;
    const char* p = data;
    auto offsetOf = [&](const char* at) { return base + static_cast<uint64_t>(at - begin); };

    // The unit starting at `unit` is incomplete. Returns true when feed() must return `unit`'s
    // offset (wait for more data); false when the caller continues with the updated state.
    auto incomplete = [&](const char* unit, const char* largeValue, State after) -> bool {
        if (atEof) {
            m_context.skip(Text::tr("truncated at byte %1").arg(base + size));
            m_state = State::Finished;
            p = end;
            return false;
        }
        if (static_cast<size_t>(end - unit) <= kMaxPendingBytes) {
            p = unit;
            return true;
        }
        m_context.skip(Text::tr("value at byte %1 is larger than %2 MiB; skipped")
                           .arg(offsetOf(largeValue ? largeValue : unit))
                           .arg(kMaxPendingBytes >> 20));
        if (!largeValue) {
            m_state = State::Finished;
            p = end;
            return false;
        }
        p = largeValue;
        startSkipLarge(after);
        return false;
    };

    for (;;) {
        switch (m_state) {
        case State::Finished:
            return size;

        case State::DocumentStart: {
            if (base == 0 && p == begin) {
                if (size < 3 && !atEof && std::memcmp(p, "\xEF\xBB\xBF", size) == 0)
                    return 0; // maybe the start of a byte order mark
                if (size >= 3 && std::memcmp(p, "\xEF\xBB\xBF", 3) == 0)
                    p += 3;
            }
            p = skipSpace(p, end);
            if (p == end)
                return size;
            if (*p != '{') {
                m_context.skip(m_sawDocument ? Text::tr("unexpected data after the JSON document at byte %1").arg(offsetOf(p))
                                             : Text::tr("not a CloudWatch export: no JSON object at byte %1").arg(offsetOf(p)));
                m_state = State::Finished;
                continue;
            }
            if (!m_sawDocument)
                m_pretty = std::memchr(p, '\n', std::min<size_t>(static_cast<size_t>(end - p), 4096)) != nullptr;
            m_sawDocument = true;
            m_firstMember = true;
            ++p;
            m_state = State::TopKey;
            continue;
        }

        case State::TopKey:
        case State::TopComma: {
            const char* unit = skipSpace(p, end);
            if (unit == end) {
                if (incomplete(unit, nullptr, State::TopComma))
                    return static_cast<size_t>(p - begin);
                continue;
            }
            if (m_state == State::TopComma || (m_firstMember && *unit == '}')) {
                if (*unit == '}') {
                    p = unit + 1;
                    m_state = State::DocumentStart;
                    continue;
                }
                if (m_state == State::TopComma && *unit == ',') {
                    p = unit + 1;
                    m_state = State::TopKey;
                    m_firstMember = false;
                    continue;
                }
            }
            if (m_state == State::TopComma || *unit != '"') {
                m_context.skip(Text::tr("invalid JSON at byte %1; the rest of the file was skipped").arg(offsetOf(unit)));
                m_state = State::Finished;
                continue;
            }
            const json::StringScan key = json::scanString(unit + 1, end);
            const char* q = nullptr;
            if (key.status == ScanStatus::Ok) {
                q = skipSpace(key.end + 1, end);
                if (q != end && *q == ':')
                    q = skipSpace(q + 1, end);
                else if (q != end)
                    q = nullptr;
            }
            if (key.status == ScanStatus::Error || (key.status == ScanStatus::Ok && !q)) {
                const char* bad = key.status == ScanStatus::Error ? key.end : skipSpace(key.end + 1, end);
                m_context.skip(Text::tr("invalid JSON at byte %1; the rest of the file was skipped").arg(offsetOf(bad)));
                m_state = State::Finished;
                continue;
            }
            if (key.status == ScanStatus::NeedMore || q == end) {
                if (incomplete(unit, nullptr, State::TopComma))
                    return static_cast<size_t>(p - begin);
                continue;
            }
            const std::string_view name(unit + 1, static_cast<size_t>(key.end - unit - 1));
            if (name == "events" && *q == '[') {
                p = q + 1;
                m_firstMember = false;
                m_state = State::EventsValue;
                continue;
            }
            const json::SkipResult value = json::skipValue(q, end, atEof);
            if (value.status == ScanStatus::NeedMore) {
                if (incomplete(unit, q, State::TopComma))
                    return static_cast<size_t>(p - begin);
                continue;
            }
            if (value.status == ScanStatus::Error) {
                m_context.skip(Text::tr("invalid JSON at byte %1; the rest of the file was skipped").arg(offsetOf(value.end)));
                m_state = State::Finished;
                continue;
            }
            p = value.end;
            m_firstMember = false;
            m_state = State::TopComma;
            continue;
        }

        case State::EventsValue:
        case State::EventsComma: {
            const char* unit = skipSpace(p, end);
            if (unit == end) {
                if (incomplete(unit, nullptr, State::EventsComma))
                    return static_cast<size_t>(p - begin);
                continue;
            }
            if (*unit == ']') {
                p = unit + 1;
                m_state = State::TopComma;
                continue;
            }
            if (m_state == State::EventsComma) {
                if (*unit == ',') {
                    p = unit + 1;
                    m_state = State::EventsValue;
                    continue;
                }
                reportError(offsetOf(unit));
                startResyncAt(unit, p);
                p = unit;
                continue;
            }
            if (*unit != '{') {
                reportError(offsetOf(unit));
                startResyncAt(unit, p);
                p = unit;
                continue;
            }
            const EventParse parsed = parseEvent(unit, end, offsetOf(unit), atEof);
            if (parsed.status == ParseStatus::Ok) {
                m_resyncing = false;
                p = parsed.end;
                m_state = State::EventsComma;
                continue;
            }
            if (parsed.status == ParseStatus::NeedMore) {
                if (incomplete(unit, unit, State::EventsComma))
                    return static_cast<size_t>(p - begin);
                continue;
            }
            reportError(offsetOf(parsed.end));
            startResyncAt(parsed.end, unit);
            p = parsed.end;
            continue;
        }

        case State::SkipLarge: {
            const char* after = runSkipLarge(p, end);
            if (!after) {
                if (atEof) {
                    m_context.skip(Text::tr("truncated at byte %1").arg(base + size));
                    m_state = State::Finished;
                }
                return size;
            }
            p = after;
            m_state = m_afterSkip;
            continue;
        }

        case State::Resync: {
            const char* at = runResync(p, end);
            if (!at) {
                if (atEof)
                    m_state = State::Finished;
                return size;
            }
            p = at;
            continue;
        }
        }
    }
}

} // namespace ll
