#include "pollrepository.h"

#include "sql.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace guild::server {

bool PollRepository::exists(qint64 articleId)
{
    return sql::scalar(m_db, u"SELECT 1 FROM polls WHERE article_id = ?"_s, {articleId}).isValid();
}

void PollRepository::insert(qint64 articleId, const protocol::PollDraft &draft, qint64 now)
{
    const QByteArray options = QJsonDocument(QJsonArray::fromStringList(draft.options)).toJson(QJsonDocument::Compact);
    sql::exec(m_db,
              u"INSERT INTO polls (article_id, question, options, multiple, closes_at, created_at) "
              "VALUES (?, ?, ?, ?, ?, ?)"_s,
              {articleId, draft.question, QString::fromUtf8(options), draft.multiple ? 1 : 0,
               draft.closesAt.isValid() ? QVariant(draft.closesAt.toMSecsSinceEpoch()) : sql::nullInt(), now});
}

std::optional<protocol::Poll> PollRepository::find(qint64 articleId, qint64 viewerId, qint64 now)
{
    protocol::Poll poll;
    {
        QSqlQuery q = sql::exec(
            m_db, u"SELECT question, options, multiple, closes_at FROM polls WHERE article_id = ?"_s, {articleId});
        if (!q.next()) {
            return std::nullopt;
        }
        poll.articleId = articleId;
        poll.question = q.value(0).toString();
        for (const QJsonValue &label : QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array()) {
            poll.options.append(label.toString());
        }
        poll.multiple = q.value(2).toBool();
        if (!q.value(3).isNull()) {
            poll.closesAt = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
            poll.closed = q.value(3).toLongLong() <= now;
        }
    }
    poll.votes.fill(0, poll.options.size());
    {
        QSqlQuery q = sql::exec(
            m_db, u"SELECT option_index, COUNT(*) FROM poll_votes WHERE article_id = ? GROUP BY option_index"_s,
            {articleId});
        while (q.next()) {
            const int index = q.value(0).toInt();
            if (index >= 0 && index < poll.votes.size()) {
                poll.votes[index] = q.value(1).toInt();
            }
        }
    }
    poll.voters =
        sql::scalar(m_db, u"SELECT COUNT(DISTINCT user_id) FROM poll_votes WHERE article_id = ?"_s, {articleId})
            .toInt();
    QSqlQuery mine = sql::exec(
        m_db, u"SELECT option_index FROM poll_votes WHERE article_id = ? AND user_id = ? ORDER BY option_index"_s,
        {articleId, viewerId});
    while (mine.next()) {
        poll.myChoices.append(mine.value(0).toInt());
    }
    return poll;
}

void PollRepository::replaceVote(qint64 articleId, qint64 userId, const QList<int> &choices, qint64 now)
{
    sql::exec(m_db, u"DELETE FROM poll_votes WHERE article_id = ? AND user_id = ?"_s, {articleId, userId});
    for (int choice : choices) {
        sql::exec(m_db, u"INSERT INTO poll_votes (article_id, user_id, option_index, voted_at) VALUES (?, ?, ?, ?)"_s,
                  {articleId, userId, choice, now});
    }
}

} // namespace guild::server
