#pragma once

#include "domain/invocation.h"

#include <QColor>

namespace ll {

// Outcome colours shared by every view, chosen to stay distinct for colour-blind users
// (Okabe-Ito) and on both light and dark palettes.
QColor outcomeColor(Outcome outcome);
QColor coldStartColor();

} // namespace ll
