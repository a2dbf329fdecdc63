#include "timeline/lanelayout.h"

#include <QCoreApplication>
#include <algorithm>
#include <map>

namespace ll {

size_t LaneRows::size() const
{
    size_t n = list ? list->size() : 0;
    for (const auto& r : ranges)
        n += r.second - r.first;
    return n;
}

namespace {

double coldRate(uint64_t cold, uint64_t n) { return n ? double(cold) / double(n) : 0; }

QString serviceOf(const TimelineFunction& f) { return laneServiceName(f); }

} // namespace

QString laneServiceName(const TimelineFunction& f)
{
    return f.service.isEmpty() ? QCoreApplication::translate("ll::LaneLayout", "other") : f.service;
}

void LaneLayout::setSource(const TimelineSource& source)
{
    m_columns = source.columns;
    m_streamName = source.streamName;
    m_functions.clear();
    m_ranges.clear();
    if (m_columns) {
        const InvocationColumns& c = *m_columns;
        for (const TimelineFunction& info : source.functions) {
            FunctionEntry e;
            e.info = info;
            const auto lo = std::lower_bound(c.function.begin(), c.function.end(), info.id);
            const auto hi = std::upper_bound(lo, c.function.end(), info.id);
            e.range = {uint32_t(lo - c.function.begin()), uint32_t(hi - c.function.begin())};
            for (uint32_t r = e.range.first; r < e.range.second; ++r) {
                ++e.invocations;
                e.failures += isFailure(c.outcome[r]);
                e.coldStarts += (c.flags[r] & ColdStart) != 0;
                e.maxLengthMs = std::max(e.maxLengthMs, invocationEndMs(c, r) - double(c.startMs[r]));
                e.maxInitMs = std::max({e.maxInitMs, double(c.initDurationMs[r]), double(c.restoreDurationMs[r])});
            }
            m_ranges.push_back(e.range);
            m_functions.push_back(std::move(e));
        }
    }
    rebuild();
}

void LaneLayout::setSort(LaneSort sort, bool descending)
{
    m_sort = sort;
    m_descending = descending;
    rebuild();
}

void LaneLayout::setServiceCollapsed(const QString& service, bool collapsed)
{
    if (collapsed)
        m_collapsed.insert(service);
    else
        m_collapsed.remove(service);
    rebuild();
}

void LaneLayout::setFunctionFilter(QSet<uint32_t> functions)
{
    if (functions == m_filter)
        return;
    m_filter = std::move(functions);
    rebuild();
}

void LaneLayout::setFunctionExpanded(uint32_t function, bool expanded)
{
    if (expanded)
        m_expanded.insert(function);
    else
        m_expanded.remove(function);
    rebuild();
}

bool LaneLayout::lessThan(const FunctionEntry& a, const FunctionEntry& b) const
{
    // Ties fall back to the name so the order is stable and readable.
    auto key = [this](const FunctionEntry& e) -> double {
        switch (m_sort) {
        case LaneSort::Name: return 0;
        case LaneSort::Failures: return double(e.failures);
        case LaneSort::Invocations: return double(e.invocations);
        case LaneSort::ColdStartRate: return coldRate(e.coldStarts, e.invocations);
        }
        return 0;
    };
    const double ka = key(a), kb = key(b);
    if (ka != kb)
        return m_descending ? ka > kb : ka < kb;
    const int byName = QString::compare(a.info.name, b.info.name, Qt::CaseInsensitive);
    if (m_sort == LaneSort::Name && byName != 0)
        return m_descending ? byName > 0 : byName < 0;
    return byName != 0 ? byName < 0 : a.info.id < b.info.id;
}

void LaneLayout::appendStreams(const FunctionEntry& f)
{
    const InvocationColumns& c = *m_columns;
    // Streams in order of their first invocation; rows stay sorted by start within each.
    std::map<uint32_t, std::vector<uint32_t>> byStream;
    std::vector<uint32_t> order;
    for (uint32_t r = f.range.first; r < f.range.second; ++r) {
        auto [it, inserted] = byStream.try_emplace(c.stream[r]);
        if (inserted)
            order.push_back(c.stream[r]);
        it->second.push_back(r);
    }
    int n = 0;
    for (uint32_t s : order) {
        Lane lane;
        lane.kind = Lane::Kind::Stream;
        lane.function = f.info.id;
        lane.stream = s;
        lane.service = serviceOf(f.info);
        ++n;
        lane.label = m_streamName ? m_streamName(s) : QString();
        if (lane.label.isEmpty())
            lane.label = QCoreApplication::translate("ll::LaneLayout", "environment %1").arg(n);
        auto rows = std::make_shared<std::vector<uint32_t>>(std::move(byStream[s]));
        for (uint32_t r : *rows) {
            ++lane.invocations;
            lane.failures += isFailure(c.outcome[r]);
            lane.coldStarts += (c.flags[r] & ColdStart) != 0;
        }
        lane.maxLengthMs = f.maxLengthMs;
        lane.maxInitMs = f.maxInitMs;
        lane.rows.list = std::move(rows);
        m_laneOfStream.emplace_back(s, int(m_lanes.size()));
        m_lanes.push_back(std::move(lane));
    }
}

void LaneLayout::rebuild()
{
    m_lanes.clear();
    m_laneOfStream.clear();
    uint32_t maxId = 0;
    for (const FunctionEntry& f : m_functions)
        maxId = std::max(maxId, f.info.id + 1);
    m_laneOfFunction.assign(maxId, -1);

    std::vector<const FunctionEntry*> sorted;
    for (const FunctionEntry& f : m_functions)
        if (m_filter.isEmpty() || m_filter.contains(f.info.id))
            sorted.push_back(&f);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [this](const FunctionEntry* a, const FunctionEntry* b) { return lessThan(*a, *b); });

    // Services ordered by their first function in the sorted order: the best function's service
    // leads, so sorting by failures brings the failing service to the top.
    std::vector<QString> services;
    std::map<QString, std::vector<const FunctionEntry*>> members;
    for (const FunctionEntry* f : sorted) {
        const QString s = serviceOf(f->info);
        auto& m = members[s];
        if (m.empty())
            services.push_back(s);
        m.push_back(f);
    }
    if (m_sort == LaneSort::Name)
        std::sort(services.begin(), services.end(), [this](const QString& a, const QString& b) {
            const int c = QString::compare(a, b, Qt::CaseInsensitive);
            return m_descending ? c > 0 : c < 0;
        });

    for (const QString& service : services) {
        Lane header;
        header.kind = Lane::Kind::Service;
        header.label = service;
        header.service = service;
        header.open = !m_collapsed.contains(service);
        for (const FunctionEntry* f : members[service]) {
            header.rows.ranges.push_back(f->range);
            header.invocations += f->invocations;
            header.failures += f->failures;
            header.coldStarts += f->coldStarts;
            header.maxLengthMs = std::max(header.maxLengthMs, f->maxLengthMs);
            header.maxInitMs = std::max(header.maxInitMs, f->maxInitMs);
        }
        const int headerIndex = int(m_lanes.size());
        m_lanes.push_back(std::move(header));
        for (const FunctionEntry* f : members[service]) {
            if (!m_lanes[size_t(headerIndex)].open) {
                m_laneOfFunction[f->info.id] = headerIndex;
                continue;
            }
            Lane lane;
            lane.kind = Lane::Kind::Function;
            lane.label = f->info.name;
            lane.service = service;
            lane.function = f->info.id;
            lane.open = m_expanded.contains(f->info.id);
            lane.rows.ranges.push_back(f->range);
            lane.invocations = f->invocations;
            lane.failures = f->failures;
            lane.coldStarts = f->coldStarts;
            lane.maxLengthMs = f->maxLengthMs;
            lane.maxInitMs = f->maxInitMs;
            m_laneOfFunction[f->info.id] = int(m_lanes.size());
            m_lanes.push_back(std::move(lane));
            if (m_lanes.back().open && m_columns)
                appendStreams(*f);
        }
    }
    std::sort(m_laneOfStream.begin(), m_laneOfStream.end());
}

int LaneLayout::laneOfRow(uint32_t row) const
{
    if (!m_columns || row >= m_columns->size())
        return -1;
    const uint32_t function = m_columns->function[row];
    if (function >= m_laneOfFunction.size())
        return -1;
    const int lane = m_laneOfFunction[function];
    if (lane >= 0 && m_lanes[size_t(lane)].kind == Lane::Kind::Function && m_lanes[size_t(lane)].open) {
        const uint32_t stream = m_columns->stream[row];
        const auto it = std::lower_bound(m_laneOfStream.begin(), m_laneOfStream.end(), std::make_pair(stream, -1));
        if (it != m_laneOfStream.end() && it->first == stream)
            return it->second;
    }
    return lane;
}

} // namespace ll
