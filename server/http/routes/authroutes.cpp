#include "authroutes.h"

#include "domain/authservice.h"
#include "domain/clock.h"
#include "domain/leasesigner.h"
#include "domain/membershipservice.h"
#include "http/handle.h"
#include "protocol/endpoints/accounts.h"

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;

AuthRoutes::AuthRoutes(AuthService &auth, MembershipService &memberships, const LeaseSigner &leases)
    : m_auth(auth)
    , m_memberships(memberships)
    , m_leases(leases)
{}

void AuthRoutes::attach(ApiServer &server)
{
    handle(server, endpoints::Health, [](const Call &) { return Result<QString>(u"ok"_s); });
    // Password hashing is slow on purpose: sign-up and sign-in get their own pool, so a burst of them
    // never delays everything else.
    handle(
        server, endpoints::Register, [this](const Call &, const RegisterRequest &r) { return m_auth.registerUser(r); },
        ApiServer::Pool::Auth);
    handle(
        server, endpoints::Login,
        [this](const Call &call, const LoginRequest &r) {
            return m_auth.login(r.username, r.password, call.http.clientAddress);
        },
        ApiServer::Pool::Auth);
    handle(server, endpoints::Refresh,
           [this](const Call &, const RefreshRequest &r) { return m_auth.refresh(r.refreshToken); });
    handle(server, endpoints::Logout, [this](const Call &call) { return m_auth.logout(call.user()); });
    handle(server, endpoints::Me, [](const Call &call) {
        const AuthUser &u = call.user();
        return Result<CurrentUser>(CurrentUser{User{u.id, u.username, u.displayName, u.role}, u.tier});
    });
    handle(server, endpoints::MyMembership, [this](const Call &call) { return m_memberships.membership(call.user()); });
    handle(server, endpoints::MyLease,
           [this](const Call &call) { return Result<EntitlementLease>(m_leases.lease(call.user(), nowMs())); });
    handle(server, endpoints::ListTiers, [this](const Call &) { return m_memberships.tiers(); });
}

} // namespace guild::server
