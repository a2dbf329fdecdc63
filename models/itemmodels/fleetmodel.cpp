#include "itemmodels/fleetmodel.h"

#include "analysis/invocationlinks.h"
#include "store/fleetsummary.h"

#include <algorithm>
#include <map>

namespace ll {

namespace {
// Internal ids: 0 for service rows, function id + 1 for function rows.
constexpr quintptr kServiceNode = 0;

FunctionStats sumStats(const Fleet& fleet, const QVector<uint32_t>& functions)
{
    FunctionStats t;
    bool first = true;
    for (uint32_t f : functions) {
        const FunctionStats& s = fleet.stats(f);
        t.invocations += s.invocations;
        t.incomplete += s.incomplete;
        t.coldStarts += s.coldStarts;
        t.retries += s.retries;
        t.errors += s.errors;
        t.timeouts += s.timeouts;
        t.outOfMemory += s.outOfMemory;
        t.crashes += s.crashes;
        t.gbSeconds += s.gbSeconds;
        t.costUsd += s.costUsd;
        t.maxMemoryUsedMb = std::max(t.maxMemoryUsedMb, s.maxMemoryUsedMb);
        // Percentiles do not add up; a service shows its slowest function's.
        t.durationMs.p50 = std::max(t.durationMs.p50, s.durationMs.p50);
        t.durationMs.p99 = std::max(t.durationMs.p99, s.durationMs.p99);
        t.initDurationP50Ms = std::max(t.initDurationP50Ms, s.initDurationP50Ms);
        t.utilization = std::max(t.utilization, s.utilization);
        if (s.invocations || s.incomplete) {
            t.firstMs = first ? s.firstMs : std::min(t.firstMs, s.firstMs);
            t.lastMs = std::max(t.lastMs, s.lastMs);
            first = false;
        }
    }
    return t;
}
} // namespace

FleetModel::FleetModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void FleetModel::setFleet(FleetPtr fleet)
{
    beginResetModel();
    m_fleet = std::move(fleet);
    m_services.clear();
    m_activity.clear();
    m_failures.clear();
    m_serviceOf.clear();
    m_rowInService.clear();
    if (m_fleet) {
        const Fleet& f = *m_fleet;
        std::map<QString, QVector<uint32_t>> byService;
        for (uint32_t id = 0; id < f.functionCount(); ++id)
            byService[f.function(id).service].append(id);
        m_serviceOf.resize(int(f.functionCount()));
        m_rowInService.resize(int(f.functionCount()));
        m_activity.resize(int(f.functionCount()));
        m_failures.resize(int(f.functionCount()));
        // A server-side summary draws one bar per query bin (when they fit), from its bins; the
        // functions with raw events use the same bars.
        const FleetSummary* summary = f.summary().get();
        const int64_t from = summary ? summary->fromMs : f.firstTimeMs();
        const int64_t span = summary ? std::max<int64_t>(1, summary->toMs - from) : std::max<int64_t>(1, f.lastTimeMs() - from + 1);
        const InvocationColumns& c = f.columns();
        const int bars = summary ? summary->sparklineBars(kActivityBins) : kActivityBins;
        for (uint32_t id = 0; id < f.functionCount(); ++id) {
            QVector<int> act(bars, 0), fail(bars, 0);
            if (summary && !summary->hasRaw(id)) {
                summary->sparkline(id, bars, &m_activity[int(id)], &m_failures[int(id)]);
                continue;
            }
            const auto [b, e] = f.invocationRange(id);
            for (uint32_t r = b; r < e; ++r) {
                const int bin = int(std::clamp<int64_t>((c.startMs[r] - from) * bars / span, 0, bars - 1));
                ++act[bin];
                fail[bin] += isFailure(c.outcome[r]) ? 1 : 0;
            }
            m_activity[int(id)] = act;
            m_failures[int(id)] = fail;
        }
        for (auto& [name, functions] : byService) {
            std::sort(functions.begin(), functions.end(),
                [&f](uint32_t a, uint32_t b) { return f.displayName(a) < f.displayName(b); });
            Service s;
            s.name = name;
            s.functions = functions;
            s.stats = sumStats(f, functions);
            s.activity = QVector<int>(bars, 0);
            s.failures = QVector<int>(bars, 0);
            for (int i = 0; i < functions.size(); ++i) {
                const uint32_t fn = functions[i];
                m_serviceOf[int(fn)] = int(m_services.size());
                m_rowInService[int(fn)] = i;
                for (int b = 0; b < bars; ++b) {
                    s.activity[b] += m_activity[int(fn)][b];
                    s.failures[b] += m_failures[int(fn)][b];
                }
            }
            m_services.append(s);
        }
    }
    endResetModel();
}

QModelIndex FleetModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_services.size() ? createIndex(row, column, kServiceNode) : QModelIndex();
    if (parent.internalId() != kServiceNode || parent.row() >= m_services.size())
        return {};
    const Service& s = m_services[parent.row()];
    if (row >= s.functions.size())
        return {};
    return createIndex(row, column, quintptr(s.functions[row]) + 1);
}

QModelIndex FleetModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kServiceNode)
        return {};
    const int function = int(child.internalId() - 1);
    return createIndex(m_serviceOf[function], 0, kServiceNode);
}

int FleetModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_services.size());
    if (parent.column() != 0 || parent.internalId() != kServiceNode)
        return 0;
    return int(m_services[parent.row()].functions.size());
}

int FleetModel::columnCount(const QModelIndex&) const { return ColumnCount; }

QModelIndex FleetModel::indexOfFunction(uint32_t function) const
{
    if (int(function) >= m_serviceOf.size())
        return {};
    return createIndex(m_rowInService[int(function)], 0, quintptr(function) + 1);
}

QVariant FleetModel::value(const FunctionStats& s, int column) const
{
    switch (column) {
    case Invocations: return qint64(s.invocations);
    case Failed: return qint64(s.failed());
    case FailureRate: return s.failureRate();
    case Errors: return qint64(s.errors);
    case Timeouts: return qint64(s.timeouts);
    case OutOfMemory: return qint64(s.outOfMemory);
    case Crashes: return qint64(s.crashes);
    case ColdStarts: return qint64(s.coldStarts);
    case ColdStartRate: return s.coldStartRate();
    case Retries: return qint64(s.retries);
    case DurationP50: return s.durationMs.p50;
    case DurationP99: return s.durationMs.p99;
    case InitP50: return s.initDurationP50Ms;
    case MemorySize: return s.memorySizesMb.isEmpty() ? 0 : int(s.memorySizesMb.last());
    case MaxMemoryUsed: return int(s.maxMemoryUsedMb);
    case Utilization: return s.utilization;
    case CostUsd: return s.costUsd;
    case Activity: return qint64(s.invocations);
    default: return {};
    }
}

QVariant FleetModel::data(const QModelIndex& index, int role) const
{
    if (!m_fleet || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool service = index.internalId() == kServiceNode;
    const int function = service ? -1 : int(index.internalId() - 1);
    const Service& svc = m_services[service ? index.row() : m_serviceOf[function]];
    const FunctionStats& s = service ? svc.stats : m_fleet->stats(uint32_t(function));
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        // Names come from log groups and file names: shown literally, bounded.
        if (column == Name)
            return displaySafeBounded(service ? svc.name : m_fleet->displayName(uint32_t(function)), 512);
        if (column == Account || column == Region)
            return displaySafeBounded(origin(svc, function, column), 256);
        return value(s, column);
    case ValueRole:
        if (column == Name)
            return service ? svc.name : m_fleet->displayName(uint32_t(function));
        if (column == Account || column == Region)
            return origin(svc, function, column);
        return value(s, column);
    case FilterTextRole:
        return QString((service ? svc.name : m_fleet->displayName(uint32_t(function))) + QLatin1Char(' ') + origin(svc, function, Account)
            + QLatin1Char(' ') + origin(svc, function, Region));
    case Qt::ToolTipRole:
        if (const FleetSummary* summary = m_fleet->summary().get(); summary && (service || !summary->hasRaw(uint32_t(function)))) {
            // Server-side numbers merged over time bins: say how, next to the numbers.
            if (summary->binMinutes <= 0 && (column == DurationP50 || column == DurationP99))
                return tr("Logs Insights summary: computed server-side over the whole window");
            if (column == DurationP50)
                return tr("Logs Insights summary: the invocation-weighted mean of the %1-minute bins' medians (an estimate)").arg(summary->binMinutes);
            if (column == DurationP99)
                return tr("Logs Insights summary: the largest p99 of the %1-minute bins (an upper bound of the window's p99; p95 %2 ms)")
                    .arg(summary->binMinutes).arg(s.durationMs.p95, 0, 'f', 1);
            if (column == Name && !service)
                return plainTextToolTip(tr("%1\nServer-side summary (Logs Insights): no raw events downloaded.\nFetch raw events to see its invocations and logs.")
                                            .arg(m_fleet->function(uint32_t(function)).name));
        }
        if (column == Name && !service) {
            const FunctionInfo& info = m_fleet->function(uint32_t(function));
            QString tip = tr("%1\nRuntime: %2\nLog format: %3")
                .arg(info.name, info.runtime.isEmpty() ? tr("unknown") : info.runtime,
                    info.jsonFormat ? tr("JSON") : tr("text"));
            if (!info.account.isEmpty() || !info.region.isEmpty())
                tip += QLatin1Char('\n') + tr("Account: %1\nRegion: %2").arg(info.account, info.region);
            return plainTextToolTip(tip);
        }
        return {};
    case FormatRole:
        switch (column) {
        case Name: return Text;
        case FailureRate:
        case ColdStartRate:
        case Utilization: return Percent;
        case DurationP50:
        case DurationP99:
        case InitP50: return Millis;
        case MemorySize:
        case MaxMemoryUsed: return MegaBytes;
        case CostUsd: return Usd;
        case Activity: return Sparkline;
        case Account:
        case Region: return Text;
        default: return Count;
        }
    case FunctionIdRole: return function;
    case ServiceRole: return svc.name;
    case ActivityRole: return QVariant::fromValue(service ? svc.activity : m_activity[function]);
    case FailureActivityRole: return QVariant::fromValue(service ? svc.failures : m_failures[function]);
    case Qt::TextAlignmentRole:
        return column == Name || column == Account || column == Region ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant FleetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Function");
    case Invocations: return tr("Invocations");
    case Failed: return tr("Failed");
    case FailureRate: return tr("Failure rate");
    case Errors: return tr("Errors");
    case Timeouts: return tr("Timeouts");
    case OutOfMemory: return tr("OOM");
    case Crashes: return tr("Crashes");
    case ColdStarts: return tr("Cold starts");
    case ColdStartRate: return tr("Cold rate");
    case Retries: return tr("Retries");
    case DurationP50: return tr("p50");
    case DurationP99: return tr("p99");
    case InitP50: return tr("Init p50");
    case MemorySize: return tr("Memory");
    case MaxMemoryUsed: return tr("Max used");
    case Utilization: return tr("Utilization");
    case CostUsd: return tr("Cost");
    case Activity: return tr("Activity");
    case Account: return tr("Account");
    case Region: return tr("Region");
    default: return {};
    }
}

QString FleetModel::origin(const Service& service, int function, int column) const
{
    auto field = [this, column](uint32_t f) -> const QString& {
        const FunctionInfo& info = m_fleet->function(f);
        return column == Account ? info.account : info.region;
    };
    if (function >= 0)
        return field(uint32_t(function));
    // A service row shows its functions' origin when they share one.
    QString common;
    for (uint32_t f : service.functions) {
        if (common.isEmpty())
            common = field(f);
        else if (field(f) != common)
            return tr("(several)");
    }
    return common;
}

} // namespace ll
