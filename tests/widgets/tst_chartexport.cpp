#include "../models/columnsfixture.h"
#include "analysis/sizing.h"
#include "common/chartexport.h"
#include "heatmap/durationheatmap.h"
#include "memory/memorychart.h"
#include "sizing/sizingchart.h"
#include "sizing/sizingview.h"

#include <QAction>
#include <QImageReader>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace ll;
using lltest::kDay;
using lltest::kT0;
using lltest::Row;

// "Export Chart as PNG…": each exported file is a PNG of the widget's size times its device
// pixel ratio, and shows something (more than the background colour).
class TestChartExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exportsAPng_data();
    void exportsAPng();
    void highDpiDoublesThePixels();
    void contextMenuOffersTheExport();
    void unwritablePathIsAnError();
    void sizingComparisonAsCsv();

private:
    std::shared_ptr<InvocationColumns> m_columns;
    QStringList m_names { QStringLiteral("orders-api"), QStringLiteral("catalog-api") };
    QTemporaryDir m_dir;
};

using Make = std::function<std::unique_ptr<QWidget>(const std::shared_ptr<InvocationColumns>&, const QStringList&)>;
Q_DECLARE_METATYPE(Make)

namespace {

int distinctColours(const QImage& image, int limit = 16)
{
    QSet<QRgb> colours;
    const QImage img = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < img.height() && colours.size() < limit; y += 3) {
        const auto* line = reinterpret_cast<const QRgb*>(img.constScanLine(y));
        for (int x = 0; x < img.width() && colours.size() < limit; x += 3)
            colours.insert(line[x]);
    }
    return int(colours.size());
}

// The view keeps the chart inside; returned widget owns it.
std::unique_ptr<QWidget> sizingView(const std::shared_ptr<InvocationColumns>& cols, const QStringList& names)
{
    auto view = std::make_unique<SizingView>();
    SizingOptions o;
    o.prices = PriceTable::builtin();
    o.windowMs = kDay;
    view->setSizings(sizeFunctions(*cols, names, o));
    return view;
}

} // namespace

void TestChartExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    lltest::ColumnsBuilder b;
    for (int i = 0; i < 600; ++i) {
        Row r;
        r.startMs = kT0 + int64_t(i) * (kDay / 600);
        r.function = uint32_t(i % 2);
        r.sizeMb = r.function ? 256 : 1024;
        r.usedMb = uint16_t(r.function ? 200 + i % 50 : 150 + i % 80);
        r.durationMs = float(40 + (i * 37) % 400);
        r.billedMs = std::ceil(r.durationMs);
        b.add(r);
    }
    m_columns = std::make_shared<InvocationColumns>(b.finish());
}

void TestChartExport::exportsAPng_data()
{
    QTest::addColumn<Make>("make");
    QTest::addColumn<QSize>("size");
    QTest::newRow("sizing chart") << Make(sizingView) << QSize(1200, 400);
    QTest::newRow("memory chart") << Make([](const std::shared_ptr<InvocationColumns>& cols, const QStringList& names) {
        auto chart = std::make_unique<MemoryChart>();
        chart->setData(cols, names);
        chart->setFunctions({ 0, 1 });
        chart->waitForIdle();
        return std::unique_ptr<QWidget>(std::move(chart));
    }) << QSize(900, 360);
    QTest::newRow("duration heatmap") << Make([](const std::shared_ptr<InvocationColumns>& cols, const QStringList&) {
        auto heatmap = std::make_unique<DurationHeatmap>();
        heatmap->setData(cols);
        heatmap->setFunctions({ 0, 1 });
        heatmap->waitForIdle();
        return std::unique_ptr<QWidget>(std::move(heatmap));
    }) << QSize(800, 320);
}

void TestChartExport::exportsAPng()
{
    QFETCH(Make, make);
    QFETCH(QSize, size);
    std::unique_ptr<QWidget> top = make(m_columns, m_names);
    top->resize(size);
    top->show();
    QVERIFY(QTest::qWaitForWindowExposed(top.get()));
    QTest::qWait(50);   // queued worker results land
    QWidget* chart = top.get();
    if (auto* view = qobject_cast<SizingView*>(top.get()))
        chart = view->chart();

    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')) + QStringLiteral(".png"));
    QString error;
    QVERIFY2(ChartExporter::savePng(chart, path, &error), qPrintable(error));
    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
    QCOMPARE(image.size(), chart->size() * chart->devicePixelRatioF());
    QVERIFY2(distinctColours(image) > 4, "the exported chart is blank");
    if (!qEnvironmentVariableIsEmpty("LAMBDALENS_SCREENSHOT_DIR"))
        QFile::copy(path, QDir(qEnvironmentVariable("LAMBDALENS_SCREENSHOT_DIR")).filePath(QFileInfo(path).fileName()));
}

void TestChartExport::highDpiDoublesThePixels()
{
    DurationHeatmap heatmap;
    heatmap.resize(400, 200);
    heatmap.setData(m_columns);
    heatmap.waitForIdle();
    heatmap.show();
    QVERIFY(QTest::qWaitForWindowExposed(&heatmap));
    const QImage image = ChartExporter::render(&heatmap, 2.0);
    QCOMPARE(image.size(), QSize(800, 400));
    QCOMPARE(image.devicePixelRatio(), 2.0);
    QVERIFY(distinctColours(image) > 4);
}

void TestChartExport::contextMenuOffersTheExport()
{
    QWidget window;
    MemoryChart chart(&window);
    ChartExporter exporter(&window);
    exporter.addTarget(&chart, QStringLiteral("memory"));
    QCOMPARE(chart.contextMenuPolicy(), Qt::ActionsContextMenu);
    QAction* action = chart.findChild<QAction*>(QStringLiteral("exportPng"));
    QVERIFY(action);
    QVERIFY(chart.actions().contains(action));
}

void TestChartExport::unwritablePathIsAnError()
{
    DurationHeatmap heatmap;
    heatmap.resize(200, 100);
    QString error;
    QVERIFY(!ChartExporter::savePng(&heatmap, m_dir.filePath(QStringLiteral("no/such/dir/x.png")), &error));
    QVERIFY(!error.isEmpty());
    heatmap.resize(0, 0);
    QVERIFY(!ChartExporter::savePng(&heatmap, m_dir.filePath(QStringLiteral("empty.png")), &error));
}

void TestChartExport::sizingComparisonAsCsv()
{
    std::unique_ptr<QWidget> top = sizingView(m_columns, m_names);
    auto* view = static_cast<SizingView*>(top.get());
    const QString path = m_dir.filePath(QStringLiteral("sizing.csv"));
    QString error;
    QVERIFY2(view->exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + m_names.size());   // header + one row per function
    QVERIFY(lines[0].contains("function") || lines[0].contains("name"));
    QVERIFY(lines[1].contains("orders-api") || lines[2].contains("orders-api"));
    QAction* action = view->table()->findChild<QAction*>(QStringLiteral("exportCsv"));
    QVERIFY(action && view->table()->actions().contains(action));
    QVERIFY(!view->exportCsv(m_dir.filePath(QStringLiteral("no/such/dir/x.csv")), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
