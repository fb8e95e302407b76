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
    int wait = 0;
    if (auto it = m_byAddress.find(address); it != m_byAddress.end()) {
        wait = secondsUntilFree(*it, m_limits.perAddress, now, m_limits.windowMs);
    }
    if (auto it = m_byAccount.find(account); it != m_byAccount.end()) {
        wait = qMax(wait, secondsUntilFree(*it, m_limits.perAccount, now, m_limits.windowMs));
    }
    return wait;
}

void LoginThrottle::prune(QHash<QString, Window> &windows, qint64 now) const
{
    // Bounded memory under a spray of addresses or usernames: forget windows with nothing recent.
    if (windows.size() < PruneThreshold) {
        return;
    }
    windows.removeIf([&](const auto &entry) {
        return entry.value().failures.isEmpty() || entry.value().failures.last() <= now - m_limits.windowMs;
    });
}

void LoginThrottle::recordFailure(const QString &address, const QString &account)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QMutexLocker lock(&m_mutex);
    prune(m_byAddress, now);
    prune(m_byAccount, now);
    m_byAddress[address].failures.append(now);
    m_byAccount[account].failures.append(now);
}

void LoginThrottle::recordSuccess(const QString &account)
{
    const QMutexLocker lock(&m_mutex);
    m_byAccount.remove(account);
}

} // namespace guild::server
