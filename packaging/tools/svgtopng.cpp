// Renders the scalable app icon to the fixed-size PNGs of the hicolor theme at build time, so the
// PNGs in the package can never drift from resources/lambdalens.svg.
// Usage: lambdalens_svgtopng SVG SIZE OUT.png
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() != 4) {
        err << "usage: lambdalens_svgtopng SVG SIZE OUT.png\n";
        return 2;
    }
    bool ok = false;
    const int size = args.at(2).toInt(&ok);
    if (!ok || size <= 0 || size > 4096) {
        err << "lambdalens_svgtopng: bad size '" << args.at(2) << "'\n";
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        err << "lambdalens_svgtopng: cannot read SVG '" << args.at(1) << "'\n";
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    // Hicolor PNGs are plain non-premultiplied RGBA.
    if (!image.convertToFormat(QImage::Format_ARGB32).save(args.at(3), "PNG")) {
        err << "lambdalens_svgtopng: cannot write '" << args.at(3) << "'\n";
        return 1;
    }
    return 0;
}
