#include "homeworkrepository.h"

#include "sql.h"

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol::course;

namespace {

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

const QString HomeworkColumns =
    u"SELECT h.id, h.lesson_id, h.course_id, u.display_name, l.title, h.body, h.status, h.review_comment, "
    "h.submitted_at, h.reviewed_at FROM homework h JOIN users u ON u.id = h.user_id "
    "JOIN lessons l ON l.id = h.lesson_id "_s;

} // namespace

qint64 HomeworkRepository::submit(qint64 userId, qint64 lessonId, qint64 courseId, const QString &body, qint64 now)
{
    return sql::scalar(m_db,
                       u"INSERT INTO homework (user_id, lesson_id, course_id, body, status, submitted_at) "
                       "VALUES (?, ?, ?, ?, 'submitted', ?) RETURNING id"_s,
                       {userId, lessonId, courseId, body, now})
        .toLongLong();
}

QList<Homework> HomeworkRepository::list(const QString &where, const QVariantList &bindings)
{
    QSqlQuery q = sql::exec(m_db, HomeworkColumns + where, bindings);
    QList<Homework> list;
    while (q.next()) {
        Homework h;
        h.id = q.value(0).toLongLong();
        h.lessonId = q.value(1).toLongLong();
        h.courseId = q.value(2).toLongLong();
        h.memberName = q.value(3).toString();
        h.lessonTitle = q.value(4).toString();
        h.body = q.value(5).toString();
        h.status = homeworkStatusFromCode(q.value(6).toString()).value_or(HomeworkStatus::Submitted);
        h.reviewComment = q.value(7).toString();
        h.submittedAt = fromMs(q.value(8));
        h.reviewedAt = fromMs(q.value(9));
        list.append(h);
    }
    return list;
}

std::optional<Homework> HomeworkRepository::find(qint64 id)
{
    const QList<Homework> found = list(u"WHERE h.id = ?"_s, {id});
    return found.isEmpty() ? std::nullopt : std::optional<Homework>(found.first());
}

qint64 HomeworkRepository::ownerOf(qint64 id)
{
    return sql::scalar(m_db, u"SELECT user_id FROM homework WHERE id = ?"_s, {id}).toLongLong();
}

QList<Homework> HomeworkRepository::mine(qint64 userId, qint64 lessonId)
{
    return list(u"WHERE h.user_id = ? AND h.lesson_id = ? ORDER BY h.id"_s, {userId, lessonId});
}

QList<Homework> HomeworkRepository::queue(qint64 authorId, int limit)
{
    if (authorId == 0) {
        return list(u"WHERE h.status = 'submitted' ORDER BY h.submitted_at, h.id LIMIT ?"_s, {limit});
    }
    return list(u"WHERE h.status = 'submitted' AND h.course_id IN (SELECT id FROM courses WHERE author_id = ?) "
                "ORDER BY h.submitted_at, h.id LIMIT ?"_s,
                {authorId, limit});
}

bool HomeworkRepository::review(qint64 id, qint64 reviewerId, HomeworkStatus verdict, const QString &comment,
                                qint64 now)
{
    return sql::exec(m_db,
                     u"UPDATE homework SET status = ?, review_comment = ?, reviewer_id = ?, reviewed_at = ? "
                     "WHERE id = ? AND status = 'submitted'"_s,
                     {homeworkStatusCode(verdict), comment.isNull() ? u""_s : comment, reviewerId, now, id})
               .numRowsAffected() > 0;
}

} // namespace guild::server
