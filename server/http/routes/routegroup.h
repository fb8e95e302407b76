#pragma once

namespace guild::server {

class ApiServer;

/// The routes of one resource: each handler decodes nothing and encodes nothing by hand (handle() does
/// that from the endpoint's types); it authorises through a domain service and maps the outcome. A
/// group lives as long as the server it is attached to.
class RouteGroup
{
public:
    virtual ~RouteGroup() = default;
    virtual void attach(ApiServer &server) = 0;
};

} // namespace guild::server
