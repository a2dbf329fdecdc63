#pragma once

#include "logsearch/filterspec.h"

#include <QTimer>
#include <QVector>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QToolButton;

namespace ll {

class FilterEngine;

// The log browser's filter controls: text (literal or regex, case toggle), minimum level,
// functions, outcome, failed-only; breadcrumbs of the engine's filter stack with step back;
// progress and cancel while a filter runs; an inline banner for an invalid regex (never a
// modal box). Edits are applied to the engine (typing is debounced).
class FilterBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(FilterEngine* engine, QWidget* parent = nullptr);

    void setFunctionNames(const QStringList& names);
    // From the shared selection; applied at once.
    void setTimeRange(int64_t fromMs, int64_t toMs);
    void setSelectedFunctions(const QVector<uint32_t>& functions);
    void setText(const QString& text);
    // Restricts lines to these invocations (a cluster's, a brush's), shown as a removable chip;
    // null removes it. Combines with the other criteria; applied at once.
    void setInvocationFilter(InvocationSetPtr set);
    const InvocationSetPtr& invocationFilter() const { return m_invocations; }

    FilterSpec spec() const;
    QString text() const;
    void focusFilter();

    // For tests and the window's shortcuts.
    QLineEdit* textEdit() const { return m_text; }
    QToolButton* regexButton() const { return m_regex; }
    QToolButton* caseButton() const { return m_case; }
    QComboBox* levelCombo() const { return m_level; }
    QComboBox* outcomeCombo() const { return m_outcome; }
    QCheckBox* failedOnlyBox() const { return m_failedOnly; }
    QToolButton* withinButton() const { return m_within; }
    QToolButton* backButton() const { return m_back; }
    QToolButton* cancelButton() const { return m_cancel; }
    QLabel* errorBanner() const { return m_error; }
    QLabel* countLabel() const { return m_count; }
    QList<QToolButton*> breadcrumbButtons() const { return m_crumbs; }
    QToolButton* invocationChip() const { return m_chip; }

public Q_SLOTS:
    void apply();
    void clearText();

Q_SIGNALS:
    void textEdited(const QString& text);              // for the shared selection
    void functionsEdited(const QVector<uint32_t>& functions);
    void invocationFilterRemoved();                    // the user closed the chip

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuildBreadcrumbs();
    void loadSpec(const FilterSpec& spec);
    void updateFunctionButton();
    void updateCount();
    void updateChip();
    void showError(const QString& message);

    FilterEngine* m_engine;
    QLineEdit* m_text;
    QToolButton* m_regex;
    QToolButton* m_case;
    QComboBox* m_level;
    QToolButton* m_functions;
    QMenu* m_functionMenu;
    QComboBox* m_outcome;
    QCheckBox* m_failedOnly;
    QToolButton* m_within;
    QToolButton* m_chip;
    InvocationSetPtr m_invocations;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    QLabel* m_count;
    QWidget* m_crumbBar;
    QHBoxLayout* m_crumbLayout;
    QToolButton* m_back;
    QList<QToolButton*> m_crumbs;
    QLabel* m_error;
    QTimer m_debounce;
    QVector<uint32_t> m_selectedFunctions;
    int64_t m_fromMs = 0;
    int64_t m_toMs = 0;
    bool m_loading = false;
};

} // namespace ll
