#pragma once

#include <QObject>
#include <functional>

class QAction;
class QWidget;

namespace ll::aws {
class AwsController;
struct AwsOutcome;
}

namespace ll {

class AwsStatus;
class Banner;
class ConnectDialog;

// Wires the CloudWatch connector into the main window: the "Connect to AWS…" action, the
// (lazily created, non-modal) connect dialog, the status-bar budget, and reloading the window
// from the cache after a sync. Failures also reach the window's banner when the dialog is closed.
class AwsConnect : public QObject {
    Q_OBJECT
public:
    // loadCache reloads the window from the cache; liveUpdate is called when live tail stored
    // new events (the window refreshes in place, keeping what the user looks at).
    AwsConnect(QWidget* window, Banner* banner, std::function<void()> loadCache, std::function<void()> liveUpdate = {});

    QAction* connectAction() const { return m_action; }
    AwsStatus* statusWidget() const { return m_status; }
    aws::AwsController* controller() const { return m_controller; }
    ConnectDialog* dialog();
    void showDialog();

private:
    void onSyncFinished(const aws::AwsOutcome& outcome);

    QWidget* m_window;
    Banner* m_banner;
    std::function<void()> m_loadCache;
    std::function<void()> m_liveUpdate;
    qint64 m_tailEventsSeen = 0;
    aws::AwsController* m_controller;
    QAction* m_action;
    AwsStatus* m_status;
    ConnectDialog* m_dialog = nullptr;
};

} // namespace ll
