#include "accountsettingsroutes.h"

#include "domain/accountsettings.h"
#include "http/handle.h"
#include "protocol/endpoints/accounts.h"

namespace guild::server {

using namespace protocol;

AccountSettingsRoutes::AccountSettingsRoutes(AccountSettings &settings)
    : m_settings(settings)
{}

void AccountSettingsRoutes::attach(ApiServer &server)
{
    handle(server, endpoints::ChangePassword, [this](const Call &call, const PasswordChange &r) {
        return m_settings.changePassword(call.user(), r.currentPassword, r.newPassword);
    });
    handle(server, endpoints::ChangeProfile, [this](const Call &call, const ProfileChange &r) {
        return m_settings.changeDisplayName(call.user(), r.displayName);
    });
    handle(server, endpoints::MySessions, [this](const Call &call) { return m_settings.sessions(call.user()); });
    handle(server, endpoints::EndSession,
           [this](const Call &call) { return m_settings.endSession(call.user(), call.key); });
    handle(server, endpoints::EndAllSessions,
           [this](const Call &call) { return m_settings.endAllSessions(call.user()); });
}

} // namespace guild::server
