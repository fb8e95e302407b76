#pragma once

#include "accountadmin.h"
#include "authuser.h"
#include "protocol/api/recovery.h"
#include "result.h"

namespace guild::server {

class AccountEvents;
class Database;
class LoginThrottle;
class Mailer;
class PasswordHasher;

/// Forgotten passwords. A member asks for a one-time code by email (when the server can send mail),
/// or an admin issues one to hand over; the code, kept only as a hash, sets a new password once and
/// ends every session of the account. Asking never tells whether an account exists; guessing codes
/// is slowed like guessing passwords.
class PasswordRecovery final
{
public:
    PasswordRecovery(Database &database, PasswordHasher &hasher, LoginThrottle &throttle, const AccountEvents &events,
                     Mailer *mailer);

    /// `login` is a username or an email address. Answers Done whether or not such an account exists.
    Result<Done> sendCode(const QString &login, const QString &clientAddress);
    /// An admin's code for `username`, valid for a day (audited).
    Result<protocol::ResetCode> issueCode(const Actor &admin, const QString &username);
    /// The same for the member with this id (the admin panel names members by id).
    Result<protocol::ResetCode> issueCodeFor(const Actor &admin, qint64 memberId);
    Result<Done> reset(const QString &code, const QString &newPassword, const QString &clientAddress);

private:
    /// A new code for the member, stored as its hash; answers the code as it is shown.
    QString newCode(qint64 userId, const QString &via, qint64 now, qint64 validMs);

    Database &m_database;
    PasswordHasher &m_hasher;
    LoginThrottle &m_throttle;
    const AccountEvents &m_events;
    Mailer *m_mailer;
};

} // namespace guild::server
