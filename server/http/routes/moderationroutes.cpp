#include "moderationroutes.h"

#include "domain/moderationservice.h"
#include "http/handle.h"
#include "protocol/endpoints/moderation.h"

namespace guild::server {

using namespace protocol;

ModerationRoutes::ModerationRoutes(ModerationService &moderation)
    : m_moderation(moderation)
{}

void ModerationRoutes::attach(ApiServer &server)
{
    handle(server, endpoints::ReportContent,
           [this](const Call &call, const FlagRequest &r) { return m_moderation.report(call.user(), r); });
    handle(server, endpoints::ModerationQueue,
           [this](const Call &call, const QueueRequest &r) { return m_moderation.queue(call.user(), r.all); });
    handle(server, endpoints::ResolveReport,
           [this](const Call &call, const ResolveRequest &r) { return m_moderation.resolve(call.user(), call.id, r); });
}

} // namespace guild::server
