#pragma once

#include <QPalette>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace ll {

// Qt Charts ignore the widget palette (their themes are fixed): paint a chart's background,
// plot area, titles, axis labels and grid with the palette's roles so it follows dark and light.
void applyChartPalette(QChart* chart, const QPalette& palette);

} // namespace ll
