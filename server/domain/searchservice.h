#pragma once

#include "authuser.h"
#include "protocol/api/search.h"
#include "result.h"

namespace guild::server {

class ChatService;
class CourseService;
class Database;

/// GET /search: what the caller may read, found by Guild's tokenizer on either engine, best first.
/// Who may find what follows the rules of each place it comes from: chat's channels, the catalogue's
/// courses, tiers for articles, comments and Q&A; a locked body is never searched, only its title and
/// summary.
class SearchService final
{
public:
    SearchService(Database &database, ChatService &chat, CourseService &courses);

    Result<protocol::SearchPage> search(const AuthUser &viewer, const protocol::SearchRequest &request);
    /// Fills the index with what was written before it existed (the first start after the upgrade).
    void buildIndexIfNeeded();

private:
    Database &m_database;
    ChatService &m_chat;
    CourseService &m_courses;
};

} // namespace guild::server
