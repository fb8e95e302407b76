#pragma once

#include <QString>

namespace guild::server {

class Database;

/// Slows down guessing (passwords, redeem codes) without letting one attacker lock everyone out.
///
/// Per account: a few free failures, then each further attempt waits twice as long as the one before
/// (1 s, 2 s, 4 s, … up to 15 minutes), until a success clears them. Per address: past `perAddress`
/// failures, that address may only try accounts that have not failed lately, so a member who shares
/// the address with an attacker (an office, a proxy not yet trusted) still signs in; past
/// `perAddressHard` it may try nothing. The counts live in the database (`auth_failures`), so every
/// server process on one PostgreSQL sees the same ones.
class LoginThrottle final
{
public:
    struct Limits
    {
        int freeFailures = 5;                 ///< per account before delays start
        qint64 firstDelayMs = 1000;           ///< the delay after the first failure past the free ones
        qint64 maxDelayMs = 15 * 60 * 1000;   ///< delays stop growing here
        qint64 accountWindowMs = 3600 * 1000; ///< how long an account's failures count
        int perAddress = 30;                  ///< then only accounts without recent failures
        int perAddressHard = 300;             ///< then nothing at all from that address
        qint64 addressWindowMs = 15 * 60 * 1000;
    };

    /// `scope` keeps separate counts for separate secrets ("login", "redeem").
    LoginThrottle(Database &database, QString scope, Limits limits);
    LoginThrottle(Database &database, QString scope);

    /// Seconds until an attempt from `address` on `account` is allowed at `now`; 0 when it is now.
    int retryAfter(const QString &address, const QString &account, qint64 now);
    void recordFailure(const QString &address, const QString &account, qint64 now);
    void recordSuccess(const QString &account);
    /// Forgets failures too old to count (run now and then).
    void purge(qint64 now);

private:
    Database &m_database;
    QString m_scope;
    Limits m_limits;
};

} // namespace guild::server
