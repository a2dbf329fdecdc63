#pragma once

#include "store/fleet.h"

#include <QJsonObject>
#include <QString>

namespace ll {

// The stable JSON form of `lambdalens report --json` (documented in README.md).
QJsonObject fleetReportJson(const Fleet& fleet);
QJsonObject functionStatsJson(const FunctionStats& stats);

// One invocation as `lambdalens invocations --json` prints it.
QJsonObject invocationJson(const Fleet& fleet, const Invocation& invocation);

// The human-readable table of `lambdalens report`.
QString fleetReportText(const Fleet& fleet);

QString isoTime(int64_t epochMs);

} // namespace ll
