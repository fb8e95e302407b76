#include "loginthrottle.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace guild::server {

namespace {

int seconds(qint64 ms)
{
    return static_cast<int>(qMax<qint64>(1, (ms + 999) / 1000));
}

} // namespace

LoginThrottle::LoginThrottle(Database &database, QString scope, Limits limits)
    : m_database(database)
    , m_scope(std::move(scope))
    , m_limits(limits)
{}

LoginThrottle::LoginThrottle(Database &database, QString scope)
    : LoginThrottle(database, std::move(scope), Limits{})
{}

int LoginThrottle::retryAfter(const QString &address, const QString &account, qint64 now)
{
    QSqlDatabase db = m_database.connection();
    qint64 waitMs = 0;

    QSqlQuery byAccount =
        sql::exec(db, u"SELECT COUNT(*), MAX(at) FROM auth_failures WHERE scope = ? AND account = ? AND at > ?"_s,
                  {m_scope, account, now - m_limits.accountWindowMs});
    const int accountFailures = byAccount.next() ? byAccount.value(0).toInt() : 0;
    const qint64 lastFailure = accountFailures > 0 ? byAccount.value(1).toLongLong() : 0;
    byAccount.finish();
    if (accountFailures >= m_limits.freeFailures) {
        // Doubling from the first delay; the shift is bounded so it cannot overflow.
        const int doublings = std::min(accountFailures - m_limits.freeFailures, 30);
        const qint64 delay = std::min(m_limits.firstDelayMs << doublings, m_limits.maxDelayMs);
        waitMs = std::max(waitMs, lastFailure + delay - now);
    }

    // The address: only when it has failed a lot, and then only against accounts that failed too.
    const auto nthNewest = [&](int n) {
        const QVariant at = sql::scalar(db,
                                        u"SELECT at FROM auth_failures WHERE scope = ? AND address = ? AND at > ? "
                                        "ORDER BY at DESC LIMIT 1 OFFSET ?"_s,
                                        {m_scope, address, now - m_limits.addressWindowMs, n - 1});
        return at.isValid() ? at.toLongLong() : std::optional<qint64>();
    };
    if (const auto hard = nthNewest(m_limits.perAddressHard)) {
        waitMs = std::max(waitMs, *hard + m_limits.addressWindowMs - now);
    } else if (accountFailures > 0) {
        if (const auto soft = nthNewest(m_limits.perAddress)) {
            waitMs = std::max(waitMs, *soft + m_limits.addressWindowMs - now);
        }
    }
    return waitMs > 0 ? seconds(waitMs) : 0;
}

void LoginThrottle::recordFailure(const QString &address, const QString &account, qint64 now)
{
    sql::exec(m_database.connection(), u"INSERT INTO auth_failures (scope, account, address, at) VALUES (?, ?, ?, ?)"_s,
              {m_scope, account, address, now});
}

void LoginThrottle::recordSuccess(const QString &account)
{
    sql::exec(m_database.connection(), u"DELETE FROM auth_failures WHERE scope = ? AND account = ?"_s,
              {m_scope, account});
}

void LoginThrottle::purge(qint64 now)
{
    sql::exec(m_database.connection(), u"DELETE FROM auth_failures WHERE scope = ? AND at < ?"_s,
              {m_scope, now - std::max(m_limits.accountWindowMs, m_limits.addressWindowMs)});
}

} // namespace guild::server
