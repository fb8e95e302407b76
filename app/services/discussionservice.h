#pragma once

#include "models/pendingwrite.h"
#include "protocol/types.h"

#include <QObject>

namespace guild::app {

class ApiClient;
class LocalCache;
class WriteOutbox;

/// Likes and comments on articles. Both go through the write outbox: a like shows in the cache and the
/// reader at once, a comment shows as sending, offline too, and both reach the server once it can be
/// reached; a refusal undoes the like or marks the comment, with the server's reason.
class DiscussionService final : public QObject
{
    Q_OBJECT
public:
    static constexpr int CommentPage = 50;

    DiscussionService(ApiClient &api, LocalCache &cache, WriteOutbox &outbox, QObject *parent = nullptr);

    void setLiked(qint64 articleId, bool liked);
    /// The first page of comments, oldest first, or the page after comment `afterId`.
    void loadComments(qint64 articleId, qint64 afterId = 0);
    void postComment(qint64 articleId, const QString &body);
    /// A refused comment goes again, or is given up (commentDiscarded).
    void retryComment(qint64 writeId);
    void discardComment(qint64 writeId);
    /// The member's comments on `articleId` the server does not have yet, oldest first.
    QList<models::PendingWrite> pendingComments(qint64 articleId) const;

Q_SIGNALS:
    /// An article as it now reads: counts and likedByMe are current (the server's, or the member's
    /// like while it is on its way).
    void articleChanged(const guild::protocol::Article &article);
    /// The member liked an article (not sent for taking a like back).
    void liked(qint64 articleId);
    void likeFailed(qint64 articleId, const QString &message);
    /// `first`: the list starts over; `more`: there may be further pages.
    void commentsLoaded(qint64 articleId, const QList<guild::protocol::Comment> &comments, bool first, bool more);
    void commentsFailed(qint64 articleId, const QString &message);
    /// Offline, the comments shown are the kept ones; `note` says from when.
    void commentsKept(qint64 articleId, const QString &note);
    /// A comment is on its way (`write` is how the outbox knows it).
    void commentQueued(qint64 articleId, const guild::models::PendingWrite &write);
    /// The server has the comment queued as `writeId`.
    void commentPosted(const guild::protocol::Comment &comment, qint64 writeId);
    /// The comment could not be queued (`writeId` 0: it was not valid) or the server refused it.
    void commentFailed(qint64 articleId, const QString &message, qint64 writeId);
    /// The member gave up on a refused comment.
    void commentDiscarded(qint64 articleId, qint64 writeId);

private:
    /// Re-reads the article (its comment count moved), stores it and announces it.
    void refresh(qint64 articleId);
    void store(const protocol::Article &article);
    void showLikeLocally(qint64 articleId, bool liked);

    ApiClient &m_api;
    LocalCache &m_cache;
    WriteOutbox &m_outbox;
};

} // namespace guild::app
