#pragma once

#include "authuser.h"
#include "protocol/api/chat.h"
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

struct ChangeOutcome
{
    protocol::chat::Message message;
    /// False when the request asked for what already was (a reaction already there, a second delete):
    /// nothing was stored and nobody needs telling.
    bool changed = false;
};

struct ChangesPage
{
    QList<protocol::chat::Message> messages;
    /// Everything up to this revision has been covered.
    qint64 rev = 0;
    bool hasMore = false;
};

struct DirectOutcome
{
    qint64 channelId = 0;
    qint64 peerId = 0;
};

/// One message to store, as `ChatService::sendMany` takes them.
struct SendRequest
{
    AuthUser user;
    qint64 channelId = 0;
    QString clientId;
    QString body;
    qint64 replyTo = 0;
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
    /// Many sends in one transaction, each in its own savepoint (a refused or failed one takes nothing
    /// with it): one commit for all of them (group commit). Throws if the commit fails.
    QList<Result<SendOutcome>> sendMany(const QList<SendRequest> &sends);
    Result<protocol::HistoryPage> history(const AuthUser &user, qint64 channelId,
                                          const protocol::HistoryRequest &query);
    std::optional<protocol::chat::Message> messageAt(qint64 channelId, qint64 seq);
    std::optional<protocol::chat::Message> messageById(qint64 id);
    /// Only the author edits; deleted messages stay deleted.
    Result<ChangeOutcome> edit(const AuthUser &user, qint64 messageId, const QString &body);
    /// The author or an admin.
    Result<ChangeOutcome> remove(const AuthUser &user, qint64 messageId);
    /// Anyone who can read the channel.
    Result<ChangeOutcome> react(const AuthUser &user, qint64 messageId, const QString &emoji, bool on);
    /// Messages up to `uptoSeq` changed after `afterRev` (what a client that was away missed).
    Result<ChangesPage> changes(const AuthUser &user, qint64 channelId, qint64 afterRev, qint64 uptoSeq);
    /// A thread: its first message followed by its replies.
    Result<QList<protocol::chat::Message>> thread(const AuthUser &user, qint64 rootId);
    QList<protocol::chat::NotifyPref> notifyLevels(const AuthUser &user);
    Result<protocol::chat::NotifyPref> setNotifyLevel(const AuthUser &user, const protocol::chat::NotifyPref &pref);
    /// Called inside the transaction of every edit, delete or reaction that changed something.
    void setOnChange(std::function<void(QSqlDatabase &, const protocol::chat::Message &)> hook);
    /// Inside the transaction that stores a member's notification level: (transaction, user, pref).
    void setOnNotify(std::function<void(QSqlDatabase &, qint64, const protocol::chat::NotifyPref &)> hook);
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

    /// The message if `user` may read its channel; someone else's direct message looks like none.
    Result<protocol::chat::Message> readableMessage(const AuthUser &user, qint64 messageId);
    /// Deletes a message for the moderators (the caller checked they are).
    Result<ChangeOutcome> removeByModerator(qint64 messageId);

private:
    Result<protocol::chat::Channel> readable(const AuthUser &user, qint64 channelId);
    /// Runs `change` on the message in a write transaction; when it reports a change, the message
    /// takes the channel's next revision and the change hook runs.
    template <typename Change>
    Result<ChangeOutcome> change(qint64 messageId, Change change);

    Database &m_database;
    std::function<void(QSqlDatabase &, const protocol::chat::Message &)> m_onAppend;
    std::function<void(QSqlDatabase &, qint64, qint64, qint64)> m_onRead;
    std::function<void(QSqlDatabase &, qint64, qint64, qint64)> m_onDirect;
    std::function<void(QSqlDatabase &, const protocol::chat::Message &)> m_onChange;
    std::function<void(QSqlDatabase &, qint64, const protocol::chat::NotifyPref &)> m_onNotify;
};

} // namespace guild::server
