#include "passwordresetrepository.h"

#include "sql.h"

using namespace Qt::StringLiterals;

namespace guild::server {

void PasswordResetRepository::insert(qint64 userId, const QString &codeHash, const QString &via, qint64 now,
                                     qint64 expiresAt)
{
    sql::exec(m_db,
              u"INSERT INTO password_resets (user_id, code_hash, via, created_at, expires_at) VALUES (?, ?, ?, ?, ?)"_s,
              {userId, codeHash, via, now, expiresAt});
}

int PasswordResetRepository::countSince(qint64 userId, const QString &via, qint64 since)
{
    return sql::scalar(m_db,
                       u"SELECT COUNT(*) FROM password_resets WHERE user_id = ? AND via = ? AND created_at >= ?"_s,
                       {userId, via, since})
        .toInt();
}

std::optional<qint64> PasswordResetRepository::consume(const QString &codeHash, qint64 now)
{
    // One conditional update: of two requests with the same code, one wins.
    const QVariant user = sql::scalar(m_db,
                                      u"UPDATE password_resets SET used_at = ? WHERE code_hash = ? AND used_at IS NULL "
                                      "AND expires_at > ? RETURNING user_id"_s,
                                      {now, codeHash, now});
    return user.isValid() ? std::optional(user.toLongLong()) : std::nullopt;
}

void PasswordResetRepository::retireAll(qint64 userId, qint64 now)
{
    sql::exec(m_db, u"UPDATE password_resets SET used_at = ? WHERE user_id = ? AND used_at IS NULL"_s, {now, userId});
}

std::optional<qint64> PasswordResetRepository::userByEmail(const QString &email)
{
    const QVariant id = sql::scalar(m_db, u"SELECT id FROM users WHERE LOWER(email) = ?"_s, {email.toLower()});
    return id.isValid() ? std::optional(id.toLongLong()) : std::nullopt;
}

} // namespace guild::server
