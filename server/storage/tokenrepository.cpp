#include "tokenrepository.h"

#include "sql.h"

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;

void TokenRepository::insertAccess(const QString &hash, qint64 userId, const QString &family, qint64 expiresAt)
{
    sql::exec(m_db, u"INSERT INTO access_tokens (token_hash, user_id, family, expires_at) VALUES (?, ?, ?, ?)"_s,
              {hash, userId, family, expiresAt});
}

void TokenRepository::insertRefresh(const QString &hash, qint64 userId, const QString &family, qint64 now,
                                    qint64 expiresAt)
{
    sql::exec(
        m_db,
        u"INSERT INTO refresh_tokens (user_id, family, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)"_s,
        {userId, family, hash, now, expiresAt});
}

std::optional<RefreshTokenRecord> TokenRepository::findRefresh(const QString &hash)
{
    QSqlQuery q = sql::exec(
        m_db, u"SELECT id, user_id, family, expires_at, used_at, revoked FROM refresh_tokens WHERE token_hash = ?"_s,
        {hash});
    if (!q.next()) {
        return std::nullopt;
    }
    return RefreshTokenRecord{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                              q.value(3).toLongLong(), !q.value(4).isNull(),    q.value(5).toInt() != 0};
}

bool TokenRepository::markUsed(qint64 id, qint64 now)
{
    QSqlQuery q =
        sql::exec(m_db, u"UPDATE refresh_tokens SET used_at = ? WHERE id = ? AND used_at IS NULL"_s, {now, id});
    return q.numRowsAffected() == 1;
}

void TokenRepository::revokeFamily(const QString &family)
{
    sql::exec(m_db, u"UPDATE refresh_tokens SET revoked = 1 WHERE family = ?"_s, {family});
    sql::exec(m_db, u"DELETE FROM access_tokens WHERE family = ?"_s, {family});
}

std::optional<TokenRepository::AccessRow> TokenRepository::findAccess(const QString &hash)
{
    QSqlQuery q =
        sql::exec(m_db,
                  u"SELECT a.expires_at, a.family, u.id, u.username, u.display_name, u.role, m.tier, m.expires_at, "
                  "u.banned_until, u.ban_reason "
                  "FROM access_tokens a JOIN users u ON u.id = a.user_id "
                  "LEFT JOIN memberships m ON m.user_id = u.id WHERE a.token_hash = ?"_s,
                  {hash});
    if (!q.next()) {
        return std::nullopt;
    }
    AccessRow row;
    row.expiresAt = q.value(0).toLongLong();
    row.family = q.value(1).toString();
    row.userId = q.value(2).toLongLong();
    row.username = q.value(3).toString();
    row.displayName = q.value(4).toString();
    row.role = roleFromCode(q.value(5).toString()).value_or(Role::Member);
    if (!q.value(6).isNull()) {
        row.tier = tierFromLevel(q.value(6).toLongLong()).value_or(Tier::Free);
    }
    if (!q.value(7).isNull()) {
        row.membershipExpiresAt = q.value(7).toLongLong();
    }
    row.bannedUntil = q.value(8).toLongLong();
    row.banReason = q.value(9).toString();
    return row;
}

void TokenRepository::deleteAccess(const QString &hash)
{
    sql::exec(m_db, u"DELETE FROM access_tokens WHERE token_hash = ?"_s, {hash});
}

int TokenRepository::purgeExpired(qint64 now)
{
    int removed = sql::exec(m_db, u"DELETE FROM access_tokens WHERE expires_at < ?"_s, {now}).numRowsAffected();
    removed += sql::exec(m_db, u"DELETE FROM refresh_tokens WHERE expires_at < ?"_s, {now}).numRowsAffected();
    return removed;
}

QList<TokenRepository::Session> TokenRepository::sessions(qint64 userId, qint64 now)
{
    QSqlQuery q = sql::exec(m_db,
                            u"SELECT family, MIN(created_at), MAX(created_at), MAX(expires_at) FROM refresh_tokens "
                            "WHERE user_id = ? AND revoked = 0 GROUP BY family HAVING MAX(expires_at) > ? "
                            "ORDER BY MAX(created_at) DESC, family"_s,
                            {userId, now});
    QList<Session> out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    }
    return out;
}

bool TokenRepository::revokeFamilyOf(qint64 userId, const QString &family)
{
    const bool theirs = !sql::scalar(m_db,
                                     u"SELECT 1 FROM refresh_tokens WHERE user_id = ? AND family = ? AND revoked = 0 "
                                     "LIMIT 1"_s,
                                     {userId, family})
                             .isNull();
    if (theirs) {
        revokeFamily(family);
    }
    return theirs;
}

void TokenRepository::revokeAllBut(qint64 userId, const QString &keep)
{
    sql::exec(m_db, u"UPDATE refresh_tokens SET revoked = 1 WHERE user_id = ? AND family <> ?"_s, {userId, keep});
    sql::exec(m_db, u"DELETE FROM access_tokens WHERE user_id = ? AND family <> ?"_s, {userId, keep});
}

int TokenRepository::revokeRefresh(qint64 userId, qint64 now)
{
    const int live = static_cast<int>(sessions(userId, now).size());
    sql::exec(m_db, u"UPDATE refresh_tokens SET revoked = 1 WHERE user_id = ?"_s, {userId});
    return live;
}

int TokenRepository::revokeAll(qint64 userId, qint64 now)
{
    const int live = revokeRefresh(userId, now);
    sql::exec(m_db, u"DELETE FROM access_tokens WHERE user_id = ?"_s, {userId});
    return live;
}

qint64 TokenRepository::accountGeneration()
{
    return sql::scalar(m_db, u"SELECT n FROM account_generation WHERE id = 1"_s).toLongLong();
}

void TokenRepository::advanceAccountGeneration()
{
    sql::exec(m_db, u"UPDATE account_generation SET n = n + 1 WHERE id = 1"_s);
}

} // namespace guild::server
