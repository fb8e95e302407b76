#include "discussionservice.h"

#include "net/apiclient.h"
#include "protocol/endpoints.h"
#include "protocol/limits.h"
#include "storage/articlecache.h"
#include "storage/localcache.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace guild::app {

using namespace protocol;

DiscussionService::DiscussionService(ApiClient &api, LocalCache &cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
{}

void DiscussionService::store(const Article &article)
{
    m_cache.run<bool>(
        this, [a = article](QSqlDatabase &db) { return ArticleCache(db).store(a); },
        [this, a = article](bool) { Q_EMIT articleChanged(a); });
}

void DiscussionService::setLiked(qint64 articleId, bool like)
{
    auto done = [this, articleId, like](const ApiResponse &r) {
        const auto article = r.ok ? Article::fromJson(r.json.value(u"article"_s).toObject()) : std::nullopt;
        if (!article) {
            Q_EMIT likeFailed(articleId, r.networkFailure
                                             ? tr("You are offline: likes need the server. Try again when you are "
                                                  "back online.")
                                             : r.message);
            return;
        }
        if (like) {
            Q_EMIT liked(articleId);
        }
        store(*article);
    };
    if (like) {
        m_api.post(protocol::endpoints::LikeArticle.url(articleId), {}, this, std::move(done));
    } else {
        m_api.remove(protocol::endpoints::UnlikeArticle.url(articleId), this, std::move(done));
    }
}

void DiscussionService::loadComments(qint64 articleId, qint64 afterId)
{
    const QString path =
        protocol::endpoints::ListComments.url(articleId) + u"?limit=%1&after=%2"_s.arg(CommentPage).arg(afterId);
    m_api.get(path, this, [this, articleId, afterId](const ApiResponse &r) {
        if (!r.ok) {
            Q_EMIT commentsFailed(articleId, r.networkFailure ? tr("You are offline: comments are loaded from the "
                                                                   "server.")
                                                              : r.message);
            return;
        }
        QList<Comment> comments;
        const QJsonArray items = r.json.value(u"comments"_s).toArray();
        for (const QJsonValue &v : items) {
            if (const auto c = Comment::fromJson(v.toObject())) {
                comments.append(*c);
            }
        }
        Q_EMIT commentsLoaded(articleId, comments, afterId == 0, items.size() == CommentPage);
    });
}

void DiscussionService::postComment(qint64 articleId, const QString &body)
{
    // The server checks too; saying it here keeps the member's text and avoids a round trip.
    if (body.trimmed().isEmpty() || body.size() > limits::CommentMax) {
        Q_EMIT commentFailed(articleId, tr("A comment is 1 to %1 characters long.").arg(limits::CommentMax));
        return;
    }
    m_api.post(protocol::endpoints::AddComment.url(articleId), {{u"body"_s, body}}, this,
               [this, articleId](const ApiResponse &r) {
                   const auto comment = r.ok ? Comment::fromJson(r.json.value(u"comment"_s).toObject()) : std::nullopt;
                   if (!comment) {
                       Q_EMIT commentFailed(articleId, r.networkFailure ? tr("You are offline: your comment was not "
                                                                             "sent. It is still in the box.")
                                                                        : r.message);
                       return;
                   }
                   Q_EMIT commentPosted(*comment);
                   refresh(articleId);
               });
}

void DiscussionService::refresh(qint64 articleId)
{
    m_api.get(protocol::endpoints::GetArticle.url(articleId), this, [this](const ApiResponse &r) {
        if (const auto article = r.ok ? Article::fromJson(r.json.value(u"article"_s).toObject()) : std::nullopt) {
            store(*article);
        }
    });
}

} // namespace guild::app
