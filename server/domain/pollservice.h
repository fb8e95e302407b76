#pragma once

#include "authuser.h"
#include "protocol/types.h"
#include "result.h"

namespace guild::server {

class ArticleService;
class Database;

/// Polls attached to posts: reading the counts and voting, for whoever may read the post.
class PollService final
{
public:
    PollService(Database &database, ArticleService &articles);

    Result<protocol::Poll> poll(const AuthUser &viewer, qint64 articleId);
    /// Replaces the viewer's choices (indexes into the options; empty withdraws). Refused once closed.
    Result<protocol::Poll> vote(const AuthUser &viewer, qint64 articleId, const QList<int> &choices);

private:
    Database &m_database;
    ArticleService &m_articles;
};

} // namespace guild::server
