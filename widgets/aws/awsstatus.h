#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace ll::aws {
class AwsController;
struct SchedulerStats;
struct TailSnapshot;
}

namespace ll {

// The connector's progress and request budget: a progress bar with Cancel while an action runs,
// and "requests · rate · throttled · retries" (plus the live tail) whenever AWS was used.
class AwsStatus : public QWidget {
    Q_OBJECT
public:
    explicit AwsStatus(aws::AwsController* controller, QWidget* parent = nullptr);

    QString budgetText() const;
    QString progressText() const;

private:
    void showStats(const aws::SchedulerStats& stats);
    void showTail(const aws::TailSnapshot& tail);

    aws::AwsController* m_controller;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    QLabel* m_budget;
    QLabel* m_tail;
};

} // namespace ll
