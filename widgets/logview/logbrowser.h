#pragma once

#include "logsearch/filterengine.h"
#include "logsearch/linesource.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace ll {

class FilterBar;
class LogView;
class Selection;

// The log browser panel: filter bar, the virtualized line view and a plain-text detail pane for
// the current line. Owns the filter engine and keeps it, the view and the shared Selection in
// step (time range, functions, filter text, selected invocation).
class LogBrowser : public QWidget {
    Q_OBJECT
public:
    explicit LogBrowser(QWidget* parent = nullptr);

    void setSource(LineSourcePtr source, bool sameDataGrown = false);
    // Live tail: `grown` = current source + new rows at the end.
    void extendSource(LineSourcePtr grown);
    void setSelection(Selection* selection);
    // Show every line of the level below with the filter's matches marked (F3 jumps), instead
    // of only the matching lines.
    void setShowContext(bool context);
    bool showContext() const { return m_context; }

    FilterEngine* engine() const { return m_engine; }
    FilterBar* filterBar() const { return m_bar; }
    LogView* view() const { return m_view; }
    QPlainTextEdit* detailPane() const { return m_detail; }
    QToolButton* columnsButton() const { return m_columns; }
    QCheckBox* wrapBox() const { return m_wrapBox; }

private:
    void showResults();
    void showAppended(uint32_t added);
    void updateDetail(int64_t sourceRow);
    void rebuildColumnsMenu();
    void updateFollowLabel();
    void scrollToInvocation(int64_t invocation);
    void pullHighlight();

    FilterEngine* m_engine;
    FilterBar* m_bar;
    LogView* m_view;
    QPlainTextEdit* m_detail;
    QToolButton* m_columns;
    QCheckBox* m_contextBox;
    QCheckBox* m_wrapBox;
    QLabel* m_followLabel;
    QPointer<Selection> m_selection;
    bool m_context = false;
    bool m_ownInvocationChange = false;
    uint32_t m_shownBaseCount = 0;
};

} // namespace ll
