#pragma once

#include "timeline/timelinesource.h"

namespace ll {

// The timeline's view of a Fleet: its columns, function names and services, and string lookups.
// The source keeps the Fleet alive.
TimelineSource timelineSourceFromFleet(const FleetPtr& fleet);

} // namespace ll
