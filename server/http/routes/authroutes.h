#pragma once

#include "routegroup.h"

namespace guild::server {

class AuthService;
class MembershipService;

/// Liveness, accounts and sessions, the caller and the tier catalogue (protocol/endpoints/accounts.h).
class AuthRoutes final : public RouteGroup
{
public:
    AuthRoutes(AuthService &auth, MembershipService &memberships);
    void attach(ApiServer &server) override;

private:
    AuthService &m_auth;
    MembershipService &m_memberships;
};

} // namespace guild::server
