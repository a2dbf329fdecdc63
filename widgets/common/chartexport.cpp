#include "common/chartexport.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QImageWriter>
#include <QPainter>
#include <QPointer>
#include <QWidget>

namespace ll {

ChartExporter::ChartExporter(QWidget* dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
{
}

void ChartExporter::addTarget(QWidget* chart, const QString& baseName)
{
    auto* action = new QAction(tr("Export Chart as PNG…"), chart);
    action->setObjectName(QStringLiteral("exportPng"));
    connect(action, &QAction::triggered, this, [this, chart = QPointer<QWidget>(chart), baseName] {
        if (chart)
            exportInteractive(chart, baseName);
    });
    chart->addAction(action);
    chart->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void ChartExporter::exportInteractive(QWidget* chart, const QString& baseName)
{
    const QString suggested = QDir::home().filePath(baseName + QStringLiteral(".png"));
    QString path = QFileDialog::getSaveFileName(m_dialogParent, tr("Export chart as PNG"), suggested, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    QString error;
    if (savePng(chart, path, &error))
        Q_EMIT finished(true, tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    else
        Q_EMIT finished(false, error);
}

QImage ChartExporter::render(QWidget* widget, qreal devicePixelRatio)
{
    if (!widget || widget->width() <= 0 || widget->height() <= 0)
        return {};
    const qreal dpr = devicePixelRatio > 0 ? devicePixelRatio : widget->devicePixelRatioF();
    QImage image(widget->size() * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(widget->palette().color(widget->backgroundRole()));
    // Children included, background already filled: what the window shows, not its backdrop.
    widget->render(&image, QPoint(), QRegion(), QWidget::DrawChildren);
    return image;
}

bool ChartExporter::savePng(QWidget* widget, const QString& path, QString* error, qreal devicePixelRatio)
{
    const QImage image = render(widget, devicePixelRatio);
    if (image.isNull()) {
        if (error)
            *error = tr("The chart is empty: there is nothing to export.");
        return false;
    }
    QImageWriter writer(path, "png");
    if (!writer.write(image)) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), writer.errorString());
        return false;
    }
    return true;
}

} // namespace ll
