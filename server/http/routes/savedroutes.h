#pragma once

#include "routegroup.h"

namespace guild::server {

class SavedService;

/// The member's bookmarks and highlights (protocol/endpoints/saved.h).
class SavedRoutes final : public RouteGroup
{
public:
    explicit SavedRoutes(SavedService &saved);
    void attach(ApiServer &server) override;

private:
    SavedService &m_saved;
};

} // namespace guild::server
