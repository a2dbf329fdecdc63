#include "aws/ratelimiter.h"

#include <algorithm>
#include <thread>

namespace ll::aws {

RateLimiter::RateLimiter(double ratePerSecond, double burst)
{
    configure(ratePerSecond, burst);
    m_nextSlot = Clock::now() - m_tolerance;
}

void RateLimiter::configure(double ratePerSecond, double burst)
{
    std::lock_guard lock(m_mutex);
    m_rate = std::max(0.01, ratePerSecond);
    m_current = m_rate;
    m_burst = burst;
    applyRate();
}

void RateLimiter::applyRate()
{
    m_interval = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(1.0 / m_current));
    m_tolerance = std::chrono::duration_cast<Clock::duration>(m_interval * std::max(0.0, m_burst - 1.0));
}

double RateLimiter::currentRate() const
{
    std::lock_guard lock(m_mutex);
    return m_current;
}

void RateLimiter::onSuccess()
{
    std::lock_guard lock(m_mutex);
    if (m_current < m_rate) {
        m_current = std::min(m_rate, m_current + m_rate * 0.02);
        applyRate();
    }
}

double RateLimiter::rate() const
{
    std::lock_guard lock(m_mutex);
    return m_rate;
}

bool RateLimiter::acquire(const std::atomic<bool>* cancel)
{
    Clock::time_point slot;
    {
        std::lock_guard lock(m_mutex);
        const auto now = Clock::now();
        m_nextSlot = std::max(m_nextSlot, now - m_tolerance);
        slot = std::max(m_nextSlot, now);
        m_nextSlot += m_interval;
    }
    while (true) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return false;
        const auto now = Clock::now();
        if (now >= slot)
            return true;
        std::this_thread::sleep_for(std::min<Clock::duration>(slot - now, std::chrono::milliseconds(50)));
    }
}

void RateLimiter::penalize()
{
    std::lock_guard lock(m_mutex);
    m_current = std::max(m_rate * 0.1, m_current * 0.7);
    applyRate();
    m_nextSlot = std::max(m_nextSlot, Clock::now() + m_interval);
}

std::chrono::milliseconds RateLimiter::pendingDelay() const
{
    std::lock_guard lock(m_mutex);
    const auto now = Clock::now();
    const auto slot = std::max(std::max(m_nextSlot, now - m_tolerance), now);
    return std::chrono::duration_cast<std::chrono::milliseconds>(slot - now);
}

bool sleepCancellable(std::chrono::milliseconds duration, const std::atomic<bool>* cancel)
{
    const auto until = std::chrono::steady_clock::now() + duration;
    while (true) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return false;
        const auto now = std::chrono::steady_clock::now();
        if (now >= until)
            return true;
        std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(until - now, std::chrono::milliseconds(50)));
    }
}

} // namespace ll::aws
