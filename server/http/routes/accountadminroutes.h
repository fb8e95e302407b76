#pragma once

#include "routegroup.h"

namespace guild::server {

class AccountAdmin;
class ModerationService;

/// What admins do with accounts through the API: ban and unban, set roles, read and export the
/// audit log (the command line does the same, and more: docs/admin.md).
class AccountAdminRoutes final : public RouteGroup
{
public:
    AccountAdminRoutes(AccountAdmin &accounts, ModerationService &moderation);
    void attach(ApiServer &server) override;

private:
    AccountAdmin &m_accounts;
    ModerationService &m_moderation;
};

} // namespace guild::server
