#include "tokencache.h"

namespace guild::server {

TokenCache::TokenCache(qint64 ttlMs, int capacity)
    : m_ttlMs(ttlMs)
    , m_capacity(capacity)
{}

std::optional<AuthUser> TokenCache::find(const QString &tokenHash, qint64 generation, qint64 nowMs)
{
    const QMutexLocker lock(&m_mutex);
    if (generation != m_generation) {
        m_entries.clear(); // someone's standing changed: nothing kept before can be trusted
        m_generation = generation;
        return std::nullopt;
    }
    const auto it = m_entries.constFind(tokenHash);
    if (it == m_entries.cend()) {
        return std::nullopt;
    }
    const Entry &entry = it.value();
    // A clock moved back (tests move it) or forward past either end: ask the database.
    const bool fresh = nowMs >= entry.keptAtMs && nowMs - entry.keptAtMs < m_ttlMs;
    const bool tokenGood = entry.user.accessExpiresAt > nowMs;
    const bool tierGood = entry.user.tierUntil == 0 || entry.user.tierUntil > nowMs;
    if (!fresh || !tokenGood || !tierGood) {
        return std::nullopt;
    }
    return entry.user;
}

void TokenCache::keep(const QString &tokenHash, const AuthUser &user, qint64 generation, qint64 nowMs)
{
    const QMutexLocker lock(&m_mutex);
    if (generation != m_generation) {
        return; // read before a change this cache has already seen, or after one it has not: not kept
    }
    if (m_entries.size() >= m_capacity) {
        m_entries.clear(); // rare (that many members within a minute); simpler than an order of use
    }
    m_entries.insert(tokenHash, {user, nowMs});
}

} // namespace guild::server
