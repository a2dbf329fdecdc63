#pragma once

#include "store/fleet.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace ll {

class Selection;

// The selected invocation: its log lines (init lines first when cold), REPORT figures with
// utilization, outcome and error, X-Ray trace id, its execution environment with the previous
// and next invocations there, and copy/export actions. All log text is shown as plain text.
class InvocationPanel : public QWidget {
    Q_OBJECT
public:
    explicit InvocationPanel(Selection* selection, QWidget* parent = nullptr);
    void setFleet(FleetPtr fleet);
    int64_t shownInvocation() const { return m_row; }
    QString logText() const;
    QString figuresText() const;

    // Actions, also reachable from the buttons (public for tests and shortcuts).
    void copyRequestId();
    void copyInsightsQuery();
    void copyConsoleLink();
    bool exportJson(const QString& path);

private:
    void showInvocation(int64_t row);

    Selection* m_selection;
    FleetPtr m_fleet;
    int64_t m_row = -1;
    int64_t m_previous = -1, m_next = -1, m_firstAttempt = -1;
    QLabel* m_title;
    QLabel* m_figures;
    QPlainTextEdit* m_log;
    QPushButton* m_prev;
    QPushButton* m_nextButton;
    QPushButton* m_attempt;
    QToolButton* m_actions;
};

} // namespace ll
