#include "idempotencyservice.h"

#include "clock.h"
#include "storage/database.h"
#include "storage/sql.h"

namespace guild::server {

IdempotencyService::IdempotencyService(Database &database)
    : m_database(database)
{}

IdempotencyClaim IdempotencyService::claim(qint64 userId, const QString &key, const QString &fingerprint)
{
    QSqlDatabase db = m_database.connection();
    IdempotencyRepository keys(db);
    const qint64 now = nowMs();
    // Old keys go now and then, not on every request: one indexed range delete per few hundred claims.
    if (m_claims.fetch_add(1) % 256 == 0) {
        sql::Transaction tx(db);
        keys.purge(now - KeepMs);
        tx.commit();
    }
    sql::Transaction tx(db);
    const IdempotencyClaim claim = keys.claim(userId, key, fingerprint, now, now - StaleMs);
    tx.commit();
    return claim;
}

void IdempotencyService::complete(qint64 userId, const QString &key, int status, const QByteArray &body)
{
    QSqlDatabase db = m_database.connection();
    sql::Transaction tx(db);
    IdempotencyRepository(db).complete(userId, key, status, body);
    tx.commit();
}

void IdempotencyService::release(qint64 userId, const QString &key)
{
    QSqlDatabase db = m_database.connection();
    sql::Transaction tx(db);
    IdempotencyRepository(db).release(userId, key);
    tx.commit();
}

} // namespace guild::server
