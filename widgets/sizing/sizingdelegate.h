#pragma once

#include <QStyledItemDelegate>

namespace ll {

// Formats SizingModel numbers (MB, %, ms, $, CPU verdict); estimates get a trailing '*'.
class SizingDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static QString format(int column, const QVariant& value, bool estimate, const QLocale& locale);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace ll
