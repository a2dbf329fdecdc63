#include "common/chartpalette.h"

#include "common/palette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

namespace ll {

void applyChartPalette(QChart* chart, const QPalette& palette)
{
    if (!chart)
        return;
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(QPen(mixColors(base, text, 0.15)));
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    const QColor grid = mixColors(base, text, 0.14);
    const QColor minor = mixColors(base, text, 0.07);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(mixColors(base, text, 0.45));
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(minor);
    }
}

} // namespace ll
