#pragma once

#include "aws/awscontroller.h"
#include "store/fleet.h"

#include <QObject>
#include <QPointer>
#include <QVector>

class QAbstractItemView;
class QAction;
class QWidget;

namespace ll {

class Banner;
class JobRunner;
class Selection;
class SummaryHint;

// Shows a Logs Insights run as the window's fleet (a server-side summary: statistics per
// function, no invocations) and fetches raw events only for what the user drills into.
//
// Drill-down keeps the summary: the chosen functions' log groups are synced for the summary's
// window through the controller's sync path, replayed from the cache, and swapped into the
// summary, so those functions gain invocations, logs and exact statistics while every other
// function keeps its summary row. An SRE narrowing down an incident from the fleet wants the
// fleet context (and its sort order) to stay put while looking at one function's raw events,
// and to drill into a second one without re-running Insights.
class InsightsSummary : public QObject {
    Q_OBJECT
public:
    InsightsSummary(aws::AwsController* controller, Selection* selection, Banner* banner, QObject* parent = nullptr);

    // A finished Insights run: builds the summary fleet (with the user's prices) and offers it.
    void showOutcome(const aws::AwsOutcome& outcome);
    // The fleet the window shows now: hints and the fetch action follow it.
    void setFleet(const FleetPtr& fleet);
    // Lays an inline hint over a view that needs raw events.
    void attachHint(QWidget* view);
    // Enter (activation) on a summary row fetches its raw events.
    void attachFleetView(QAbstractItemView* view);

    QAction* fetchAction() const { return m_fetch; }
    FleetPtr summaryFleet() const { return m_summary; }
    // The sync that fetches the raw events of `functions` (ids in the current fleet) for the
    // summary's window, together with those drilled into before; false when none of them is a
    // summary function.
    bool drillRequest(const QVector<uint32_t>& functions, aws::AwsRequest* request) const;
    bool fetchRaw(const QVector<uint32_t>& functions);
    bool fetchSelected();
    bool isFetching() const { return m_fetching; }

    static QString sourceText(const Fleet& fleet);
    static QString volumeText(const Fleet& fleet);

Q_SIGNALS:
    // The window shows `fleet`; keepView carries the selection over (drill-down results).
    void fleetReady(const ll::FleetPtr& fleet, bool keepView);

private:
    void onFinished(const aws::AwsOutcome& outcome);
    void onRawLoaded(const FleetPtr& raw);
    void updateHints();
    bool showsSummary() const;
    QVector<uint32_t> summarySelection() const;
    const aws::InsightsRowOut* rowFor(uint32_t function) const;

    aws::AwsController* m_controller;
    Selection* m_selection;
    Banner* m_banner;
    JobRunner* m_loader;
    QAction* m_fetch;
    aws::AwsOutcome m_outcome;         // the Insights run behind m_summary
    aws::AwsRequest m_insightsRequest; // its request (scheduler options, workers, cache)
    FleetPtr m_summary;                // the pure summary
    FleetPtr m_current;                // what the window shows
    QVector<aws::DiscoveredGroup> m_drilled; // groups fetched (or being fetched) so far
    QStringList m_pendingNames;        // functions to select once their events are in
    bool m_fetching = false;
    QVector<QPointer<SummaryHint>> m_hints;
};

} // namespace ll
