#include "auditrepository.h"

#include "sql.h"

using namespace Qt::StringLiterals;

namespace guild::server {

namespace {
// A null QString binds as SQL NULL; the log's texts are NOT NULL, empty when there is nothing to say.
QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}
} // namespace

void AuditRepository::append(const Entry &e)
{
    sql::exec(
        m_db,
        u"INSERT INTO audit_log (actor_id, actor, action, target, detail, created_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
        {e.actorId > 0 ? QVariant(e.actorId) : sql::nullInt(), text(e.actor), text(e.action), text(e.target),
         text(e.detail), e.createdAt});
}

QList<AuditRepository::Entry> AuditRepository::list(qint64 beforeId, int limit)
{
    QSqlQuery q = sql::exec(m_db,
                            u"SELECT id, actor_id, actor, action, target, detail, created_at FROM audit_log "
                            "WHERE (? = 0 OR id < ?) ORDER BY id DESC LIMIT ?"_s,
                            {beforeId, beforeId, limit});
    QList<Entry> out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toLongLong()});
    }
    return out;
}

} // namespace guild::server
