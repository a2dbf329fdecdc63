#include "store/steptimer.h"

namespace ll {

Q_LOGGING_CATEGORY(lcStore, "lambdalens.store", QtWarningMsg)

StepTimer::StepTimer(const char* what)
    : m_what(what)
    , m_enabled(lcStore().isDebugEnabled())
{
    if (m_enabled)
        m_clock.start();
}

StepTimer::~StepTimer()
{
    if (m_enabled)
        qCDebug(lcStore, "%s:%s", m_what, qPrintable(m_steps));
}

void StepTimer::lap(const char* step)
{
    if (!m_enabled)
        return;
    m_steps += QStringLiteral(" %1 %2 ms").arg(QLatin1String(step)).arg(double(m_clock.nsecsElapsed()) / 1e6, 0, 'f', 1);
    m_clock.restart();
}

} // namespace ll
