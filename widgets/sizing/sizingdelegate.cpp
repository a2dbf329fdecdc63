#include "sizing/sizingdelegate.h"

#include "itemmodels/sizingmodel.h"

#include <QLocale>

namespace ll {

namespace {
QString money(double v, const QLocale& l)
{
    const int decimals = v != 0 && std::abs(v) < 1 ? 4 : 2;
    return (v < 0 ? QStringLiteral("−$") : QStringLiteral("$")) + l.toString(std::abs(v), 'f', decimals);
}
// The header says "ms": the cells stay narrow.
QString ms(double v, const QLocale& l) { return l.toString(v, 'f', v < 10 ? 1 : 0); }
}

QString SizingDelegate::format(int column, const QVariant& value, bool estimate, const QLocale& l)
{
    QString text;
    switch (column) {
    case SizingModel::Name: return value.toString();
    case SizingModel::MemorySize:
    case SizingModel::MaxMemoryUsed:
    case SizingModel::P99MemoryUsed:
    case SizingModel::RecommendedMemory: text = l.toString(value.toUInt()); break;
    case SizingModel::Utilization: text = l.toString(value.toDouble() * 100, 'f', 0) + QLatin1Char('%'); break;
    case SizingModel::P50Duration:
    case SizingModel::P99Duration:
    case SizingModel::P99BilledDuration: text = ms(value.toDouble(), l); break;
    case SizingModel::Invocations: text = l.toString(value.toULongLong()); break;
    case SizingModel::GbSecondsPerDay: text = l.toString(value.toDouble(), 'f', 1); break;
    case SizingModel::CostPerDay:
    case SizingModel::CostPerMillion:
    case SizingModel::RecommendedCostPerDay:
    case SizingModel::SavingPerDay:
    case SizingModel::Arm64CostPerDay: text = money(value.toDouble(), l); break;
    case SizingModel::CpuBound: {
        const int v = value.toInt();
        text = v < 0 ? SizingModel::tr("unknown") : v ? SizingModel::tr("yes") : SizingModel::tr("no");
        break;
    }
    default: text = value.toString();
    }
    return estimate ? text + QLatin1Char('*') : text;
}

void SizingDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->text = format(index.column(), index.data(SizingModel::ValueRole),
                          index.data(SizingModel::EstimateRole).toBool(), option->locale);
    if (index.column() == SizingModel::SavingPerDay) {
        const double v = index.data(SizingModel::ValueRole).toDouble();
        if (v > 0)
            option->palette.setColor(QPalette::Text, QColor(0x00, 0x7A, 0x55));
        else if (v < 0)
            option->palette.setColor(QPalette::Text, QColor(0xB0, 0x40, 0x00));
    }
}

} // namespace ll
