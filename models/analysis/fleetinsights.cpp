// Kept apart from insightrules.cpp: the rules themselves only need InvocationColumns, so tests can
// link them without a Fleet.
#include "analysis/insightrules.h"

#include "store/fleet.h"

namespace ll {

std::vector<double> timeoutsFromFleet(const Fleet& fleet)
{
    std::vector<double> out(fleet.functionCount(), 0.0);
    auto consider = [&out](const LogLine& line) {
        if (line.function >= out.size())
            return;
        if (const auto s = parseTimeoutSeconds(line.message))
            out[line.function] = std::max(out[line.function], *s);
    };
    for (uint32_t i = 0; i < fleet.lineCount(); ++i) {
        if (fleet.lineKind(i) == LineKind::Timeout)
            consider(fleet.line(i));
    }
    // The lines of timed-out invocations too: the announcement must not depend on the line
    // parser having classified it (a line the parser missed still names the timeout).
    const InvocationColumns& c = fleet.columns();
    for (uint32_t row = 0; row < c.size(); ++row) {
        if (c.outcome[row] != Outcome::Timeout || (c.function[row] < out.size() && out[c.function[row]] > 0))
            continue;
        for (uint32_t l = c.firstLine[row]; l < c.firstLine[row] + c.lineCount[row] && l < fleet.lineCount(); ++l)
            consider(fleet.line(l));
    }
    return out;
}

InsightInput insightInputFromFleet(const Fleet& fleet)
{
    InsightInput in;
    in.columns = &fleet.columns();
    in.fleet = &fleet;
    for (uint32_t f = 0; f < fleet.functionCount(); ++f)
        in.functionNames << fleet.displayName(f);
    in.timeoutSeconds = timeoutsFromFleet(fleet);
    return in;
}

} // namespace ll
