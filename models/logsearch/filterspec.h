#pragma once

#include "domain/invocation.h"
#include "domain/logline.h"
#include "logsearch/textmatcher.h"

#include <QString>
#include <QVector>
#include <cstdint>
#include <memory>
#include <vector>

namespace ll {

class LineSource;

// A set of invocations to restrict lines to (a selected error cluster, a heatmap brush), with
// the name its breadcrumb shows ("cluster: <template>"; plain text).
struct InvocationSet {
    std::vector<uint32_t> ids;   // invocation ids as LineSource::invocation() returns them; sorted, unique
    QString label;

    static std::shared_ptr<const InvocationSet> make(std::vector<uint32_t> ids, QString label);
    bool operator==(const InvocationSet& o) const { return ids == o.ids && label == o.label; }
};
using InvocationSetPtr = std::shared_ptr<const InvocationSet>;

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
    InvocationSetPtr invocations;   // null: lines of any invocation (and outside any)

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
    std::vector<uint8_t> m_invocationAllowed;  // by invocation id; used when m_spec.invocations
    bool m_needsInvocation = false;
    int64_t m_toMs = 0;             // effective upper bound (INT64_MAX when open)
};

} // namespace ll
