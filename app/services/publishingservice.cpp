#include "publishingservice.h"

#include "net/apiclient.h"
#include "protocol/endpoints.h"
#include "storage/articlecache.h"
#include "storage/localcache.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace guild::app {

using namespace protocol;

QJsonObject ArticleDraft::toJson() const
{
    QJsonObject json{{u"title"_s, title.trimmed()},
                     {u"body"_s, body},
                     {u"tags"_s, QJsonArray::fromStringList(tags)},
                     {u"requiredTier"_s, tierCode(requiredTier)},
                     {u"featured"_s, featured},
                     {u"pinned"_s, pinned}};
    if (publishAt.isValid()) {
        json.insert(u"publishAt"_s, toIsoUtc(publishAt));
    }
    if (!pollQuestion.trimmed().isEmpty()) {
        QJsonObject poll{{u"question"_s, pollQuestion.trimmed()},
                         {u"options"_s, QJsonArray::fromStringList(pollOptions)},
                         {u"multiple"_s, pollMultiple}};
        if (pollClosesAt.isValid()) {
            poll.insert(u"closesAt"_s, toIsoUtc(pollClosesAt));
        }
        json.insert(u"poll"_s, poll);
    }
    return json;
}

PublishingService::PublishingService(ApiClient &api, LocalCache &cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
{}

void PublishingService::publish(const ArticleDraft &draft)
{
    m_api.post(protocol::endpoints::CreateArticle.url(), draft.toJson(), this, [this](const ApiResponse &r) {
        const auto article = r.ok ? Article::fromJson(r.json.value(u"article"_s).toObject()) : std::nullopt;
        if (!article) {
            Q_EMIT publishFailed(r.networkFailure ? tr("You are offline: publishing needs the server. Your text is "
                                                       "still in the editor.")
                                                  : r.message);
            return;
        }
        if (article->scheduled) {
            Q_EMIT published(*article);
            return;
        }
        // In the cache (and so the feed) at once, not only after the next sync.
        m_cache.run<bool>(
            this, [a = *article](QSqlDatabase &db) { return ArticleCache(db).store(a); },
            [this, a = *article](bool) { Q_EMIT published(a); });
    });
}

void PublishingService::loadScheduled()
{
    m_api.get(protocol::endpoints::MyScheduledArticles.url(), this, [this](const ApiResponse &r) {
        QList<Article> list;
        for (const QJsonValue &v : r.json.value(u"articles"_s).toArray()) {
            if (const auto a = Article::fromJson(v.toObject())) {
                list.append(*a);
            }
        }
        if (r.ok) {
            Q_EMIT scheduledLoaded(list);
        }
    });
}

void PublishingService::fetchPoll(qint64 articleId)
{
    m_api.get(protocol::endpoints::GetPoll.url(articleId), this, [this, articleId](const ApiResponse &r) {
        const auto poll = r.ok ? Poll::fromJson(r.json.value(u"poll"_s).toObject()) : std::nullopt;
        if (!poll) {
            Q_EMIT pollFailed(articleId, r.networkFailure ? tr("The poll's results need a connection.") : r.message);
            return;
        }
        Q_EMIT pollLoaded(*poll);
    });
}

void PublishingService::vote(qint64 articleId, const QList<int> &choices)
{
    QJsonArray picked;
    for (int c : choices) {
        picked.append(c);
    }
    m_api.post(protocol::endpoints::VotePoll.url(articleId), {{u"choices"_s, picked}}, this,
               [this, articleId](const ApiResponse &r) {
                   const auto poll = r.ok ? Poll::fromJson(r.json.value(u"poll"_s).toObject()) : std::nullopt;
                   if (!poll) {
                       Q_EMIT pollFailed(articleId, r.networkFailure ? tr("You are offline: voting needs the server.")
                                                                     : r.message);
                       return;
                   }
                   Q_EMIT pollLoaded(*poll);
               });
}

} // namespace guild::app
