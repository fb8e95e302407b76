#pragma once

#include "authuser.h"
#include "protocol/chat.h"
#include "result.h"

#include <QSqlDatabase>

#include <functional>

namespace guild::server {

class Database;

struct SendOutcome
{
    protocol::chat::Message message;
    /// True when this clientId had been stored before: the original is returned, nothing new stored.
    bool duplicate = false;
};

struct DirectOutcome
{
    qint64 channelId = 0;
    qint64 peerId = 0;
};

struct HistoryQuery
{
    /// Set: messages after this seq, oldest first (resume). Unset: the newest before `before`.
    std::optional<qint64> after;
    /// 0: no upper bound.
    qint64 before = 0;
    int limit = 50;
};

struct HistoryPage
{
    QList<protocol::chat::Message> messages;
    bool hasMore = false;
};

/// Chat rules without any transport: who may read and post where, exactly-once storage by clientId,
/// per-channel sequence numbers, history paging.
class ChatService final
{
public:
    explicit ChatService(Database &database);

    QList<protocol::chat::Channel> readableChannels(const AuthUser &user);
    Result<SendOutcome> send(const AuthUser &user, qint64 channelId, const QString &clientId, const QString &body,
                             qint64 replyTo);
    Result<HistoryPage> history(const AuthUser &user, qint64 channelId, const HistoryQuery &query);
    std::optional<protocol::chat::Message> messageAt(qint64 channelId, qint64 seq);
    /// The direct conversation between `user` and the member called `username`, opened on first use.
    Result<DirectOutcome> openDirect(const AuthUser &user, const QString &username);
    /// A channel as `viewerId` sees it (a direct one is named after the other member), with their marker.
    std::optional<protocol::chat::Channel> channelFor(qint64 viewerId, qint64 channelId);
    /// Inside the transaction that opens a direct channel: (transaction, channel, member a, member b).
    void setOnDirect(std::function<void(QSqlDatabase &, qint64, qint64, qint64)> hook);
    /// Records that `user` has read `channelId` up to `seq` (clamped to what exists); returns the marker.
    Result<qint64> markRead(const AuthUser &user, qint64 channelId, qint64 seq);
    /// Called inside the send transaction once a new message has its seq (PostgreSQL NOTIFY goes here,
    /// so it is delivered exactly when the message commits).
    void setOnAppend(std::function<void(QSqlDatabase &, const protocol::chat::Message &)> hook);
    /// Likewise for read markers: (transaction, user, channel, marker).
    void setOnRead(std::function<void(QSqlDatabase &, qint64, qint64, qint64)> hook);

    static bool isValidClientId(const QString &clientId);

private:
    Result<protocol::chat::Channel> readable(const AuthUser &user, qint64 channelId);

    Database &m_database;
    std::function<void(QSqlDatabase &, const protocol::chat::Message &)> m_onAppend;
    std::function<void(QSqlDatabase &, qint64, qint64, qint64)> m_onRead;
    std::function<void(QSqlDatabase &, qint64, qint64, qint64)> m_onDirect;
};

} // namespace guild::server
