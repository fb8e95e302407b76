#include "feedservice.h"

#include "models/articlefeedmodel.h"
#include "net/apiclient.h"
#include "protocol/endpoints.h"
#include "storage/articlecache.h"
#include "storage/localcache.h"

using namespace Qt::StringLiterals;

namespace guild::app {

using namespace protocol;
using models::ArticleFeedModel;

FeedService::FeedService(ApiClient &api, LocalCache &cache, ArticleFeedModel &model, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
    , m_model(model)
{
    connect(&m_model, &ArticleFeedModel::pageNeeded, this, &FeedService::loadPage);
}

void FeedService::reload()
{
    m_cache.run<int>(
        this,
        [search = m_search, digest = m_digestOnly](QSqlDatabase &db) { return ArticleCache(db).count(search, digest); },
        [this](int count) {
            m_model.reset(count);
            Q_EMIT reloaded(count);
        });
}

void FeedService::setSearch(const QString &text)
{
    if (text == m_search) {
        return;
    }
    m_search = text;
    reload();
}

void FeedService::setDigestOnly(bool digestOnly)
{
    if (digestOnly != m_digestOnly) {
        m_digestOnly = digestOnly;
        reload();
    }
}

void FeedService::loadPage(int offset, int count, int generation)
{
    m_cache.run<QList<Article>>(
        this,
        [search = m_search, digest = m_digestOnly, offset, count](QSqlDatabase &db) {
            return ArticleCache(db).page(search, offset, count, digest);
        },
        [this, offset, generation](const QList<Article> &articles) {
            if (generation == m_model.generation()) {
                m_model.setPage(offset, articles);
            }
        });
}

void FeedService::openArticle(qint64 id)
{
    m_opening = id;
    m_cache.run<std::optional<Article>>(
        this, [id](QSqlDatabase &db) { return ArticleCache(db).article(id); },
        [this, id](const std::optional<Article> &cached) {
            if (id != m_opening) {
                return; // the member moved on to another article
            }
            if (!cached) {
                // Not cached (found by the server's search, or not synced yet): the server has it.
                Article unknown;
                unknown.id = id;
                fetchFromServer(unknown);
            } else if (cached->hasBody || cached->locked) {
                Q_EMIT articleOpened(*cached);
            } else {
                fetchFromServer(*cached);
            }
        });
}

void FeedService::fetchFromServer(const Article &cached)
{
    m_api.call(endpoints::GetArticle, cached.id, {}, this, [this, cached](const ApiResult<ArticleReply> &r) {
        if (!r.ok()) {
            if (cached.id == m_opening) {
                Q_EMIT articleUnavailable(
                    cached, r.explain(tr("You are offline and this article has not been downloaded yet.")));
            }
            return;
        }
        const Article &article = r->value;
        m_cache.run<bool>(
            this, [a = article](QSqlDatabase &db) { return ArticleCache(db).store(a); }, [](bool) {});
        if (article.id == m_opening) {
            Q_EMIT articleOpened(article);
        }
    });
}

void FeedService::promoteThread(qint64 messageId, const QString &title)
{
    m_api.call(endpoints::PromoteToArticle, messageId, PromoteToArticleRequest{title.trimmed(), {}}, this,
               [this](const ApiResult<ArticleReply> &r) {
                   if (!r.ok()) {
                       Q_EMIT promotionFailed(r.explain(tr("You are offline: promoting a thread needs the server.")));
                       return;
                   }
                   // In the cache (and so the feed) at once, not only after the next sync.
                   m_cache.run<bool>(
                       this, [a = r->value](QSqlDatabase &db) { return ArticleCache(db).store(a); },
                       [this](bool) { reload(); });
                   Q_EMIT threadPromoted(r->value);
               });
}

} // namespace guild::app
