#pragma once

#include "authuser.h"
#include "protocol/api/analytics.h"
#include "result.h"

namespace guild::server {

class Database;

/// The activity model's measurements: members' usage events in, the admins' report out (N, T, p, C,
/// B, P and A per period with their ingredients, reach, money, cohorts, top content), the versioned
/// weights, and each member's own activity.
class AnalyticsService final
{
public:
    /// Events older than this are not counted (a client offline for months sends them once, and they go).
    static constexpr int LateDaysMax = 90;
    static constexpr int RangeDaysMax = 400;

    explicit AnalyticsService(Database &database);

    Result<protocol::IngestSummary> ingest(const AuthUser &member,
                                           const QList<protocol::analytics::UsageEvent> &events);
    Result<protocol::analytics::Report> report(const AuthUser &viewer, const protocol::ReportRequest &query);
    Result<QList<protocol::analytics::Weights>> weightHistory(const AuthUser &viewer);
    Result<protocol::analytics::Weights> setWeights(const AuthUser &viewer, double alpha, double beta, double gamma);
    Result<QList<protocol::analytics::MyDay>> myActivity(const AuthUser &member, const QDate &from, const QDate &to);

private:
    protocol::analytics::Report build(const QDate &from, const QDate &to, const QString &granularity,
                                      const protocol::analytics::Weights &weights);

    Database &m_database;
};

} // namespace guild::server
