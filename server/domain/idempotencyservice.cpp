#include "idempotencyservice.h"

#include "clock.h"
#include "storage/database.h"
#include "storage/idempotencyrepository.h"
#include "storage/sql.h"

namespace guild::server {

namespace {

IdempotencyService::Outcome outcomeOf(IdempotencyClaim::Outcome claim)
{
    switch (claim) {
    case IdempotencyClaim::Outcome::Claimed:
        return IdempotencyService::Outcome::Claimed;
    case IdempotencyClaim::Outcome::Replay:
        return IdempotencyService::Outcome::Replay;
    case IdempotencyClaim::Outcome::InProgress:
        return IdempotencyService::Outcome::InProgress;
    case IdempotencyClaim::Outcome::Mismatch:
        break;
    }
    return IdempotencyService::Outcome::Mismatch;
}

} // namespace

IdempotencyService::IdempotencyService(Database &database)
    : m_database(database)
{}

IdempotencyService::Outcome IdempotencyService::runOnce(qint64 userId, const QString &key, const QString &fingerprint,
                                                        const std::function<IdempotentAnswer()> &work,
                                                        IdempotentAnswer *answer)
{
    QSqlDatabase db = m_database.connection();
    IdempotencyRepository keys(db);
    const qint64 now = nowMs();
    // Old keys go now and then, not on every request: one indexed range delete per few hundred claims.
    if (m_claims.fetch_add(1) % 256 == 0) {
        sql::Transaction purge(db);
        keys.purge(now - KeepMs);
        purge.commit();
    }
    // SQLite: the write lock is taken here, so a repeat waits its turn and then finds the answer.
    // PostgreSQL: a repeat's claim waits on the first one's uncommitted row, then finds the answer.
    sql::Transaction tx(db);
    const IdempotencyClaim claim = keys.claim(userId, key, fingerprint, now, now - StaleMs);
    if (claim.outcome != IdempotencyClaim::Outcome::Claimed) {
        *answer = {claim.status, claim.body, false};
        return outcomeOf(claim.outcome);
    }
    *answer = work();
    if (answer->keep) {
        keys.complete(userId, key, answer->status, answer->body);
    } else {
        // Refused: whatever the handler chose to keep (a wrong code counted against the member, say)
        // stays, but the key is free to be used again.
        keys.release(userId, key);
    }
    tx.commit();
    return Outcome::Claimed;
}

} // namespace guild::server
