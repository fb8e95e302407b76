#pragma once

#include "authuser.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

namespace guild::server {

/// Who a bearer token named, kept so most requests skip the token lookup. Only answers that let the
/// caller in are kept. Every change to a member's standing (sign-out, revocation, role, tier, ban) moves
/// the database's account generation in its own transaction (AccountEvents), whichever process or
/// command made it; each request reads the generation, and a new one drops everything kept. An entry is
/// also never used past its token's or its tier's end, nor past `ttlMs`.
class TokenCache final
{
public:
    explicit TokenCache(qint64 ttlMs = 60'000, int capacity = 50'000);

    /// The caller for the token whose hash is `tokenHash`, if kept under `generation` and still good at
    /// `nowMs`. A generation newer than what was kept drops it all.
    std::optional<AuthUser> find(const QString &tokenHash, qint64 generation, qint64 nowMs);
    /// Keeps what the database said, read at `generation` or later.
    void keep(const QString &tokenHash, const AuthUser &user, qint64 generation, qint64 nowMs);

private:
    struct Entry
    {
        AuthUser user;
        qint64 keptAtMs = 0;
    };
    qint64 m_ttlMs;
    int m_capacity;
    QMutex m_mutex;
    qint64 m_generation = -1;
    QHash<QString, Entry> m_entries;
};

} // namespace guild::server
