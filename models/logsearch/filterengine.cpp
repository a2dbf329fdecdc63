#include "logsearch/filterengine.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>

namespace ll {

namespace {
// Big enough that the per-chunk bookkeeping vanishes, small enough that cancel is quick (a few ms)
// and both cores stay busy to the end.
constexpr size_t kChunkRows = 32768;
}

struct FilterEngine::Job {
    uint64_t generation = 0;
    bool tail = false;
    LineSourcePtr source;
    // Main job: one filter (the top level). Tail job: one per level (null: level accepts all).
    std::vector<std::shared_ptr<const CompiledFilter>> filters;
    RowsPtr base;             // main job: candidate rows; null: the range [begin, end)
    uint32_t begin = 0;
    uint32_t end = 0;
    size_t total = 0;
    size_t chunkCount = 0;
    std::vector<Rows> out;                    // per chunk
    std::vector<std::vector<uint8_t>> depth;  // tail job: levels passed, per output row
    std::atomic<size_t> nextChunk { 0 };
    std::atomic<size_t> processed { 0 };
    std::atomic<int> lastPercent { 0 };
    std::atomic<int> workersLeft { 0 };
    std::atomic<bool> cancelled { false };
    FilterEngine* engine = nullptr;
};

FilterEngine::FilterEngine(QObject* parent)
    : QObject(parent)
{
    m_levels.push_back(Level {});
}

FilterEngine::~FilterEngine()
{
    if (m_running)
        m_running->cancelled = true;
    // Workers hold a raw engine pointer for posting back; they stop within one chunk.
    for (QFuture<void>& f : m_futures)
        f.waitForFinished();
}

void FilterEngine::setSource(LineSourcePtr source)
{
    stopRunning();
    m_source = std::move(source);
    m_levels.clear();
    m_levels.push_back(Level {});
    m_error.clear();
    m_filteredUpTo = m_source ? m_source->count() : 0;
    Q_EMIT stackChanged();
    Q_EMIT resultsChanged();
}

void FilterEngine::extendSource(LineSourcePtr grown)
{
    if (!m_source) {
        setSource(std::move(grown));
        return;
    }
    m_source = std::move(grown);
    if (!m_running)
        startTail();
    // else: finishJob() starts the tail once the running job is done.
}

QList<FilterSpec> FilterEngine::stack() const
{
    QList<FilterSpec> out;
    for (const Level& l : m_levels)
        out.append(l.spec);
    return out;
}

uint32_t FilterEngine::rowCount() const
{
    const RowsPtr& r = m_levels.back().rows;
    return r ? static_cast<uint32_t>(r->size()) : m_filteredUpTo;
}

uint32_t FilterEngine::rowAt(uint32_t i) const
{
    const RowsPtr& r = m_levels.back().rows;
    return r ? (*r)[i] : i;
}

QVector<TextMatcherPtr> FilterEngine::highlighters() const
{
    QVector<TextMatcherPtr> out;
    for (const Level& l : m_levels) {
        if (l.compiled && l.compiled->matcher())
            out.append(l.compiled->matcher());
    }
    return out;
}

RowsPtr FilterEngine::parentRows() const
{
    return m_levels.size() >= 2 ? m_levels[m_levels.size() - 2].rows : nullptr;
}

void FilterEngine::setFilter(const FilterSpec& spec)
{
    Level& top = m_levels.back();
    const FilterSpec previous = top.spec;
    stopRunning();
    m_error.clear();
    if (spec.isEmpty()) {
        top.spec = spec;
        top.compiled.reset();
        top.rows = parentRows();
        Q_EMIT stackChanged();
        Q_EMIT resultsChanged();
        return;
    }
    auto compiled = std::make_shared<CompiledFilter>();
    if (m_source && !compiled->compile(spec, *m_source, &m_error)) {
        top.spec = previous;  // the shown result still belongs to the previous filter
        Q_EMIT failed(m_error);
        return;
    }
    top.spec = spec;
    top.compiled = std::move(compiled);
    Q_EMIT stackChanged();
    if (m_source)
        startMain();
}

void FilterEngine::pushFilter(const FilterSpec& spec)
{
    if (m_levels.back().spec.isEmpty()) {
        setFilter(spec);
        return;
    }
    if (m_running || spec.isEmpty())
        return;  // a level filters a finished result; the bar disables "within" meanwhile
    m_error.clear();
    auto compiled = std::make_shared<CompiledFilter>();
    if (m_source && !compiled->compile(spec, *m_source, &m_error)) {
        Q_EMIT failed(m_error);
        return;
    }
    Level level;
    level.spec = spec;
    level.compiled = std::move(compiled);
    level.rows = m_levels.back().rows;
    m_levels.push_back(std::move(level));
    Q_EMIT stackChanged();
    if (m_source)
        startMain();
}

void FilterEngine::pushLevel()
{
    if (m_running || m_levels.back().spec.isEmpty())
        return;
    Level level;
    level.rows = m_levels.back().rows;
    m_levels.push_back(std::move(level));
    Q_EMIT stackChanged();
}

uint32_t FilterEngine::baseRowCount() const
{
    const RowsPtr base = parentRows();
    return base ? static_cast<uint32_t>(base->size()) : m_filteredUpTo;
}

void FilterEngine::stepBack()
{
    if (m_levels.size() <= 1) {
        setFilter(FilterSpec {});
        return;
    }
    stepBackTo(int(m_levels.size()) - 1);
}

void FilterEngine::stepBackTo(int depth)
{
    depth = std::max(depth, 1);
    if (depth >= int(m_levels.size()))
        return;
    stopRunning();
    m_error.clear();
    m_levels.resize(size_t(depth));
    Q_EMIT stackChanged();
    Q_EMIT resultsChanged();
    if (m_source && m_source->count() > m_filteredUpTo)
        startTail();
}

void FilterEngine::clear()
{
    stopRunning();
    m_levels.resize(1);
    setFilter(FilterSpec {});
}

void FilterEngine::cancel()
{
    if (!m_running)
        return;
    stopRunning();
    Q_EMIT cancelled();
}

void FilterEngine::stopRunning()
{
    if (!m_running)
        return;
    m_running->cancelled = true;
    m_running.reset();
    Q_EMIT runningChanged(false);
}

void FilterEngine::startMain()
{
    const Level& top = m_levels.back();
    auto job = std::make_shared<Job>();
    job->source = m_source;
    job->filters.push_back(top.compiled);
    job->base = parentRows();
    if (job->base) {
        job->total = job->base->size();
    } else {
        job->begin = 0;
        job->end = m_filteredUpTo;
        // Rows are in time order: a time range narrows the scan by binary search.
        const FilterSpec& s = top.spec;
        if (s.fromMs != 0)
            job->begin = std::min(job->end, m_source->lowerBoundTime(s.fromMs));
        if (s.toMs != 0)
            job->end = std::max(job->begin, std::min(job->end, m_source->lowerBoundTime(s.toMs)));
        job->total = job->end - job->begin;
    }
    launch(job);
}

void FilterEngine::startTail()
{
    const uint32_t end = m_source->count();
    if (end <= m_filteredUpTo)
        return;
    const bool anyFilter = std::any_of(m_levels.begin(), m_levels.end(), [](const Level& l) { return l.compiled; });
    if (!anyFilter) {
        const uint32_t added = end - m_filteredUpTo;
        m_filteredUpTo = end;
        Q_EMIT rowsAppended(added);
        return;
    }
    auto job = std::make_shared<Job>();
    job->tail = true;
    job->source = m_source;
    for (const Level& l : m_levels)
        job->filters.push_back(l.compiled);
    job->begin = m_filteredUpTo;
    job->end = end;
    job->total = end - m_filteredUpTo;
    launch(job);
}

void FilterEngine::launch(const std::shared_ptr<Job>& job)
{
    stopRunning();
    job->generation = ++m_generation;
    job->engine = this;
    job->chunkCount = (job->total + kChunkRows - 1) / kChunkRows;
    job->out.resize(job->chunkCount);
    if (job->tail)
        job->depth.resize(job->chunkCount);
    const int workers = int(std::clamp<size_t>(job->chunkCount, 1, size_t(std::max(1, QThread::idealThreadCount()))));
    job->workersLeft = workers;
    m_running = job;
    m_futures.erase(std::remove_if(m_futures.begin(), m_futures.end(), [](const QFuture<void>& f) { return f.isFinished(); }),
        m_futures.end());
    for (int i = 0; i < workers; ++i)
        m_futures.append(QtConcurrent::run([job] { runWorker(job); }));
    Q_EMIT started(job->generation);
    Q_EMIT runningChanged(true);
    Q_EMIT progress(0);
}

void FilterEngine::runWorker(const std::shared_ptr<Job>& job)
{
    const LineSource& src = *job->source;
    while (!job->cancelled.load(std::memory_order_relaxed)) {
        const size_t c = job->nextChunk.fetch_add(1);
        if (c >= job->chunkCount)
            break;
        const size_t lo = c * kChunkRows;
        const size_t hi = std::min(job->total, lo + kChunkRows);
        Rows& out = job->out[c];
        if (!job->tail) {
            const CompiledFilter& f = *job->filters.front();
            const uint32_t* base = job->base ? job->base->data() : nullptr;
            for (size_t i = lo; i < hi; ++i) {
                const uint32_t row = base ? base[i] : job->begin + static_cast<uint32_t>(i);
                if (f.accepts(src, row))
                    out.push_back(row);
            }
        } else {
            std::vector<uint8_t>& depth = job->depth[c];
            for (size_t i = lo; i < hi; ++i) {
                const uint32_t row = job->begin + static_cast<uint32_t>(i);
                size_t d = 0;
                while (d < job->filters.size() && (!job->filters[d] || job->filters[d]->accepts(src, row)))
                    ++d;
                if (d > 0) {
                    out.push_back(row);
                    depth.push_back(static_cast<uint8_t>(std::min<size_t>(d, 255)));
                }
            }
        }
        const size_t done = job->processed.fetch_add(hi - lo) + (hi - lo);
        const int percent = job->total ? int(done * 100 / job->total) : 100;
        int previous = job->lastPercent.load();
        while (percent > previous && !job->lastPercent.compare_exchange_weak(previous, percent)) { }
        if (percent > previous && percent < 100) {
            FilterEngine* engine = job->engine;
            const uint64_t gen = job->generation;
            QMetaObject::invokeMethod(engine, [engine, gen, percent] { engine->reportProgress(gen, percent); },
                Qt::QueuedConnection);
        }
    }
    if (job->workersLeft.fetch_sub(1) == 1 && !job->cancelled) {
        FilterEngine* engine = job->engine;
        QMetaObject::invokeMethod(engine, [engine, job] { engine->finishJob(job); }, Qt::QueuedConnection);
    }
}

void FilterEngine::reportProgress(uint64_t generation, int percent)
{
    if (m_running && m_running->generation == generation)
        Q_EMIT progress(percent);
}

void FilterEngine::finishJob(const std::shared_ptr<Job>& job)
{
    if (job != m_running)
        return;  // stale: the filter changed meanwhile
    m_running.reset();
    if (!job->tail) {
        size_t n = 0;
        for (const Rows& r : job->out)
            n += r.size();
        auto rows = std::make_shared<Rows>();
        rows->reserve(n);
        for (const Rows& r : job->out)
            rows->insert(rows->end(), r.begin(), r.end());
        m_levels.back().rows = std::move(rows);
        Q_EMIT progress(100);
        Q_EMIT runningChanged(false);
        Q_EMIT resultsChanged();
    } else {
        // Every level with its own result gets the new rows that passed it and all levels below.
        const uint32_t topBefore = rowCount();
        for (size_t level = 0; level < m_levels.size(); ++level) {
            Level& l = m_levels[level];
            if (!l.rows)
                continue;
            if (level > 0 && l.rows == m_levels[level - 1].rows)
                continue;  // shares its parent's (already extended) vector
            auto grown = std::make_shared<Rows>(*l.rows);
            for (size_t c = 0; c < job->out.size(); ++c) {
                for (size_t i = 0; i < job->out[c].size(); ++i) {
                    if (job->depth[c][i] > level)
                        grown->push_back(job->out[c][i]);
                }
            }
            const RowsPtr old = l.rows;
            l.rows = std::move(grown);
            for (size_t above = level + 1; above < m_levels.size(); ++above) {
                if (m_levels[above].rows == old)
                    m_levels[above].rows = l.rows;
            }
        }
        m_filteredUpTo = job->end;
        Q_EMIT runningChanged(false);
        Q_EMIT rowsAppended(rowCount() - topBefore);
    }
    if (m_source && m_source->count() > m_filteredUpTo)
        startTail();
}

Rows FilterEngine::filterBlocking(const LineSource& source, const CompiledFilter& filter, const Rows* base)
{
    Rows out;
    if (base) {
        for (uint32_t row : *base) {
            if (filter.accepts(source, row))
                out.push_back(row);
        }
    } else {
        const uint32_t n = source.count();
        for (uint32_t row = 0; row < n; ++row) {
            if (filter.accepts(source, row))
                out.push_back(row);
        }
    }
    return out;
}

} // namespace ll
