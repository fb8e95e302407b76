#pragma once

#include "routegroup.h"

namespace guild::server {

class SearchService;

/// GET /search (protocol/endpoints/search.h).
class SearchRoutes final : public RouteGroup
{
public:
    explicit SearchRoutes(SearchService &search);
    void attach(ApiServer &server) override;

private:
    SearchService &m_search;
};

} // namespace guild::server
