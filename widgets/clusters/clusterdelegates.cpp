#include "clusters/clusterdelegates.h"

#include "common/palette.h"
#include "itemmodels/clustermodel.h"

#include <QApplication>
#include <QPainter>
#include <algorithm>

namespace ll {

void CountBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const double fraction = std::clamp(index.data(ClusterModel::FractionRole).toDouble(), 0.0, 1.0);
    opt.text = opt.locale.toString(index.data(ClusterModel::ValueRole).toULongLong());
    opt.displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // Background first, the bar, then the text on top.
    QStyleOptionViewItem background = opt;
    background.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    if (fraction > 0) {
        const QRectF r = QRectF(opt.rect).adjusted(2, 3, -2, -3);
        QColor bar = index.data(ClusterModel::KindRole).toInt() == int(ClusterKind::Failure) ? outcomeColor(Outcome::Error)
                                                                                          : opt.palette.color(QPalette::Mid);
        bar.setAlpha(70);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->fillRect(QRectF(r.left(), r.top(), std::max(1.0, r.width() * fraction), r.height()), bar);
        painter->restore();
    }
    style->drawItemText(painter, opt.rect.adjusted(4, 0, -4, 0), int(opt.displayAlignment), opt.palette,
                        opt.state & QStyle::State_Enabled, opt.text,
                        (option.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text);
}

void SparklineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = opt.widget;
    (widget ? widget->style() : QApplication::style())->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const auto bins = index.data(ClusterModel::ActivityRole).value<QVector<int>>();
    if (bins.isEmpty())
        return;
    const int peak = std::max(1, *std::max_element(bins.begin(), bins.end()));
    const QRectF r = QRectF(option.rect).adjusted(3, 3, -3, -3);
    const double w = r.width() / bins.size();
    const QColor color = index.data(ClusterModel::KindRole).toInt() == int(ClusterKind::Failure)
        ? outcomeColor(Outcome::Error)
        : option.palette.color(QPalette::Text);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (int i = 0; i < bins.size(); ++i) {
        if (bins[i] == 0)
            continue;
        const double h = std::max(1.0, r.height() * bins[i] / peak);
        painter->fillRect(QRectF(r.left() + i * w, r.bottom() - h, std::max(1.0, w - 1), h), color);
    }
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setWidth(std::max(s.width(), ClusterModel::kActivityBins * 2 + 6));
    return s;
}

} // namespace ll
