#pragma once

#include "authuser.h"
#include "protocol/api/accounts.h"
#include "protocol/api/moderation.h"
#include "protocol/types.h"
#include "result.h"

#include <QDateTime>

namespace guild::server {

class AccountEvents;
class AuthService;
class Database;
class PasswordHasher;

/// Who took an administrative action: an admin (through the API) or the command line on the server.
struct Actor
{
    qint64 id = 0; ///< 0: the command line
    QString name;
    /// Whoever runs the command line owns the server's files; through the API, admins only.
    bool admin = false;

    static Actor commandLine() { return {0, QStringLiteral("command line"), true}; }
    static Actor of(const AuthUser &user) { return {user.id, user.username, user.isAdmin()}; }
};

/// A login of a member that has not ended.
struct SessionInfo
{
    QString id; ///< the login's token family (not a credential)
    QDateTime startedAt;
    QDateTime refreshedAt;
    QDateTime expiresAt;
};

/// Running the accounts of a community: the first admin, roles, passwords, sessions and bans. Every
/// change is written to the audit log in the same transaction, and a change that ends sessions tells
/// the member's live connections (AccountEvents) when it commits.
class AccountAdmin final
{
public:
    AccountAdmin(Database &database, AuthService &auth, PasswordHasher &hasher, const AccountEvents &events);

    /// An account under the registration rules (username, email, password), with `role`.
    Result<protocol::User> createUser(const Actor &actor, const protocol::RegisterRequest &request,
                                      protocol::Role role);
    Result<protocol::User> setRole(const Actor &actor, const QString &username, protocol::Role role);
    /// A new password under the registration rules; every session of the account ends.
    Result<Done> resetPassword(const Actor &actor, const QString &username, const QString &password);
    /// The account's logins that have not ended, newest first.
    Result<QList<SessionInfo>> sessions(const QString &username);
    /// Ends every login of the account; returns how many there were.
    Result<int> revokeSessions(const Actor &actor, const QString &username);
    /// Bans until `until` (nullopt: for good): sign-in is refused with the reason, every session and
    /// live connection ends at once. Admins cannot be banned (demote first), nor can the actor ban
    /// themself.
    Result<Done> ban(const Actor &actor, const QString &username, std::optional<QDateTime> until,
                     const QString &reason);
    /// The same for `days` from now on the server's clock (0: for good).
    Result<Done> banForDays(const Actor &actor, const QString &username, int days, const QString &reason);
    Result<Done> unban(const Actor &actor, const QString &username);
    /// Whether the community has an admin yet (a new server prints how to make one when not).
    bool hasAdmin();
    /// The username of the account with `id` (the API names members by id).
    Result<QString> usernameOf(qint64 id);
    /// The audit log, newest first (admins).
    Result<QList<protocol::AuditEntry>> audit(const Actor &reader, qint64 beforeId, int limit);
    /// The whole audit log as CSV, spreadsheet formulas defused (admins).
    Result<QByteArray> auditCsv(const Actor &reader);

private:
    struct Target
    {
        qint64 id = 0;
        protocol::User user;
    };
    Result<Target> find(const QString &username);
    static std::optional<ApiError> adminsOnly(const Actor &actor);
    void audit(const Actor &actor, const QString &action, const QString &target, const QString &detail, qint64 now);

    Database &m_database;
    AuthService &m_auth;
    PasswordHasher &m_hasher;
    const AccountEvents &m_events;
};

} // namespace guild::server
