#pragma once

#include "selection/selection.h"
#include "store/fleet.h"
#include "timeline/lanelayout.h"
#include "timeline/timeaxis.h"
#include "timeline/timelinegeometry.h"
#include "timeline/timelinepainter.h"

#include <QImage>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QScrollBar;

namespace ll {

// The fleet timeline: one swimlane per function (grouped by service, expandable into execution
// environments), a time ruler, invocations as marks when zoomed in and per-pixel heat when
// zoomed out. Follows and changes the shared Selection: click selects an invocation, shift-drag
// sets the time range, highlighted invocations are emphasised.
//
// Mouse: wheel zooms about the pointer (horizontal wheel pans, over the lane names it scrolls),
// drag pans, shift-drag selects a range, double-click fits everything, click on a lane name
// collapses a service or splits a function into environments. Keys: arrows pan/scroll, +/-
// zoom, n/N next/previous failure, c/C next/previous cold start, Enter opens the selection.
class TimelineView : public QWidget {
    Q_OBJECT
public:
    explicit TimelineView(QWidget* parent = nullptr);
    ~TimelineView() override;

    void setFleet(FleetPtr fleet);
    void setSource(TimelineSource source);
    const TimelineSource& source() const { return m_source; }
    // The view follows this selection (it makes its own until one is set).
    void setSelection(Selection* selection);
    Selection* selection() const { return m_selection; }

    const TimeAxis& axis() const { return m_axis; }
    void setVisibleRange(double fromMs, double toMs);
    void zoomToFit();

    const LaneLayout& layout() const { return m_layout; }
    const TimelineGeometry& geometry() const { return m_geometry; }
    void setSort(LaneSort sort, bool descending);
    void setServiceCollapsed(const QString& service, bool collapsed);
    void setFunctionExpanded(uint32_t function, bool expanded);

    // The shared selection's functions: their lanes are emphasised and scrolled into view; with
    // showOnlySelected (persisted) the other functions' lanes are hidden.
    const QSet<uint32_t>& selectedFunctions() const { return m_selectedFunctions; }
    bool isLaneEmphasised(int lane) const;
    bool showOnlySelected() const { return m_showOnlySelected; }
    void setShowOnlySelected(bool on);
    // True once the per-lane index (built in a worker after setSource) is in use.
    bool isIndexReady() const { return m_index != nullptr; }
    // Off: no index is built and every frame walks rows (benchmarks compare both ways).
    void setIndexing(bool on);

    // Logical rectangle of an invocation's mark (empty when hidden); the row under a point.
    QRectF invocationRect(int64_t row) const;
    int64_t invocationAt(QPoint pos) const;
    // The plain text shown on hover at pos (empty: no tooltip).
    QString toolTipTextAt(QPoint pos) const;
    // Paints what the widget shows into an image (benchmarks, screenshots).
    QImage renderImage(qreal dpr = 1);
    void renderInto(QImage& image, qreal dpr = 1);   // reuses image's buffer
    const TimelinePaintStats& paintStats() const { return m_painter.lastStats(); }

    QSize sizeHint() const override { return {1000, 600}; }

Q_SIGNALS:
    void openInvocation(int64_t row);
    void visibleRangeChanged(double fromMs, double toMs);
    void showOnlySelectedChanged(bool on);
    void indexReady();

protected:
    bool event(QEvent* e) override;
    void paintEvent(QPaintEvent* e) override;
    void resizeEvent(QResizeEvent* e) override;
    void wheelEvent(QWheelEvent* e) override;
    void mousePressEvent(QMouseEvent* e) override;
    void mouseMoveEvent(QMouseEvent* e) override;
    void mouseReleaseEvent(QMouseEvent* e) override;
    void mouseDoubleClickEvent(QMouseEvent* e) override;
    void keyPressEvent(QKeyEvent* e) override;
    void leaveEvent(QEvent* e) override;
    void changeEvent(QEvent* e) override;
    void contextMenuEvent(QContextMenuEvent* e) override;

private:
    TimelineScene scene(qreal dpr) const;
    void layoutChanged();
    void relayout();
    void axisChanged();
    void navigate(bool forward, bool coldStarts);
    void ensureVisible(int64_t row);
    void onTimeRangeChanged(int64_t fromMs, int64_t toMs);
    void onFunctionsChanged();
    void applyFunctionFilter();
    void scrollToSelectedFunctions();
    void buildIndex();
    double laneX(QPoint pos) const { return pos.x() - m_geometry.laneArea().left(); }

    TimelineSource m_source;
    std::shared_ptr<const TimelineIndex> m_index;
    std::shared_ptr<std::atomic<bool>> m_indexCancel;
    quint64 m_indexGeneration = 0;
    bool m_indexing = true;
    QSet<uint32_t> m_selectedFunctions;
    std::vector<uint8_t> m_emphasised;   // by lane
    bool m_showOnlySelected = false;
    LaneLayout m_layout;
    TimelineMetrics m_metrics;
    TimelineGeometry m_geometry;
    TimeAxis m_axis;
    TimelinePainter m_painter;
    QImage m_frame;
    bool m_frameDirty = true;
    quint64 m_generation = 0;
    double m_dataFrom = 0, m_dataTo = 0;
    QPointer<Selection> m_selection;
    Selection* m_ownSelection = nullptr;
    QScrollBar* m_scroll = nullptr;
    int64_t m_hoverRow = -1;

    enum class Drag { None, Pan, Band };
    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    QPoint m_lastPos;
    bool m_moved = false;
    double m_bandFrom = 0, m_bandTo = 0;
};

} // namespace ll
