#include "dashboardservice.h"

#include "keptreads.h"
#include "net/apiclient.h"
#include "protocol/endpoints.h"

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

void DashboardService::noteKept(const QDateTime &keptAt)
{
    if (keptAt.isValid()) {
        Q_EMIT failed(KeptReads::asOf(keptAt));
    }
}

void DashboardService::loadReport(const QDate &from, const QDate &to, const QString &granularity, int weightsVersion)
{
    const quint64 request = ++m_reportRequest;
    m_api.call(endpoints::AnalyticsReport, ReportRequest{from, to, granularity, weightsVersion}, this,
               [this, request](const ApiResult<ReportReply> &r) {
                   if (request != m_reportRequest) {
                       return; // the member asked for another range since
                   }
                   KeptReads::settle<ReportReply>(
                       m_cache, this, ReportKey, r,
                       [this](const ReportReply &report, const QDateTime &keptAt) {
                           Q_EMIT reportLoaded(report.value);
                           noteKept(keptAt);
                       },
                       [this, offline = r.networkFailure](const QString &message) {
                           Q_EMIT failed(offline ? tr("The dashboard needs a connection to the server.") : message);
                       });
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
        KeptReads::settle<ActivityList>(
            m_cache, this, ActivityKey, r,
            [this](const ActivityList &activity, const QDateTime &keptAt) {
                Q_EMIT myActivityLoaded(activity.items);
                noteKept(keptAt);
            },
            [this, offline = r.networkFailure](const QString &message) {
                Q_EMIT failed(offline ? tr("Your activity needs a connection to the server.") : message);
            });
    });
}

} // namespace guild::app
