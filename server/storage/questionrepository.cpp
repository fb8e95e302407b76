#include "questionrepository.h"

#include "searchindex.h"
#include "sql.h"

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;
using namespace protocol::engagement;

namespace {

const QString QuestionColumns =
    u"SELECT q.id, q.asker_id, a.display_name, COALESCE(e.display_name, ''), q.title, q.body, q.bounty, "
    "COALESCE(q.accepted_answer_id, 0), (SELECT COUNT(*) FROM answers x WHERE x.question_id = q.id AND x.hidden_at IS "
    "NULL), q.created_at, "
    "q.required_tier FROM questions q JOIN users a ON a.id = q.asker_id LEFT JOIN users e ON e.id = q.expert_id "_s;

const QString AnswerColumns = u"SELECT x.id, x.author_id, u.display_name, x.body, x.score, x.created_at, "
                              "COALESCE(q.accepted_answer_id, 0) = x.id, x.featured FROM answers x JOIN users u ON "
                              "u.id = x.author_id JOIN questions q ON q.id = x.question_id "_s;

Tier storedTier(const QVariant &level)
{
    return tierFromLevel(level.toLongLong()).value_or(Tier::Premium);
}

Question readQuestion(const QSqlQuery &q)
{
    Question question{q.value(0).toLongLong(),
                      q.value(1).toLongLong(),
                      q.value(2).toString(),
                      q.value(3).toString(),
                      q.value(4).toString(),
                      q.value(5).toString(),
                      q.value(6).toInt(),
                      q.value(7).toLongLong(),
                      q.value(8).toInt(),
                      sql::timeFromMs(q.value(9)),
                      {}};
    question.requiredTier = storedTier(q.value(10));
    return question;
}

Answer readAnswer(const QSqlQuery &q)
{
    return Answer{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),       q.value(3).toString(),
                  q.value(4).toInt(),      q.value(6).toBool(),     sql::timeFromMs(q.value(5)), q.value(7).toBool()};
}

} // namespace

qint64 QuestionRepository::insert(const NewQuestion &question, qint64 now)
{
    const qint64 id =
        sql::scalar(m_db,
                    u"INSERT INTO questions (asker_id, expert_id, title, body, bounty, created_at, "
                    "required_tier) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                    {question.askerId, question.expertId > 0 ? QVariant(question.expertId) : sql::nullInt(),
                     question.title, question.body, question.bounty, now, static_cast<int>(question.requiredTier)})
            .toLongLong();
    SearchIndex(m_db).refresh(protocol::SearchKind::Question, id);
    return id;
}

std::optional<qint64> QuestionRepository::insertFromThread(const NewQuestion &question, qint64 now)
{
    // The unique source makes a second promotion of the same thread insert nothing.
    const QVariant id = sql::scalar(m_db,
                                    u"INSERT INTO questions (asker_id, title, body, bounty, created_at, "
                                    "source_message_id, required_tier) VALUES (?, ?, ?, 0, ?, ?, ?) "
                                    "ON CONFLICT (source_message_id) DO NOTHING RETURNING id"_s,
                                    {question.askerId, question.title, question.body, now, question.sourceMessageId,
                                     static_cast<int>(question.requiredTier)});
    if (!id.isValid()) {
        return std::nullopt;
    }
    SearchIndex(m_db).refresh(protocol::SearchKind::Question, id.toLongLong());
    return id.toLongLong();
}

QList<Question> QuestionRepository::latest(int limit)
{
    QSqlQuery q = sql::exec(m_db, QuestionColumns + u"WHERE q.hidden_at IS NULL ORDER BY q.id DESC LIMIT ?"_s, {limit});
    QList<Question> list;
    while (q.next()) {
        list.append(readQuestion(q));
    }
    return list;
}

std::optional<Question> QuestionRepository::find(qint64 id)
{
    QSqlQuery q = sql::exec(m_db, QuestionColumns + u"WHERE q.id = ? AND q.hidden_at IS NULL"_s, {id});
    return q.next() ? std::optional(readQuestion(q)) : std::nullopt;
}

std::optional<Tier> QuestionRepository::requiredTier(qint64 questionId)
{
    const QVariant level = sql::scalar(m_db, u"SELECT required_tier FROM questions WHERE id = ?"_s, {questionId});
    return level.isValid() ? std::optional(storedTier(level)) : std::nullopt;
}

QList<Answer> QuestionRepository::answersTo(qint64 questionId)
{
    QSqlQuery q = sql::exec(
        m_db, AnswerColumns + u"WHERE x.question_id = ? AND x.hidden_at IS NULL ORDER BY x.score DESC, x.id"_s,
        {questionId});
    QList<Answer> list;
    while (q.next()) {
        list.append(readAnswer(q));
    }
    return list;
}

qint64 QuestionRepository::insertAnswer(qint64 questionId, qint64 authorId, const QString &body, qint64 createdAt)
{
    const qint64 id = sql::scalar(m_db,
                                  u"INSERT INTO answers (question_id, author_id, body, created_at) VALUES (?, ?, ?, ?) "
                                  "RETURNING id"_s,
                                  {questionId, authorId, body, createdAt})
                          .toLongLong();
    SearchIndex(m_db).refresh(protocol::SearchKind::Answer, id);
    return id;
}

std::optional<Answer> QuestionRepository::answer(qint64 id)
{
    QSqlQuery q = sql::exec(m_db, AnswerColumns + u"WHERE x.id = ? AND x.hidden_at IS NULL"_s, {id});
    return q.next() ? std::optional(readAnswer(q)) : std::nullopt;
}

std::optional<QuestionRepository::AnswerContext> QuestionRepository::contextOf(qint64 answerId)
{
    QSqlQuery q = sql::exec(
        m_db,
        u"SELECT x.question_id, q.required_tier, x.author_id, q.asker_id, q.bounty FROM answers x "
        "JOIN questions q ON q.id = x.question_id WHERE x.id = ? AND x.hidden_at IS NULL AND q.hidden_at IS NULL"_s,
        {answerId});
    if (!q.next()) {
        return std::nullopt;
    }
    return AnswerContext{q.value(0).toLongLong(), storedTier(q.value(1)), q.value(2).toLongLong(),
                         q.value(3).toLongLong(), q.value(4).toInt()};
}

void QuestionRepository::setVote(qint64 answerId, qint64 userId, int value)
{
    sql::exec(m_db, u"DELETE FROM answer_votes WHERE answer_id = ? AND user_id = ?"_s, {answerId, userId});
    if (value != 0) {
        sql::exec(m_db, u"INSERT INTO answer_votes (answer_id, user_id, value) VALUES (?, ?, ?)"_s,
                  {answerId, userId, value});
    }
    sql::exec(m_db,
              u"UPDATE answers SET score = (SELECT COALESCE(SUM(value), 0) FROM answer_votes WHERE answer_id = ?) "
              "WHERE id = ?"_s,
              {answerId, answerId});
}

bool QuestionRepository::setFeatured(qint64 answerId, bool featured)
{
    return sql::exec(m_db, u"UPDATE answers SET featured = ? WHERE id = ?"_s, {featured ? 1 : 0, answerId})
               .numRowsAffected() > 0;
}

bool QuestionRepository::accept(qint64 questionId, qint64 answerId)
{
    return sql::exec(m_db, u"UPDATE questions SET accepted_answer_id = ? WHERE id = ? AND accepted_answer_id IS NULL"_s,
                     {answerId, questionId})
               .numRowsAffected() > 0;
}

} // namespace guild::server
