#pragma once

#include "protocol/api/analytics.h"

// Usage analytics: what clients report, the admins' report and its weights, and each member's own activity.
namespace guild::protocol::endpoints {

inline constexpr Endpoint<UsageBatch, IngestSummary> ReportUsage{
    {HttpMethod::Post, QLatin1StringView("/api/v1/analytics/events"), Access::Bearer,
     "Report usage events in a batch (docs/analytics.md)"}};
inline constexpr Endpoint<ReportRequest, ReportReply> AnalyticsReport{
    {HttpMethod::Get, QLatin1StringView("/api/v1/admin/analytics"), Access::Bearer,
     "The activity report: N, T, p, C, B, P, A per period and more (admins)"}};
inline constexpr Endpoint<NoRequest, WeightsList> WeightHistory{
    {HttpMethod::Get, QLatin1StringView("/api/v1/admin/analytics/weights"), Access::Bearer,
     "The versions of the weights α, β, γ (admins)"}};
inline constexpr Endpoint<WeightsRequest, WeightsReply, 201> SetWeights{
    {HttpMethod::Post, QLatin1StringView("/api/v1/admin/analytics/weights"), Access::Bearer,
     "Set new weights, as a new version (admins)"}};
inline constexpr Endpoint<ActivityRequest, ActivityList> MyActivity{
    {HttpMethod::Get, QLatin1StringView("/api/v1/me/activity"), Access::Bearer, "The caller's own activity per day"}};

} // namespace guild::protocol::endpoints
