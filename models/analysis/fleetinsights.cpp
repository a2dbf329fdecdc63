// Kept apart from insightrules.cpp: the rules themselves only need InvocationColumns, so tests can
// link them without a Fleet.
#include "analysis/insightrules.h"

#include "store/fleet.h"

namespace ll {

std::vector<double> timeoutsFromFleet(const Fleet& fleet)
{
    std::vector<double> out(fleet.functionCount(), 0.0);
    for (uint32_t i = 0; i < fleet.lineCount(); ++i) {
        const LogLine line = fleet.line(i);
        if (line.kind != LineKind::Timeout || line.function >= out.size())
            continue;
        if (const auto s = parseTimeoutSeconds(line.message))
            out[line.function] = std::max(out[line.function], *s);
    }
    return out;
}

InsightInput insightInputFromFleet(const Fleet& fleet)
{
    InsightInput in;
    in.columns = &fleet.columns();
    for (uint32_t f = 0; f < fleet.functionCount(); ++f)
        in.functionNames << fleet.function(f).name;
    in.timeoutSeconds = timeoutsFromFleet(fleet);
    return in;
}

} // namespace ll
