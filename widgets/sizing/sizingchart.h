#pragma once

#include "analysis/sizing.h"

#include <QWidget>
#include <vector>

class QAbstractItemModel;

namespace ll {

// Functions side by side on one memory axis (log scale, 128 MB .. 10240 MB): per function a box
// plot of memory used (min, p25, p50, p75, max), the current size (solid bar), the recommended
// size (hollow diamond) and the vCPU steps (1769 MB multiples) as vertical lines. Rows follow the
// order of the model it watches (the sizing table's sort), so both sides stay aligned.
class SizingChart : public QWidget {
    Q_OBJECT
public:
    explicit SizingChart(QWidget* parent = nullptr);

    // A SizingModel, or a proxy over one.
    void setModel(QAbstractItemModel* model);
    // Rows start at `top` and are `rowHeight` high: the sizing table passes its own so both align.
    void setRowLayout(int top, int rowHeight);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Memory axis maths (value type would be overkill for two functions); public for tests.
    static double fractionOf(double mb);   // 0 at 128 MB, 1 at 10240 MB, log scale

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QAbstractItemModel* m_model = nullptr;
    int m_top = 30;
    int m_rowHeight = 28;
};

} // namespace ll
