#pragma once

#include "protocol/types.h"

#include <QSqlDatabase>

#include <optional>

namespace guild::server {

struct ArticleRow
{
    protocol::Article article;
    qint64 authorId = 0;
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

    /// Newest first, strictly after `after` in feed order. Bodies are not loaded.
    QList<ArticleRow> feed(std::optional<FeedPosition> after, const QString &tag, int limit, bool featuredOnly = false);
    std::optional<ArticleRow> find(qint64 id, bool withBody);
    /// Several by id, with bodies, in no particular order.
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

private:
    void writeTags(qint64 id, const QStringList &tags);
    void loadTags(QList<ArticleRow> &rows);

    QSqlDatabase m_db;
    bool isPostgres() const;
};

} // namespace guild::server
