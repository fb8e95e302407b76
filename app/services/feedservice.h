#pragma once

#include "protocol/types.h"

#include <QObject>

namespace guild::models {
class ArticleFeedModel;
}

namespace guild::app {

class ApiClient;
class LocalCache;

/// Feeds the article list from the offline cache (count first, then pages on demand) and opens
/// articles: from the cache when the body is there, from the server otherwise, storing what it fetched.
class FeedService final : public QObject
{
    Q_OBJECT
public:
    FeedService(ApiClient &api, LocalCache &cache, models::ArticleFeedModel &model, QObject *parent = nullptr);

    /// Re-reads the count from the cache and resets the model (after a sync or a new search).
    void reload();
    void setSearch(const QString &text);
    QString search() const { return m_search; }
    /// The digest (精华) only, or everything.
    void setDigestOnly(bool digestOnly);
    bool digestOnly() const { return m_digestOnly; }
    void openArticle(qint64 id);
    /// Turns the chat thread of `messageId` into an article titled `title` (authors and admins);
    /// answers with threadPromoted or promotionFailed.
    void promoteThread(qint64 messageId, const QString &title);

Q_SIGNALS:
    void reloaded(int count);
    void articleOpened(const guild::protocol::Article &article);
    /// The article could not be shown in full; `article` holds what is known (title, summary).
    void articleUnavailable(const guild::protocol::Article &article, const QString &message);
    void threadPromoted(const guild::protocol::Article &article);
    void promotionFailed(const QString &message);

private:
    void loadPage(int offset, int count, int generation);
    void fetchFromServer(const protocol::Article &cached);

    ApiClient &m_api;
    LocalCache &m_cache;
    models::ArticleFeedModel &m_model;
    QString m_search;
    bool m_digestOnly = false;
    qint64 m_opening = 0;
};

} // namespace guild::app
