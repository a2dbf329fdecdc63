#pragma once

#include <atomic>
#include <chrono>
#include <mutex>

namespace ll::aws {

// A token bucket implemented as FIFO reservations (GCRA): each acquire() reserves the next
// free slot, so threads are served in order and the long-run rate never exceeds `rate`.
// `burst` slots may be used back to back after an idle period. Thread-safe.
class RateLimiter {
public:
    using Clock = std::chrono::steady_clock;

    explicit RateLimiter(double ratePerSecond = 5.0, double burst = 1.0);
    void configure(double ratePerSecond, double burst);
    double rate() const;

    // Blocks until a slot is available; false when cancelled while waiting (the slot is lost).
    bool acquire(const std::atomic<bool>* cancel = nullptr);
    // The server said "slow down": nobody gets a slot for the next interval, and the rate drops
    // multiplicatively (AIMD, like botocore's adaptive mode) ...
    void penalize();
    // ... and climbs back additively towards the configured rate with each success.
    void onSuccess();
    double currentRate() const;
    // Time the caller would wait if it asked now (for tests and the UI).
    std::chrono::milliseconds pendingDelay() const;

private:
    mutable std::mutex m_mutex;
    Clock::duration m_interval;
    Clock::duration m_tolerance; // (burst - 1) intervals
    Clock::time_point m_nextSlot;
    double m_rate;           // configured maximum
    double m_current;        // adaptive, <= m_rate
    double m_burst = 1;
    void applyRate();
};

// Sleeps up to `duration`, waking early when cancel becomes true. Returns false when cancelled.
bool sleepCancellable(std::chrono::milliseconds duration, const std::atomic<bool>* cancel);

} // namespace ll::aws
