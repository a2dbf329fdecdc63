#include "logview/filterbar.h"

#include "logsearch/filterengine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace ll {

namespace {
QToolButton* toggle(const QString& text, const QString& tip, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setCheckable(true);
    b->setAutoRaise(true);
    return b;
}
}

FilterBar::FilterBar(FilterEngine* engine, QWidget* parent)
    : QWidget(parent)
    , m_engine(engine)
{
    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(tr("Filter lines  ( / )"));
    m_text->setClearButtonEnabled(true);
    m_text->installEventFilter(this);
    m_regex = toggle(QStringLiteral(".*"), tr("Regular expression (RE2 syntax)"), this);
    m_case = toggle(QStringLiteral("Aa"), tr("Match case"), this);
    m_level = new QComboBox(this);
    m_level->addItem(tr("Any level"), int(LogLevel::None));
    for (LogLevel l : { LogLevel::Trace, LogLevel::Debug, LogLevel::Info, LogLevel::Warn, LogLevel::Error,
             LogLevel::Fatal }) {
        m_level->addItem(QStringLiteral("\u2265 ") + QString::fromLatin1(levelKey(l)), int(l));
    }
    m_functions = new QToolButton(this);
    m_functions->setPopupMode(QToolButton::InstantPopup);
    m_functionMenu = new QMenu(m_functions);
    m_functions->setMenu(m_functionMenu);
    m_outcome = new QComboBox(this);
    m_outcome->addItem(tr("Any outcome"), 0);
    for (int o = 0; o < OutcomeCount; ++o)
        m_outcome->addItem(QString::fromLatin1(outcomeKey(Outcome(o))), int(outcomeBit(Outcome(o))));
    m_failedOnly = new QCheckBox(tr("Failed only"), this);
    m_failedOnly->setToolTip(tr("Only lines of invocations that failed (error, timeout, out of memory, crash)"));
    m_chip = new QToolButton(this);
    m_chip->setToolTip(tr("Remove this filter: show lines of all invocations"));
    m_chip->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_chip->hide();
    m_within = new QToolButton(this);
    m_within->setText(tr("Filter within"));
    m_within->setToolTip(tr("Keep this result as a step and filter inside it"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel = new QToolButton(this);
    m_cancel->setText(tr("Cancel"));
    m_cancel->hide();
    m_count = new QLabel(this);
    m_count->setTextFormat(Qt::PlainText);
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(QStringLiteral("00,000,000 lines")));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Two rows so the text field keeps its width in a narrow panel: what to look for, then how
    // to narrow it down.
    m_text->setMinimumWidth(220);
    top->addWidget(m_text, 1);
    top->addWidget(m_regex);
    top->addWidget(m_case);
    top->addWidget(m_progress);
    top->addWidget(m_cancel);
    top->addWidget(m_count);
    auto* criteria = new QHBoxLayout;
    criteria->setContentsMargins(0, 0, 0, 0);
    criteria->addWidget(m_level);
    criteria->addWidget(m_functions);
    criteria->addWidget(m_outcome);
    criteria->addWidget(m_failedOnly);
    criteria->addWidget(m_within);
    criteria->addWidget(m_chip, 0);
    criteria->addStretch(1);

    m_crumbBar = new QWidget(this);
    m_crumbLayout = new QHBoxLayout(m_crumbBar);
    m_crumbLayout->setContentsMargins(0, 0, 0, 0);
    m_crumbLayout->setSpacing(2);
    m_back = new QToolButton(m_crumbBar);
    m_back->setText(QStringLiteral("\u2190 ") + tr("Back"));
    m_back->setToolTip(tr("Step back to the previous result"));
    m_back->setAutoRaise(true);
    m_crumbLayout->addWidget(m_back);
    m_crumbLayout->addStretch(1);

    m_error = new QLabel(this);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setAutoFillBackground(true);
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xea));
    pal.setColor(QPalette::WindowText, QColor(0x9b, 0x1c, 0x1c));
    m_error->setPalette(pal);
    m_error->setContentsMargins(8, 4, 8, 4);
    m_error->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 2);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addLayout(criteria);
    layout->addWidget(m_crumbBar);
    layout->addWidget(m_error);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(&m_debounce, &QTimer::timeout, this, &FilterBar::apply);
    connect(m_text, &QLineEdit::textEdited, this, [this](const QString& t) {
        m_debounce.start();
        Q_EMIT textEdited(t);
    });
    connect(m_text, &QLineEdit::returnPressed, this, [this] {
        m_debounce.stop();
        m_engine->setFilter(spec());  // Enter re-runs even an unchanged (e.g. cancelled) filter
    });
    auto applyNow = [this] {
        if (!m_loading)
            apply();
    };
    connect(m_regex, &QToolButton::toggled, this, applyNow);
    connect(m_case, &QToolButton::toggled, this, applyNow);
    connect(m_level, &QComboBox::currentIndexChanged, this, applyNow);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, applyNow);
    connect(m_failedOnly, &QCheckBox::toggled, this, applyNow);
    connect(m_within, &QToolButton::clicked, this, [this] {
        apply();
        m_engine->pushLevel();
    });
    connect(m_back, &QToolButton::clicked, m_engine, &FilterEngine::stepBack);
    connect(m_chip, &QToolButton::clicked, this, [this] {
        setInvocationFilter(nullptr);
        Q_EMIT invocationFilterRemoved();
    });
    connect(m_cancel, &QToolButton::clicked, m_engine, &FilterEngine::cancel);

    connect(m_engine, &FilterEngine::runningChanged, this, [this](bool running) {
        m_progress->setVisible(running);
        m_cancel->setVisible(running);
        m_within->setEnabled(!running);
        if (running)
            m_progress->setValue(0);
    });
    connect(m_engine, &FilterEngine::progress, m_progress, &QProgressBar::setValue);
    connect(m_engine, &FilterEngine::failed, this, &FilterBar::showError);
    connect(m_engine, &FilterEngine::started, this, [this] { showError(QString()); });
    connect(m_engine, &FilterEngine::resultsChanged, this, [this] {
        if (m_engine->errorString().isEmpty())
            showError(QString());
        updateCount();
    });
    connect(m_engine, &FilterEngine::rowsAppended, this, &FilterBar::updateCount);
    connect(m_engine, &FilterEngine::cancelled, this, [this] { m_count->setText(tr("cancelled")); });
    connect(m_engine, &FilterEngine::stackChanged, this, &FilterBar::rebuildBreadcrumbs);
    updateFunctionButton();
    rebuildBreadcrumbs();
}

void FilterBar::setFunctionNames(const QStringList& names)
{
    m_functionMenu->clear();
    QAction* all = m_functionMenu->addAction(tr("All functions"));
    connect(all, &QAction::triggered, this, [this] {
        setSelectedFunctions({});
        Q_EMIT functionsEdited(m_selectedFunctions);
    });
    m_functionMenu->addSeparator();
    for (int i = 0; i < names.size(); ++i) {
        QString label = names[i];
        label.replace(QLatin1Char('&'), QStringLiteral("&&"));  // not a mnemonic
        QAction* a = m_functionMenu->addAction(label);
        a->setCheckable(true);
        a->setData(i);
        a->setChecked(m_selectedFunctions.contains(uint32_t(i)));
        connect(a, &QAction::toggled, this, [this, i](bool on) {
            if (m_loading)
                return;
            if (on && !m_selectedFunctions.contains(uint32_t(i)))
                m_selectedFunctions.append(uint32_t(i));
            else if (!on)
                m_selectedFunctions.removeAll(uint32_t(i));
            std::sort(m_selectedFunctions.begin(), m_selectedFunctions.end());
            updateFunctionButton();
            apply();
            Q_EMIT functionsEdited(m_selectedFunctions);
        });
    }
    updateFunctionButton();
}

void FilterBar::setSelectedFunctions(const QVector<uint32_t>& functions)
{
    QVector<uint32_t> sorted = functions;
    std::sort(sorted.begin(), sorted.end());
    if (sorted == m_selectedFunctions)
        return;
    m_selectedFunctions = sorted;
    m_loading = true;
    for (QAction* a : m_functionMenu->actions()) {
        if (a->isCheckable())
            a->setChecked(m_selectedFunctions.contains(uint32_t(a->data().toInt())));
    }
    m_loading = false;
    updateFunctionButton();
    apply();
}

void FilterBar::setTimeRange(int64_t fromMs, int64_t toMs)
{
    if (fromMs == m_fromMs && toMs == m_toMs)
        return;
    m_fromMs = fromMs;
    m_toMs = toMs;
    apply();
}

void FilterBar::setText(const QString& text)
{
    if (text == m_text->text())
        return;
    m_text->setText(text);
    apply();
}

void FilterBar::setInvocationFilter(InvocationSetPtr set)
{
    if (m_invocations == set || (m_invocations && set && *m_invocations == *set))
        return;
    m_invocations = std::move(set);
    updateChip();
    apply();
}

void FilterBar::updateChip()
{
    if (!m_invocations) {
        m_chip->hide();
        return;
    }
    // Plain text (a button's text is never rich text); '&' is not a mnemonic here.
    QString label = m_invocations->label.isEmpty()
        ? tr("%n selected invocation(s)", nullptr, int(m_invocations->ids.size()))
        : m_invocations->label;
    const QFontMetrics fm = m_chip->fontMetrics();
    label = fm.elidedText(label, Qt::ElideRight, std::max(240, width() / 3));
    label.replace(QLatin1Char('&'), QStringLiteral("&&"));
    m_chip->setText(label + QStringLiteral("  \u2715"));
    m_chip->show();
}

QString FilterBar::text() const { return m_text->text(); }

void FilterBar::focusFilter()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void FilterBar::clearText()
{
    if (m_text->text().isEmpty())
        return;
    m_text->clear();
    Q_EMIT textEdited(QString());
    apply();
}

FilterSpec FilterBar::spec() const
{
    FilterSpec s;
    s.text = m_text->text();
    s.regex = m_regex->isChecked();
    s.caseSensitive = m_case->isChecked();
    s.minLevel = LogLevel(m_level->currentData().toInt());
    s.functions = m_selectedFunctions;
    s.outcomes = uint8_t(m_outcome->currentData().toInt());
    s.failedOnly = m_failedOnly->isChecked();
    s.fromMs = m_fromMs;
    s.toMs = m_toMs;
    s.invocations = m_invocations;
    return s;
}

void FilterBar::apply()
{
    m_debounce.stop();
    const FilterSpec s = spec();
    if (s == m_engine->currentSpec() && m_engine->errorString().isEmpty() && !m_engine->isRunning())
        return;
    m_engine->setFilter(s);
}

void FilterBar::loadSpec(const FilterSpec& s)
{
    m_loading = true;
    m_text->setText(s.text);
    if (!s.text.isEmpty()) {
        // With no text the toggles are the user's mode preference: keep them.
        m_regex->setChecked(s.regex);
        m_case->setChecked(s.caseSensitive);
    }
    m_level->setCurrentIndex(std::max(0, m_level->findData(int(s.minLevel))));
    m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(int(s.outcomes))));
    m_failedOnly->setChecked(s.failedOnly);
    m_invocations = s.invocations;
    updateChip();
    m_loading = false;
}

void FilterBar::rebuildBreadcrumbs()
{
    qDeleteAll(m_crumbs);
    m_crumbs.clear();
    const QList<FilterSpec> stack = m_engine->stack();
    const int depth = int(stack.size());
    // A breadcrumb per finished level; the top level is what the controls edit.
    for (int i = 0; i < depth - 1; ++i) {
        auto* b = new QToolButton(m_crumbBar);
        b->setAutoRaise(true);
        b->setText(QString(stack[i].describe()).replace(QLatin1Char('&'), QStringLiteral("&&")) + QStringLiteral("  \u203a"));
        b->setToolTip(tr("Go back to this step"));
        connect(b, &QToolButton::clicked, this, [this, i] { m_engine->stepBackTo(i + 1); });
        m_crumbLayout->insertWidget(1 + i, b);
        m_crumbs.append(b);
    }
    m_back->setEnabled(depth > 1 || !stack.last().isEmpty());
    m_crumbBar->setVisible(depth > 1);
    // After a step back the controls show the filter of the level now on top.
    if (spec() != stack.last() && !m_debounce.isActive()) {
        FilterSpec top = stack.last();
        loadSpec(top);
    }
}

void FilterBar::updateFunctionButton()
{
    if (m_selectedFunctions.isEmpty()) {
        m_functions->setText(tr("All functions"));
    } else if (m_selectedFunctions.size() == 1) {
        const QList<QAction*> actions = m_functionMenu->actions();
        QString name;
        for (QAction* a : actions) {
            if (a->isCheckable() && uint32_t(a->data().toInt()) == m_selectedFunctions.first())
                name = a->text().replace(QStringLiteral("&&"), QStringLiteral("&"));
        }
        m_functions->setText(name.isEmpty() ? tr("1 function") : name);
    } else {
        m_functions->setText(tr("%n function(s)", nullptr, int(m_selectedFunctions.size())));
    }
}

void FilterBar::updateCount()
{
    m_count->setText(tr("%1 lines").arg(QLocale().toString(qulonglong(m_engine->rowCount()))));
}

void FilterBar::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void FilterBar::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateChip();  // the label is elided to the width
}

bool FilterBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
        clearText();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ll
