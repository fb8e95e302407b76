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
    // Each kind's subject resolved to what the client opens, in the same query: the lesson (and its
    // course) of reviewed homework, the article of a hidden comment, the question of a hidden answer,
    // the channel and place of a hidden message, the member's answered feedback. A hidden question has
    // nowhere to open (nobody sees it any more), nor does a subject deleted since.
    QSqlQuery q =
        sql::exec(m_db,
                  u"SELECT n.id, n.kind, n.text, n.subject_id, n.created_at, n.read_at, h.lesson_id, l.course_id, "
                  "c.article_id, x.question_id, m.channel_id, m.seq, f.id "
                  "FROM notifications n "
                  "LEFT JOIN homework h ON n.kind LIKE 'homework.%' AND h.id = n.subject_id "
                  "LEFT JOIN lessons l ON l.id = h.lesson_id "
                  "LEFT JOIN comments c ON n.kind = 'moderation.hidden.comment' AND c.id = n.subject_id "
                  "LEFT JOIN answers x ON n.kind = 'moderation.hidden.answer' AND x.id = n.subject_id "
                  "LEFT JOIN messages m ON n.kind = 'moderation.hidden.message' AND m.id = n.subject_id "
                  "LEFT JOIN feedback f ON n.kind = 'feedback.answered' AND f.id = n.subject_id "
                  "WHERE n.user_id = ? ORDER BY n.id DESC LIMIT ?"_s,
                  {userId, limit});
    QList<Notification> list;
    while (q.next()) {
        Notification n;
        n.id = q.value(0).toLongLong();
        n.kind = q.value(1).toString();
        n.text = q.value(2).toString();
        n.subjectId = q.value(3).toLongLong();
        n.createdAt = sql::timeFromMs(q.value(4));
        n.read = !q.value(5).isNull();
        const auto id = [&q](int column) { return q.value(column).isNull() ? 0 : q.value(column).toLongLong(); };
        if (id(6) > 0) {
            n.target = {u"lesson"_s, id(6), id(7)};
        } else if (id(8) > 0) {
            n.target = {u"article"_s, id(8), 0};
        } else if (id(9) > 0) {
            n.target = {u"question"_s, id(9), 0};
        } else if (id(10) > 0) {
            n.target = {u"message"_s, id(11), id(10)};
        } else if (id(12) > 0) {
            n.target = {u"feedback"_s, id(12), 0};
        }
        list.append(n);
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
