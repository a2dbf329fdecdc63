#pragma once

#include "analysis/heatmap.h"
#include "store/fleet.h"

#include <QImage>
#include <QPointer>
#include <QVector>
#include <QWidget>
#include <memory>

namespace ll {

class JobRunner;
class Selection;

// Time x duration heatmap (log duration axis) of the selected functions, custom painted: cell
// shade by count, cold starts as a blue corner mark, failures as a red outline. Dragging a
// rectangle brushes it: the invocations inside become the shared Selection's highlighted rows.
// Binning runs in a worker sized to the widget; results of an older generation are dropped.
class DurationHeatmap : public QWidget {
    Q_OBJECT
public:
    explicit DurationHeatmap(QWidget* parent = nullptr);
    ~DurationHeatmap() override;

    void setSelection(Selection* selection);
    void setData(std::shared_ptr<const InvocationColumns> columns);
    void setFleet(const FleetPtr& fleet);
    void setFunctions(const QVector<uint32_t>& functions);   // empty: all
    void setTimeRange(int64_t fromMs, int64_t toMs);

    const ll::HeatmapGrid& map() const { return m_map; }
    void setMap(ll::HeatmapGrid map);                    // binned data (worker result, tests)
    bool waitForIdle(int timeoutMs = 30000);

    QRect plotRect() const;
    // Cell under a widget position (clamped to the plot).
    QPoint cellAt(const QPoint& pos) const;

    QSize sizeHint() const override { return { 640, 320 }; }

Q_SIGNALS:
    void brushed(const std::vector<uint32_t>& rows);
    void mapChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void rebin();
    void renderCells();
    std::vector<FunctionRows> selectedRows() const;

    JobRunner* m_job;
    QPointer<Selection> m_selection;
    std::shared_ptr<const InvocationColumns> m_columns;
    QVector<uint32_t> m_functions;
    int64_t m_fromMs = 0, m_toMs = 0;
    ll::HeatmapGrid m_map;
    QImage m_cells;             // one pixel per cell, scaled when painted (cached)
    bool m_dragging = false;
    QPoint m_dragStart, m_dragEnd;
    QRect m_brushCells;         // last brushed region in cell coordinates (empty: none)
};

} // namespace ll
