#pragma once

#include "authuser.h"
#include "protocol/engagement.h"
#include "protocol/types.h"
#include "result.h"

#include <optional>

namespace guild::server {

class ArticleService;
class ChatService;
class QuestionService;

/// Turns a chat thread into an article (authors and admins), so an answer given in chat becomes
/// lasting, searchable content. The article quotes the thread and links back to it; it is never
/// readable by more members than the channel was, and a thread is promoted once.
class ThreadPromotion final
{
public:
    ThreadPromotion(ChatService &chat, ArticleService &articles, QuestionService &questions);

    Result<protocol::Article> promote(const AuthUser &user, qint64 messageId, const QString &title,
                                      const QStringList &tags);
    /// The thread as a Q&A question asked by its first author, the replies as answers, with a link back.
    Result<protocol::engagement::Question> promoteToQuestion(const AuthUser &user, qint64 messageId,
                                                             const QString &title);

    /// The link an article carries back to its thread: guild://chat/<channel>/<seq>.
    static QString threadLink(qint64 channelId, qint64 seq);

private:
    ChatService &m_chat;
    ArticleService &m_articles;
    QuestionService &m_questions;
};

} // namespace guild::server
