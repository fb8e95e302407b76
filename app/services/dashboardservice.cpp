#include "dashboardservice.h"

#include "net/apiclient.h"
#include "protocol/endpoints.h"
#include "storage/localcache.h"
#include "storage/snapshotstore.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace guild::app {

using namespace protocol;
using namespace protocol::analytics;

namespace {
const QString ReportKey = u"dashboard-report"_s;
const QString ActivityKey = u"my-activity"_s;
} // namespace

DashboardService::DashboardService(ApiClient &api, LocalCache &cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
{}

template <typename Reply>
void DashboardService::showKept(const QString &key, const QString &message, std::function<void(const Reply &)> shown)
{
    m_cache.run<std::optional<Snapshot<Reply>>>(
        this, [key](QSqlDatabase &db) { return SnapshotStore(db).load<Reply>(key); },
        [this, message, shown = std::move(shown)](const std::optional<Snapshot<Reply>> &kept) {
            if (!kept) {
                Q_EMIT failed(message);
                return;
            }
            shown(kept->value);
            Q_EMIT failed(tr("You are offline: this is what the server showed on %1.")
                              .arg(QLocale().toString(kept->savedAt.toLocalTime(), QLocale::ShortFormat)));
        });
}

void DashboardService::loadReport(const QDate &from, const QDate &to, const QString &granularity, int weightsVersion)
{
    const quint64 request = ++m_reportRequest;
    m_api.call(endpoints::AnalyticsReport, ReportRequest{from, to, granularity, weightsVersion}, this,
               [this, request](const ApiResult<ReportReply> &r) {
                   if (request != m_reportRequest) {
                       return; // the member asked for another range since
                   }
                   if (r.networkFailure) {
                       showKept<ReportReply>(ReportKey, tr("The dashboard needs a connection to the server."),
                                             [this](const ReportReply &kept) { Q_EMIT reportLoaded(kept.value); });
                       return;
                   }
                   if (!r.ok()) {
                       Q_EMIT failed(r.message);
                       return;
                   }
                   m_cache.run<bool>(
                       this, [reply = *r](QSqlDatabase &db) { return SnapshotStore(db).save(ReportKey, reply); },
                       [](bool) {});
                   Q_EMIT reportLoaded(r->value);
               });
}

void DashboardService::saveWeights(double alpha, double beta, double gamma)
{
    m_api.call(endpoints::SetWeights, WeightsRequest{alpha, beta, gamma}, this,
               [this](const ApiResult<WeightsReply> &r) {
                   if (!r.ok()) {
                       Q_EMIT failed(r.message);
                       return;
                   }
                   Q_EMIT weightsSaved(r->value);
               });
}

void DashboardService::loadMyActivity(const QDate &from, const QDate &to)
{
    m_api.call(endpoints::MyActivity, ActivityRequest{from, to}, this, [this](const ApiResult<ActivityList> &r) {
        if (r.networkFailure) {
            showKept<ActivityList>(ActivityKey, tr("Your activity needs a connection to the server."),
                                   [this](const ActivityList &kept) { Q_EMIT myActivityLoaded(kept.items); });
            return;
        }
        if (!r.ok()) {
            Q_EMIT failed(r.message);
            return;
        }
        m_cache.run<bool>(
            this, [reply = *r](QSqlDatabase &db) { return SnapshotStore(db).save(ActivityKey, reply); }, [](bool) {});
        Q_EMIT myActivityLoaded(r->items);
    });
}

} // namespace guild::app
