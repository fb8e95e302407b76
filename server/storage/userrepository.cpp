#include "userrepository.h"

#include "protocol/limits.h"
#include "searchindex.h"
#include "sql.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;

qint64 UserRepository::create(const QString &username, const QString &email, const QString &displayName,
                              const QString &passwordHash, Role role, qint64 now)
{
    const qint64 id = sql::scalar(m_db,
                                  u"INSERT INTO users (username, email, display_name, password_hash, role, created_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
                                  {username, email, displayName, passwordHash, roleCode(role), now})
                          .toLongLong();
    sql::exec(m_db, u"INSERT INTO memberships (user_id, tier, expires_at, updated_at) VALUES (?, 0, NULL, ?)"_s,
              {id, now});
    SearchIndex(m_db).refresh(protocol::SearchKind::Member, id);
    return id;
}

std::optional<UserRecord> UserRepository::findByUsername(const QString &username)
{
    QSqlQuery q = sql::exec(
        m_db, u"SELECT id, username, display_name, role, email, password_hash FROM users WHERE username = ?"_s,
        {username});
    if (!q.next()) {
        return std::nullopt;
    }
    UserRecord record;
    record.user.id = q.value(0).toLongLong();
    record.user.username = q.value(1).toString();
    record.user.displayName = q.value(2).toString();
    record.user.role = roleFromCode(q.value(3).toString()).value_or(Role::Member);
    record.email = q.value(4).toString();
    record.passwordHash = q.value(5).toString();
    return record;
}

std::optional<User> UserRepository::findById(qint64 id)
{
    QSqlQuery q = sql::exec(m_db, u"SELECT username, display_name, role FROM users WHERE id = ?"_s, {id});
    if (!q.next()) {
        return std::nullopt;
    }
    return User{id, q.value(0).toString(), q.value(1).toString(),
                roleFromCode(q.value(2).toString()).value_or(Role::Member)};
}

bool UserRepository::usernameExists(const QString &username)
{
    return !sql::scalar(m_db, u"SELECT 1 FROM users WHERE username = ?"_s, {username}).isNull();
}

bool UserRepository::emailExists(const QString &email)
{
    return !sql::scalar(m_db, u"SELECT 1 FROM users WHERE email = ?"_s, {email}).isNull();
}

qint64 UserRepository::count()
{
    return sql::scalar(m_db, u"SELECT COUNT(*) FROM users"_s).toLongLong();
}

Membership UserRepository::membership(qint64 userId, qint64 now)
{
    QSqlQuery q = sql::exec(m_db, u"SELECT tier, expires_at FROM memberships WHERE user_id = ?"_s, {userId});
    Membership m;
    if (q.next()) {
        m.tier = tierFromLevel(q.value(0).toLongLong()).value_or(Tier::Free);
        if (!q.value(1).isNull()) {
            const qint64 expires = q.value(1).toLongLong();
            m.expiresAt = QDateTime::fromMSecsSinceEpoch(expires, Qt::UTC);
            m.active = expires + limits::MembershipGraceMs > now;
            m.inGrace = expires <= now && m.active;
            if (!m.active) {
                m.tier = Tier::Free;
            }
        }
    }
    return m;
}

void UserRepository::setMembership(qint64 userId, Tier tier, std::optional<qint64> expiresAt, qint64 now)
{
    const QVariant expires = expiresAt ? QVariant(*expiresAt) : sql::nullInt();
    sql::exec(m_db, u"UPDATE memberships SET tier = ?, expires_at = ?, updated_at = ? WHERE user_id = ?"_s,
              {static_cast<int>(tier), expires, now, userId});
}

void UserRepository::setAvatar(qint64 userId, const QString &base64)
{
    sql::exec(m_db, u"UPDATE users SET avatar = ? WHERE id = ?"_s, {base64.isNull() ? u""_s : base64, userId});
}

QString UserRepository::avatar(qint64 userId)
{
    return sql::scalar(m_db, u"SELECT avatar FROM users WHERE id = ?"_s, {userId}).toString();
}

bool UserRepository::exists(qint64 userId)
{
    return sql::scalar(m_db, u"SELECT 1 FROM users WHERE id = ?"_s, {userId}).isValid();
}

QList<UserRepository::Listed> UserRepository::search(const QString &search, int limit)
{
    const QString pattern = sql::containsPattern(search);
    QSqlQuery q = sql::exec(m_db,
                            u"SELECT u.id, u.username, u.display_name, u.role, u.created_at, "
                            "(SELECT COALESCE(SUM(points), 0) FROM points_ledger p WHERE p.user_id = u.id), "
                            "u.banned_until, u.ban_reason "
                            "FROM users u WHERE LOWER(u.username) LIKE ? ESCAPE '!' OR LOWER(u.display_name) LIKE ? "
                            "ESCAPE '!' ORDER BY u.id LIMIT ?"_s,
                            {pattern, pattern, limit});
    QList<Listed> list;
    while (q.next()) {
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     sql::timeFromMs(q.value(4)), q.value(5).toLongLong(), q.value(6).toLongLong(),
                     q.value(7).toString()});
    }
    return list;
}

int UserRepository::trialDays(Tier tier)
{
    return sql::scalar(m_db, u"SELECT trial_days FROM tiers WHERE level = ?"_s, {static_cast<int>(tier)}).toInt();
}

bool UserRepository::startTrial(qint64 userId, Tier tier, qint64 now)
{
    return sql::exec(m_db, u"INSERT INTO trials (user_id, tier, started_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"_s,
                     {userId, static_cast<int>(tier), now})
               .numRowsAffected() > 0;
}

QString UserRepository::timezone(qint64 userId)
{
    return sql::scalar(m_db, u"SELECT timezone FROM users WHERE id = ?"_s, {userId}).toString();
}

void UserRepository::setTimezone(qint64 userId, const QString &ianaId)
{
    sql::exec(m_db, u"UPDATE users SET timezone = ? WHERE id = ?"_s, {ianaId, userId});
}

void UserRepository::setRole(qint64 userId, Role role)
{
    sql::exec(m_db, u"UPDATE users SET role = ? WHERE id = ?"_s, {roleCode(role), userId});
}

void UserRepository::setPasswordHash(qint64 userId, const QString &hash)
{
    sql::exec(m_db, u"UPDATE users SET password_hash = ? WHERE id = ?"_s, {hash, userId});
}

QString UserRepository::passwordHash(qint64 userId)
{
    return sql::scalar(m_db, u"SELECT password_hash FROM users WHERE id = ?"_s, {userId}).toString();
}

void UserRepository::setDisplayName(qint64 userId, const QString &displayName)
{
    sql::exec(m_db, u"UPDATE users SET display_name = ? WHERE id = ?"_s, {displayName, userId});
    SearchIndex(m_db).refresh(protocol::SearchKind::Member, userId);
}

bool UserRepository::anyAdmin()
{
    return sql::scalar(m_db, u"SELECT COUNT(*) FROM users WHERE role = ?"_s, {roleCode(Role::Admin)}).toLongLong() > 0;
}

std::optional<UserRepository::Ban> UserRepository::activeBan(qint64 userId, qint64 now)
{
    QSqlQuery q = sql::exec(m_db, u"SELECT banned_until, ban_reason FROM users WHERE id = ? AND banned_until > ?"_s,
                            {userId, now});
    if (!q.next()) {
        return std::nullopt;
    }
    return Ban{q.value(0).toLongLong(), q.value(1).toString()};
}

void UserRepository::setBan(qint64 userId, std::optional<Ban> ban)
{
    const QString reason = ban ? ban->reason : QString();
    sql::exec(m_db, u"UPDATE users SET banned_until = ?, ban_reason = ? WHERE id = ?"_s,
              {ban ? QVariant(ban->until) : sql::nullInt(), reason.isNull() ? u""_s : reason, userId});
}

} // namespace guild::server
