#include "authservice.h"

#include "accountevents.h"
#include "clock.h"
#include "loginthrottle.h"
#include "passwordhasher.h"
#include "protocol/accountrules.h"
#include "protocol/errorcodes.h"
#include "protocol/limits.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/tokenrepository.h"
#include "storage/userrepository.h"
#include "tokens.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;

namespace {

/// What a banned member is told at sign-in and on every request.
ApiError bannedUntil(qint64 until, const QString &reason)
{
    const bool forGood = until >= UserRepository::Ban::ForGood;
    QString message = forGood ? u"This account is banned."_s
                              : u"This account is banned until %1 UTC."_s.arg(
                                    QDateTime::fromMSecsSinceEpoch(until, Qt::UTC).toString(u"yyyy-MM-dd HH:mm"_s));
    if (!reason.isEmpty()) {
        message += u" Reason: "_s + reason;
    }
    return ApiError::forbidden(errors::AccountBanned, message);
}

ApiError invalidField(const QString &message)
{
    return ApiError::badRequest(errors::InvalidField, message);
}

} // namespace

AuthService::AuthService(Database &database, PasswordHasher &hasher, LoginThrottle &throttle,
                         const AccountEvents &events, AuthConfig config)
    : m_database(database)
    , m_hasher(hasher)
    , m_throttle(throttle)
    , m_events(events)
    , m_config(config)
{}

bool AuthService::isValidUsername(const QString &username)
{
    return accountrules::isValidUsername(username);
}

std::optional<ApiError> AuthService::checkPassword(const QString &password)
{
    if (!accountrules::isValidPassword(password)) {
        return ApiError::badRequest(errors::InvalidField, u"Field 'password' must be 8 to 256 bytes long."_s);
    }
    return std::nullopt;
}

Result<User> AuthService::registerUser(protocol::RegisterRequest input, Role role)
{
    input.username = input.username.toLower();
    input.email = input.email.trimmed().toLower();
    input.displayName = input.displayName.trimmed();
    if (!isValidUsername(input.username)) {
        return invalidField(u"Field 'username' must be 3 to 32 letters, digits or underscores."_s);
    }
    if (!accountrules::isValidEmail(input.email)) {
        return invalidField(u"Field 'email' must be an email address."_s);
    }
    if (auto refused = checkPassword(input.password)) {
        return *refused;
    }
    if (input.displayName.isEmpty()) {
        input.displayName = input.username;
    }
    QSqlDatabase db = m_database.connection();
    UserRepository users(db);
    // Cheap checks before the expensive hash; the unique constraints below settle any race.
    if (users.usernameExists(input.username)) {
        return ApiError::conflict(errors::UsernameTaken, u"That username is taken."_s);
    }
    if (users.emailExists(input.email)) {
        return ApiError::conflict(errors::EmailTaken, u"An account with that email exists."_s);
    }
    const auto hash = m_hasher.hash(input.password);
    if (!hash) {
        return ApiError::busy();
    }
    try {
        sql::Transaction tx(db);
        const qint64 id = users.create(input.username, input.email, input.displayName, *hash, role, nowMs());
        tx.commit();
        return User{id, input.username, input.displayName, role};
    } catch (const sql::Error &e) {
        if (sql::isUniqueViolation(e.sqlError())) {
            return ApiError::conflict(errors::UsernameTaken, u"That username or email is taken."_s);
        }
        throw;
    }
}

Result<AuthTokens> AuthService::login(const QString &rawUsername, const QString &password, const QString &clientAddress)
{
    const QString username = rawUsername.toLower();
    if (const int wait = m_throttle.retryAfter(clientAddress, username, nowMs()); wait > 0) {
        return ApiError::rateLimited(wait);
    }
    QSqlDatabase db = m_database.connection();
    UserRepository users(db);
    const auto record = isValidUsername(username) ? users.findByUsername(username) : std::nullopt;
    std::optional<bool> matches;
    if (record) {
        matches = m_hasher.verify(record->passwordHash, password);
    } else {
        m_hasher.verifyDummy(password);
        matches = false;
    }
    if (!matches) {
        return ApiError::busy();
    }
    if (!*matches) {
        m_throttle.recordFailure(clientAddress, username, nowMs());
        return ApiError::unauthenticated(errors::InvalidCredentials, u"Wrong username or password."_s);
    }
    m_throttle.recordSuccess(username);
    if (const auto ban = users.activeBan(record->user.id, nowMs())) {
        return bannedUntil(ban->until, ban->reason);
    }
    sql::Transaction tx(db);
    AuthTokens tokens = issueTokens(record->user, tokens::generate());
    tx.commit();
    return tokens;
}

AuthTokens AuthService::issueTokens(const User &user, const QString &family)
{
    TokenRepository repo(m_database.connection());
    const qint64 now = nowMs();
    AuthTokens out;
    out.accessToken = tokens::generate();
    out.refreshToken = tokens::generate();
    out.expiresIn = m_config.accessTtlSeconds;
    out.user = user;
    repo.insertAccess(tokens::hash(out.accessToken), user.id, family, now + qint64(m_config.accessTtlSeconds) * 1000);
    repo.insertRefresh(tokens::hash(out.refreshToken), user.id, family, now,
                       now + qint64(m_config.refreshTtlDays) * 24 * 3600 * 1000);
    return out;
}

Result<AuthTokens> AuthService::refresh(const QString &refreshToken)
{
    QSqlDatabase db = m_database.connection();
    TokenRepository repo(db);
    const qint64 now = nowMs();
    sql::Transaction tx(db);
    const auto record = repo.findRefresh(tokens::hash(refreshToken));
    if (!record) {
        return ApiError::unauthenticated(errors::Unauthenticated, u"Unknown refresh token."_s);
    }
    if (record->revoked || record->used || !repo.markUsed(record->id, now)) {
        // A rotated token came back: someone holds a copy. End the whole login, for both holders.
        repo.revokeFamily(record->family);
        m_events.changed(tx, record->userId); // the copy's live chat connections end too
        tx.commit();
        return ApiError::unauthenticated(errors::TokenReused, u"This session was ended; please sign in again."_s);
    }
    if (record->expiresAt <= now) {
        tx.commit();
        return ApiError::unauthenticated(errors::TokenExpired, u"The session expired; please sign in again."_s);
    }
    const auto owner = UserRepository(db).findById(record->userId);
    if (!owner) {
        return ApiError::unauthenticated(errors::Unauthenticated, u"The account no longer exists."_s);
    }
    if (const auto ban = UserRepository(db).activeBan(owner->id, now)) {
        tx.commit();
        return bannedUntil(ban->until, ban->reason);
    }
    AuthTokens tokens = issueTokens(*owner, record->family);
    tx.commit();
    return tokens;
}

Result<Done> AuthService::logout(const AuthUser &caller)
{
    QSqlDatabase db = m_database.connection();
    sql::Transaction tx(db);
    TokenRepository(db).revokeFamily(caller.tokenFamily);
    m_events.changed(tx, caller.id);
    tx.commit();
    return Done{};
}

Result<AuthUser> AuthService::authenticate(const QString &accessToken)
{
    if (accessToken.isEmpty() || accessToken.size() > limits::TokenMax) {
        return ApiError::unauthenticated(errors::Unauthenticated, u"Sign in to continue."_s);
    }
    const QString hash = tokens::hash(accessToken);
    const qint64 now = nowMs();
    TokenRepository repo(m_database.connection());
    // One read of one row instead of the token lookup's join, for nearly every request.
    const qint64 generation = repo.accountGeneration();
    if (auto kept = m_tokens.find(hash, generation, now)) {
        return *kept;
    }
    const auto row = repo.findAccess(hash);
    if (!row) {
        return ApiError::unauthenticated(errors::Unauthenticated, u"Sign in to continue."_s);
    }
    if (row->expiresAt <= now) {
        // Kept until the periodic purge, so every use of it answers token_expired consistently.
        return ApiError::unauthenticated(errors::TokenExpired, u"The access token expired."_s);
    }
    if (row->bannedUntil > now) {
        return bannedUntil(row->bannedUntil, row->banReason);
    }
    AuthUser user;
    user.id = row->userId;
    user.username = row->username;
    user.displayName = row->displayName;
    user.role = row->role;
    user.tokenFamily = row->family;
    user.accessExpiresAt = row->expiresAt;
    // The tier stays in force through the grace period after the membership expires.
    const std::optional<qint64> until =
        row->membershipExpiresAt ? std::optional(*row->membershipExpiresAt + limits::MembershipGraceMs) : std::nullopt;
    const bool lapsed = until && *until <= now;
    user.tier = lapsed ? Tier::Free : row->tier.value_or(Tier::Free);
    if (user.tier != Tier::Free && until) {
        user.tierUntil = *until;
    }
    if (readingTier(user.role, user.tier) != user.tier) {
        user.tier = readingTier(user.role, user.tier);
        user.tierUntil = 0; // staff: nothing lapses
    }
    m_tokens.keep(hash, user, generation, now);
    return user;
}

int AuthService::purgeExpiredTokens()
{
    return TokenRepository(m_database.connection()).purgeExpired(nowMs());
}

} // namespace guild::server
