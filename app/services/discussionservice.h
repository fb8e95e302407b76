#pragma once

#include "protocol/types.h"

#include <QObject>

namespace guild::app {

class ApiClient;
class LocalCache;

/// Likes and comments on articles. Every request ends in a result signal or a message; what changed
/// about an article (its counts, the member's like) is written to the offline cache as well.
class DiscussionService final : public QObject
{
    Q_OBJECT
public:
    static constexpr int CommentPage = 50;

    DiscussionService(ApiClient &api, LocalCache &cache, QObject *parent = nullptr);

    /// Likes or unlikes; both are idempotent on the server, so a retry after a lost answer is harmless.
    void setLiked(qint64 articleId, bool liked);
    /// The first page of comments, oldest first, or the page after comment `afterId`.
    void loadComments(qint64 articleId, qint64 afterId = 0);
    void postComment(qint64 articleId, const QString &body);

Q_SIGNALS:
    /// The server's view of an article after a like or a comment: counts and likedByMe are current.
    void articleChanged(const guild::protocol::Article &article);
    /// The member liked an article (not sent for taking a like back).
    void liked(qint64 articleId);
    void likeFailed(qint64 articleId, const QString &message);
    /// `first`: the list starts over; `more`: there may be further pages.
    void commentsLoaded(qint64 articleId, const QList<guild::protocol::Comment> &comments, bool first, bool more);
    void commentsFailed(qint64 articleId, const QString &message);
    void commentPosted(const guild::protocol::Comment &comment);
    void commentFailed(qint64 articleId, const QString &message);

private:
    /// Re-reads the article (its comment count moved), stores it and announces it.
    void refresh(qint64 articleId);
    void store(const protocol::Article &article);

    ApiClient &m_api;
    LocalCache &m_cache;
};

} // namespace guild::app
