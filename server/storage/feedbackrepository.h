#pragma once

#include "protocol/engagement.h"

#include <QSqlDatabase>

#include <optional>

namespace guild::server {

/// Feedback from members to the admins, and the admins' answers (feedback).
class FeedbackRepository final
{
public:
    explicit FeedbackRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    qint64 insert(qint64 userId, const QString &kind, const QString &body, qint64 now);
    /// The newest first, with who sent each.
    QList<protocol::engagement::Feedback> latest(int limit);
    /// What one member sent, newest first, with the answers.
    QList<protocol::engagement::Feedback> bySender(qint64 userId, int limit);
    std::optional<protocol::engagement::Feedback> find(qint64 id);
    /// Who sent it; nullopt when there is no such feedback.
    std::optional<qint64> senderOf(qint64 id);
    void setAnswer(qint64 id, const QString &answer, qint64 now);

private:
    QSqlDatabase m_db;
};

} // namespace guild::server
