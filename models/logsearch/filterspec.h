#pragma once

#include "domain/invocation.h"
#include "domain/logline.h"
#include "logsearch/textmatcher.h"

#include <QString>
#include <QVector>
#include <cstdint>
#include <vector>

namespace ll {

class LineSource;

// What the user asked for: every criterion that is set must hold (AND). A plain value.
struct FilterSpec {
    QString text;                   // literal or regex; empty: any message
    bool regex = false;
    bool caseSensitive = false;
    LogLevel minLevel = LogLevel::None;  // None: any level, including lines without one
    QVector<uint32_t> functions;    // empty: all functions
    uint8_t outcomes = 0;           // bit (1 << Outcome) per accepted invocation outcome; 0: any
    bool failedOnly = false;        // only lines of invocations that failed
    int64_t fromMs = 0;             // time range [fromMs, toMs); both 0: all time
    int64_t toMs = 0;

    bool isEmpty() const;
    bool hasTimeRange() const { return fromMs != 0 || toMs != 0; }
    // Short text for a breadcrumb ("/time.?out/ · ≥ WARN · 2 functions"); plain text.
    QString describe() const;

    bool operator==(const FilterSpec& o) const;
    bool operator!=(const FilterSpec& o) const { return !(*this == o); }
};

inline uint8_t outcomeBit(Outcome o) { return static_cast<uint8_t>(1u << static_cast<unsigned>(o)); }

// A FilterSpec made ready to run against one source: matcher compiled, function set as a bitmap.
// Read-only after compile(); safe to share between worker threads.
class CompiledFilter {
public:
    // False (and *error set, translated) when the text is not a valid regex.
    bool compile(const FilterSpec& spec, const LineSource& source, QString* error);

    bool accepts(const LineSource& source, uint32_t row) const;
    const FilterSpec& spec() const { return m_spec; }
    const TextMatcherPtr& matcher() const { return m_matcher; }

private:
    FilterSpec m_spec;
    TextMatcherPtr m_matcher;       // null when no text criterion
    std::vector<uint8_t> m_functionAllowed;  // empty: all
    bool m_needsInvocation = false;
    int64_t m_toMs = 0;             // effective upper bound (INT64_MAX when open)
};

} // namespace ll
