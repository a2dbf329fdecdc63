#pragma once

#include "timeline/lanelayout.h"

#include <QRect>
#include <QSize>
#include <vector>

namespace ll {

// Where things are in the timeline widget, in logical pixels: the header column on the left,
// the ruler on top, lanes below it scrolled by scrollY, the time axis spanning the lane area.
struct TimelineMetrics {
    int headerWidth = 210;
    int rulerHeight = 30;
    int serviceLaneHeight = 22;
    int functionLaneHeight = 22;
    int streamLaneHeight = 16;
    int rightMargin = 0;       // room for the vertical scroll bar
};

class TimelineGeometry {
public:
    void update(const LaneLayout& layout, const TimelineMetrics& metrics, QSize size, int scrollY);

    const TimelineMetrics& metrics() const { return m_metrics; }
    QSize size() const { return m_size; }
    int scrollY() const { return m_scrollY; }
    // The area lanes are drawn in (right of the header, below the ruler).
    QRect laneArea() const;
    QRect rulerArea() const;
    QRect headerArea() const;
    int axisWidth() const { return std::max(1, laneArea().width()); }
    int contentHeight() const { return m_totalHeight; }   // all lanes, unscrolled
    int maxScrollY() const { return std::max(0, m_totalHeight - laneArea().height()); }

    int laneCount() const { return int(m_tops.size()); }
    // Full-width row of lane i in widget coordinates (header included); may be off-screen.
    QRect laneRow(int lane) const;
    int laneAt(int y) const;     // -1 outside lanes
    // First and one-past-last lane intersecting the visible lane area.
    std::pair<int, int> visibleLanes() const;

private:
    TimelineMetrics m_metrics;
    QSize m_size;
    int m_scrollY = 0;
    std::vector<int> m_tops;     // unscrolled, relative to the lane area top
    std::vector<int> m_heights;
    int m_totalHeight = 0;
};

} // namespace ll
