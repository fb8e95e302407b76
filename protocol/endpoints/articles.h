#pragma once

#include "protocol/endpoint.h"

// Articles: the feed, reading, writing, likes, comments, polls, and the change feed for the offline cache.
namespace guild::protocol::endpoints {

inline constexpr Route ListArticles{HttpMethod::Get, QLatin1StringView("/api/v1/articles"), Access::Bearer,
                                    QLatin1StringView("The feed, newest first, cursor-paginated")};
inline constexpr Route CreateArticle{HttpMethod::Post, QLatin1StringView("/api/v1/articles"), Access::Bearer,
                                     QLatin1StringView("Publish an article (authors and admins)")};
inline constexpr Route GetArticle{HttpMethod::Get, QLatin1StringView("/api/v1/articles/{id}"), Access::Bearer,
                                  QLatin1StringView("One article with its Markdown body")};
inline constexpr Route EditArticle{HttpMethod::Patch, QLatin1StringView("/api/v1/articles/{id}"), Access::Bearer,
                                   QLatin1StringView("Edit an article (its author or an admin)")};
inline constexpr Route DeleteArticle{HttpMethod::Delete, QLatin1StringView("/api/v1/articles/{id}"), Access::Bearer,
                                     QLatin1StringView("Delete an article (its author or an admin)")};
inline constexpr Route LikeArticle{HttpMethod::Post, QLatin1StringView("/api/v1/articles/{id}/like"), Access::Bearer,
                                   QLatin1StringView("Like (idempotent)")};
inline constexpr Route UnlikeArticle{HttpMethod::Delete, QLatin1StringView("/api/v1/articles/{id}/like"),
                                     Access::Bearer, QLatin1StringView("Remove the like (idempotent)")};
inline constexpr Route ListComments{HttpMethod::Get, QLatin1StringView("/api/v1/articles/{id}/comments"),
                                    Access::Bearer, QLatin1StringView("Comments, oldest first")};
inline constexpr Route AddComment{HttpMethod::Post, QLatin1StringView("/api/v1/articles/{id}/comments"), Access::Bearer,
                                  QLatin1StringView("Add a comment")};
inline constexpr Route GetPoll{HttpMethod::Get, QLatin1StringView("/api/v1/articles/{id}/poll"), Access::Bearer,
                               QLatin1StringView("The article's poll: counts per option and the caller's choices")};
inline constexpr Route VotePoll{HttpMethod::Post, QLatin1StringView("/api/v1/articles/{id}/poll/votes"), Access::Bearer,
                                QLatin1StringView("Vote in the poll (replaces the caller's earlier vote)")};
inline constexpr Route MyScheduledArticles{
    HttpMethod::Get, QLatin1StringView("/api/v1/me/scheduled-articles"), Access::Bearer,
    QLatin1StringView("The caller's articles still to go out (all of them for admins)")};
inline constexpr Route Sync{HttpMethod::Get, QLatin1StringView("/api/v1/sync"), Access::Bearer,
                            QLatin1StringView("Change feed for the offline cache")};

} // namespace guild::protocol::endpoints
