#pragma once

#include "storage/idempotencyrepository.h"

#include <atomic>

namespace guild::server {

class Database;

/// Makes a member's request safe to send again: the first with a given key runs, its successful answer
/// is kept for a day and given to every later request with the same key and the same content.
class IdempotencyService final
{
public:
    static constexpr qint64 KeepMs = 24 * 3600 * 1000LL;
    /// A first request still unanswered after this long is taken to have died with its server.
    static constexpr qint64 StaleMs = 5 * 60 * 1000LL;

    explicit IdempotencyService(Database &database);

    IdempotencyClaim claim(qint64 userId, const QString &key, const QString &fingerprint);
    /// Keeps the answer of a request that succeeded.
    void complete(qint64 userId, const QString &key, int status, const QByteArray &body);
    /// Forgets the key of a request that failed: it changed nothing, so it may run again.
    void release(qint64 userId, const QString &key);

private:
    Database &m_database;
    std::atomic<unsigned> m_claims{0};
};

} // namespace guild::server
