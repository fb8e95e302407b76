#pragma once

#include "routegroup.h"

namespace guild::server {

class ModerationService;

/// Reports from members and the moderators' queue (protocol/endpoints/moderation.h).
class ModerationRoutes final : public RouteGroup
{
public:
    explicit ModerationRoutes(ModerationService &moderation);
    void attach(ApiServer &server) override;

private:
    ModerationService &m_moderation;
};

} // namespace guild::server
