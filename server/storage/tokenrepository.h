#pragma once

#include "protocol/tier.h"

#include <QSqlDatabase>

#include <optional>

namespace guild::server {

struct RefreshTokenRecord
{
    qint64 id = 0;
    qint64 userId = 0;
    QString family;
    qint64 expiresAt = 0;
    bool used = false;
    bool revoked = false;
};

/// Access and refresh tokens, stored only as hashes and grouped in families (one per login).
class TokenRepository final
{
public:
    explicit TokenRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    /// The account generation: moved by every change to a member's standing (see TokenCache).
    qint64 accountGeneration();
    /// Moves it, inside the transaction that changes a member's standing.
    void advanceAccountGeneration();

    void insertAccess(const QString &hash, qint64 userId, const QString &family, qint64 expiresAt);
    void insertRefresh(const QString &hash, qint64 userId, const QString &family, qint64 now, qint64 expiresAt);
    std::optional<RefreshTokenRecord> findRefresh(const QString &hash);
    /// Marks a refresh token used; false if another request used it first.
    bool markUsed(qint64 id, qint64 now);
    void revokeFamily(const QString &family);

    /// A login of the member that has not ended: its family, when it began, when it was last
    /// refreshed and when it ends unless refreshed again.
    struct Session
    {
        QString family;
        qint64 startedAt = 0;
        qint64 refreshedAt = 0;
        qint64 expiresAt = 0;
    };
    /// Newest first.
    QList<Session> sessions(qint64 userId, qint64 now);
    /// Ends every login of the member (refresh tokens revoked, access tokens deleted); returns how many.
    int revokeAll(qint64 userId, qint64 now);
    /// Ends one login of the member; false when it is not theirs (or already ended).
    bool revokeFamilyOf(qint64 userId, const QString &family);
    /// Ends every login of the member but `keep`.
    void revokeAllBut(qint64 userId, const QString &keep);
    /// Refresh tokens revoked only: the access tokens stay so that their next use says why (a ban).
    int revokeRefresh(qint64 userId, qint64 now);

    /// An access token with its member and their membership, as stored.
    struct AccessRow
    {
        qint64 expiresAt = 0;
        QString family;
        qint64 userId = 0;
        QString username;
        QString displayName;
        protocol::Role role = protocol::Role::Member;
        std::optional<protocol::Tier> tier;        ///< unset: no membership row
        std::optional<qint64> membershipExpiresAt; ///< unset: it does not expire
        qint64 bannedUntil = 0;                    ///< 0: never banned
        QString banReason;
    };
    std::optional<AccessRow> findAccess(const QString &hash);
    void deleteAccess(const QString &hash);
    /// Drops tokens that expired before `now`; returns how many rows went.
    int purgeExpired(qint64 now);

private:
    QSqlDatabase m_db;
};

} // namespace guild::server
