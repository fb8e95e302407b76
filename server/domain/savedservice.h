#pragma once

#include "authuser.h"
#include "protocol/api/saved.h"
#include "result.h"

namespace guild::server {

class ArticleService;
class ChatService;
class CourseService;
class Database;
class QuestionService;

/// Members' bookmarks and highlights with notes. Only what the member may read can be saved, and each
/// keeps the server's title for what it names; writes are idempotent, keyed by the client.
class SavedService final
{
public:
    struct Sources
    {
        ArticleService &articles;
        CourseService &courses;
        ChatService &chat;
        QuestionService &questions;
    };
    SavedService(Database &database, Sources sources);

    Result<protocol::SavedItems> all(const AuthUser &member);
    Result<protocol::Bookmark> putBookmark(const AuthUser &member, const QString &key);
    Result<Done> removeBookmark(const AuthUser &member, const QString &key);
    Result<protocol::Highlight> putHighlight(const AuthUser &member, const QString &key,
                                             const protocol::HighlightInput &input);
    Result<Done> removeHighlight(const AuthUser &member, const QString &key);

private:
    /// What is saved: what it is called and where it is.
    struct Subject
    {
        QString title;
        qint64 containerId = 0;
        qint64 position = 0;
    };
    /// What `kind` `id` is, if the member may read it (the error the reading would give if not).
    Result<Subject> readable(const AuthUser &member, protocol::SavedKind kind, qint64 id);

    Database &m_database;
    Sources m_sources;
};

} // namespace guild::server
