#include "writeoutboxstore.h"

#include "cachesql.h"

using namespace Qt::StringLiterals;

namespace guild::app {

using cachesql::query;
using cachesql::run;

std::optional<PendingWrite> WriteOutboxStore::add(PendingWrite write)
{
    if (!write.queuedAt.isValid()) {
        write.queuedAt = QDateTime::currentDateTimeUtc();
    }
    auto q = query(m_db,
                   u"INSERT INTO write_outbox (queue, kind, subject_id, subject_title, method, path, body, "
                   "idempotency_key, state, error, attempts, queued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                   {write.queue, write.kind, write.subjectId, cachesql::text(write.subjectTitle),
                    QString::fromLatin1(write.method), write.path, write.body.isNull() ? QByteArray("") : write.body,
                    cachesql::text(QString::fromLatin1(write.idempotencyKey)), int(write.state),
                    cachesql::text(write.error), write.attempts, write.queuedAt.toMSecsSinceEpoch()});
    if (!q) {
        return std::nullopt;
    }
    write.id = q->lastInsertId().toLongLong();
    return write;
}

QList<PendingWrite> WriteOutboxStore::all()
{
    QList<PendingWrite> writes;
    auto q = query(m_db, u"SELECT id, queue, kind, subject_id, subject_title, method, path, body, idempotency_key, "
                         "state, error, attempts, queued_at FROM write_outbox ORDER BY id"_s);
    while (q && q->next()) {
        PendingWrite w;
        w.id = q->value(0).toLongLong();
        w.queue = q->value(1).toString();
        w.kind = q->value(2).toString();
        w.subjectId = q->value(3).toLongLong();
        w.subjectTitle = q->value(4).toString();
        w.method = q->value(5).toString().toLatin1();
        w.path = q->value(6).toString();
        w.body = q->value(7).toByteArray();
        w.idempotencyKey = q->value(8).toString().toLatin1();
        w.state = q->value(9).toInt() == int(PendingWrite::State::Refused) ? PendingWrite::State::Refused
                                                                           : PendingWrite::State::Waiting;
        w.error = q->value(10).toString();
        w.attempts = q->value(11).toInt();
        w.queuedAt = QDateTime::fromMSecsSinceEpoch(q->value(12).toLongLong(), Qt::UTC);
        writes.append(w);
    }
    return writes;
}

bool WriteOutboxStore::remove(qint64 id)
{
    return run(m_db, u"DELETE FROM write_outbox WHERE id = ?"_s, {id});
}

bool WriteOutboxStore::setState(qint64 id, PendingWrite::State state, const QString &error)
{
    return run(m_db, u"UPDATE write_outbox SET state = ?, error = ? WHERE id = ?"_s,
               {int(state), cachesql::text(error), id});
}

bool WriteOutboxStore::countAttempt(qint64 id)
{
    return run(m_db, u"UPDATE write_outbox SET attempts = attempts + 1 WHERE id = ?"_s, {id});
}

} // namespace guild::app
