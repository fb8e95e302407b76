#pragma once

#include "chatnotifications.h"
#include "chatoutbox.h"
#include "chatpresence.h"
#include "protocol/chat.h"
#include "revisiontracker.h"

#include <QObject>
#include <QTimer>

namespace guild::models {
class ChannelListModel;
class ChatMessageModel;
} // namespace guild::models

namespace guild::app {

class ChatConnection;
class LocalCache;

/// Chat's channels for the UI: keeps the cache, the connection and the channel and message models in
/// step, and resumes each channel from the end of its unbroken history after every (re)connect. What
/// the member types waits in its outbox(); presence() and notifications() hold the rest.
class ChatService final : public QObject
{
    Q_OBJECT
public:
    ChatService(ChatConnection &connection, LocalCache &cache, models::ChannelListModel &channels,
                models::ChatMessageModel &messages, QObject *parent = nullptr);

    enum class Link
    {
        Offline,
        Connecting,
        Live
    };
    Q_ENUM(Link)
    Link link() const { return m_link; }

    ChatOutbox &outbox() { return m_outbox; }
    const ChatOutbox &outbox() const { return m_outbox; }
    ChatPresence &presence() { return m_presence; }
    const ChatPresence &presence() const { return m_presence; }
    ChatNotifications &notifications() { return m_notifications; }
    const ChatNotifications &notifications() const { return m_notifications; }

    /// Loads the cached channels and outbox, then connects.
    void start(qint64 myUserId, const QString &myName);
    /// Changes to sent messages need the link (they are not queued): false, and nothing sent, offline.
    bool editMessage(qint64 messageId, const QString &body);
    bool deleteMessage(qint64 messageId);
    /// Adds the member's `emoji` to the message (`on`), or takes it back.
    bool setReaction(qint64 messageId, const QString &emoji, bool on);
    /// Loads a thread (its first message and the replies in the cache); answers with threadLoaded.
    void loadThread(qint64 rootId);
    /// Opens (creating on first use) the direct conversation with the member called `username`.
    void openDirect(const QString &username);
    void stop();
    /// The lease ran out: channels above `open` leave the list (their messages left the cache).
    void closeAbove(protocol::Tier open);
    void openChannel(qint64 channelId);
    /// Opens a channel with `seq` loaded and asks the view to show it (a search result, say).
    void openChannelAt(qint64 channelId, qint64 seq);
    /// Searches the cached messages of every channel; answers with searchFinished.
    void search(const QString &text);
    /// Brings older cached messages of the open channel into view (the member scrolled to the top).
    void loadOlder();
    qint64 openChannelId() const;
    /// Queues a message; false when it is empty or too long (nothing is queued then).
    bool sendMessage(qint64 channelId, const QString &body, qint64 replyTo = 0);

Q_SIGNALS:
    /// The member wrote a message (it is in the outbox, on its way).
    void messageWritten(qint64 channelId);
    void linkChanged(guild::app::ChatService::Link link);
    /// The open channel's messages are loaded: the view shows `focusSeq` if set, else the first unread one.
    void channelOpened(qint64 channelId, qint64 focusSeq);
    void searchFinished(const QString &text, const QList<guild::protocol::chat::Message> &results);
    /// A direct conversation the member asked for is ready (or someone opened one with them).
    void directOpened(qint64 channelId, bool requestedHere);
    void requestFailed(const QString &message);
    /// A channel left the member's list because they can no longer read it.
    void channelClosed(qint64 channelId, const QString &name);
    void channelsLoaded();
    void threadLoaded(qint64 rootId, const QList<guild::protocol::chat::Message> &messages);
    /// A message changed (edited, deleted, reacted to): open thread views refresh from this.
    void messageChanged(const guild::protocol::chat::Message &message);
    /// A message could not be delivered for good (the channel is closed to the member, say).
    void deliveryFailed(const QString &message);

private:
    void onReady(const QList<protocol::chat::Channel> &channels, const QList<protocol::chat::NotifyPref> &levels);
    void onMessages(const QList<protocol::chat::Message> &messages, bool live);
    void onChanges(qint64 channelId, const QList<protocol::chat::Message> &messages, qint64 rev, bool hasMore);
    void onUpdated(const protocol::chat::Message &message);
    /// Persists the channel's revision mark when it moved.
    void noteRevision(qint64 channelId, qint64 rev);
    /// Loads the channel's window into the message model (see openChannel / openChannelAt).
    void load(qint64 channelId, qint64 focusSeq);
    /// The open channel is being looked at up to its newest message: tell the server (debounced).
    void markOpenChannelRead();
    void resumeAll(const QList<protocol::chat::Channel> &channels);
    /// Takes a channel out of the list, and out of view if it is open.
    void dropChannel(qint64 channelId);

    ChatConnection &m_connection;
    LocalCache &m_cache;
    models::ChannelListModel &m_channels;
    models::ChatMessageModel &m_messages;
    ChatOutbox m_outbox;
    ChatPresence m_presence;
    ChatNotifications m_notifications;
    qint64 m_myUserId = 0;
    QTimer m_readDebounce;
    bool m_loadingOlder = false;
    QString m_pendingDirect; // username asked for with openDirect, until its channel arrives
    RevisionTracker m_revisions;
    Link m_link = Link::Offline;
};

} // namespace guild::app
