#include "dashboardservice.h"

#include "net/apiclient.h"
#include "protocol/endpoints.h"

using namespace Qt::StringLiterals;

namespace guild::app {

using namespace protocol;
using namespace protocol::analytics;

DashboardService::DashboardService(ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

void DashboardService::loadReport(const QDate &from, const QDate &to, const QString &granularity, int weightsVersion)
{
    const quint64 request = ++m_reportRequest;
    m_api.call(endpoints::AnalyticsReport, ReportRequest{from, to, granularity, weightsVersion}, this,
               [this, request](const ApiResult<ReportReply> &r) {
                   if (request != m_reportRequest) {
                       return; // the member asked for another range since
                   }
                   if (!r.ok()) {
                       Q_EMIT failed(r.explain(tr("The dashboard needs a connection to the server.")));
                       return;
                   }
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
        if (!r.ok()) {
            Q_EMIT failed(r.explain(tr("Your activity needs a connection to the server.")));
            return;
        }
        Q_EMIT myActivityLoaded(r->items);
    });
}

} // namespace guild::app
