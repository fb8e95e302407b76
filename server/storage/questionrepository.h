#pragma once

#include "protocol/engagement.h"

#include <QSqlDatabase>

#include <optional>

namespace guild::server {

/// Q&A as stored: questions, their answers and the votes on them (questions, answers, answer_votes).
/// Read-only methods may run outside a transaction; the rest inside the caller's.
class QuestionRepository final
{
public:
    explicit QuestionRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    struct NewQuestion
    {
        qint64 askerId = 0;
        qint64 expertId = 0; ///< 0: anyone may answer
        QString title;
        QString body;
        int bounty = 0;
        protocol::Tier requiredTier = protocol::Tier::Member;
        qint64 sourceMessageId = 0; ///< 0: asked, not promoted from chat
    };
    qint64 insert(const NewQuestion &question, qint64 now);
    /// A question promoted from a chat thread: nullopt when that thread is a question already.
    std::optional<qint64> insertFromThread(const NewQuestion &question, qint64 now);
    /// The newest first, without their answers.
    QList<protocol::engagement::Question> latest(int limit);
    std::optional<protocol::engagement::Question> find(qint64 id);
    std::optional<protocol::Tier> requiredTier(qint64 questionId);
    /// Best first (score, then oldest).
    QList<protocol::engagement::Answer> answersTo(qint64 questionId);

    qint64 insertAnswer(qint64 questionId, qint64 authorId, const QString &body, qint64 createdAt);
    std::optional<protocol::engagement::Answer> answer(qint64 id);
    /// Where an answer stands: its question and who wrote and asked it.
    struct AnswerContext
    {
        qint64 questionId = 0;
        protocol::Tier requiredTier = protocol::Tier::Member;
        qint64 authorId = 0;
        qint64 askerId = 0;
        int bounty = 0;
    };
    std::optional<AnswerContext> contextOf(qint64 answerId);
    /// Replaces the member's vote (0 withdraws it) and recounts the answer's score.
    void setVote(qint64 answerId, qint64 userId, int value);
    /// False when there is no such answer.
    bool setFeatured(qint64 answerId, bool featured);
    /// Accepts the answer unless one was accepted before: the conditional update is the whole guard, so
    /// of concurrent accepts exactly one returns true.
    bool accept(qint64 questionId, qint64 answerId);

private:
    QSqlDatabase m_db;
};

} // namespace guild::server
