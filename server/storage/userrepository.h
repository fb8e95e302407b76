#pragma once

#include "protocol/types.h"

#include <QSqlDatabase>

#include <optional>

namespace guild::server {

struct UserRecord
{
    protocol::User user;
    QString email;
    QString passwordHash;
};

/// Users, their memberships and the tier catalogue.
class UserRepository final
{
public:
    explicit UserRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    /// Inserts the user with a free membership; returns the new id.
    qint64 create(const QString &username, const QString &email, const QString &displayName,
                  const QString &passwordHash, protocol::Role role, qint64 now);
    std::optional<UserRecord> findByUsername(const QString &username);
    std::optional<protocol::User> findById(qint64 id);
    bool usernameExists(const QString &username);
    bool emailExists(const QString &email);
    qint64 count();
    bool exists(qint64 userId);
    /// A member as the admins' list shows them, without their membership.
    struct Listed
    {
        qint64 id = 0;
        QString username;
        QString displayName;
        QString role;
        QDateTime joinedAt;
        qint64 points = 0;
        qint64 bannedUntil = 0; ///< 0: not banned (or a ban that ended)
        QString banReason;
    };
    /// Members whose username or display name contains `search` (case-insensitive), by id.
    QList<Listed> search(const QString &search, int limit);
    /// How long the tier's free trial runs; 0 when it has none.
    int trialDays(protocol::Tier tier);
    /// Records the member's trial of `tier`; false when they had it before.
    bool startTrial(qint64 userId, protocol::Tier tier, qint64 now);
    /// The member's IANA time zone; empty when never set.
    QString timezone(qint64 userId);
    void setTimezone(qint64 userId, const QString &ianaId);

    /// The stored membership (expired or not).
    protocol::Membership membership(qint64 userId, qint64 now);
    void setMembership(qint64 userId, protocol::Tier tier, std::optional<qint64> expiresAt, qint64 now);

    void setRole(qint64 userId, protocol::Role role);
    void setPasswordHash(qint64 userId, const QString &hash);
    /// The member's picture as base64 (empty: none).
    void setAvatar(qint64 userId, const QString &base64);
    QString avatar(qint64 userId);
    /// The stored password hash, empty when there is no such user.
    QString passwordHash(qint64 userId);
    void setDisplayName(qint64 userId, const QString &displayName);
    /// Whether any account holds the admin role (a community without one cannot be run).
    bool anyAdmin();

    struct Ban
    {
        /// `until` of a ban for good: the last millisecond of the year 9999.
        static constexpr qint64 ForGood = 253402300799000LL;
        qint64 until = 0; ///< ms since the epoch
        QString reason;
    };
    /// The member's ban, if one is in force at `now`.
    std::optional<Ban> activeBan(qint64 userId, qint64 now);
    /// Bans until `until`, or lifts the ban (nullopt).
    void setBan(qint64 userId, std::optional<Ban> ban);

private:
    QSqlDatabase m_db;
};

} // namespace guild::server
