#pragma once

#include "domain/invocation.h"

#include <QColor>
#include <QPalette>

namespace ll {

// Outcome colours shared by every view, chosen to stay distinct for colour-blind users
// (Okabe-Ito) and on both light and dark palettes.
QColor outcomeColor(Outcome outcome);
QColor coldStartColor();

// Palettes for --palette dark|light (screenshots, tests); normally the system's palette is used.
QPalette darkPalette();
QPalette lightPalette();
// True when the palette draws light text on a dark window.
bool isDarkPalette(const QPalette& palette);
// a blended towards b by t in [0, 1].
QColor mixColors(const QColor& a, const QColor& b, double t);

} // namespace ll
