#include "threadpromotion.h"

#include "articleservice.h"
#include "chatservice.h"
#include "protocol/errorcodes.h"
#include "protocol/limits.h"
#include "questionservice.h"

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;

ThreadPromotion::ThreadPromotion(ChatService &chat, ArticleService &articles, QuestionService &questions)
    : m_chat(chat)
    , m_articles(articles)
    , m_questions(questions)
{}

Result<engagement::Question> ThreadPromotion::promoteToQuestion(const AuthUser &user, qint64 messageId,
                                                                const QString &title)
{
    if (!user.canPublish()) {
        return ApiError::forbidden(errors::Forbidden, u"Only authors and admins promote threads."_s);
    }
    const auto asked = m_chat.messageById(messageId);
    const qint64 rootId = asked && asked->replyTo > 0 ? asked->replyTo : messageId;
    Result<QList<chat::Message>> thread = m_chat.thread(user, rootId);
    if (!thread.ok()) {
        ApiError error = thread.error();
        error.code = QString(error.status == 404 ? errors::NotFound : errors::MembershipRequired);
        return error;
    }
    const chat::Message &root = thread.value().first();
    const auto channel = m_chat.channelFor(user.id, root.channelId);
    if (!channel || channel->direct) {
        return ApiError::forbidden(errors::Forbidden, u"A direct conversation stays private."_s);
    }
    if (root.deleted) {
        return ApiError::badRequest(errors::InvalidField, u"The thread's first message was deleted."_s);
    }
    QList<QuestionService::ImportedAnswer> answers;
    for (qsizetype i = 1; i < thread.value().size(); ++i) {
        const chat::Message &m = thread.value().at(i);
        if (!m.deleted) {
            answers.append({m.senderId, m.body, m.createdAt.toMSecsSinceEpoch()});
        }
    }
    const QString body =
        root.body + u"\n\n---\n\n[Open the original thread in chat](%1)\n"_s.arg(threadLink(root.channelId, root.seq));
    // Never readable by more members than the channel was, nor by fewer than Q&A itself is sold to.
    const Tier qaTier = m_questions.featureTier(u"qa"_s);
    const Tier tier = tierCovers(channel->requiredTier, qaTier) ? channel->requiredTier : qaTier;
    return m_questions.importThread(user, root.senderId,
                                    title.trimmed().isEmpty() ? root.body.simplified().left(80) : title, body, answers,
                                    root.id, tier);
}

QString ThreadPromotion::threadLink(qint64 channelId, qint64 seq)
{
    return u"guild://chat/%1/%2"_s.arg(channelId).arg(seq);
}

Result<Article> ThreadPromotion::promote(const AuthUser &user, qint64 messageId, const QString &title,
                                         const QStringList &tags)
{
    if (!user.canPublish()) {
        return ApiError::forbidden(errors::Forbidden, u"Only authors and admins promote threads to articles."_s);
    }
    const auto asked = m_chat.messageById(messageId);
    const qint64 rootId = asked && asked->replyTo > 0 ? asked->replyTo : messageId;
    Result<QList<chat::Message>> thread = m_chat.thread(user, rootId);
    if (!thread.ok()) {
        ApiError error = thread.error();
        error.code = QString(error.status == 404 ? errors::NotFound : errors::MembershipRequired);
        return error;
    }
    const chat::Message &root = thread.value().first();
    const auto channel = m_chat.channelFor(user.id, root.channelId);
    if (!channel || channel->direct) {
        return ApiError::forbidden(errors::Forbidden, u"A direct conversation stays private."_s);
    }
    if (root.deleted) {
        return ApiError::badRequest(errors::InvalidField, u"The thread's first message was deleted."_s);
    }

    QString body = u"*From a conversation in #%1.*\n\n"_s.arg(channel->name);
    const QString link =
        u"\n---\n\n[Open the original thread in chat](%1)\n"_s.arg(threadLink(root.channelId, root.seq));
    qsizetype left = 0;
    for (qsizetype i = 0; i < thread.value().size(); ++i) {
        const chat::Message &m = thread.value().at(i);
        if (m.deleted) {
            continue;
        }
        const QString part =
            u"**%1** · %2\n\n%3\n\n"_s.arg(m.senderName, m.createdAt.toString(u"yyyy-MM-dd HH:mm 'UTC'"_s), m.body);
        if (body.size() + part.size() + link.size() + 100 > limits::ArticleBodyMax) {
            left = thread.value().size() - i;
            break;
        }
        body += part;
    }
    if (left > 0) {
        body += u"*… and %1 more replies in the chat.*\n"_s.arg(left);
    }
    body += link;

    protocol::ArticleInput input;
    input.title = title;
    input.body = body;
    input.tags = tags.isEmpty() ? QStringList{u"chat"_s} : tags;
    // Never readable by more members than the channel was.
    input.requiredTier = channel->requiredTier;
    return m_articles.create(user, input, root.id);
}

} // namespace guild::server
