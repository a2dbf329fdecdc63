#include "sizing/sizingchart.h"

#include "itemmodels/sizingmodel.h"

#include <QAbstractItemModel>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace ll {

namespace {
constexpr int kLeft = 150;
constexpr int kRight = 70;
const QColor kBox(0x00, 0x72, 0xB2);
const QColor kRecommended(0x00, 0x9E, 0x73);
const QColor kRaise(0xD5, 0x5E, 0x00);
}

SizingChart::SizingChart(QWidget* parent)
    : QWidget(parent)
{
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void SizingChart::setModel(QAbstractItemModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] { updateGeometry(), update(); });
        connect(m_model, &QAbstractItemModel::layoutChanged, this, [this] { updateGeometry(), update(); });
        connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { updateGeometry(), update(); });
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] { updateGeometry(), update(); });
        connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { update(); });
    }
    updateGeometry();
    update();
}

QSize SizingChart::sizeHint() const
{
    const int rows = m_model ? m_model->rowCount() : 0;
    return { 520, m_top + rows * m_rowHeight + 72 };
}

void SizingChart::setRowLayout(int top, int rowHeight)
{
    m_top = std::max(18, top);
    m_rowHeight = std::max(12, rowHeight);
    updateGeometry();
    update();
}

QSize SizingChart::minimumSizeHint() const { return { 360, 120 }; }

double SizingChart::fractionOf(double mb)
{
    const double lo = std::log(double(MinMemoryMb));
    const double hi = std::log(double(MaxMemoryMb));
    return std::clamp((std::log(std::max(mb, 1.0)) - lo) / (hi - lo), 0.0, 1.0);
}

void SizingChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QPalette pal = palette();
    const int plotLeft = kLeft;
    const int plotRight = width() - kRight;
    const int plotWidth = std::max(10, plotRight - plotLeft);
    const int rows = m_model ? m_model->rowCount() : 0;
    const int plotBottom = m_top + std::max(1, rows) * m_rowHeight;
    auto xOf = [&](double mb) { return plotLeft + fractionOf(mb) * plotWidth; };

    // Axis: sizes people choose, and the vCPU steps.
    p.setRenderHint(QPainter::Antialiasing, false);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    p.setPen(pal.color(QPalette::Mid));
    for (const int mb : { 128, 256, 512, 1024, 2048, 4096, 10240 }) {
        const int x = int(xOf(mb));
        p.setPen(QPen(pal.color(QPalette::Midlight), 1));
        p.drawLine(x, m_top, x, plotBottom);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(x - 30, plotBottom + 4, 60, 16), Qt::AlignHCenter | Qt::AlignTop, QString::number(mb));
    }
    p.drawText(QRect(plotLeft, plotBottom + 18, plotWidth, 16), Qt::AlignHCenter, tr("memory (MB, log scale)"));
    int vcpu = 1;
    int lastLabelRight = -1000;
    for (const uint32_t mb : vcpuStepsMb()) {
        const int x = int(xOf(mb));
        p.setPen(QPen(kRaise.lighter(130), 1, Qt::DashLine));
        p.drawLine(x, m_top - 4, x, plotBottom);
        // The log axis crowds the higher steps: label only where there is room.
        const QString label = vcpu == 1 ? tr("1 vCPU") : QString::number(vcpu);
        const int w = QFontMetrics(small).horizontalAdvance(label) + 6;
        if (x - w / 2 > lastLabelRight) {
            p.setPen(kRaise);
            p.drawText(QRect(x - w / 2, 2, w, 14), Qt::AlignHCenter, label);
            lastLabelRight = x + w / 2;
        }
        ++vcpu;
    }
    // Legend below the axis.
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRect(4, plotBottom + 36, width() - 8, 32), Qt::AlignLeft | Qt::TextWordWrap,
               tr("box: memory used p25–p75, whiskers min–max   ▮ configured size   ◇ recommended   dashed: vCPU steps"));

    if (!m_model)
        return;
    const QFontMetrics fm(font());
    for (int r = 0; r < rows; ++r) {
        const int top = m_top + r * m_rowHeight;
        const int mid = top + m_rowHeight / 2;
        if (r % 2) {
            QColor band = pal.color(QPalette::AlternateBase);
            p.fillRect(QRect(0, top, width(), m_rowHeight), band);
        }
        const QModelIndex nameIdx = m_model->index(r, SizingModel::Name);
        p.setFont(font());
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(4, top, kLeft - 10, m_rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(nameIdx.data().toString(), Qt::ElideMiddle, kLeft - 10));

        const QVariantList q = nameIdx.data(SizingModel::UsedQuantilesRole).toList();
        const double size = m_model->index(r, SizingModel::MemorySize).data(SizingModel::ValueRole).toDouble();
        const double rec = m_model->index(r, SizingModel::RecommendedMemory).data(SizingModel::ValueRole).toDouble();
        const double util = m_model->index(r, SizingModel::Utilization).data(SizingModel::ValueRole).toDouble();
        if (q.size() != 5 || size <= 0)
            continue;

        // Box plot of memory used: whiskers min..max, box p25..p75, median line.
        p.setRenderHint(QPainter::Antialiasing, false);
        const double x0 = xOf(q[0].toDouble()), x1 = xOf(q[1].toDouble()), x2 = xOf(q[2].toDouble()),
                     x3 = xOf(q[3].toDouble()), x4 = xOf(q[4].toDouble());
        p.setPen(QPen(kBox, 1));
        p.drawLine(QPointF(x0, mid), QPointF(x1, mid));
        p.drawLine(QPointF(x3, mid), QPointF(x4, mid));
        p.drawLine(QPointF(x0, mid - 4), QPointF(x0, mid + 4));
        p.drawLine(QPointF(x4, mid - 4), QPointF(x4, mid + 4));
        QColor fill = kBox;
        fill.setAlpha(70);
        p.setBrush(fill);
        p.drawRect(QRectF(x1, mid - 6, std::max(2.0, x3 - x1), 12));
        p.setPen(QPen(kBox.darker(140), 2));
        p.drawLine(QPointF(x2, mid - 6), QPointF(x2, mid + 6));

        // Current size.
        const double xs = xOf(size);
        // Text colour: the current size must read on dark palettes as on light ones.
        p.fillRect(QRectF(xs - 1.5, top + 3, 3, m_rowHeight - 6), pal.color(QPalette::Text));

        // Recommended size.
        if (rec > 0 && rec != size) {
            p.setRenderHint(QPainter::Antialiasing, true);
            const double xr = xOf(rec);
            const QColor c = rec < size ? kRecommended : kRaise;
            p.setPen(QPen(c, 1, Qt::DotLine));
            p.drawLine(QPointF(xs, mid), QPointF(xr, mid));
            QPainterPath diamond;
            diamond.moveTo(xr, mid - 6);
            diamond.lineTo(xr + 6, mid);
            diamond.lineTo(xr, mid + 6);
            diamond.lineTo(xr - 6, mid);
            diamond.closeSubpath();
            p.setPen(QPen(c, 2));
            p.setBrush(pal.color(QPalette::Base));
            p.drawPath(diamond);
        }
        p.setFont(small);
        p.setPen(util > 0.9 ? kRaise : pal.color(QPalette::Text));
        p.drawText(QRect(plotRight + 6, top, kRight - 8, m_rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("%1% used").arg(qRound(util * 100)));
    }
}

} // namespace ll
