#pragma once

#include "logsearch/filterspec.h"
#include "logsearch/linesource.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QVector>
#include <memory>
#include <vector>

namespace ll {

using Rows = std::vector<uint32_t>;
using RowsPtr = std::shared_ptr<const Rows>;  // nullptr: every row of the source

// Runs filters over a LineSource in worker threads and keeps a breadcrumb stack of results:
// level 0 filters all lines, each pushed level filters the result of the one below; stepping
// back pops a level and shows its parent's (kept) result at once.
// Jobs are split across the thread pool, cancellable, report progress only when the percentage
// moves, and carry a generation id: a result that arrives after the filter changed is dropped.
class FilterEngine : public QObject {
    Q_OBJECT
public:
    explicit FilterEngine(QObject* parent = nullptr);
    ~FilterEngine() override;

    void setSource(LineSourcePtr source);   // resets the stack
    // `grown` holds the current source's rows plus new ones at the end (live tail); only the
    // new rows are filtered, and rowsAppended() follows.
    void extendSource(LineSourcePtr grown);
    const LineSourcePtr& source() const { return m_source; }

    void setFilter(const FilterSpec& spec);  // replaces the top level's filter
    void pushFilter(const FilterSpec& spec); // filters within the current result
    // Freezes the current result as a breadcrumb and starts an empty level on top of it
    // (no-op while the top level has no filter or a job runs).
    void pushLevel();
    void stepBack();                         // pops the top level (or clears level 0)
    void stepBackTo(int depth);              // keeps levels [0, depth)
    void clear();
    void cancel();

    int depth() const { return int(m_levels.size()); }
    QList<FilterSpec> stack() const;
    const FilterSpec& currentSpec() const { return m_levels.back().spec; }
    bool isRunning() const { return m_running != nullptr; }
    uint64_t generation() const { return m_generation; }
    QString errorString() const { return m_error; }

    // The current (top level) result: sorted source rows, or nullptr for "all rows".
    RowsPtr rows() const { return m_levels.back().rows; }
    uint32_t rowCount() const;
    uint32_t rowAt(uint32_t i) const;
    // What the top level filters: the result of the level below (nullptr: all rows).
    RowsPtr baseRows() const { return parentRows(); }
    uint32_t baseRowCount() const;
    // Matchers of every level's text criterion, for highlighting.
    QVector<TextMatcherPtr> highlighters() const;

    // Blocking single-thread filter, for the command line and tests: rows of `source` (or of
    // `base` when given) that `filter` accepts.
    static Rows filterBlocking(const LineSource& source, const CompiledFilter& filter, const Rows* base = nullptr);

Q_SIGNALS:
    void started(quint64 generation);
    void progress(int percent);
    void resultsChanged();                 // rows() changed: new result, step back, clear
    void rowsAppended(uint32_t count);      // rows added at the end of rows() by a live tail
    void failed(const QString& message);   // invalid filter; the previous result stays shown
    void cancelled();
    void stackChanged();
    void runningChanged(bool running);

private:
    struct Job;
    struct Level {
        FilterSpec spec;
        std::shared_ptr<CompiledFilter> compiled;  // null when spec is empty
        RowsPtr rows;
    };

    void startMain();
    void startTail();
    void launch(const std::shared_ptr<Job>& job);
    void finishJob(const std::shared_ptr<Job>& job);
    void reportProgress(uint64_t generation, int percent);
    void stopRunning();
    static void runWorker(const std::shared_ptr<Job>& job);
    RowsPtr parentRows() const;

    LineSourcePtr m_source;
    std::vector<Level> m_levels;
    uint32_t m_filteredUpTo = 0;  // source rows [0, m_filteredUpTo) are reflected in every level
    uint64_t m_generation = 0;
    std::shared_ptr<Job> m_running;
    QList<QFuture<void>> m_futures;
    QString m_error;
};

} // namespace ll
