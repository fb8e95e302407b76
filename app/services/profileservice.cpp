#include "profileservice.h"

#include "net/apiclient.h"
#include "protocol/endpoints.h"
#include "protocol/pictures.h"

namespace guild::app {

using namespace protocol;

ProfileService::ProfileService(ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

void ProfileService::changePassword(const QString &current, const QString &replacement)
{
    m_api.call(
        endpoints::ChangePassword, PasswordChange{current, replacement}, this, [this](const ApiResult<NoContent> &r) {
            if (!r.ok()) {
                Q_EMIT notice(r.explain(tr("You are offline: the password can be changed once you are back.")), false);
                return;
            }
            Q_EMIT notice(tr("Password changed. Your other devices were signed out."), true);
            Q_EMIT passwordChanged();
            loadSessions();
        });
}

void ProfileService::changeDisplayName(const QString &displayName)
{
    m_api.call(endpoints::ChangeProfile, ProfileChange{displayName.trimmed()}, this,
               [this](const ApiResult<CurrentUserReply> &r) {
                   if (!r.ok()) {
                       Q_EMIT notice(r.explain(tr("You are offline: your name can be changed once you are back.")),
                                     false);
                       return;
                   }
                   Q_EMIT notice(tr("Your name is now %1.").arg(r->value.user.displayName), true);
                   Q_EMIT displayNameChanged(r->value.user.displayName);
               });
}

void ProfileService::setAvatar(const QByteArray &image)
{
    const auto done = [this, image](const ApiResult<NoContent> &r) {
        if (!r.ok()) {
            Q_EMIT notice(r.explain(tr("You are offline: your picture can be changed once you are back.")), false);
            return;
        }
        Q_EMIT notice(image.isEmpty() ? tr("Your picture is removed.") : tr("Your picture is saved."), true);
        Q_EMIT avatarLoaded(image);
        Q_EMIT avatarChanged(image);
    };
    if (image.isEmpty()) {
        m_api.call(endpoints::RemoveAvatar, {}, this, done);
        return;
    }
    m_api.sendBytes(endpoints::SetAvatar, QString(), image, protocol::pictureType(image), {}, this, done);
}

void ProfileService::loadAvatar()
{
    m_api.call(endpoints::Me, {}, this, [this](const ApiResult<CurrentUserReply> &me) {
        if (!me.ok()) {
            return;
        }
        m_api.getRaw(endpoints::MemberAvatar, endpoints::MemberAvatar.url(me->value.user.id), this,
                     [this](const ApiResponse &r) { Q_EMIT avatarLoaded(r.ok ? r.body : QByteArray()); });
    });
}

void ProfileService::loadSessions()
{
    m_api.call(endpoints::MySessions, {}, this, [this](const ApiResult<DeviceSessionList> &r) {
        if (!r.ok()) {
            Q_EMIT notice(r.explain(tr("You are offline: signed-in devices show once you are back.")), false);
            return;
        }
        Q_EMIT sessionsLoaded(r->items);
    });
}

void ProfileService::endSession(const QString &id)
{
    m_api.call(endpoints::EndSession, id, {}, this, [this](const ApiResult<NoContent> &r) {
        Q_EMIT notice(r.ok() ? tr("That device is signed out.") : r.message, r.ok());
        loadSessions();
    });
}

void ProfileService::signOutEverywhere()
{
    m_api.call(endpoints::EndAllSessions, {}, this, [this](const ApiResult<NoContent> &r) {
        if (!r.ok()) {
            Q_EMIT notice(r.message, false);
            return;
        }
        Q_EMIT signedOutEverywhere();
    });
}

} // namespace guild::app
