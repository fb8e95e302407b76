#pragma once

#include "authuser.h"
#include "protocol/engagement.h"
#include "result.h"

namespace guild::server {

class Database;

/// Feedback from members to the admins (a bug, an idea or other), and the admins' answers, which
/// notify the member.
class FeedbackService final
{
public:
    explicit FeedbackService(Database &database);

    Result<protocol::engagement::Feedback> send(const AuthUser &member, const QString &kind, const QString &body);
    /// Admins: the newest first.
    Result<QList<protocol::engagement::Feedback>> latest(const AuthUser &admin);
    /// What the member sent, with the admins' answers.
    Result<QList<protocol::engagement::Feedback>> mine(const AuthUser &member);
    Result<protocol::engagement::Feedback> answer(const AuthUser &admin, qint64 id, const QString &answer);

private:
    Database &m_database;
};

} // namespace guild::server
