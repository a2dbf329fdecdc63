#pragma once

#include "analysis/memorybins.h"
#include "store/fleet.h"

#include <QStringList>
#include <QVector>
#include <QWidget>
#include <memory>
#include <vector>

namespace ll {

class JobRunner;

// Memory used over time for a few functions on one shared time axis: per function a min–max band
// with p50 and p95 lines (warm invocations), cold-start p50 markers, the configured size as a step
// line and out-of-memory kills as crosses; the utilization histogram beside it.
//
// This is the ONLY file that uses Qt Charts (deprecated from Qt 6.10): a later swap of the chart
// library touches this widget alone. It never sees raw samples: data is binned to the widget's
// width in a worker (ll::binMemory) and stale results are dropped by generation.
class MemoryChart : public QWidget {
    Q_OBJECT
public:
    explicit MemoryChart(QWidget* parent = nullptr);
    ~MemoryChart() override;

    // The table to bin from (kept alive by the caller's shared pointer) and function names by id.
    void setData(std::shared_ptr<const InvocationColumns> columns, QStringList names);
    void setFleet(const FleetPtr& fleet);
    void setFunctions(const QVector<uint32_t>& functions);   // shown functions, at most maxFunctions()
    void setTimeRange(int64_t fromMs, int64_t toMs);         // both 0: everything
    static int maxFunctions() { return 6; }

    // Binned data, applied directly (tests, benchmarks); also what the worker delivers.
    void setSeries(std::vector<MemorySeries> series);
    const std::vector<MemorySeries>& series() const { return m_series; }
    bool isBinning() const;
    bool waitForIdle(int timeoutMs = 30000);

Q_SIGNALS:
    void seriesChanged();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void rebin();
    void rebuildCharts();
    void rebuildLegend();
    int binCount() const;

    struct Charts;
    std::unique_ptr<Charts> m_charts;
    JobRunner* m_job;
    QWidget* m_legend = nullptr;
    std::shared_ptr<const InvocationColumns> m_columns;
    QStringList m_names;
    QVector<uint32_t> m_functions;
    int64_t m_fromMs = 0, m_toMs = 0;
    int m_lastBins = 0;
    std::vector<MemorySeries> m_series;
};

} // namespace ll
