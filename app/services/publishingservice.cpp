#include "publishingservice.h"

#include "net/apiclient.h"
#include "protocol/endpoints.h"
#include "storage/articlecache.h"
#include "storage/localcache.h"
#include "writeoutbox.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace guild::app {

using namespace protocol;

PublishingService::PublishingService(ApiClient &api, LocalCache &cache, WriteOutbox &outbox, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
    , m_outbox(outbox)
{
    m_outbox.handle(u"poll-vote"_s, this, [this](const PendingWrite &w, const WriteOutbox::Outcome &outcome) {
        if (const auto r = WriteOutbox::answerOf(endpoints::VotePoll, outcome)) {
            Q_EMIT pollLoaded(r->value);
        } else if (outcome.kind == WriteOutbox::Outcome::Kind::Refused) {
            Q_EMIT pollFailed(w.subjectId, outcome.message); // the poll closed, say: voting again is the retry
            m_outbox.discard(w.id);
        }
    });
}

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
    if (auto refused = m_outbox.add(endpoints::VotePoll, endpoints::VotePoll.url(articleId), PollVote{choices},
                                    {u"article:"_s + QString::number(articleId), u"poll-vote"_s, articleId})) {
        QTimer::singleShot(0, this, [this, articleId, message = *refused] { Q_EMIT pollFailed(articleId, message); });
    }
}

} // namespace guild::app
