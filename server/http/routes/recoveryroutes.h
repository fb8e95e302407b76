#pragma once

#include "routegroup.h"

namespace guild::server {

class PasswordRecovery;

/// Forgotten passwords: a code by email, a code from an admin, a new password with a code.
class RecoveryRoutes final : public RouteGroup
{
public:
    explicit RecoveryRoutes(PasswordRecovery &recovery);
    void attach(ApiServer &server) override;

private:
    PasswordRecovery &m_recovery;
};

} // namespace guild::server
