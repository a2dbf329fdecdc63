#pragma once

#include "analysis/insightrules.h"
#include "analysis/sizing.h"

#include <QJsonObject>
#include <QString>
#include <vector>

namespace ll {

class Fleet;

// Sizes every function of the fleet over its whole loaded window.
std::vector<FunctionSizing> sizeFleet(const Fleet& fleet, const SizingOptions& options);

// The stable JSON form of `lambdalens sizing --json`.
QJsonObject sizingJson(const std::vector<FunctionSizing>& sizings, const SizingOptions& options);
// The comparison table for a terminal, with each function's measured sizes below it.
QString sizingText(const std::vector<FunctionSizing>& sizings, const SizingOptions& options);
// One row per function, RFC 4180 quoting.
QString sizingCsv(const std::vector<FunctionSizing>& sizings);

// `lambdalens insights-rules`: request ids of the evidence rows come from the fleet.
QJsonObject insightsJson(const Fleet& fleet, const std::vector<Insight>& insights, int maxRequestIds = 20);
QString insightsText(const Fleet& fleet, const std::vector<Insight>& insights, int maxRequestIds = 5);

} // namespace ll
