#pragma once

#include "analysis/sizing.h"
#include "store/fleet.h"

#include <QWidget>
#include <vector>

class QDoubleSpinBox;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace ll {

class JobRunner;
class SizingChart;
class SizingModel;

// Memory & cost: the sizing table (sorted by saving) beside a chart of the same functions on one
// memory axis, and the selected function's reasoning below. Sizing runs in a worker.
class SizingView : public QWidget {
    Q_OBJECT
public:
    explicit SizingView(QWidget* parent = nullptr);

    void setFleet(const FleetPtr& fleet);
    void setSizings(std::vector<FunctionSizing> sizings);   // computed elsewhere (tests)
    SizingOptions options() const;
    // From Preferences, applied live: both recompute.
    void setHeadroom(double fraction);
    void setPriceTable(const PriceTable& prices);
    // The comparison table as CSV (the same columns as 'lambdalens sizing --csv').
    bool exportCsv(const QString& path, QString* error = nullptr) const;
    void exportCsvInteractive();   // asks for a file; the outcome arrives through exportFinished()

    SizingModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    SizingChart* chart() const { return m_chart; }
    bool waitForIdle(int timeoutMs = 30000);

Q_SIGNALS:
    void functionActivated(uint32_t function);
    void exportFinished(bool ok, const QString& message);

private:
    void recompute();
    void showDetails();
    void showPrices();

    SizingModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    SizingChart* m_chart;
    QLabel* m_details;
    QLabel* m_prices;
    QDoubleSpinBox* m_headroom;
    QComboBox* m_arch;
    JobRunner* m_job;
    FleetPtr m_fleet;
    PriceTable m_priceTable;
};

} // namespace ll
