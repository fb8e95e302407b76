#include "loginthrottle.h"

#include <QDateTime>

namespace guild::server {

LoginThrottle::LoginThrottle(Limits limits)
    : m_limits(limits)
{}

int LoginThrottle::secondsUntilFree(Window &window, int limit, qint64 now, qint64 windowMs)
{
    while (!window.failures.isEmpty() && window.failures.first() <= now - windowMs) {
        window.failures.removeFirst();
    }
    if (window.failures.size() < limit) {
        return 0;
    }
    const qint64 freeAt = window.failures.at(window.failures.size() - limit) + windowMs;
    return static_cast<int>(qMax<qint64>(1, (freeAt - now + 999) / 1000));
}

int LoginThrottle::retryAfter(const QString &address, const QString &account)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QMutexLocker lock(&m_mutex);
    const int byAddress = secondsUntilFree(m_byAddress[address], m_limits.perAddress, now, m_limits.windowMs);
    const int byAccount = secondsUntilFree(m_byAccount[account], m_limits.perAccount, now, m_limits.windowMs);
    return qMax(byAddress, byAccount);
}

void LoginThrottle::recordFailure(const QString &address, const QString &account)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QMutexLocker lock(&m_mutex);
    m_byAddress[address].failures.append(now);
    m_byAccount[account].failures.append(now);
}

void LoginThrottle::recordSuccess(const QString &account)
{
    const QMutexLocker lock(&m_mutex);
    m_byAccount.remove(account);
}

} // namespace guild::server
