#pragma once

#include "democatalog.h"
#include "demorandom.h"
#include "domain/logevent.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace ll::demo {

__extension__ typedef unsigned __int128 U128;

struct PendingEvent {
    int64_t ts;
    uint64_t seq;
    uint32_t function;
    uint32_t stream;
    std::string message;
};

// Buffers events until every function has been simulated past their timestamp, then hands them
// out in (timestamp, generation order).
class EventQueue {
public:
    EventQueue(EventSink& sink, int64_t endMs, uint64_t seed, const std::vector<std::string>& streams,
               const std::vector<FunctionSpec>& catalog)
        : m_sink(sink), m_endMs(endMs), m_seed(seed), m_streams(streams), m_catalog(catalog)
    {
    }

    // Returns false when the event falls after the window and is dropped.
    bool push(int64_t ts, uint32_t function, uint32_t stream, std::string&& message)
    {
        if (ts >= m_endMs)
            return false;
        m_pending.push_back({ ts, m_seq++, function, stream, std::move(message) });
        return true;
    }

    void flushBefore(int64_t limit)
    {
        // Sort small keys rather than the events; most events of a slice leave the queue here.
        m_order.clear();
        for (uint32_t i = 0; i < m_pending.size(); ++i)
            m_order.push_back({ m_pending[i].ts, m_pending[i].seq, i });
        std::sort(m_order.begin(), m_order.end(), [](const Key& a, const Key& b) {
            return a.ts != b.ts ? a.ts < b.ts : a.seq < b.seq;
        });
        m_later.clear();
        for (const Key& key : m_order) {
            if (key.ts < limit)
                emit(m_pending[key.index]);
            else
                m_later.push_back(std::move(m_pending[key.index]));
        }
        m_pending.swap(m_later);
    }

    uint64_t emitted() const { return m_emitted; }

private:
    void emit(const PendingEvent& e)
    {
        // 56 digits like CloudWatch's: a time-ordered prefix, scrambled digits, a unique counter.
        if (e.ts != m_idTs) {
            m_idTs = e.ts;
            auto v = static_cast<uint64_t>(std::max<int64_t>(0, e.ts));
            for (int i = 19; i >= 1; --i, v /= 10)
                m_eventId[i] = static_cast<char>('0' + v % 10);
        }
        uint64_t fraction = mix64(m_seed, m_emitted); // read as a binary fraction, one decimal digit per step
        for (int i = 20; i < 38; ++i) {
            const U128 product = static_cast<U128>(fraction) * 10u;
            m_eventId[i] = static_cast<char>('0' + static_cast<int>(product >> 64));
            fraction = static_cast<uint64_t>(product);
        }
        for (int i = 55; i >= 38; --i) { // decimal odometer of the emitted count
            if (m_eventId[i] != '9') {
                ++m_eventId[i];
                break;
            }
            m_eventId[i] = '0';
        }
        RawEvent raw;
        raw.timestampMs = e.ts;
        raw.message = e.message;
        raw.logStream = m_streams[e.stream];
        raw.function = m_catalog[e.function].name;
        raw.eventId = std::string_view(m_eventId, 56);
        raw.ingestionTimeMs = e.ts + 200 + static_cast<int64_t>(mix64(m_seed, e.seq) % 2800);
        m_sink.addEvent(raw);
        ++m_emitted;
    }

    EventSink& m_sink;
    int64_t m_endMs;
    uint64_t m_seed;
    const std::vector<std::string>& m_streams;
    const std::vector<FunctionSpec>& m_catalog;
    struct Key {
        int64_t ts;
        uint64_t seq;
        uint32_t index;
    };
    std::vector<PendingEvent> m_pending;
    std::vector<Key> m_order;
    std::vector<PendingEvent> m_later;
    char m_eventId[57] = "3" "0000000000" "0000000000" "0000000000" "0000000000" "0000000000" "00000"; // 56 digits
    int64_t m_idTs = -1;
    uint64_t m_seq = 0;
    uint64_t m_emitted = 0;
};

} // namespace ll::demo
