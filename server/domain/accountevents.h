#pragma once

#include <QSqlDatabase>

#include <functional>

namespace guild::server {

namespace sql {
class Transaction;
}

/// News that a member's standing changed (tier, role, signed out, sessions revoked, banned), for
/// whatever keeps live sessions: every chat connection of theirs, on every server process, checks its
/// token and tier again at once instead of trusting what it read at `auth`.
class AccountEvents final
{
public:
    /// Not one member but everyone: what anybody may read changed (a channel made or archived).
    static constexpr qint64 Everyone = 0;

    /// Called inside the transaction that changes `userId`. Other processes hear of it exactly when it
    /// commits (a NOTIFY inside the transaction on PostgreSQL); this process right after the commit,
    /// before the request that made the change is answered.
    void changed(sql::Transaction &tx, qint64 userId) const;

    /// Set once at start-up, before any request: how this process hears (after commit, any thread).
    void setLocal(std::function<void(qint64 userId)> listener) { m_local = std::move(listener); }
    /// Set once at start-up: how other processes hear (inside the transaction).
    void setRemote(std::function<void(QSqlDatabase &tx, qint64 userId)> announce) { m_remote = std::move(announce); }

private:
    std::function<void(qint64)> m_local;
    std::function<void(QSqlDatabase &, qint64)> m_remote;
};

} // namespace guild::server
