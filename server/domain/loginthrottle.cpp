#include "loginthrottle.h"

#include "storage/authfailurerepository.h"
#include "storage/database.h"

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
    AuthFailureRepository failures(m_database.connection(), m_scope);
    qint64 waitMs = 0;

    const auto byAccount = failures.ofAccount(account, now - m_limits.accountWindowMs);
    const int accountFailures = byAccount.count;
    const qint64 lastFailure = byAccount.last;
    if (accountFailures >= m_limits.freeFailures) {
        // Doubling from the first delay; the shift is bounded so it cannot overflow.
        const int doublings = std::min(accountFailures - m_limits.freeFailures, 30);
        const qint64 delay = std::min(m_limits.firstDelayMs << doublings, m_limits.maxDelayMs);
        waitMs = std::max(waitMs, lastFailure + delay - now);
    }

    // The address: only when it has failed a lot, and then only against accounts that failed too.
    const auto nthNewest = [&](int n) {
        return failures.nthNewestOfAddress(address, now - m_limits.addressWindowMs, n);
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
    AuthFailureRepository(m_database.connection(), m_scope).record(account, address, now);
}

void LoginThrottle::recordSuccess(const QString &account)
{
    AuthFailureRepository(m_database.connection(), m_scope).clear(account);
}

void LoginThrottle::purge(qint64 now)
{
    AuthFailureRepository(m_database.connection(), m_scope)
        .purge(now - std::max(m_limits.accountWindowMs, m_limits.addressWindowMs));
}

} // namespace guild::server
