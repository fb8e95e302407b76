#pragma once

#include "routegroup.h"

namespace guild::server {

class AccountSettings;

/// A member's own account: password, display name, signed-in devices.
class AccountSettingsRoutes final : public RouteGroup
{
public:
    explicit AccountSettingsRoutes(AccountSettings &settings);
    void attach(ApiServer &server) override;

private:
    AccountSettings &m_settings;
};

} // namespace guild::server
