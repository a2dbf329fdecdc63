#include "store/fleetsummary.h"

#include <algorithm>

namespace ll {

size_t FleetSummary::rawCount() const { return size_t(std::count(raw.begin(), raw.end(), uint8_t(1))); }

int FleetSummary::sparklineBars(int maxBars) const
{
    const int64_t width = int64_t(binMinutes) * 60 * 1000;
    if (width <= 0 || toMs <= fromMs)
        return maxBars;
    const int64_t n = (toMs - fromMs + width - 1) / width;
    return int(std::clamp<int64_t>(n, 1, maxBars));
}

void FleetSummary::sparkline(uint32_t function, int bars, QVector<int>* invocations, QVector<int>* failures) const
{
    *invocations = QVector<int>(bars, 0);
    *failures = QVector<int>(bars, 0);
    if (function >= bins.size() || bars <= 0)
        return;
    const int64_t span = std::max<int64_t>(1, toMs - fromMs);
    for (const SummaryBin& b : bins[function]) {
        // A bin belongs to the bar holding its start: whole bins per bar keep the counts exact.
        const int bar = int(std::clamp<int64_t>((b.startMs - fromMs) * bars / span, 0, bars - 1));
        (*invocations)[bar] += int(std::min<uint32_t>(b.invocations, INT32_MAX / 2));
        (*failures)[bar] += int(std::min<uint32_t>(b.failures, INT32_MAX / 2));
    }
}

} // namespace ll
