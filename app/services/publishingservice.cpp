#include "publishingservice.h"

#include "net/apiclient.h"
#include "protocol/endpoints.h"
#include "storage/articlecache.h"
#include "storage/localcache.h"

using namespace Qt::StringLiterals;

namespace guild::app {

using namespace protocol;

PublishingService::PublishingService(ApiClient &api, LocalCache &cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
{}

void PublishingService::publish(const ArticleInput &draft)
{
    m_api.call(endpoints::CreateArticle, draft, this, [this](const ApiResult<ArticleReply> &r) {
        if (!r.ok()) {
            Q_EMIT publishFailed(
                r.explain(tr("You are offline: publishing needs the server. Your text is still in the editor.")));
            return;
        }
        const Article &article = r->value;
        if (article.scheduled) {
            Q_EMIT published(article);
            return;
        }
        // In the cache (and so the feed) at once, not only after the next sync.
        m_cache.run<bool>(
            this, [a = article](QSqlDatabase &db) { return ArticleCache(db).store(a); },
            [this, a = article](bool) { Q_EMIT published(a); });
    });
}

void PublishingService::edit(qint64 articleId, const ArticleInput &changes)
{
    m_api.call(endpoints::EditArticle, articleId, changes, this, [this](const ApiResult<ArticleReply> &r) {
        if (!r.ok()) {
            Q_EMIT publishFailed(r.explain(tr("You are offline: changes need the server. Your text is still in the "
                                              "editor.")));
            return;
        }
        const Article &article = r->value;
        if (article.scheduled) {
            Q_EMIT published(article);
            return;
        }
        m_cache.run<bool>(
            this, [a = article](QSqlDatabase &db) { return ArticleCache(db).store(a); },
            [this, a = article](bool) { Q_EMIT published(a); });
    });
}

void PublishingService::remove(qint64 articleId)
{
    m_api.call(endpoints::DeleteArticle, articleId, {}, this, [this, articleId](const ApiResult<NoContent> &r) {
        if (!r.ok()) {
            Q_EMIT publishFailed(r.explain(tr("You are offline: deleting needs the server.")));
            return;
        }
        m_cache.run<bool>(
            this, [articleId](QSqlDatabase &db) { return ArticleCache(db).remove(articleId); },
            [this, articleId](bool) { Q_EMIT deleted(articleId); });
    });
}

void PublishingService::loadScheduled()
{
    m_api.call(endpoints::MyScheduledArticles, {}, this, [this](const ApiResult<ArticleList> &r) {
        if (r.ok()) {
            Q_EMIT scheduledLoaded(r->items);
        }
    });
}

void PublishingService::fetchPoll(qint64 articleId)
{
    m_api.call(endpoints::GetPoll, articleId, {}, this, [this, articleId](const ApiResult<PollReply> &r) {
        if (!r.ok()) {
            Q_EMIT pollFailed(articleId, r.explain(tr("The poll's results need a connection.")));
            return;
        }
        Q_EMIT pollLoaded(r->value);
    });
}

void PublishingService::vote(qint64 articleId, const QList<int> &choices)
{
    m_api.call(endpoints::VotePoll, articleId, PollVote{choices}, this,
               [this, articleId](const ApiResult<PollReply> &r) {
                   if (!r.ok()) {
                       Q_EMIT pollFailed(articleId, r.explain(tr("You are offline: voting needs the server.")));
                       return;
                   }
                   Q_EMIT pollLoaded(r->value);
               });
}

} // namespace guild::app
