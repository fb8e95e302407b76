#pragma once

#include "protocol/contract.h"
#include "protocol/types.h"

// Bodies of the article routes: the feed, writing, comments, polls and the offline sync feed.
namespace guild::protocol {

/// GET /articles: a page of the feed.
struct FeedRequest
{
    QString cursor; ///< empty: the newest
    QString tag;    ///< empty: every tag
    int limit = 20;
    /// The digest (精华) only.
    bool featuredOnly = false;

    QUrlQuery toQuery() const;
    static std::optional<FeedRequest> fromQuery(const QUrlQuery &query, ApiError *error);
};

struct FeedPage
{
    QList<Article> articles;
    QString nextCursor; ///< empty: the last page

    QJsonObject toJson() const;
    /// toJson()'s bytes, written straight: the server's most frequent large answer.
    void writeJson(JsonWriter &writer) const;
    static std::optional<FeedPage> fromJson(const QJsonObject &json);
};

/// A poll to attach to a new article.
struct PollDraft
{
    QString question;
    QStringList options;
    bool multiple = false;
    QDateTime closesAt; ///< invalid: never

    QJsonObject toJson() const;
};

/// What an author writes: every field optional, so an edit sends only what changes; a new article
/// needs a title and a body.
struct ArticleInput
{
    std::optional<QString> title;
    std::optional<QString> summary;
    std::optional<QString> body;
    std::optional<QStringList> tags;
    std::optional<Tier> requiredTier;
    std::optional<bool> featured;
    std::optional<bool> pinned;
    /// Go out later, at this time (UTC); only while the article has not gone out.
    std::optional<QDateTime> publishAt;
    /// A poll to attach; an article has at most one.
    std::optional<PollDraft> poll;

    QJsonObject toJson() const;
    static std::optional<ArticleInput> fromJson(const QJsonObject &json, ApiError *error);
};

/// GET /articles/{id}/comments: comments after a comment id, oldest first.
struct CommentsRequest
{
    qint64 after = 0;
    int limit = 50;

    QUrlQuery toQuery() const;
    static std::optional<CommentsRequest> fromQuery(const QUrlQuery &query, ApiError *error);
};

struct CommentRequest
{
    QString body;

    QJsonObject toJson() const;
    static std::optional<CommentRequest> fromJson(const QJsonObject &json, ApiError *error);
};

/// The member's choices in a poll (option indexes); empty withdraws the vote.
struct PollVote
{
    QList<int> choices;

    QJsonObject toJson() const;
    static std::optional<PollVote> fromJson(const QJsonObject &json, ApiError *error);
};

/// GET /sync: the changes since a token of this server's.
struct SyncRequest
{
    QString since; ///< empty: from the start
    int limit = 200;

    QUrlQuery toQuery() const;
    static std::optional<SyncRequest> fromQuery(const QUrlQuery &query, ApiError *error);
};

using ArticleReply = One<Article, "article">;
using ArticleList = ListOf<Article, "articles">;
using CommentReply = One<Comment, "comment">;
using CommentList = ListOf<Comment, "comments">;
using PollReply = One<Poll, "poll">;

} // namespace guild::protocol
