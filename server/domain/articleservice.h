#pragma once

#include "authuser.h"
#include "feedcache.h"
#include "protocol/api/articles.h"
#include "result.h"

#include <functional>
#include <optional>

namespace guild::server {

class Database;

/// The article feed and reader, with the paywall: bodies only for callers whose tier covers the article.
class ArticleService final
{
public:
    explicit ArticleService(Database &database);

    Result<protocol::FeedPage> feed(const AuthUser &viewer, const protocol::FeedRequest &query);
    Result<protocol::Article> article(const AuthUser &viewer, qint64 id);
    /// The caller's articles still to go out (every author's for admins), soonest first.
    Result<QList<protocol::Article>> scheduled(const AuthUser &viewer);
    /// `sourceMessageId`: the chat thread it was made from (thread promotion), or 0.
    Result<protocol::Article> create(const AuthUser &author, const protocol::ArticleInput &input,
                                     qint64 sourceMessageId = 0);
    Result<protocol::Article> update(const AuthUser &editor, qint64 id, const protocol::ArticleInput &input);
    Result<Done> remove(const AuthUser &editor, qint64 id);
    Result<protocol::Article> setLiked(const AuthUser &viewer, qint64 id, bool liked);
    Result<QList<protocol::Comment>> comments(const AuthUser &viewer, qint64 id, qint64 afterId, int limit);
    Result<protocol::Comment> addComment(const AuthUser &viewer, qint64 id, const QString &body);

    /// Called after an article is published: (author, article).
    void setOnPublished(std::function<void(qint64, qint64)> hook) { m_onPublished = std::move(hook); }

    /// Applies the paywall to an article for this viewer: sets `locked` and strips the body if locked.
    static void applyAccess(protocol::Article &article, protocol::Tier viewerTier);
    static QString encodeCursor(qint64 publishedAt, qint64 id);

    /// Whether the viewer may read the article: it exists, has gone out (or is theirs) and their tier covers it.
    Result<Done> requireReadable(const AuthUser &viewer, qint64 id);

private:
    /// Publishes scheduled articles whose time has come; every read path calls it first, so a scheduled
    /// article appears the moment it is due on any server, with no timer to keep in step.
    void publishDue();

    Database &m_database;
    FeedCache m_feedCache;
    /// Whole articles, bodies included, in a budget of their own.
    FeedCache m_articleCache;
    std::function<void(qint64, qint64)> m_onPublished;
};

} // namespace guild::server
