#pragma once

#include "store/fleet.h"

#include <QMetaType>

Q_DECLARE_METATYPE(ll::FleetPtr)
