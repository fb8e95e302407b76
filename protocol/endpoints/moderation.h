#pragma once

#include "protocol/api/reports.h"

// Reports and the moderation queue.
namespace guild::protocol::endpoints {

inline constexpr Endpoint<FlagRequest, ModerationReportReply, 201> ReportContent{
    {HttpMethod::Post, QLatin1StringView("/api/v1/reports"), Access::Bearer,
     "Report a comment, answer, question or chat message to the moderators"}};
inline constexpr Endpoint<QueueRequest, ModerationReportList> ModerationQueue{
    {HttpMethod::Get, QLatin1StringView("/api/v1/moderation/reports"), Access::Bearer,
     "The moderation queue: open reports, or all with ?all=true (admins, authors)"}};
inline constexpr Endpoint<ResolveRequest, ModerationReportReply> ResolveReport{
    {HttpMethod::Post, QLatin1StringView("/api/v1/moderation/reports/{id}"), Access::Bearer,
     "Hide the reported content (its author is told why) or dismiss the report (admins, authors)"}};

} // namespace guild::protocol::endpoints
