#include "awsconnect.h"

#include "aws/awscontroller.h"
#include "aws/awsstatus.h"
#include "aws/connectdialog.h"
#include "common/banner.h"

#include <QAction>
#include <QIcon>
#include <QWidget>

namespace ll {

AwsConnect::AwsConnect(QWidget* window, Banner* banner, std::function<void()> loadCache, std::function<void()> liveUpdate)
    : QObject(window)
    , m_window(window)
    , m_banner(banner)
    , m_loadCache(std::move(loadCache))
    , m_liveUpdate(std::move(liveUpdate))
    , m_controller(new aws::AwsController(this))
    , m_action(new QAction(QIcon::fromTheme(QStringLiteral("network-server")), tr("Connect to &AWS…"), this))
    , m_status(new AwsStatus(m_controller, window))
{
    m_action->setObjectName(QStringLiteral("connectAws"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_action->setToolTip(tr("Sync CloudWatch Logs of Lambda functions into the local cache (Ctrl+Shift+O)"));
    connect(m_action, &QAction::triggered, this, &AwsConnect::showDialog);
    connect(m_controller, &aws::AwsController::tailChanged, this, [this](const aws::TailSnapshot& tail) {
        if (!tail.running || tail.events < m_tailEventsSeen) {
            m_tailEventsSeen = tail.running ? tail.events : 0;
            return;
        }
        if (tail.events > m_tailEventsSeen && m_liveUpdate) {
            m_tailEventsSeen = tail.events;
            m_liveUpdate();
        }
    });
}

ConnectDialog* AwsConnect::dialog()
{
    if (!m_dialog) {
        m_dialog = new ConnectDialog(m_controller, m_window);
        connect(m_dialog, &ConnectDialog::syncFinished, this, &AwsConnect::onSyncFinished);
        connect(m_dialog, &ConnectDialog::showCacheRequested, this, [this] { m_loadCache(); });
    }
    return m_dialog;
}

void AwsConnect::showDialog()
{
    ConnectDialog* d = dialog();
    d->reloadProfiles();
    d->show();
    d->raise();
    d->activateWindow();
}

void AwsConnect::onSyncFinished(const aws::AwsOutcome& outcome)
{
    // A summary's drill-down is merged into the summary by InsightsSummary, not reloaded.
    if (m_controller->currentRequest().drillDown)
        return;
    // Pages are committed as they arrive, so even a failed or cancelled sync added data: the
    // window reloads the cache while the previous fleet stays visible until the new one is ready.
    if (outcome.added > 0 || outcome.ok())
        m_loadCache();
    if (m_dialog && m_dialog->isVisible())
        return;
    if (outcome.hasHardFailure())
        m_banner->showMessage(Banner::Kind::Error, outcome.failureText(), tr("Retry"), [this] { m_controller->retry(); });
}

} // namespace ll
