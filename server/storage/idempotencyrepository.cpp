#include "idempotencyrepository.h"

#include "sql.h"

using namespace Qt::StringLiterals;

namespace guild::server {

IdempotencyClaim IdempotencyRepository::claim(qint64 userId, const QString &key, const QString &fingerprint, qint64 now,
                                              qint64 staleBefore)
{
    sql::exec(
        m_db,
        u"DELETE FROM idempotency_keys WHERE user_id = ? AND idem_key = ? AND status IS NULL AND created_at < ?"_s,
        {userId, key, staleBefore});
    const bool inserted = sql::exec(m_db,
                                    u"INSERT INTO idempotency_keys (user_id, idem_key, fingerprint, created_at) "
                                    "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"_s,
                                    {userId, key, fingerprint, now})
                              .numRowsAffected() == 1;
    if (inserted) {
        return {};
    }
    QSqlQuery q =
        sql::exec(m_db, u"SELECT fingerprint, status, body FROM idempotency_keys WHERE user_id = ? AND idem_key = ?"_s,
                  {userId, key});
    if (!q.next()) {
        // Released between the insert and the read: the other request failed; this one may run.
        return {IdempotencyClaim::Outcome::InProgress, 0, {}};
    }
    if (q.value(0).toString() != fingerprint) {
        return {IdempotencyClaim::Outcome::Mismatch, 0, {}};
    }
    if (q.value(1).isNull()) {
        return {IdempotencyClaim::Outcome::InProgress, 0, {}};
    }
    return {IdempotencyClaim::Outcome::Replay, q.value(1).toInt(), q.value(2).toString().toUtf8()};
}

void IdempotencyRepository::complete(qint64 userId, const QString &key, int status, const QByteArray &body)
{
    sql::exec(m_db, u"UPDATE idempotency_keys SET status = ?, body = ? WHERE user_id = ? AND idem_key = ?"_s,
              {status, QString::fromUtf8(body), userId, key});
}

void IdempotencyRepository::release(qint64 userId, const QString &key)
{
    sql::exec(m_db, u"DELETE FROM idempotency_keys WHERE user_id = ? AND idem_key = ?"_s, {userId, key});
}

void IdempotencyRepository::purge(qint64 before)
{
    sql::exec(m_db, u"DELETE FROM idempotency_keys WHERE created_at < ?"_s, {before});
}

} // namespace guild::server
