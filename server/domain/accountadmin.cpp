#include "accountadmin.h"

#include "accountevents.h"
#include "authservice.h"
#include "clock.h"
#include "csv.h"
#include "passwordhasher.h"
#include "protocol/errorcodes.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/tokenrepository.h"
#include "storage/userrepository.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;

AccountAdmin::AccountAdmin(Database &database, AuthService &auth, PasswordHasher &hasher, const AccountEvents &events)
    : m_database(database)
    , m_auth(auth)
    , m_hasher(hasher)
    , m_events(events)
{}

std::optional<ApiError> AccountAdmin::adminsOnly(const Actor &actor)
{
    if (actor.admin) {
        return std::nullopt;
    }
    return ApiError::forbidden(errors::Forbidden, u"Only admins manage accounts."_s);
}

Result<AccountAdmin::Target> AccountAdmin::find(const QString &username)
{
    const auto record = UserRepository(m_database.connection()).findByUsername(username.trimmed().toLower());
    if (!record) {
        return ApiError::notFound(u"No account is called '%1'."_s.arg(username.trimmed().left(64)));
    }
    return Target{record->user.id, record->user};
}

void AccountAdmin::audit(const Actor &actor, const QString &action, const QString &target, const QString &detail,
                         qint64 now)
{
    AuditRepository(m_database.connection()).append({0, actor.id, actor.name, action, target, detail, now});
}

Result<User> AccountAdmin::createUser(const Actor &actor, const RegisterRequest &request, Role role)
{
    if (auto refused = adminsOnly(actor)) {
        return *refused;
    }
    Result<User> made = m_auth.registerUser(request, role);
    if (!made.ok()) {
        return made;
    }
    QSqlDatabase db = m_database.connection();
    sql::Transaction tx(db);
    audit(actor, u"create-user"_s, made.value().username, u"role "_s + roleCode(role), nowMs());
    tx.commit();
    return made;
}

Result<User> AccountAdmin::setRole(const Actor &actor, const QString &username, Role role)
{
    if (auto refused = adminsOnly(actor)) {
        return *refused;
    }
    const Result<Target> target = find(username);
    if (!target.ok()) {
        return target.error();
    }
    if (target.value().id == actor.id && role != Role::Admin) {
        return ApiError::forbidden(errors::Forbidden, u"Admins cannot demote themselves; ask another admin."_s);
    }
    QSqlDatabase db = m_database.connection();
    sql::Transaction tx(db);
    UserRepository(db).setRole(target.value().id, role);
    audit(actor, u"set-role"_s, target.value().user.username,
          roleCode(target.value().user.role) + u" → "_s + roleCode(role), nowMs());
    m_events.changed(tx, target.value().id); // what the member may read changes with the role
    tx.commit();
    User user = target.value().user;
    user.role = role;
    return user;
}

Result<Done> AccountAdmin::resetPassword(const Actor &actor, const QString &username, const QString &password)
{
    if (auto refused = adminsOnly(actor)) {
        return *refused;
    }
    const Result<Target> target = find(username);
    if (!target.ok()) {
        return target.error();
    }
    if (auto refused = AuthService::checkPassword(password)) {
        return *refused;
    }
    const auto hash = m_hasher.hash(password);
    if (!hash) {
        return ApiError::busy();
    }
    QSqlDatabase db = m_database.connection();
    const qint64 now = nowMs();
    sql::Transaction tx(db);
    UserRepository(db).setPasswordHash(target.value().id, *hash);
    const int ended = TokenRepository(db).revokeAll(target.value().id, now);
    audit(actor, u"reset-password"_s, target.value().user.username, u"%1 session(s) ended"_s.arg(ended), now);
    m_events.changed(tx, target.value().id);
    tx.commit();
    return Done{};
}

Result<QList<SessionInfo>> AccountAdmin::sessions(const QString &username)
{
    const Result<Target> target = find(username);
    if (!target.ok()) {
        return target.error();
    }
    QList<SessionInfo> out;
    for (const auto &s : TokenRepository(m_database.connection()).sessions(target.value().id, nowMs())) {
        out.append({s.family, QDateTime::fromMSecsSinceEpoch(s.startedAt, Qt::UTC),
                    QDateTime::fromMSecsSinceEpoch(s.refreshedAt, Qt::UTC),
                    QDateTime::fromMSecsSinceEpoch(s.expiresAt, Qt::UTC)});
    }
    return out;
}

Result<int> AccountAdmin::revokeSessions(const Actor &actor, const QString &username)
{
    if (auto refused = adminsOnly(actor)) {
        return *refused;
    }
    const Result<Target> target = find(username);
    if (!target.ok()) {
        return target.error();
    }
    QSqlDatabase db = m_database.connection();
    const qint64 now = nowMs();
    sql::Transaction tx(db);
    const int ended = TokenRepository(db).revokeAll(target.value().id, now);
    audit(actor, u"revoke-sessions"_s, target.value().user.username, u"%1 session(s) ended"_s.arg(ended), now);
    m_events.changed(tx, target.value().id);
    tx.commit();
    return ended;
}

Result<Done> AccountAdmin::ban(const Actor &actor, const QString &username, std::optional<QDateTime> until,
                               const QString &reason)
{
    if (auto refused = adminsOnly(actor)) {
        return *refused;
    }
    const Result<Target> target = find(username);
    if (!target.ok()) {
        return target.error();
    }
    if (target.value().id == actor.id) {
        return ApiError::forbidden(errors::Forbidden, u"You cannot ban yourself."_s);
    }
    if (target.value().user.role == Role::Admin) {
        return ApiError::forbidden(errors::Forbidden, u"Admins cannot be banned; change their role first."_s);
    }
    const QString why = reason.trimmed().left(500);
    const qint64 now = nowMs();
    if (until && (!until->isValid() || until->toMSecsSinceEpoch() <= now)) {
        return ApiError::badRequest(errors::InvalidField, u"A ban must end in the future."_s);
    }
    const qint64 end = until ? until->toMSecsSinceEpoch() : UserRepository::Ban::ForGood;
    QSqlDatabase db = m_database.connection();
    sql::Transaction tx(db);
    UserRepository(db).setBan(target.value().id, UserRepository::Ban{end, why});
    // Refresh tokens end; access tokens stay until they expire so that their next use (a chat
    // connection's next frame, say) is told the account is banned rather than just signed out.
    TokenRepository(db).revokeRefresh(target.value().id, now);
    audit(actor, u"ban"_s, target.value().user.username,
          (until ? u"until "_s + until->toUTC().toString(Qt::ISODate) : u"for good"_s) +
              (why.isEmpty() ? QString() : u": "_s + why),
          now);
    m_events.changed(tx, target.value().id); // live connections close now, on every process
    tx.commit();
    return Done{};
}

Result<Done> AccountAdmin::banForDays(const Actor &actor, const QString &username, int days, const QString &reason)
{
    const std::optional<QDateTime> until =
        days > 0 ? std::optional(QDateTime::fromMSecsSinceEpoch(nowMs() + days * 24LL * 3600 * 1000, Qt::UTC))
                 : std::nullopt;
    return ban(actor, username, until, reason);
}

Result<Done> AccountAdmin::unban(const Actor &actor, const QString &username)
{
    if (auto refused = adminsOnly(actor)) {
        return *refused;
    }
    const Result<Target> target = find(username);
    if (!target.ok()) {
        return target.error();
    }
    QSqlDatabase db = m_database.connection();
    const qint64 now = nowMs();
    sql::Transaction tx(db);
    UserRepository users(db);
    const bool wasBanned = users.activeBan(target.value().id, now).has_value();
    users.setBan(target.value().id, std::nullopt);
    // The ban ended the sessions: the member signs in again.
    TokenRepository(db).revokeAll(target.value().id, now);
    audit(actor, u"unban"_s, target.value().user.username, wasBanned ? QString() : u"was not banned"_s, now);
    tx.commit();
    return Done{};
}

Result<QString> AccountAdmin::usernameOf(qint64 id)
{
    const auto user = UserRepository(m_database.connection()).findById(id);
    if (!user) {
        return ApiError::notFound(u"No such member."_s);
    }
    return user->username;
}

Result<QList<AuditEntry>> AccountAdmin::audit(const Actor &reader, qint64 beforeId, int limit)
{
    if (auto refused = adminsOnly(reader)) {
        return *refused;
    }
    QList<AuditEntry> out;
    for (const auto &e : AuditRepository(m_database.connection()).list(beforeId, limit)) {
        out.append({e.id, e.actor, e.action, e.target, e.detail, QDateTime::fromMSecsSinceEpoch(e.createdAt, Qt::UTC)});
    }
    return out;
}

Result<QByteArray> AccountAdmin::auditCsv(const Actor &reader)
{
    const Result<QList<AuditEntry>> entries = audit(reader, 0, std::numeric_limits<int>::max());
    if (!entries.ok()) {
        return entries.error();
    }
    QByteArray csv = "id,at,actor,action,target,detail\r\n";
    for (const AuditEntry &e : entries.value()) {
        csv += (QString::number(e.id) + u',' + e.at.toString(Qt::ISODate) + u',' + csvField(e.actor) + u',' +
                csvField(e.action) + u',' + csvField(e.target) + u',' + csvField(e.detail) + u"\r\n"_s)
                   .toUtf8();
    }
    return csv;
}

bool AccountAdmin::hasAdmin()
{
    return UserRepository(m_database.connection()).anyAdmin();
}

} // namespace guild::server
