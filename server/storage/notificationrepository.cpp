#include "notificationrepository.h"

#include "sql.h"

using namespace Qt::StringLiterals;

namespace guild::server {

using protocol::course::Notification;

void NotificationRepository::notify(qint64 userId, const QString &kind, const QString &text, qint64 subjectId,
                                    qint64 now)
{
    sql::exec(m_db, u"INSERT INTO notifications (user_id, kind, text, subject_id, created_at) VALUES (?, ?, ?, ?, ?)"_s,
              {userId, kind, text, subjectId, now});
}

QList<Notification> NotificationRepository::latest(qint64 userId, int limit)
{
    QSqlQuery q = sql::exec(m_db,
                            u"SELECT id, kind, text, subject_id, created_at, read_at FROM notifications "
                            "WHERE user_id = ? ORDER BY id DESC LIMIT ?"_s,
                            {userId, limit});
    QList<Notification> list;
    while (q.next()) {
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                     sql::timeFromMs(q.value(4)), !q.value(5).isNull()});
    }
    return list;
}

void NotificationRepository::markRead(qint64 userId, const QList<qint64> &ids, qint64 now)
{
    for (qint64 id : ids) {
        sql::exec(m_db, u"UPDATE notifications SET read_at = ? WHERE id = ? AND user_id = ? AND read_at IS NULL"_s,
                  {now, id, userId});
    }
}

} // namespace guild::server
