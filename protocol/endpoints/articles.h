#pragma once

#include "protocol/endpoint.h"

// Articles: the feed, reading, writing, likes, comments, polls, and the change feed for the offline cache.
namespace guild::protocol::endpoints {

inline constexpr Route ListArticles{HttpMethod::Get, QLatin1StringView("/api/v1/articles"), Access::Bearer,
                                    "The feed, newest first, cursor-paginated"};
inline constexpr Route CreateArticle{HttpMethod::Post, QLatin1StringView("/api/v1/articles"), Access::Bearer,
                                     "Publish an article (authors and admins)"};
inline constexpr Route GetArticle{HttpMethod::Get, QLatin1StringView("/api/v1/articles/{id}"), Access::Bearer,
                                  "One article with its Markdown body"};
inline constexpr Route EditArticle{HttpMethod::Patch, QLatin1StringView("/api/v1/articles/{id}"), Access::Bearer,
                                   "Edit an article (its author or an admin)"};
inline constexpr Route DeleteArticle{HttpMethod::Delete, QLatin1StringView("/api/v1/articles/{id}"), Access::Bearer,
                                     "Delete an article (its author or an admin)"};
inline constexpr Route LikeArticle{HttpMethod::Post, QLatin1StringView("/api/v1/articles/{id}/like"), Access::Bearer,
                                   "Like (idempotent)"};
inline constexpr Route UnlikeArticle{HttpMethod::Delete, QLatin1StringView("/api/v1/articles/{id}/like"),
                                     Access::Bearer, "Remove the like (idempotent)"};
inline constexpr Route ListComments{HttpMethod::Get, QLatin1StringView("/api/v1/articles/{id}/comments"),
                                    Access::Bearer, "Comments, oldest first"};
inline constexpr Route AddComment{HttpMethod::Post, QLatin1StringView("/api/v1/articles/{id}/comments"), Access::Bearer,
                                  "Add a comment"};
inline constexpr Route GetPoll{HttpMethod::Get, QLatin1StringView("/api/v1/articles/{id}/poll"), Access::Bearer,
                               "The article's poll: counts per option and the caller's choices"};
inline constexpr Route VotePoll{HttpMethod::Post, QLatin1StringView("/api/v1/articles/{id}/poll/votes"), Access::Bearer,
                                "Vote in the poll (replaces the caller's earlier vote)"};
inline constexpr Route MyScheduledArticles{HttpMethod::Get, QLatin1StringView("/api/v1/me/scheduled-articles"),
                                           Access::Bearer,
                                           "The caller's articles still to go out (all of them for admins)"};
inline constexpr Route Sync{HttpMethod::Get, QLatin1StringView("/api/v1/sync"), Access::Bearer,
                            "Change feed for the offline cache"};

} // namespace guild::protocol::endpoints
