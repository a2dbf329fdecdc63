#include "logview/logbrowser.h"

#include "logsearch/jsonfields.h"
#include "logview/filterbar.h"
#include "logview/logtext.h"
#include "logview/logview.h"
#include "selection/selection.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace ll {

namespace {
constexpr int kDetailBytes = 256 * 1024;
}

LogBrowser::LogBrowser(QWidget* parent)
    : QWidget(parent)
    , m_engine(new FilterEngine(this))
{
    m_bar = new FilterBar(m_engine, this);
    m_view = new LogView(this);
    m_detail = new QPlainTextEdit(this);
    m_detail->setReadOnly(true);
    m_detail->setFont(m_view->font());
    m_detail->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_detail->setPlaceholderText(tr("Select a line to see it in full"));

    auto* status = new QHBoxLayout;
    status->setContentsMargins(4, 0, 4, 0);
    m_columns = new QToolButton(this);
    m_columns->setText(tr("JSON columns"));
    m_columns->setPopupMode(QToolButton::InstantPopup);
    m_columns->setMenu(new QMenu(m_columns));
    m_columns->setToolTip(tr("Show fields of JSON log lines as columns"));
    m_contextBox = new QCheckBox(tr("Show in context"), this);
    m_contextBox->setToolTip(tr("Show all lines with the matches marked; F3 / Shift+F3 jump between them"));
    m_wrapBox = new QCheckBox(tr("Wrap lines"), this);
    m_wrapBox->setToolTip(tr("Wrap every line (Shift+W); W wraps only the current line"));
    m_followLabel = new QLabel(this);
    m_followLabel->setTextFormat(Qt::PlainText);
    status->addWidget(m_columns);
    status->addWidget(m_contextBox);
    status->addWidget(m_wrapBox);
    status->addStretch(1);
    status->addWidget(m_followLabel);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(true);
    splitter->setSizes({ 600, 90 });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_bar);
    layout->addWidget(splitter, 1);
    layout->addLayout(status);

    connect(m_engine, &FilterEngine::resultsChanged, this, &LogBrowser::showResults);
    connect(m_engine, &FilterEngine::rowsAppended, this, &LogBrowser::showAppended);
    connect(m_engine, &FilterEngine::stackChanged, this, [this] { m_view->setHighlighters(m_engine->highlighters()); });
    connect(m_view, &LogView::filterRequested, m_bar, &FilterBar::focusFilter);
    connect(m_view, &LogView::clearFilterRequested, m_bar, &FilterBar::clearText);
    connect(m_view, &LogView::currentRowChanged, this, &LogBrowser::updateDetail);
    connect(m_view, &LogView::followChanged, this, &LogBrowser::updateFollowLabel);
    connect(m_view, &LogView::newLinesChanged, this, &LogBrowser::updateFollowLabel);
    connect(m_contextBox, &QCheckBox::toggled, this, &LogBrowser::setShowContext);
    connect(m_wrapBox, &QCheckBox::toggled, m_view, &LogView::setWrapAll);
    connect(m_view, &LogView::wrapAllChanged, m_wrapBox, &QCheckBox::setChecked);
    connect(m_view, &LogView::invocationActivated, this, [this](int64_t invocation) {
        if (!m_selection || invocation < 0)
            return;
        m_ownInvocationChange = true;  // the user is on the line already: do not jump
        m_selection->setInvocation(invocation);
        m_ownInvocationChange = false;
    });
    updateFollowLabel();
}

void LogBrowser::setSource(LineSourcePtr source, bool sameDataGrown)
{
    if (sameDataGrown)
        m_view->replaceSource(source);
    else
        m_view->setSource(source);
    m_engine->setSource(source);
    if (source) {
        QStringList names;
        for (uint32_t f = 0; f < source->functionCount(); ++f)
            names << visibleControls(source->functionName(f));
        m_bar->setFunctionNames(names);
    }
    rebuildColumnsMenu();
    if (m_selection)
        pullHighlight();  // a new source resets the filter stack; the highlight still holds
    m_bar->apply();  // the bar may hold a filter (or a selection's) already
}

void LogBrowser::extendSource(LineSourcePtr grown)
{
    m_view->setSource(grown);
    m_engine->extendSource(std::move(grown));
}

void LogBrowser::setSelection(Selection* selection)
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    if (!selection)
        return;
    connect(selection, &Selection::timeRangeChanged, this, [this](int64_t from, int64_t to) {
        m_bar->setTimeRange(from, to);
    });
    connect(selection, &Selection::functionsChanged, this, [this] {
        m_bar->setSelectedFunctions(m_selection->functions());
    });
    connect(selection, &Selection::filterTextChanged, m_bar, &FilterBar::setText);
    connect(selection, &Selection::invocationChanged, this, [this](int64_t row) {
        if (!m_ownInvocationChange)
            scrollToInvocation(row);
    });
    connect(selection, &Selection::highlightedChanged, this, &LogBrowser::pullHighlight);
    connect(m_bar, &FilterBar::textEdited, selection, &Selection::setFilterText);
    connect(m_bar, &FilterBar::functionsEdited, selection, &Selection::setFunctions);
    m_bar->setTimeRange(selection->fromMs(), selection->toMs());
    m_bar->setSelectedFunctions(selection->functions());
    m_bar->setText(selection->state().filterText);
    pullHighlight();
    scrollToInvocation(selection->invocation());
}

// The shared highlight (a cluster's invocations, a heatmap brush) filters the lines.
void LogBrowser::pullHighlight()
{
    const QSet<uint32_t>& rows = m_selection->highlighted();
    if (rows.isEmpty()) {
        m_bar->setInvocationFilter(nullptr);
        return;
    }
    m_bar->setInvocationFilter(InvocationSet::make(std::vector<uint32_t>(rows.begin(), rows.end()),
        visibleControls(m_selection->highlightLabel())));
}

void LogBrowser::scrollToInvocation(int64_t invocation)
{
    const LineSourcePtr& source = m_engine->source();
    if (!source || invocation < 0)
        return;
    const int64_t first = source->firstRowOf(invocation);
    if (first >= 0)
        m_view->scrollToSourceRow(uint32_t(first));
}

void LogBrowser::setShowContext(bool context)
{
    if (context == m_context)
        return;
    m_context = context;
    m_contextBox->setChecked(context);
    showResults();
}

void LogBrowser::showResults()
{
    m_view->setHighlighters(m_engine->highlighters());
    const bool filtered = !m_engine->currentSpec().isEmpty();
    if (m_context && filtered) {
        m_shownBaseCount = m_engine->baseRowCount();
        m_view->setRows(m_engine->baseRows(), m_shownBaseCount);
        m_view->setMarks(m_engine->rows() ? m_engine->rows() : nullptr);
    } else {
        m_view->setRows(m_engine->rows(), m_engine->rowCount());
        m_view->setMarks(nullptr);
    }
}

void LogBrowser::showAppended(uint32_t added)
{
    if (m_context && !m_engine->currentSpec().isEmpty()) {
        const uint32_t count = m_engine->baseRowCount();
        m_view->appendRows(m_engine->baseRows(), count, count - std::min(count, m_shownBaseCount));
        m_shownBaseCount = count;
        m_view->setMarks(m_engine->rows());
    } else {
        m_view->appendRows(m_engine->rows(), m_engine->rowCount(), added);
    }
}

void LogBrowser::updateDetail(int64_t sourceRow)
{
    const LineSourcePtr& source = m_engine->source();
    if (!source || sourceRow < 0 || uint32_t(sourceRow) >= source->count()) {
        m_detail->clear();
        return;
    }
    // Plain text only; a huge line is shown up to 256 KB (laying out more, wrapped, stalls the UI).
    const std::string_view message = source->message(uint32_t(sourceRow));
    const DisplayText shown = makeDisplayText(message, {}, kDetailBytes, true);
    m_detail->setPlainText(shown.truncated
            ? shown.text + QLatin1Char('\n') + tr("… (%n more bytes)", nullptr, int(std::min<size_t>(message.size() - kDetailBytes, INT_MAX)))
            : shown.text);
}

void LogBrowser::rebuildColumnsMenu()
{
    QMenu* menu = m_columns->menu();
    menu->clear();
    const LineSourcePtr& source = m_engine->source();
    const QList<JsonFields::Field> fields = source ? JsonFields::discover(*source) : QList<JsonFields::Field>();
    m_columns->setEnabled(!fields.isEmpty());
    m_view->setJsonColumns({});
    for (const JsonFields::Field& f : fields) {
        QString label = visibleControls(f.key);
        label.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction* a = menu->addAction(label);
        a->setCheckable(true);
        a->setData(f.key);
        connect(a, &QAction::toggled, this, [this] {
            QStringList keys;
            for (QAction* action : m_columns->menu()->actions()) {
                if (action->isChecked())
                    keys << action->data().toString();
            }
            m_view->setJsonColumns(keys);
        });
    }
}

void LogBrowser::updateFollowLabel()
{
    if (m_view->isFollowing())
        m_followLabel->setText(tr("Following new lines"));
    else if (m_view->newLineCount() > 0)
        m_followLabel->setText(tr("Paused \u2014 %n new line(s) below", nullptr, int(m_view->newLineCount())));
    else
        m_followLabel->setText(tr("Paused"));
}

} // namespace ll
