#pragma once

#include "aws/awscontroller.h"
#include "aws/profilecatalog.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;

namespace ll {

class AwsStatus;
class Banner;
class LogGroupModel;

// "Connect to AWS": profiles from the AWS config files, regions, endpoint; discovery over every
// checked profile x region; the CLI's actions (sync into the cache, Insights with the cost shown
// first, live tail). Non-modal: work runs in the controller's workers, errors appear in the
// inline banner with Retry, and what was loaded before stays visible.
class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectDialog(aws::AwsController* controller, QWidget* parent = nullptr);

    void reloadProfiles();
    // The request for an action from the form; false (and a message in *problem) on bad input.
    bool buildRequest(aws::AwsAction action, aws::AwsRequest* request, QString* problem) const;

    // For tests and the --screenshot tooling.
    void setCachePath(const QString& path) { m_cachePath = path; }
    void setSchedulerOptions(const aws::SchedulerOptions& options) { m_scheduler = options; }
    void setProfileChecked(const QString& profile, bool checked);
    void selectProfile(const QString& profile);
    void setRegions(const QString& regions);
    void setEndpoint(const QString& url);
    void setWindow(const QString& since);
    QString profileNote() const;
    Banner* banner() const { return m_banner; }
    LogGroupModel* groupModel() const { return m_groups; }
    QListWidget* profileList() const { return m_profiles; }
    QString estimateText() const;
    QString resultText() const;
    void trigger(aws::AwsAction action);

Q_SIGNALS:
    // A sync finished (possibly partly): the cache holds new data for the window.
    void syncFinished(const ll::aws::AwsOutcome& outcome);
    void showCacheRequested();

private:
    void buildUi();
    void showProfileNote();
    void onFinished(const aws::AwsOutcome& outcome);
    void setBusy(bool busy);
    QVector<aws::SessionOptions> targets(QString* problem) const;
    QString estimateKey() const;

    aws::AwsController* m_controller;
    QVector<aws::ProfileEntry> m_entries;
    Banner* m_banner;
    QListWidget* m_profiles;
    QLabel* m_profileNote;
    QLineEdit* m_regions;
    QLineEdit* m_endpoint;
    QPushButton* m_discover;
    QLineEdit* m_filter;
    LogGroupModel* m_groups;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_groupView;
    QLabel* m_selectionLabel;
    QLineEdit* m_since;
    QLineEdit* m_start;
    QLineEdit* m_end;
    QPushButton* m_sync;
    QPushButton* m_estimate;
    QPushButton* m_insights;
    QCheckBox* m_tail;
    QPushButton* m_showCache;
    QLabel* m_estimateLabel;
    QLabel* m_result;
    QTreeWidget* m_insightsTable;
    AwsStatus* m_status;
    QString m_cachePath;
    aws::SchedulerOptions m_scheduler;
    QString m_estimatedFor;    // estimateKey() of the shown estimate: Run Insights needs it
};

} // namespace ll
