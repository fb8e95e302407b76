#pragma once

#include "domain/chatservice.h"

#include <QList>
#include <QMutex>

#include <functional>
#include <memory>
#include <optional>

namespace guild::server {

/// Group commit for chat messages: a send waits while the one before it commits, and the first of those
/// waiting then stores all of them in one transaction (ChatService::sendMany), so a busy channel pays one
/// commit, and on SQLite one full-text segment, per group instead of per message. Each caller still gets
/// its own answer only once its message is committed, and messages reach `fanOut` in commit order.
class SendGroup final
{
public:
    /// `order` is held while a group is stored and fanned out (edits and deletes take it too).
    SendGroup(ChatService &chat, QMutex &order, std::function<void(const protocol::chat::Message &)> fanOut);

    /// Blocks (on a worker thread) until this message's group has committed.
    Result<SendOutcome> send(const SendRequest &request);

    /// At most this many sends in one transaction: a long queue is committed in several.
    static constexpr int GroupMax = 256;

private:
    struct Pending
    {
        SendRequest request;
        std::optional<Result<SendOutcome>> result;
    };
    void storeNextGroup();

    ChatService &m_chat;
    QMutex &m_order;
    std::function<void(const protocol::chat::Message &)> m_fanOut;
    QMutex m_queueMutex; ///< guards m_queue only, so new sends queue up while a group commits
    QList<std::shared_ptr<Pending>> m_queue;
};

} // namespace guild::server
