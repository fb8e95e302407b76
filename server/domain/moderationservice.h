#pragma once

#include "authuser.h"
#include "protocol/api/reports.h"
#include "protocol/chat.h"
#include "result.h"

#include <functional>

namespace guild::server {

class ChatService;
class Database;

/// Reports and what moderators (admins and authors) do with them: hide the content and tell its
/// author why, or dismiss the report. Also hides everything a banned member wrote, in one step.
class ModerationService final
{
public:
    ModerationService(Database &database, ChatService &chat);

    /// A member reports something they can read. Reporting the same thing twice is a 409.
    Result<protocol::ModerationReport> report(const AuthUser &reporter, const protocol::FlagRequest &request);
    Result<QList<protocol::ModerationReport>> queue(const AuthUser &moderator, bool all);
    Result<protocol::ModerationReport> resolve(const AuthUser &moderator, qint64 reportId,
                                               const protocol::ResolveRequest &request);
    /// Hides every comment, question, answer and chat message of `userId` (a ban's "hide their
    /// content"), audited as `admin`'s; answers how many things were hidden.
    int hideEverythingBy(const AuthUser &admin, qint64 userId, const QString &username);

    /// Told of every chat message a moderator deleted, after the commit (the live chat shows it gone).
    void setOnMessageHidden(std::function<void(const protocol::chat::Message &)> hook)
    {
        m_onMessageHidden = std::move(hook);
    }

private:
    /// Whether `reporter` can read the subject at all: nobody reports what they cannot see.
    bool canRead(const AuthUser &reporter, const QString &kind, qint64 id);
    bool hideMessage(qint64 messageId);

    Database &m_database;
    ChatService &m_chat;
    std::function<void(const protocol::chat::Message &)> m_onMessageHidden;
};

} // namespace guild::server
