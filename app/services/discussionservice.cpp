#include "discussionservice.h"

#include "net/apiclient.h"
#include "protocol/endpoints.h"
#include "protocol/limits.h"
#include "storage/articlecache.h"
#include "storage/localcache.h"

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
    auto done = [this, articleId, like](const ApiResult<ArticleReply> &r) {
        if (!r.ok()) {
            Q_EMIT likeFailed(
                articleId,
                r.explain(tr("You are offline: likes need the server. Try again when you are back online.")));
            return;
        }
        if (like) {
            Q_EMIT liked(articleId);
        }
        store(r->value);
    };
    if (like) {
        m_api.call(endpoints::LikeArticle, articleId, {}, this, std::move(done));
    } else {
        m_api.call(endpoints::UnlikeArticle, articleId, {}, this, std::move(done));
    }
}

void DiscussionService::loadComments(qint64 articleId, qint64 afterId)
{
    m_api.call(endpoints::ListComments, articleId, CommentsRequest{afterId, CommentPage}, this,
               [this, articleId, afterId](const ApiResult<CommentList> &r) {
                   if (!r.ok()) {
                       Q_EMIT commentsFailed(articleId,
                                             r.explain(tr("You are offline: comments are loaded from the server.")));
                       return;
                   }
                   Q_EMIT commentsLoaded(articleId, r->items, afterId == 0, r->items.size() == CommentPage);
               });
}

void DiscussionService::postComment(qint64 articleId, const QString &body)
{
    // The server checks too; saying it here keeps the member's text and avoids a round trip.
    if (body.trimmed().isEmpty() || body.size() > limits::CommentMax) {
        Q_EMIT commentFailed(articleId, tr("A comment is 1 to %1 characters long.").arg(limits::CommentMax));
        return;
    }
    m_api.call(endpoints::AddComment, articleId, CommentRequest{body}, this,
               [this, articleId](const ApiResult<CommentReply> &r) {
                   if (!r.ok()) {
                       Q_EMIT commentFailed(
                           articleId,
                           r.explain(tr("You are offline: your comment was not sent. It is still in the box.")));
                       return;
                   }
                   Q_EMIT commentPosted(r->value);
                   refresh(articleId);
               });
}

void DiscussionService::refresh(qint64 articleId)
{
    m_api.call(endpoints::GetArticle, articleId, {}, this, [this](const ApiResult<ArticleReply> &r) {
        if (r.ok()) {
            store(r->value);
        }
    });
}

} // namespace guild::app
