#pragma once

#include "store/fleet.h"

#include <QWidget>

class QTreeView;
class QLineEdit;

namespace ll {

class FleetFilterProxy;
class FleetModel;
class Selection;

// The fleet: functions grouped by service with their statistics and activity sparkline.
// Selecting functions here selects them in the shared Selection.
class FleetPanel : public QWidget {
    Q_OBJECT
public:
    explicit FleetPanel(Selection* selection, QWidget* parent = nullptr);
    void setFleet(FleetPtr fleet);
    QTreeView* view() const { return m_view; }
    FleetModel* model() const { return m_model; }
    FleetFilterProxy* proxy() const { return m_proxy; }

private:
    void pushSelection();
    void pullSelection();

    Selection* m_selection;
    FleetModel* m_model;
    FleetFilterProxy* m_proxy;
    QTreeView* m_view;
    QLineEdit* m_search;
    bool m_syncing = false;
};

} // namespace ll
