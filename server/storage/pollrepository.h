#pragma once

#include "protocol/api/articles.h"

#include <QSqlDatabase>

#include <optional>

namespace guild::server {

/// Polls attached to articles and the members' votes on them.
class PollRepository final
{
public:
    explicit PollRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    bool exists(qint64 articleId);
    void insert(qint64 articleId, const protocol::PollDraft &draft, qint64 now);
    /// The poll with its counts and `viewerId`'s choices; `now` decides whether it is closed.
    std::optional<protocol::Poll> find(qint64 articleId, qint64 viewerId, qint64 now);
    /// Replaces the member's choices (empty withdraws the vote). Call inside a transaction.
    void replaceVote(qint64 articleId, qint64 userId, const QList<int> &choices, qint64 now);

private:
    QSqlDatabase m_db;
};

} // namespace guild::server
