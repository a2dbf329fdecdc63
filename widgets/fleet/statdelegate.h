#pragma once

#include <QStyledItemDelegate>

namespace ll {

// Formats the numbers of FleetModel by their FormatRole (percent, ms, MB, USD) and paints the
// activity column as a sparkline of invocations with failures on top.
class StatDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QString displayText(const QVariant& value, const QLocale& locale) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    static QString format(const QVariant& value, int format, const QLocale& locale);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace ll
