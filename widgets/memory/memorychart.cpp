#include "memory/memorychart.h"

#include "common/chartpalette.h"
#include "jobs/jobrunner.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>

Q_DECLARE_METATYPE(std::shared_ptr<std::vector<ll::MemorySeries>>)

namespace ll {

namespace {

// Okabe-Ito, distinct for colour-blind readers; function i gets colour i.
const QColor kColors[] = { QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                           QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xF0, 0xE4, 0x42) };
const QColor kOomColor(0xD5, 0x5E, 0x00);

// A function with more gaps than this gets its lines bridged across empty bins, so the chart
// never holds hundreds of segment series.
constexpr int kMaxSegments = 12;

QColor colorFor(int i) { return kColors[size_t(i) % std::size(kColors)]; }

} // namespace

struct MemoryChart::Charts {
    QChart* time = nullptr;
    QDateTimeAxis* x = nullptr;
    QValueAxis* y = nullptr;
    QBarCategoryAxis* buckets = nullptr;
    QValueAxis* share = nullptr;
    QChartView* timeView = nullptr;
    QChart* histogram = nullptr;
    QChartView* histogramView = nullptr;
};

MemoryChart::MemoryChart(QWidget* parent)
    : QWidget(parent)
    , m_charts(std::make_unique<Charts>())
    , m_job(new JobRunner(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_charts->time = new QChart;
    m_charts->time->setTitle(tr("Memory used (MB)"));
    // Qt's legend cannot leave out the helper series (segments, lines) reliably: ours is plain
    // labels below the chart (function names come from logs: plain text only).
    m_charts->time->legend()->hide();
    m_charts->timeView = new QChartView(m_charts->time, this);
    m_charts->timeView->setRenderHint(QPainter::Antialiasing);
    m_charts->histogram = new QChart;
    m_charts->histogram->setTitle(tr("Utilization (used / size)"));
    m_charts->histogram->legend()->hide();
    m_charts->histogramView = new QChartView(m_charts->histogram, this);
    // Axes live as long as the charts: Qt Charts lays out new axes lazily and badly.
    m_charts->x = new QDateTimeAxis;
    m_charts->x->setFormat(QStringLiteral("MMM d HH:mm"));
    m_charts->x->setTickCount(6);
    m_charts->y = new QValueAxis;
    m_charts->y->setLabelFormat(QStringLiteral("%d"));
    m_charts->y->setTitleText(tr("MB"));
    m_charts->time->addAxis(m_charts->x, Qt::AlignBottom);
    m_charts->time->addAxis(m_charts->y, Qt::AlignLeft);
    m_charts->buckets = new QBarCategoryAxis;
    m_charts->buckets->setTitleText(tr("used / size (%)"));
    QFont small = m_charts->buckets->labelsFont();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.8));
    m_charts->buckets->setLabelsFont(small);
    m_charts->buckets->setLabelsAngle(-90);
    m_charts->share = new QValueAxis;
    m_charts->share->setLabelFormat(QStringLiteral("%d%%"));
    m_charts->share->setTitleText(tr("% of invocations"));
    m_charts->share->setRange(0, 100);
    m_charts->histogram->addAxis(m_charts->buckets, Qt::AlignBottom);
    m_charts->histogram->addAxis(m_charts->share, Qt::AlignLeft);
    m_charts->y->setTickCount(5);
    applyChartPalette(m_charts->time, palette());
    applyChartPalette(m_charts->histogram, palette());
    auto* left = new QVBoxLayout;
    left->setContentsMargins(0, 0, 0, 0);
    left->addWidget(m_charts->timeView, 1);
    m_legend = new QWidget(this);
    new QHBoxLayout(m_legend);
    m_legend->layout()->setContentsMargins(8, 0, 8, 4);
    left->addWidget(m_legend);
    layout->addLayout(left, 5);
    layout->addWidget(m_charts->histogramView, 2);

    connect(m_job, &JobRunner::finished, this, [this](const QVariant& result) {
        if (auto series = result.value<std::shared_ptr<std::vector<MemorySeries>>>())
            setSeries(std::move(*series));
    });
    rebuildCharts();
}

MemoryChart::~MemoryChart() = default;

void MemoryChart::setData(std::shared_ptr<const InvocationColumns> columns, QStringList names)
{
    m_columns = std::move(columns);
    m_names = std::move(names);
    rebin();
}

void MemoryChart::setFleet(const FleetPtr& fleet)
{
    QStringList names;
    if (fleet) {
        for (uint32_t f = 0; f < fleet->functionCount(); ++f)
            names << fleet->displayName(f);
    }
    // Aliasing pointer: the columns live as long as the fleet that owns them.
    setData(fleet ? std::shared_ptr<const InvocationColumns>(fleet, &fleet->columns()) : nullptr, names);
}

void MemoryChart::setFunctions(const QVector<uint32_t>& functions)
{
    m_functions = functions.mid(0, maxFunctions());
    rebin();
}

void MemoryChart::setTimeRange(int64_t fromMs, int64_t toMs)
{
    m_fromMs = fromMs;
    m_toMs = toMs;
    rebin();
}

bool MemoryChart::isBinning() const { return m_job->isRunning(); }

bool MemoryChart::waitForIdle(int timeoutMs) { return m_job->waitForIdle(timeoutMs); }

int MemoryChart::binCount() const
{
    // About one bin per 4 pixels of plot: finer than that is noise on screen.
    const int plotWidth = m_charts->timeView->width() - 80;
    return std::clamp(plotWidth / 4, 20, 400);
}

void MemoryChart::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (std::abs(binCount() - m_lastBins) > m_lastBins / 4)
        rebin();
}

void MemoryChart::rebin()
{
    if (!m_columns || m_functions.isEmpty()) {
        m_job->cancel();
        setSeries({});
        return;
    }
    MemoryBinSpec spec;
    spec.fromMs = m_fromMs;
    spec.toMs = m_toMs;
    spec.bins = m_lastBins = binCount();
    spec.histogramBuckets = 10;
    const auto all = functionRows(*m_columns);
    std::vector<FunctionRows> rows;
    for (uint32_t f : m_functions) {
        auto it = std::find_if(all.begin(), all.end(), [f](const FunctionRows& r) { return r.function == f; });
        rows.push_back(it != all.end() ? *it : FunctionRows { f, 0, 0 });
    }
    m_job->start(tr("Binning memory"), [columns = m_columns, rows, spec](JobContext& ctx) -> QVariant {
        if (ctx.cancelled())
            return {};
        auto out = std::make_shared<std::vector<MemorySeries>>(binMemory(*columns, rows, spec));
        return QVariant::fromValue(out);
    });
}

void MemoryChart::setSeries(std::vector<MemorySeries> series)
{
    m_series = std::move(series);
    rebuildCharts();
    Q_EMIT seriesChanged();
}

void MemoryChart::rebuildCharts()
{
    QChart* chart = m_charts->time;
    chart->removeAllSeries();
    QChart* hist = m_charts->histogram;
    hist->removeAllSeries();
    QDateTimeAxis* x = m_charts->x;
    QValueAxis* y = m_charts->y;

    double yMax = 128;
    int64_t fromMs = 0, toMs = 1;
    if (!m_series.empty()) {
        fromMs = m_series.front().fromMs;
        toMs = std::max(m_series.front().toMs, fromMs + 1);
    }
    auto attach = [&](QAbstractSeries* s) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    };
    auto hideMarker = [&](QAbstractSeries* s) {
        for (QLegendMarker* m : chart->legend()->markers(s))
            m->setVisible(false);
    };

    auto* histogramSeries = new QBarSeries;
    int histogramBuckets = 0;
    for (size_t fi = 0; fi < m_series.size(); ++fi) {
        const MemorySeries& ms = m_series[fi];
        const QColor color = colorFor(int(fi));
        const QString name = ms.function < uint32_t(m_names.size()) ? m_names.at(int(ms.function))
                                                                     : QStringLiteral("#%1").arg(ms.function);
        yMax = std::max({ yMax, double(ms.maxSizeMb), ms.maxUsedMb });

        // Runs of non-empty warm bins; each run is one band segment.
        std::vector<std::pair<size_t, size_t>> runs;
        for (size_t b = 0; b < ms.bins.size();) {
            if (!ms.bins[b].warm.count) {
                ++b;
                continue;
            }
            size_t e = b;
            while (e < ms.bins.size() && ms.bins[e].warm.count)
                ++e;
            runs.emplace_back(b, e);
            b = e;
        }
        if (int(runs.size()) > kMaxSegments && !runs.empty())
            runs = { { runs.front().first, runs.back().second } };
        bool first = true;
        for (const auto& [b0, b1] : runs) {
            auto* upper = new QLineSeries;
            auto* lower = new QLineSeries;
            auto* p50 = new QLineSeries;
            auto* p95 = new QLineSeries;
            for (size_t b = b0; b < b1; ++b) {
                const MemoryBin& bin = ms.bins[b];
                if (!bin.warm.count)
                    continue;   // bridged gap
                // Points at bin centres; a lone bin spans its edges so it stays visible.
                const bool lone = b1 - b0 == 1;
                const double ts[2] = { lone ? double(bin.fromMs) : double(bin.fromMs + bin.toMs) / 2, double(bin.toMs) };
                for (int k = 0; k < (lone ? 2 : 1); ++k) {
                    const double t = ts[k];
                    upper->append(t, bin.warm.max);
                    lower->append(t, bin.warm.min);
                    p50->append(t, bin.warm.p50);
                    p95->append(t, bin.warm.p95);
                }
            }
            auto* band = new QAreaSeries(upper, lower);
            // The area series does not own its boundary lines; without a parent they leak on rebuild.
            upper->setParent(band);
            lower->setParent(band);
            band->setName(name);
            QColor fill = color;
            fill.setAlpha(60);
            band->setBrush(fill);
            band->setPen(Qt::NoPen);
            attach(band);
            QPen p50Pen(color, 2);
            p50->setPen(p50Pen);
            p50->setName(tr("%1 p50").arg(name));
            attach(p50);
            QPen p95Pen(color.darker(130), 1, Qt::DashLine);
            p95->setPen(p95Pen);
            p95->setName(tr("%1 p95").arg(name));
            attach(p95);
            if (!first) {
                hideMarker(band);
                hideMarker(p50);
                hideMarker(p95);
            } else {
                hideMarker(p95);
                hideMarker(p50);
            }
            first = false;
        }

        // Configured size: a step line with the exact change times.
        if (!ms.sizeSteps.empty()) {
            auto* steps = new QLineSeries;
            for (size_t k = 0; k < ms.sizeSteps.size(); ++k) {
                const int64_t end = k + 1 < ms.sizeSteps.size() ? ms.sizeSteps[k + 1].fromMs : ms.toMs;
                steps->append(double(ms.sizeSteps[k].fromMs), ms.sizeSteps[k].memorySizeMb);
                steps->append(double(end), ms.sizeSteps[k].memorySizeMb);
            }
            steps->setName(tr("%1 size").arg(name));
            steps->setPen(QPen(color.darker(160), 2, Qt::DotLine));
            attach(steps);
            hideMarker(steps);
        }

        // Cold starts apart from warm: their p50 per bin.
        auto* cold = new QScatterSeries;
        cold->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
        cold->setMarkerSize(8);
        cold->setColor(color);
        cold->setBorderColor(color.darker(150));
        for (const MemoryBin& bin : ms.bins) {
            if (bin.cold.count)
                cold->append(double(bin.fromMs + bin.toMs) / 2, bin.cold.p50);
        }
        cold->setName(tr("%1 cold starts").arg(name));
        attach(cold);
        if (cold->count() == 0 || fi > 0)
            hideMarker(cold);

        auto* oom = new QScatterSeries;
        oom->setMarkerShape(QScatterSeries::MarkerShapeStar);
        oom->setMarkerSize(14);
        oom->setColor(kOomColor);
        oom->setBorderColor(kOomColor.darker(140));
        for (const MemoryBin& bin : ms.bins) {
            if (bin.oomKills)
                oom->append(double(bin.fromMs + bin.toMs) / 2, bin.oomMaxUsedMb);
        }
        oom->setName(tr("out-of-memory kill"));
        attach(oom);
        if (oom->count() == 0)
            hideMarker(oom);

        // Utilization histogram: share of the function's invocations per bucket, comparable
        // across functions of different volume.
        auto* set = new QBarSet(name);
        set->setColor(color);
        set->setBorderColor(color.darker(130));
        histogramBuckets = std::max(histogramBuckets, int(ms.utilization.counts.size()));
        for (uint32_t c : ms.utilization.counts)
            set->append(ms.utilization.total ? 100.0 * c / ms.utilization.total : 0.0);
        histogramSeries->append(set);
    }
    x->setRange(QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC), QDateTime::fromMSecsSinceEpoch(toMs, Qt::UTC));
    y->setRange(0, yMax * 1.08);
    y->applyNiceNumbers();

    rebuildLegend();
    hist->addSeries(histogramSeries);
    QStringList cats;
    for (int b = 0; b < histogramBuckets; ++b)
        cats << QString::number(100 * (b + 1) / histogramBuckets);
    m_charts->buckets->setCategories(cats);
    double top = 10;
    for (QBarSet* set : histogramSeries->barSets()) {
        for (int i = 0; i < set->count(); ++i)
            top = std::max(top, set->at(i));
    }
    m_charts->share->setRange(0, std::min(100.0, std::ceil(top / 10) * 10));
    histogramSeries->attachAxis(m_charts->buckets);
    histogramSeries->attachAxis(m_charts->share);
}

void MemoryChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyChartPalette(m_charts->time, palette());
        applyChartPalette(m_charts->histogram, palette());
        if (m_legend)
            rebuildLegend();
    }
    QWidget::changeEvent(event);
}

void MemoryChart::rebuildLegend()
{
    auto* layout = static_cast<QHBoxLayout*>(m_legend->layout());
    while (QLayoutItem* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto swatch = [this, layout](const QColor& color, Qt::PenStyle style, const QString& text, bool filled) {
        QPixmap pm(18, 12);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        if (filled) {
            QColor fill = color;
            fill.setAlpha(90);
            p.fillRect(QRect(0, 1, 18, 10), fill);
        }
        p.setPen(QPen(color, 2, style));
        p.drawLine(0, 6, 18, 6);
        p.end();
        auto* icon = new QLabel(m_legend);
        icon->setPixmap(pm);
        auto* label = new QLabel(text, m_legend);
        label->setTextFormat(Qt::PlainText);
        layout->addWidget(icon);
        layout->addWidget(label);
        // Children added to a visible parent stay hidden until shown.
        icon->show();
        label->show();
        layout->addSpacing(10);
    };
    for (size_t fi = 0; fi < m_series.size(); ++fi) {
        const uint32_t f = m_series[fi].function;
        swatch(colorFor(int(fi)), Qt::SolidLine,
               f < uint32_t(m_names.size()) ? m_names.at(int(f)) : QStringLiteral("#%1").arg(f), true);
    }
    const QColor ink = palette().color(QPalette::Text);
    swatch(ink, Qt::SolidLine, tr("p50 (band: min–max)"), false);
    swatch(ink, Qt::DashLine, tr("p95"), false);
    swatch(ink, Qt::DotLine, tr("configured size"), false);
    auto* marks = new QLabel(tr("▲ cold-start p50   ★ out-of-memory kill"), m_legend);
    marks->setTextFormat(Qt::PlainText);
    layout->addWidget(marks);
    marks->show();
    layout->addStretch(1);
}

} // namespace ll
