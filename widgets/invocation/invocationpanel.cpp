#include "invocation/invocationpanel.h"

#include "analysis/invocationlinks.h"
#include "common/palette.h"
#include "report/fleetreport.h"
#include "selection/selection.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace ll {

namespace {
constexpr uint32_t kMaxShownLines = 20000;
// Bytes shown of one line: the panel does not wrap, and laying out a 50 MB line freezes the UI.
constexpr size_t kMaxLineBytes = 16 * 1024;
QString str(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

QString outcomeName(Outcome o)
{
    switch (o) {
    case Outcome::Ok: return InvocationPanel::tr("OK");
    case Outcome::Error: return InvocationPanel::tr("Error");
    case Outcome::Timeout: return InvocationPanel::tr("Timeout");
    case Outcome::OutOfMemory: return InvocationPanel::tr("Out of memory");
    case Outcome::Crash: return InvocationPanel::tr("Crash");
    case Outcome::Incomplete: return InvocationPanel::tr("Incomplete");
    }
    return {};
}
}

InvocationPanel::InvocationPanel(Selection* selection, QWidget* parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_title(new QLabel(this))
    , m_figures(new QLabel(this))
    , m_log(new QPlainTextEdit(this))
    , m_prev(new QPushButton(tr("◀ Previous in environment"), this))
    , m_nextButton(new QPushButton(tr("Next in environment ▶"), this))
    , m_attempt(new QPushButton(tr("First attempt"), this))
    , m_actions(new QToolButton(this))
{
    for (QLabel* l : { m_title, m_figures }) {
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setWordWrap(true);
    }
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_figures->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setPlaceholderText(tr("Select an invocation on the timeline, in the log browser or in an error cluster."));

    m_actions->setText(tr("Actions"));
    m_actions->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_actions);
    menu->addAction(tr("Copy request id"), this, &InvocationPanel::copyRequestId);
    menu->addAction(tr("Copy Logs Insights query"), this, &InvocationPanel::copyInsightsQuery);
    menu->addAction(tr("Copy console link"), this, &InvocationPanel::copyConsoleLink);
    menu->addAction(tr("Export as JSON…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export invocation"), {}, tr("JSON (*.json)"));
        if (!path.isEmpty())
            exportJson(path);
    });
    m_actions->setMenu(menu);

    auto* nav = new QHBoxLayout;
    nav->addWidget(m_prev);
    nav->addWidget(m_nextButton);
    nav->addWidget(m_attempt);
    nav->addStretch(1);
    nav->addWidget(m_actions);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_figures);
    layout->addLayout(nav);
    layout->addWidget(m_log, 1);

    connect(m_prev, &QPushButton::clicked, this, [this] { m_selection->setInvocation(m_previous); });
    connect(m_nextButton, &QPushButton::clicked, this, [this] { m_selection->setInvocation(m_next); });
    connect(m_attempt, &QPushButton::clicked, this, [this] { m_selection->setInvocation(m_firstAttempt); });
    connect(m_selection, &Selection::invocationChanged, this, &InvocationPanel::showInvocation);
    showInvocation(-1);
}

void InvocationPanel::setFleet(FleetPtr fleet)
{
    m_fleet = std::move(fleet);
    showInvocation(m_selection->invocation());
}

void InvocationPanel::showInvocation(int64_t row)
{
    const bool valid = m_fleet && row >= 0 && uint64_t(row) < m_fleet->invocationCount();
    m_row = valid ? row : -1;
    m_prev->setEnabled(false);
    m_nextButton->setEnabled(false);
    m_attempt->setVisible(false);
    m_actions->setEnabled(valid);
    if (!valid) {
        m_title->setText(tr("No invocation selected"));
        m_figures->clear();
        m_log->clear();
        return;
    }
    const Fleet& f = *m_fleet;
    const Invocation i = f.invocation(uint32_t(row));
    const QLocale locale;
    m_title->setText(QStringLiteral("%1 · %2 · %3").arg(displaySafeBounded(f.displayName(i.function), 256), outcomeName(i.outcome),
                                                          displaySafeBounded(i.requestId, 256)));
    QPalette pal = m_title->palette();
    pal.setColor(QPalette::WindowText, i.outcome == Outcome::Ok ? palette().color(QPalette::WindowText) : outcomeColor(i.outcome));
    m_title->setPalette(pal);

    QStringList figures;
    figures << tr("Start          %1").arg(isoTime(i.startMs));
    if (i.durationMs >= 0)
        figures << tr("Duration       %1 ms (billed %2 ms)").arg(locale.toString(i.durationMs, 'f', 2), locale.toString(i.billedDurationMs, 'f', 0));
    if (i.memorySizeMb)
        figures << tr("Memory         %1 of %2 MB used (%3%)")
                       .arg(i.maxMemoryUsedMb)
                       .arg(i.memorySizeMb)
                       .arg(locale.toString(100.0 * i.maxMemoryUsedMb / i.memorySizeMb, 'f', 1));
    if (i.initDurationMs >= 0)
        figures << tr("Cold start     init %1 ms").arg(locale.toString(i.initDurationMs, 'f', 2));
    if (i.restoreDurationMs >= 0)
        figures << tr("Cold start     SnapStart restore %1 ms (billed %2 ms)")
                       .arg(locale.toString(i.restoreDurationMs, 'f', 2), locale.toString(i.billedRestoreDurationMs, 'f', 0));
    else if (i.cold() && i.initDurationMs < 0)
        figures << tr("Cold start     new execution environment");
    if (!i.errorType.empty())
        figures << tr("Error          %1").arg(displaySafeBounded(i.errorType, 1024));
    if (i.retry())
        figures << tr("Retry          of an earlier attempt with the same request id");
    if (!i.traceId.empty())
        figures << tr("X-Ray trace    %1").arg(displaySafeBounded(i.traceId, 1024));
    figures << tr("Environment    %1").arg(displaySafeBounded(f.streamName(i.stream), 1024));
    m_figures->setText(figures.join(QLatin1Char('\n')));

    QString text;
    auto append = [&](uint32_t l) {
        const LogLine line = f.line(l);
        const QString level = QString::fromLatin1(levelKey(line.level));
        text += isoTime(line.timestampMs).mid(11) + QLatin1Char(' ') + level.leftJustified(5) + QLatin1Char(' ')
            + (line.message.size() <= kMaxLineBytes ? readableMessage(line.message).trimmed()
                                                    : displaySafeBounded(line.message, kMaxLineBytes))
            + QLatin1Char('\n');
    };
    const auto [initBegin, initEnd] = f.initLines(uint32_t(row));
    for (uint32_t l = initBegin; l < initEnd; ++l)
        append(l);
    const uint32_t shown = std::min(i.lineCount, kMaxShownLines);
    for (uint32_t l = i.firstLine; l < i.firstLine + shown; ++l)
        append(l);
    if (shown < i.lineCount)
        text += tr("… %n more lines (see the log browser)", nullptr, int(i.lineCount - shown));
    m_log->setPlainText(text);

    const auto [prev, next] = f.neighboursInStream(uint32_t(row));
    m_previous = prev;
    m_next = next;
    m_prev->setEnabled(prev >= 0);
    m_nextButton->setEnabled(next >= 0);
    m_firstAttempt = f.columns().firstAttempt[size_t(row)];
    m_attempt->setVisible(m_firstAttempt >= 0);
}

QString InvocationPanel::logText() const { return m_log->toPlainText(); }
QString InvocationPanel::figuresText() const { return m_figures->text(); }

void InvocationPanel::copyRequestId()
{
    if (m_row >= 0)
        QApplication::clipboard()->setText(str(m_fleet->invocation(uint32_t(m_row)).requestId));
}

void InvocationPanel::copyInsightsQuery()
{
    if (m_row >= 0)
        QApplication::clipboard()->setText(insightsQueryForRequest(*m_fleet, m_fleet->invocation(uint32_t(m_row))));
}

void InvocationPanel::copyConsoleLink()
{
    if (m_row >= 0)
        QApplication::clipboard()->setText(consoleLinkForInvocation(*m_fleet, m_fleet->invocation(uint32_t(m_row))));
}

bool InvocationPanel::exportJson(const QString& path)
{
    if (m_row < 0)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return file.write(QJsonDocument(invocationExportJson(*m_fleet, m_fleet->invocation(uint32_t(m_row)))).toJson()) > 0;
}

} // namespace ll
