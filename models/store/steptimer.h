#pragma once

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QString>

namespace ll {

Q_DECLARE_LOGGING_CATEGORY(lcStore)

// The durations of the steps of one long computation, logged as one line at debug level when
// it ends: QT_LOGGING_RULES="lambdalens.store.debug=true" shows where a load spends its time.
class StepTimer {
public:
    explicit StepTimer(const char* what);
    ~StepTimer();
    StepTimer(const StepTimer&) = delete;
    StepTimer& operator=(const StepTimer&) = delete;
    void lap(const char* step);

private:
    const char* m_what;
    bool m_enabled;
    QElapsedTimer m_clock;
    QString m_steps;
};

} // namespace ll
