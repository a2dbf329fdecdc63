#pragma once

#include <QImage>
#include <QObject>
#include <QString>

class QWidget;

namespace ll {

// "Export Chart as PNG…" for painted views (sizing chart, memory chart, duration heatmap): the
// widget is rendered into an image at its device pixel ratio (what the screen shows, sharp on
// HiDPI), on an opaque background so the file does not depend on the viewer's backdrop.
class ChartExporter : public QObject {
    Q_OBJECT
public:
    explicit ChartExporter(QWidget* dialogParent);

    // Adds the context-menu action to `chart`; `baseName` suggests the file name.
    void addTarget(QWidget* chart, const QString& baseName);
    // Asks for a file name, then saves. The outcome arrives through finished().
    void exportInteractive(QWidget* chart, const QString& baseName);

    static QImage render(QWidget* widget, qreal devicePixelRatio = 0);   // 0: the widget's own
    // Errors are data: false with a translated message.
    static bool savePng(QWidget* widget, const QString& path, QString* error = nullptr, qreal devicePixelRatio = 0);

Q_SIGNALS:
    void finished(bool ok, const QString& message);

private:
    QWidget* m_dialogParent;
};

} // namespace ll
