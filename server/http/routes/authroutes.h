#pragma once

#include "routegroup.h"

namespace guild::server {

class AuthService;
class LeaseSigner;
class MembershipService;

/// Liveness, accounts and sessions, the caller, their lease and the tier catalogue (protocol/endpoints/accounts.h).
class AuthRoutes final : public RouteGroup
{
public:
    AuthRoutes(AuthService &auth, MembershipService &memberships, const LeaseSigner &leases);
    void attach(ApiServer &server) override;

private:
    AuthService &m_auth;
    MembershipService &m_memberships;
    const LeaseSigner &m_leases;
};

} // namespace guild::server
