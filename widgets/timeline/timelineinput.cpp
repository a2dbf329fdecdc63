// Mouse, wheel, keyboard and tooltip handling of TimelineView.
#include "timeline/timelineformat.h"
#include "timeline/timelineview.h"

#include "selection/selection.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>
#include <cmath>

namespace ll {

namespace {
constexpr int kDragThreshold = 3;
constexpr double kKeyZoom = 1.5;
} // namespace

bool TimelineView::event(QEvent* e)
{
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        const QString text = toolTipTextAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            e->ignore();
        } else {
            // Request ids and error types come from logs: escape so nothing renders as markup.
            QToolTip::showText(help->globalPos(), plainToolTip(text), this);
        }
        return true;
    }
    return QWidget::event(e);
}

void TimelineView::resizeEvent(QResizeEvent*) { relayout(); }

void TimelineView::changeEvent(QEvent* e)
{
    // A new language (QWidget::setLocale) changes the ruler's day and month names.
    if (e->type() == QEvent::PaletteChange || e->type() == QEvent::FontChange || e->type() == QEvent::LocaleChange)
        layoutChanged();
    QWidget::changeEvent(e);
}

void TimelineView::wheelEvent(QWheelEvent* e)
{
    const QPoint pos = e->position().toPoint();
    const QPoint delta = e->angleDelta();
    if (m_geometry.headerArea().contains(pos) || (e->modifiers() & Qt::ControlModifier)) {
        m_scroll->setValue(m_scroll->value() - delta.y() * m_metrics.functionLaneHeight / 40);
    } else if (delta.x() != 0 && std::abs(delta.x()) > std::abs(delta.y())) {
        m_axis.panByPixels(delta.x() / 2.0);
        axisChanged();
    } else if (delta.y() != 0) {
        // 120 units (one notch) zoom by about 1.2.
        m_axis.zoomAbout(std::clamp(laneX(pos), 0.0, double(m_axis.width())), std::pow(2.0, delta.y() / 480.0));
        axisChanged();
    }
    e->accept();
}

void TimelineView::mousePressEvent(QMouseEvent* e)
{
    const QPoint pos = e->position().toPoint();
    m_pressPos = m_lastPos = pos;
    m_moved = false;
    if (e->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(e);
    if (m_geometry.headerArea().contains(pos)) {
        const int lane = m_geometry.laneAt(pos.y());
        if (lane >= 0) {
            const Lane& l = m_layout.lanes()[size_t(lane)];
            if (l.kind == Lane::Kind::Service)
                setServiceCollapsed(l.service, l.open);
            else if (l.kind == Lane::Kind::Function)
                setFunctionExpanded(l.function, !l.open);
        }
        return;
    }
    if (!m_geometry.laneArea().contains(pos) && !m_geometry.rulerArea().contains(pos))
        return;
    if (e->modifiers() & Qt::ShiftModifier) {
        m_drag = Drag::Band;
        m_bandFrom = m_bandTo = m_axis.xToTime(laneX(pos));
    } else {
        m_drag = Drag::Pan;
    }
}

void TimelineView::mouseMoveEvent(QMouseEvent* e)
{
    const QPoint pos = e->position().toPoint();
    if (m_drag != Drag::None && (pos - m_pressPos).manhattanLength() >= kDragThreshold)
        m_moved = true;
    if (m_drag == Drag::Pan && m_moved) {
        m_axis.panByPixels(pos.x() - m_lastPos.x());
        m_lastPos = pos;
        axisChanged();
        setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (m_drag == Drag::Band) {
        m_bandTo = m_axis.xToTime(std::clamp(laneX(pos), 0.0, double(m_axis.width())));
        update();
        return;
    }
    const int64_t row = invocationAt(pos);
    if (row != m_hoverRow) {
        m_hoverRow = row;
        update();
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent* e)
{
    const QPoint pos = e->position().toPoint();
    const Drag drag = m_drag;
    m_drag = Drag::None;
    unsetCursor();
    if (drag == Drag::Band) {
        update();
        if (m_moved && m_selection) {
            const double a = std::min(m_bandFrom, m_bandTo), b = std::max(m_bandFrom, m_bandTo);
            m_selection->setTimeRange(int64_t(std::floor(a)), int64_t(std::ceil(b)));
        }
        return;
    }
    if (drag == Drag::Pan && !m_moved && m_selection) {
        const int64_t row = invocationAt(pos);
        if (row >= 0)
            m_selection->setInvocation(row);
    }
    QWidget::mouseReleaseEvent(e);
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent* e)
{
    // Not QWidget's default (a second press): on a lane name that would undo the first toggle.
    if (e->button() == Qt::LeftButton && !m_geometry.headerArea().contains(e->position().toPoint()))
        zoomToFit();
    e->accept();
}

void TimelineView::leaveEvent(QEvent* e)
{
    if (m_hoverRow >= 0) {
        m_hoverRow = -1;
        update();
    }
    QWidget::leaveEvent(e);
}

void TimelineView::keyPressEvent(QKeyEvent* e)
{
    const bool shift = e->modifiers() & Qt::ShiftModifier;
    const double step = m_axis.width() / 8.0;
    switch (e->key()) {
    case Qt::Key_Left: m_axis.panByPixels(step); axisChanged(); break;
    case Qt::Key_Right: m_axis.panByPixels(-step); axisChanged(); break;
    case Qt::Key_Up: m_scroll->triggerAction(QAbstractSlider::SliderSingleStepSub); break;
    case Qt::Key_Down: m_scroll->triggerAction(QAbstractSlider::SliderSingleStepAdd); break;
    case Qt::Key_PageUp: m_scroll->triggerAction(QAbstractSlider::SliderPageStepSub); break;
    case Qt::Key_PageDown: m_scroll->triggerAction(QAbstractSlider::SliderPageStepAdd); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: m_axis.zoomAbout(m_axis.width() / 2.0, kKeyZoom); axisChanged(); break;
    case Qt::Key_Minus: m_axis.zoomAbout(m_axis.width() / 2.0, 1 / kKeyZoom); axisChanged(); break;
    case Qt::Key_Home: zoomToFit(); break;
    case Qt::Key_N: navigate(!shift, false); break;
    case Qt::Key_C: navigate(!shift, true); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selection && m_selection->invocation() >= 0)
            Q_EMIT openInvocation(m_selection->invocation());
        break;
    default: QWidget::keyPressEvent(e); return;
    }
    e->accept();
}

void TimelineView::contextMenuEvent(QContextMenuEvent* e)
{
    QMenu menu(this);
    const struct {
        LaneSort sort;
        bool descending;
        QString text;
    } sorts[] = {
        {LaneSort::Name, false, tr("Sort by name")},
        {LaneSort::Failures, true, tr("Sort by failures")},
        {LaneSort::Invocations, true, tr("Sort by invocations")},
        {LaneSort::ColdStartRate, true, tr("Sort by cold-start rate")},
    };
    for (const auto& s : sorts) {
        QAction* a = menu.addAction(s.text);
        a->setCheckable(true);
        a->setChecked(m_layout.sort() == s.sort);
        const LaneSort sort = s.sort;
        const bool descending = s.descending;
        connect(a, &QAction::triggered, this, [this, sort, descending] { setSort(sort, descending); });
    }
    menu.addSeparator();
    QAction* only = menu.addAction(tr("Show only selected functions"));
    only->setCheckable(true);
    only->setChecked(m_showOnlySelected);
    only->setEnabled(m_showOnlySelected || !m_selectedFunctions.isEmpty());
    connect(only, &QAction::toggled, this, &TimelineView::setShowOnlySelected);
    menu.addAction(tr("Zoom to fit"), this, &TimelineView::zoomToFit);
    menu.exec(e->globalPos());
}

} // namespace ll
