#pragma once

#include "routegroup.h"

namespace guild::server {

class MembershipService;
class PaymentService;

/// Trials, checkout and the provider's webhook, payment history and redeem codes
/// (protocol/endpoints/membership.h; the admins' member list is MemberAdminRoutes').
class MembershipRoutes final : public RouteGroup
{
public:
    MembershipRoutes(MembershipService &memberships, PaymentService &payments);
    void attach(ApiServer &server) override;

private:
    MembershipService &m_memberships;
    PaymentService &m_payments;
};

/// What admins do with members: list and search them, export them as CSV, set their tier, see their
/// payments.
class MemberAdminRoutes final : public RouteGroup
{
public:
    MemberAdminRoutes(MembershipService &memberships, PaymentService &payments);
    void attach(ApiServer &server) override;

private:
    MembershipService &m_memberships;
    PaymentService &m_payments;
};

} // namespace guild::server
