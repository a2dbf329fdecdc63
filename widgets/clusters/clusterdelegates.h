#pragma once

#include <QStyledItemDelegate>

namespace ll {

// A number with a bar behind it, as long as the row's share of the column's largest value
// (ClusterModel::FractionRole); the number comes from ValueRole.
class CountBarDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

// Occurrences over time from ClusterModel::ActivityRole, one bar per bin.
class SparklineDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace ll
