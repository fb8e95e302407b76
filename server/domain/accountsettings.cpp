#include "accountsettings.h"

#include "accountevents.h"
#include "authservice.h"
#include "clock.h"
#include "passwordhasher.h"
#include "pictures.h"
#include "protocol/errorcodes.h"
#include "protocol/limits.h"
#include "protocol/pictures.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/tokenrepository.h"
#include "storage/userrepository.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;

AccountSettings::AccountSettings(Database &database, PasswordHasher &hasher, const AccountEvents &events)
    : m_database(database)
    , m_hasher(hasher)
    , m_events(events)
{}

Result<Done> AccountSettings::changePassword(const AuthUser &member, const QString &current, const QString &replacement)
{
    if (auto refused = AuthService::checkPassword(replacement)) {
        return *refused;
    }
    QSqlDatabase db = m_database.connection();
    UserRepository users(db);
    const std::optional<bool> matches = m_hasher.verify(users.passwordHash(member.id), current);
    if (!matches) {
        return ApiError::busy();
    }
    if (!*matches) {
        // 403, not 401: the session is fine, the password typed is not (a 401 would sign the client out).
        return ApiError::forbidden(errors::InvalidCredentials, u"The current password is not right."_s);
    }
    const auto hash = m_hasher.hash(replacement);
    if (!hash) {
        return ApiError::busy();
    }
    sql::Transaction tx(db);
    users.setPasswordHash(member.id, *hash);
    TokenRepository(db).revokeAllBut(member.id, member.tokenFamily);
    m_events.changed(tx, member.id); // the other devices' chat connections end
    tx.commit();
    return Done{};
}

Result<CurrentUser> AccountSettings::changeDisplayName(const AuthUser &member, const QString &displayName)
{
    const QString name = displayName.trimmed();
    if (name.isEmpty()) {
        return ApiError::badRequest(errors::InvalidField, u"Field 'displayName' must not be blank."_s);
    }
    QSqlDatabase db = m_database.connection();
    sql::Transaction tx(db);
    UserRepository(db).setDisplayName(member.id, name);
    m_events.changed(tx, member.id); // the name travels with the member's token lookups and chat sessions
    tx.commit();
    return CurrentUser{User{member.id, member.username, name, member.role}, member.tier};
}

Result<QList<DeviceSession>> AccountSettings::sessions(const AuthUser &member)
{
    QList<DeviceSession> out;
    for (const auto &s : TokenRepository(m_database.connection()).sessions(member.id, nowMs())) {
        out.append({s.family, QDateTime::fromMSecsSinceEpoch(s.startedAt, Qt::UTC),
                    QDateTime::fromMSecsSinceEpoch(s.refreshedAt, Qt::UTC),
                    QDateTime::fromMSecsSinceEpoch(s.expiresAt, Qt::UTC), s.family == member.tokenFamily});
    }
    return out;
}

Result<Done> AccountSettings::endSession(const AuthUser &member, const QString &id)
{
    QSqlDatabase db = m_database.connection();
    sql::Transaction tx(db);
    if (!TokenRepository(db).revokeFamilyOf(member.id, id)) {
        return ApiError::notFound(u"No such signed-in device."_s);
    }
    m_events.changed(tx, member.id);
    tx.commit();
    return Done{};
}

Result<Done> AccountSettings::endAllSessions(const AuthUser &member)
{
    QSqlDatabase db = m_database.connection();
    sql::Transaction tx(db);
    TokenRepository(db).revokeAll(member.id, nowMs());
    m_events.changed(tx, member.id);
    tx.commit();
    return Done{};
}

Result<Done> AccountSettings::setAvatar(const AuthUser &member, const QByteArray &image)
{
    if (auto refused = pictures::refusal(image, limits::AvatarBytesMax)) {
        return *refused;
    }
    UserRepository(m_database.connection()).setAvatar(member.id, QString::fromLatin1(image.toBase64()));
    return Done{};
}

Result<std::pair<QByteArray, QByteArray>> AccountSettings::avatar(qint64 memberId)
{
    const QByteArray image =
        QByteArray::fromBase64(UserRepository(m_database.connection()).avatar(memberId).toLatin1());
    if (image.isEmpty()) {
        return ApiError::notFound(u"No picture."_s);
    }
    return std::pair{image, protocol::pictureType(image)};
}

} // namespace guild::server
