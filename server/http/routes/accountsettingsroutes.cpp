#include "accountsettingsroutes.h"

#include "domain/accountsettings.h"
#include "http/handle.h"
#include "protocol/endpoints/accounts.h"
#include "protocol/errorcodes.h"

namespace guild::server {

using namespace protocol;
using namespace Qt::StringLiterals;

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
    handle(server, endpoints::SetAvatar, [this](const Call &call) -> Result<Done> {
        if (call.http.body.isEmpty()) {
            return protocol::ApiError::badRequest(protocol::errors::InvalidField, u"Send the picture's bytes."_s);
        }
        return m_settings.setAvatar(call.user(), call.http.body);
    });
    handle(server, endpoints::RemoveAvatar,
           [this](const Call &call) { return m_settings.setAvatar(call.user(), QByteArray()); });
    handle(server, endpoints::MemberAvatar, [this](const Call &call) {
        const auto image = m_settings.avatar(call.id);
        return image.ok() ? Reply::bytes(image.value().first, image.value().second) : Reply::error(image.error());
    });
    handle(server, endpoints::EndSession,
           [this](const Call &call) { return m_settings.endSession(call.user(), call.key); });
    handle(server, endpoints::EndAllSessions,
           [this](const Call &call) { return m_settings.endAllSessions(call.user()); });
}

} // namespace guild::server
