#include "timeline/timelinegeometry.h"

#include <algorithm>

namespace ll {

void TimelineGeometry::update(const LaneLayout& layout, const TimelineMetrics& metrics, QSize size, int scrollY)
{
    m_metrics = metrics;
    m_size = size;
    m_tops.clear();
    m_heights.clear();
    int y = 0;
    for (const Lane& lane : layout.lanes()) {
        const int h = lane.kind == Lane::Kind::Service ? metrics.serviceLaneHeight
            : lane.kind == Lane::Kind::Function      ? metrics.functionLaneHeight
                                                     : metrics.streamLaneHeight;
        m_tops.push_back(y);
        m_heights.push_back(h);
        y += h;
    }
    m_totalHeight = y;
    m_scrollY = std::clamp(scrollY, 0, maxScrollY());
}

QRect TimelineGeometry::laneArea() const
{
    return QRect(m_metrics.headerWidth, m_metrics.rulerHeight,
                 std::max(1, m_size.width() - m_metrics.headerWidth - m_metrics.rightMargin),
                 std::max(0, m_size.height() - m_metrics.rulerHeight));
}

QRect TimelineGeometry::rulerArea() const
{
    return QRect(m_metrics.headerWidth, 0, laneArea().width(), m_metrics.rulerHeight);
}

QRect TimelineGeometry::headerArea() const
{
    return QRect(0, m_metrics.rulerHeight, m_metrics.headerWidth, laneArea().height());
}

QRect TimelineGeometry::laneRow(int lane) const
{
    if (lane < 0 || lane >= laneCount())
        return {};
    return QRect(0, m_metrics.rulerHeight + m_tops[size_t(lane)] - m_scrollY, m_size.width() - m_metrics.rightMargin,
                 m_heights[size_t(lane)]);
}

int TimelineGeometry::laneAt(int y) const
{
    if (y < m_metrics.rulerHeight || m_tops.empty())
        return -1;
    const int rel = y - m_metrics.rulerHeight + m_scrollY;
    const auto it = std::upper_bound(m_tops.begin(), m_tops.end(), rel);
    const int lane = int(it - m_tops.begin()) - 1;
    if (lane < 0 || rel >= m_tops[size_t(lane)] + m_heights[size_t(lane)])
        return -1;
    return lane;
}

std::pair<int, int> TimelineGeometry::visibleLanes() const
{
    const int top = m_scrollY;
    const int bottom = m_scrollY + laneArea().height();
    const auto first = std::upper_bound(m_tops.begin(), m_tops.end(), top);
    const int b = std::max(0, int(first - m_tops.begin()) - 1);
    const auto last = std::lower_bound(m_tops.begin(), m_tops.end(), bottom);
    return {std::min(b, laneCount()), int(last - m_tops.begin())};
}

} // namespace ll
