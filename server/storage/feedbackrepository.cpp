#include "feedbackrepository.h"

#include "sql.h"

using namespace Qt::StringLiterals;

namespace guild::server {

using protocol::engagement::Feedback;

namespace {

const QString FeedbackColumns = u"SELECT f.id, u.display_name, f.kind, f.body, f.answer, f.created_at FROM feedback f "
                                "JOIN users u ON u.id = f.user_id "_s;

Feedback readFeedback(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(),   q.value(4).toString(), sql::timeFromMs(q.value(5))};
}

} // namespace

qint64 FeedbackRepository::insert(qint64 userId, const QString &kind, const QString &body, qint64 now)
{
    return sql::scalar(m_db,
                       u"INSERT INTO feedback (user_id, kind, body, created_at) VALUES (?, ?, ?, ?) RETURNING id"_s,
                       {userId, kind, body, now})
        .toLongLong();
}

QList<Feedback> FeedbackRepository::latest(int limit)
{
    QSqlQuery q = sql::exec(m_db, FeedbackColumns + u"ORDER BY f.id DESC LIMIT ?"_s, {limit});
    QList<Feedback> list;
    while (q.next()) {
        list.append(readFeedback(q));
    }
    return list;
}

QList<Feedback> FeedbackRepository::bySender(qint64 userId, int limit)
{
    QSqlQuery q =
        sql::exec(m_db, FeedbackColumns + u"WHERE f.user_id = ? ORDER BY f.id DESC LIMIT ?"_s, {userId, limit});
    QList<Feedback> list;
    while (q.next()) {
        list.append(readFeedback(q));
    }
    return list;
}

std::optional<Feedback> FeedbackRepository::find(qint64 id)
{
    QSqlQuery q = sql::exec(m_db, FeedbackColumns + u"WHERE f.id = ?"_s, {id});
    return q.next() ? std::optional(readFeedback(q)) : std::nullopt;
}

std::optional<qint64> FeedbackRepository::senderOf(qint64 id)
{
    const QVariant user = sql::scalar(m_db, u"SELECT user_id FROM feedback WHERE id = ?"_s, {id});
    return user.isValid() ? std::optional(user.toLongLong()) : std::nullopt;
}

void FeedbackRepository::setAnswer(qint64 id, const QString &answer, qint64 now)
{
    sql::exec(m_db, u"UPDATE feedback SET answer = ?, answered_at = ? WHERE id = ?"_s, {answer, now, id});
}

} // namespace guild::server
