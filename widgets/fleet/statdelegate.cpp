#include "fleet/statdelegate.h"

#include "common/palette.h"
#include "itemmodels/fleetmodel.h"

#include <QApplication>
#include <QPainter>

namespace ll {

QString StatDelegate::format(const QVariant& value, int format, const QLocale& locale)
{
    switch (format) {
    case FleetModel::Count: return locale.toString(value.toLongLong());
    case FleetModel::Percent: return locale.toString(value.toDouble() * 100.0, 'f', 1) + QLatin1Char('%');
    case FleetModel::Millis: {
        const double ms = value.toDouble();
        if (ms >= 10000)
            return locale.toString(ms / 1000.0, 'f', 1) + QStringLiteral(" s");
        return locale.toString(ms, 'f', ms < 10 ? 2 : 0) + QStringLiteral(" ms");
    }
    case FleetModel::MegaBytes: return locale.toString(value.toInt()) + QStringLiteral(" MB");
    case FleetModel::Usd: return QStringLiteral("$") + locale.toString(value.toDouble(), 'f', value.toDouble() < 1 ? 4 : 2);
    case FleetModel::Sparkline: return {};
    default: return value.toString();
    }
}

QString StatDelegate::displayText(const QVariant& value, const QLocale& locale) const
{
    return QStyledItemDelegate::displayText(value, locale);
}

void StatDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const int fmt = index.data(FleetModel::FormatRole).toInt();
    if (fmt != FleetModel::Text)
        option->text = format(index.data(FleetModel::ValueRole), fmt, option->locale);
    // Failures draw the eye only when there are some.
    if ((index.column() == FleetModel::Failed || index.column() == FleetModel::FailureRate)
        && index.data(FleetModel::ValueRole).toDouble() > 0)
        option->palette.setColor(QPalette::Text, outcomeColor(Outcome::Error));
}

void StatDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.data(FleetModel::FormatRole).toInt() != FleetModel::Sparkline) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const auto activity = index.data(FleetModel::ActivityRole).value<QVector<int>>();
    const auto failures = index.data(FleetModel::FailureActivityRole).value<QVector<int>>();
    if (activity.isEmpty())
        return;
    const int peak = std::max(1, *std::max_element(activity.begin(), activity.end()));
    const QRectF r = QRectF(option.rect).adjusted(3, 3, -3, -3);
    const double w = r.width() / activity.size();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    const QColor ok = option.palette.color(QPalette::Text);
    for (int i = 0; i < activity.size(); ++i) {
        const double h = r.height() * activity[i] / peak;
        const double fh = r.height() * failures.value(i) / peak;
        const QRectF bar(r.left() + i * w, r.bottom() - h, std::max(1.0, w - 1), h);
        painter->fillRect(bar, QColor(ok.red(), ok.green(), ok.blue(), 90));
        if (fh > 0)
            painter->fillRect(QRectF(bar.left(), r.bottom() - std::max(1.0, fh), bar.width(), std::max(1.0, fh)),
                outcomeColor(Outcome::Error));
    }
    painter->restore();
}

QSize StatDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(FleetModel::FormatRole).toInt() == FleetModel::Sparkline)
        s.setWidth(std::max(s.width(), 120));
    return s;
}

} // namespace ll
