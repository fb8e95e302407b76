#pragma once

#include <QSqlDatabase>

namespace guild::server {

/// What became of a member's claim on an idempotency key.
struct IdempotencyClaim
{
    enum class Outcome
    {
        Claimed,    ///< first time: run the request, then complete or release
        Replay,     ///< done before: `status` and `body` are its answer
        InProgress, ///< the first request with this key is still running
        Mismatch    ///< the key was used for a different request
    };
    Outcome outcome = Outcome::Claimed;
    int status = 0;
    QByteArray body;
};

/// Idempotency keys per member, with the answer each earned (idempotency_keys).
class IdempotencyRepository final
{
public:
    explicit IdempotencyRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    /// Claims `key` for a request with `fingerprint`. A claim still running since before `staleBefore`
    /// is taken to have died with its server and is claimed anew. Call inside a transaction.
    IdempotencyClaim claim(qint64 userId, const QString &key, const QString &fingerprint, qint64 now,
                           qint64 staleBefore);
    void complete(qint64 userId, const QString &key, int status, const QByteArray &body);
    void release(qint64 userId, const QString &key);
    void purge(qint64 before);

private:
    QSqlDatabase m_db;
};

} // namespace guild::server
