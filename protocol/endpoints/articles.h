#pragma once

#include "protocol/api/articles.h"

// Articles: the feed, reading, writing, likes, comments, polls, and the change feed for the offline cache.
namespace guild::protocol::endpoints {

inline constexpr Endpoint<FeedRequest, FeedPage> ListArticles{{HttpMethod::Get, QLatin1StringView("/api/v1/articles"),
                                                               Access::Bearer,
                                                               "The feed, newest first, cursor-paginated"}};
inline constexpr Endpoint<ArticleInput, ArticleReply, 201> CreateArticle{
    {HttpMethod::Post, QLatin1StringView("/api/v1/articles"), Access::Bearer,
     "Publish an article (authors and admins)"}};
inline constexpr Endpoint<NoRequest, ArticleReply> GetArticle{{HttpMethod::Get,
                                                               QLatin1StringView("/api/v1/articles/{id}"),
                                                               Access::Bearer, "One article with its Markdown body"}};
inline constexpr Endpoint<ArticleInput, ArticleReply> EditArticle{
    {HttpMethod::Patch, QLatin1StringView("/api/v1/articles/{id}"), Access::Bearer,
     "Edit an article (its author or an admin)"}};
inline constexpr Endpoint<NoRequest, NoContent, 204> DeleteArticle{
    {HttpMethod::Delete, QLatin1StringView("/api/v1/articles/{id}"), Access::Bearer,
     "Delete an article (its author or an admin)"}};
inline constexpr Endpoint<NoRequest, ArticleReply> LikeArticle{
    {HttpMethod::Post, QLatin1StringView("/api/v1/articles/{id}/like"), Access::Bearer, "Like (idempotent)"}};
inline constexpr Endpoint<NoRequest, ArticleReply> UnlikeArticle{{HttpMethod::Delete,
                                                                  QLatin1StringView("/api/v1/articles/{id}/like"),
                                                                  Access::Bearer, "Remove the like (idempotent)"}};
inline constexpr Endpoint<CommentsRequest, CommentList> ListComments{
    {HttpMethod::Get, QLatin1StringView("/api/v1/articles/{id}/comments"), Access::Bearer, "Comments, oldest first"}};
inline constexpr Endpoint<CommentRequest, CommentReply, 201> AddComment{
    {HttpMethod::Post, QLatin1StringView("/api/v1/articles/{id}/comments"), Access::Bearer, "Add a comment"}};
inline constexpr Endpoint<NoRequest, PollReply> GetPoll{
    {HttpMethod::Get, QLatin1StringView("/api/v1/articles/{id}/poll"), Access::Bearer,
     "The article's poll: counts per option and the caller's choices"}};
inline constexpr Endpoint<PollVote, PollReply> VotePoll{
    {HttpMethod::Post, QLatin1StringView("/api/v1/articles/{id}/poll/votes"), Access::Bearer,
     "Vote in the poll (replaces the caller's earlier vote)"}};
inline constexpr Endpoint<NoRequest, ArticleList> MyScheduledArticles{
    {HttpMethod::Get, QLatin1StringView("/api/v1/me/scheduled-articles"), Access::Bearer,
     "The caller's articles still to go out (all of them for admins)"}};
inline constexpr Endpoint<SyncRequest, SyncPage> Sync{
    {HttpMethod::Get, QLatin1StringView("/api/v1/sync"), Access::Bearer, "Change feed for the offline cache"}};

} // namespace guild::protocol::endpoints
