#pragma once

#include "protocol/types.h"

#include <QSqlDatabase>

#include <optional>

namespace guild::server {

struct ArticleRow
{
    protocol::Article article;
    qint64 authorId = 0;

    /// Scheduled articles are for their author and admins until they go out.
    bool visibleTo(qint64 userId, bool admin) const { return !article.scheduled || admin || userId == authorId; }
};

struct FeedPosition
{
    qint64 publishedAt = 0;
    qint64 id = 0;
};

struct ArticleDraft
{
    QString title;
    QString summary;
    QString body;
    QStringList tags;
    protocol::Tier requiredTier = protocol::Tier::Free;
    /// The chat message (thread) the article was promoted from; 0 for none.
    qint64 sourceMessageId = 0;
    bool featured = false;
    bool pinned = false;
    /// Goes out at publishAt (ms), not now; the feed and /sync see it only then.
    bool scheduled = false;
    qint64 publishAt = 0;
};

struct ChangeRow
{
    qint64 entityId = 0;
    qint64 seq = 0;
};

/// Articles with their tags, likes and comments, and the change log rows that announce them to /sync.
class ArticleRepository final
{
public:
    explicit ArticleRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    /// Published articles, newest first, strictly after `after` in feed order. Bodies are not loaded.
    QList<ArticleRow> feed(std::optional<FeedPosition> after, const QString &tag, int limit, bool featuredOnly = false);
    std::optional<ArticleRow> find(qint64 id, bool withBody);
    /// Articles still to go out, soonest first: one author's, or everyone's for authorId 0.
    QList<ArticleRow> scheduled(qint64 authorId);
    /// Whether a scheduled article's time has come (a read: most calls find none and write nothing).
    bool anyDue(qint64 now);
    /// Moves (triggers, same transaction) with every change to what a feed page shows.
    qint64 feedVersion();
    /// Publishes every scheduled article whose time has come and announces it to /sync, once even when
    /// several servers race. Call inside a transaction.
    int publishDue(qint64 now);
    /// Several published articles by id, with bodies, in no particular order.
    QList<ArticleRow> findMany(const QList<qint64> &ids);
    void fillViewerState(QList<ArticleRow> &rows, qint64 viewerId);

    /// The new id, or 0 when an article from the same source message exists.
    qint64 insert(qint64 authorId, const ArticleDraft &draft, qint64 now);
    void update(qint64 id, const ArticleDraft &draft, qint64 now);
    void remove(qint64 id);

    /// Returns false if the like already existed.
    bool like(qint64 articleId, qint64 userId, qint64 now);
    bool unlike(qint64 articleId, qint64 userId, qint64 now);
    QList<protocol::Comment> comments(qint64 articleId, qint64 afterId, int limit);
    protocol::Comment addComment(qint64 articleId, qint64 userId, const QString &body, qint64 now);

    /// Records that an article changed (op "upsert" or "delete"). Call inside the writing transaction.
    void recordChange(qint64 articleId, QLatin1StringView op, qint64 now);
    /// The latest change per article after `since`, oldest first.
    QList<ChangeRow> changesSince(qint64 since, int limit);
    /// The newest change's sequence number (0 with none): how far the feed goes.
    qint64 lastChangeSeq();

private:
    void writeTags(qint64 id, const QStringList &tags);
    void loadTags(QList<ArticleRow> &rows);

    QSqlDatabase m_db;
    bool isPostgres() const;
};

} // namespace guild::server
