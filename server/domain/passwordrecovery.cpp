#include "passwordrecovery.h"

#include "accountevents.h"
#include "authservice.h"
#include "clock.h"
#include "loginthrottle.h"
#include "mailer.h"
#include "onetimecode.h"
#include "passwordhasher.h"
#include "protocol/errorcodes.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/passwordresetrepository.h"
#include "storage/sql.h"
#include "storage/tokenrepository.h"
#include "storage/userrepository.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;

namespace {

Q_LOGGING_CATEGORY(lcRecovery, "guild.recovery")

constexpr qint64 EmailCodeMs = 3600LL * 1000;
constexpr qint64 AdminCodeMs = 24LL * 3600 * 1000;
constexpr int EmailsPerHour = 3;
bool deliverable(const QString &email)
{
    return email.contains(u'@') && !email.endsWith(u".invalid"_s);
}

} // namespace

PasswordRecovery::PasswordRecovery(Database &database, PasswordHasher &hasher, LoginThrottle &throttle,
                                   const AccountEvents &events, Mailer *mailer)
    : m_database(database)
    , m_hasher(hasher)
    , m_throttle(throttle)
    , m_events(events)
    , m_mailer(mailer)
{}

QString PasswordRecovery::newCode(qint64 userId, const QString &via, qint64 now, qint64 validMs)
{
    QString code = onetimecode::generate();
    PasswordResetRepository(m_database.connection()).insert(userId, onetimecode::hash(code), via, now, now + validMs);
    return code;
}

Result<Done> PasswordRecovery::sendCode(const QString &login, const QString &clientAddress)
{
    if (!m_mailer) {
        return ApiError{503, QString(errors::MailUnavailable),
                        u"This server does not send email. Ask an admin of the community for a reset code."_s};
    }
    // The address may ask only so often, found or not: asking is not a way to find accounts.
    const qint64 now = nowMs();
    const QString key = u"forgot:"_s + clientAddress;
    if (const int wait = m_throttle.retryAfter(clientAddress, key, now); wait > 0) {
        return ApiError::rateLimited(wait);
    }
    m_throttle.recordFailure(clientAddress, key, now);
    QSqlDatabase db = m_database.connection();
    UserRepository users(db);
    PasswordResetRepository resets(db);
    std::optional<UserRecord> account = users.findByUsername(login.toLower());
    if (!account) {
        if (const std::optional<qint64> id = resets.userByEmail(login)) {
            if (const auto user = users.findById(*id)) {
                account = users.findByUsername(user->username);
            }
        }
    }
    if (!account || !deliverable(account->email) ||
        resets.countSince(account->user.id, u"email"_s, now - 3600LL * 1000) >= EmailsPerHour) {
        return Done{}; // the same answer: nobody learns whether the account exists
    }
    const QString code = newCode(account->user.id, u"email"_s, now, EmailCodeMs);
    const MailMessage mail{
        account->email, u"Your Guild password reset code"_s,
        u"Hello %1,\n\nSomeone (hopefully you) asked to reset the password of your Guild account \"%2\".\n\n"
        "Your one-time code: %3\n\nIn Guild's sign-in window choose \"Forgot your password?\", then "
        "\"I have a code\", or open guild://reset-password?code=%4\n\nThe code works once, for an hour. If you "
        "did not ask for it, ignore this email: your password stays as it is.\n"_s.arg(
            account->user.displayName, account->user.username, code, onetimecode::plain(code))};
    QString error;
    if (!m_mailer->send(mail, &error)) {
        qCWarning(lcRecovery) << "could not send the reset code for" << account->user.username << ":" << error;
    }
    return Done{};
}

Result<ResetCode> PasswordRecovery::issueCode(const Actor &admin, const QString &username)
{
    if (!admin.admin) {
        return ApiError::forbidden(errors::Forbidden, u"Only admins issue reset codes."_s);
    }
    QSqlDatabase db = m_database.connection();
    const std::optional<UserRecord> account = UserRepository(db).findByUsername(username.toLower());
    if (!account) {
        return ApiError::notFound(u"No such member."_s);
    }
    const qint64 now = nowMs();
    sql::Transaction tx(db);
    const QString code = newCode(account->user.id, u"admin"_s, now, AdminCodeMs);
    AuditRepository(db).append(
        {0, admin.id, admin.name, u"reset-code"_s, account->user.username, u"valid for 24 hours"_s, now});
    tx.commit();
    return ResetCode{code, QDateTime::fromMSecsSinceEpoch(now + AdminCodeMs, Qt::UTC)};
}

Result<ResetCode> PasswordRecovery::issueCodeFor(const Actor &admin, qint64 memberId)
{
    if (!admin.admin) {
        return ApiError::forbidden(errors::Forbidden, u"Only admins issue reset codes."_s);
    }
    const auto user = UserRepository(m_database.connection()).findById(memberId);
    if (!user) {
        return ApiError::notFound(u"No such member."_s);
    }
    return issueCode(admin, user->username);
}

Result<Done> PasswordRecovery::reset(const QString &code, const QString &newPassword, const QString &clientAddress)
{
    const qint64 now = nowMs();
    const QString key = u"code:"_s + clientAddress;
    if (const int wait = m_throttle.retryAfter(clientAddress, key, now); wait > 0) {
        return ApiError::rateLimited(wait);
    }
    if (auto refused = AuthService::checkPassword(newPassword)) {
        return *refused;
    }
    const auto hash = m_hasher.hash(newPassword);
    if (!hash) {
        return ApiError::busy();
    }
    QSqlDatabase db = m_database.connection();
    std::optional<qint64> user;
    {
        sql::Transaction tx(db);
        PasswordResetRepository resets(db);
        user = resets.consume(onetimecode::hash(code), now);
        if (user) {
            UserRepository(db).setPasswordHash(*user, *hash);
            resets.retireAll(*user, now);
            TokenRepository(db).revokeAll(*user, now);
            m_events.changed(tx, *user);
            tx.commit();
        }
    }
    if (!user) {
        m_throttle.recordFailure(clientAddress, key, now);
        return ApiError::badRequest(errors::InvalidCode,
                                    u"This code does not work: it is wrong, used, or more than its time old."_s);
    }
    return Done{};
}

} // namespace guild::server
