#pragma once

#include "routegroup.h"

namespace guild::server {

class ArticleService;
class PollService;
class SyncService;

/// The feed, reading and writing articles, likes, comments, polls and the offline sync feed
/// (protocol/endpoints/articles.h).
class ArticleRoutes final : public RouteGroup
{
public:
    ArticleRoutes(ArticleService &articles, PollService &polls, SyncService &sync);
    void attach(ApiServer &server) override;

private:
    ArticleService &m_articles;
    PollService &m_polls;
    SyncService &m_sync;
};

} // namespace guild::server
