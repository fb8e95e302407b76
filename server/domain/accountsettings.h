#pragma once

#include "authuser.h"
#include "protocol/api/accounts.h"
#include "protocol/api/moderation.h"
#include "result.h"

namespace guild::server {

class AccountEvents;
class Database;
class PasswordHasher;

/// A member's own account: the password (the current one required), the display name, and the
/// devices signed in, each of which can be signed out.
class AccountSettings final
{
public:
    AccountSettings(Database &database, PasswordHasher &hasher, const AccountEvents &events);

    /// Every other device is signed out; this one stays signed in.
    Result<Done> changePassword(const AuthUser &member, const QString &current, const QString &replacement);
    Result<protocol::CurrentUser> changeDisplayName(const AuthUser &member, const QString &displayName);
    Result<QList<protocol::DeviceSession>> sessions(const AuthUser &member);
    /// Signs out the device whose login is `id` (one of the member's own).
    Result<Done> endSession(const AuthUser &member, const QString &id);
    /// Signs out every device, this one included.
    Result<Done> endAllSessions(const AuthUser &member);
    /// A PNG or JPEG (by its signature) of at most limits::AvatarBytesMax; empty removes it.
    Result<Done> setAvatar(const AuthUser &member, const QByteArray &image);
    /// The picture and its type ("image/png", "image/jpeg"); 404 for none.
    Result<std::pair<QByteArray, QByteArray>> avatar(qint64 memberId);

private:
    Database &m_database;
    PasswordHasher &m_hasher;
    const AccountEvents &m_events;
};

} // namespace guild::server
