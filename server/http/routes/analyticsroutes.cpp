#include "analyticsroutes.h"

#include "domain/analyticsservice.h"
#include "http/handle.h"
#include "protocol/endpoints/analytics.h"

namespace guild::server {

using namespace protocol;

AnalyticsRoutes::AnalyticsRoutes(AnalyticsService &analytics)
    : m_analytics(analytics)
{}

void AnalyticsRoutes::attach(ApiServer &server)
{
    handle(server, endpoints::ReportUsage,
           [this](const Call &call, const UsageBatch &r) { return m_analytics.ingest(call.user(), r.events); });
    handle(server, endpoints::AnalyticsReport,
           [this](const Call &call, const ReportRequest &r) { return m_analytics.report(call.user(), r); });
    handle(server, endpoints::WeightHistory,
           [this](const Call &call) { return m_analytics.weightHistory(call.user()); });
    handle(server, endpoints::SetWeights, [this](const Call &call, const WeightsRequest &r) {
        return m_analytics.setWeights(call.user(), r.alpha, r.beta, r.gamma);
    });
    handle(server, endpoints::MyActivity, [this](const Call &call, const ActivityRequest &r) {
        return m_analytics.myActivity(call.user(), r.from, r.to);
    });
}

} // namespace guild::server
