#pragma once

#include "domain/authuser.h"

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

    void insertAccess(const QString &hash, qint64 userId, const QString &family, qint64 expiresAt);
    void insertRefresh(const QString &hash, qint64 userId, const QString &family, qint64 now, qint64 expiresAt);
    std::optional<RefreshTokenRecord> findRefresh(const QString &hash);
    /// Marks a refresh token used; false if another request used it first.
    bool markUsed(qint64 id, qint64 now);
    void revokeFamily(const QString &family);

    struct AccessLookup
    {
        AuthUser user;
        qint64 expiresAt = 0;
    };
    std::optional<AccessLookup> findAccess(const QString &hash, qint64 now);
    void deleteAccess(const QString &hash);
    /// Drops tokens that expired before `now`; returns how many rows went.
    int purgeExpired(qint64 now);

private:
    QSqlDatabase m_db;
};

} // namespace guild::server
