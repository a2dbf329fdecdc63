#pragma once

#include "timeline/laneaggregate.h"
#include "timeline/laneindex.h"
#include "timeline/timeaxis.h"
#include "timeline/timelinegeometry.h"

#include <QFont>
#include <QImage>
#include <QLocale>
#include <QPalette>
#include <QRectF>
#include <QSet>

class QPainter;

namespace ll {

// Everything one frame of the timeline depends on. The painter reads it and paints; it holds
// no interaction state, so a benchmark or a screenshot tool can paint into a QImage.
struct TimelineScene {
    const TimelineSource* source = nullptr;
    const LaneLayout* layout = nullptr;
    const TimelineIndex* index = nullptr;   // may be null (still building): lanes then walk rows
    const TimelineGeometry* geometry = nullptr;
    TimeAxis axis;                          // logical pixels; width = geometry->axisWidth()
    qreal dpr = 1;
    QPalette palette;
    QFont font;
    QLocale locale = QLocale::c();          // of tick labels (the widget's: the UI language)
    const QSet<uint32_t>* highlighted = nullptr;
    const std::vector<uint8_t>* emphasisedLanes = nullptr;   // by lane: a selected function's
    int64_t selectedRow = -1;
    int64_t hoverRow = -1;
    double rangeFromMs = 0, rangeToMs = 0;  // the shared time range; both 0: none
    double bandFromMs = 0, bandToMs = 0;    // a range being dragged; both 0: none
    quint64 generation = 0;                 // bump when data or lanes change (background cache)
};

struct TimelinePaintStats {
    int detailLanes = 0;
    int aggregateLanes = 0;
    size_t marks = 0;
};

class TimelinePainter {
public:
    // Paints background, ruler and lanes into `image` (resized to the scene's device size).
    void render(QImage& image, const TimelineScene& scene);
    // Hover, selection and the dragged band: cheap, painted over a cached frame each time.
    void paintOverlay(QPainter& p, const TimelineScene& scene) const;
    // Logical rectangle of a row's mark in the widget, empty when its lane is hidden or off-screen.
    QRectF markRect(const TimelineScene& scene, int64_t row) const;
    void invalidateBackground() { m_background = QImage(); }
    const TimelinePaintStats& lastStats() const { return m_stats; }

private:
    void renderBackground(const TimelineScene& scene);
    void copyBackground(QImage& image, const TimelineScene& scene) const;
    void fillLaneRows(QImage& image, const TimelineScene& scene, const std::vector<uint8_t>& owned) const;
    void paintRuler(QPainter& p, const TimelineScene& scene, const TimeTicks& ticks) const;
    void paintLanes(QImage& image, const TimelineScene& scene, const TimeTicks& ticks);
    void paintRetryLinks(QPainter& p, const TimelineScene& scene) const;
    void paintHighlights(QPainter& p, const TimelineScene& scene) const;

    QImage m_background;
    std::vector<QRgb> m_rowColor;          // lane-area colour of each device row of m_background
    struct Key {
        QSize size;
        qreal dpr = 0;
        int scrollY = -1;
        quint64 generation = ~0ull;
        qint64 palette = 0;
        bool operator==(const Key&) const = default;
    } m_backgroundKey;
    std::vector<LaneAggregate> m_aggregates;
    std::vector<uint32_t> m_retries;       // visible retries, for links
    std::vector<std::pair<int, QRectF>> m_labels;   // wide marks to label: row, logical rect
    TimelinePaintStats m_stats;
};

} // namespace ll
