#pragma once

#include "routegroup.h"

namespace guild::server {

class AnalyticsService;

/// Usage reports in; the admins' activity report and its weights, and each member's own activity out
/// (protocol/endpoints/analytics.h).
class AnalyticsRoutes final : public RouteGroup
{
public:
    explicit AnalyticsRoutes(AnalyticsService &analytics);
    void attach(ApiServer &server) override;

private:
    AnalyticsService &m_analytics;
};

} // namespace guild::server
