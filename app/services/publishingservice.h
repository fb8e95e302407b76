#pragma once

#include "protocol/api/articles.h"

#include <QObject>

namespace guild::app {

class ApiClient;
class LocalCache;
class WriteOutbox;

/// Writing posts and their polls: publishing now or at a set time, the list of what waits to go out,
/// and reading and voting in a post's poll. Every request ends in a result signal or a message.
class PublishingService final : public QObject
{
    Q_OBJECT
public:
    PublishingService(ApiClient &api, LocalCache &cache, WriteOutbox &outbox, QObject *parent = nullptr);

    void publish(const protocol::ArticleInput &draft);
    /// Changes an article (its author or an admin): text, tags, tier, flags, or the time a scheduled
    /// one goes out. Answers with published (the article as it now is) or publishFailed.
    void edit(qint64 articleId, const protocol::ArticleInput &changes);
    /// Deletes an article (its author or an admin), from the server and the cache; answers with
    /// deleted or publishFailed.
    void remove(qint64 articleId);
    void loadScheduled();
    void fetchPoll(qint64 articleId);
    /// Replaces the member's vote with `choices` (option indexes; empty withdraws it), through the write
    /// outbox: a vote cast offline is counted once the server can be reached.
    void vote(qint64 articleId, const QList<int> &choices);

Q_SIGNALS:
    /// Published now (in the cache and the feed) or scheduled (article.scheduled).
    void published(const guild::protocol::Article &article);
    void publishFailed(const QString &message);
    void deleted(qint64 articleId);
    void scheduledLoaded(const QList<guild::protocol::Article> &articles);
    void pollLoaded(const guild::protocol::Poll &poll);
    void pollFailed(qint64 articleId, const QString &message);

private:
    ApiClient &m_api;
    LocalCache &m_cache;
    WriteOutbox &m_outbox;
};

} // namespace guild::app
