#pragma once

#include "protocol/chat.h"
#include "revisiontracker.h"

#include <QObject>
#include <QRegularExpression>
#include <QTimer>

namespace guild::models {
class ChannelListModel;
class ChatMessageModel;
} // namespace guild::models

namespace guild::app {

class ChatConnection;
class LocalCache;

/// Chat for the UI: keeps the cache, the connection and the models in step. Every message the member
/// types goes to the outbox in the cache first (so it survives a crash or a restart), shows as sending,
/// and is sent whenever the link is live, in order, with its clientId, until the server acknowledges it.
/// After every (re)connect it resumes each channel from the end of its unbroken history.
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

    /// Loads the cached channels and outbox, then connects.
    void start(qint64 myUserId, const QString &myName);
    /// The member's username: messages with "@username" in them are mentions.
    void setMentionName(const QString &username);
    bool mentions(const QString &body) const;
    /// 0 all messages, 1 mentions only, 2 muted; shared with the member's other devices through the
    /// server (set while offline, it is sent on the next connect).
    void setNotifyLevel(qint64 channelId, int level);
    /// The same for one thread (threadId: its first message); a thread's level wins over its channel's.
    void setThreadNotifyLevel(qint64 channelId, qint64 threadId, int level);
    /// The thread's own level, if the member chose one.
    std::optional<int> threadNotifyLevel(qint64 threadId) const;
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
    int outboxSize() const { return static_cast<int>(m_outbox.size()); }
    /// The member is typing in the open channel (call on every edit; the link thins it out).
    void typingInOpenChannel();
    /// The app lost or regained the member's attention.
    void setAway(bool away);
    /// Names of members typing in `channelId` in the last few seconds.
    QStringList typingIn(qint64 channelId) const;
    /// "online", "away", or "offline" when unknown.
    QString presenceOf(qint64 userId) const { return m_presence.value(userId, QStringLiteral("offline")); }

Q_SIGNALS:
    void outboxChanged(int pending);
    /// The member wrote a message (it is in the outbox, on its way).
    void messageWritten(qint64 channelId);
    void linkChanged(guild::app::ChatService::Link link);
    void typingChanged(qint64 channelId);
    void presenceChanged(qint64 userId);
    /// The open channel's messages are loaded: the view shows `focusSeq` if set, else the first unread one.
    void channelOpened(qint64 channelId, qint64 focusSeq);
    void searchFinished(const QString &text, const QList<guild::protocol::chat::Message> &results);
    /// A direct conversation the member asked for is ready (or someone opened one with them).
    void directOpened(qint64 channelId, bool requestedHere);
    void requestFailed(const QString &message);
    /// A channel left the member's list because they can no longer read it.
    void channelClosed(qint64 channelId, const QString &name);
    /// A live message from someone else that the channel's notification level says to announce
    /// (every message, or only mentions; never for a muted channel).
    void notificationWanted(const guild::protocol::chat::Message &message, const QString &channelName, bool mention);
    void channelsLoaded();
    void threadLoaded(qint64 rootId, const QList<guild::protocol::chat::Message> &messages);
    /// A message changed (edited, deleted, reacted to): open thread views refresh from this.
    void messageChanged(const guild::protocol::chat::Message &message);
    void notifyLevelsChanged();
    /// A message could not be delivered for good (the channel is closed to the member, say).
    void deliveryFailed(const QString &message);

private:
    void onReady(const QList<protocol::chat::Channel> &channels, const QList<protocol::chat::NotifyPref> &levels);
    void onMessages(const QList<protocol::chat::Message> &messages, bool live);
    void onChanges(qint64 channelId, const QList<protocol::chat::Message> &messages, qint64 rev, bool hasMore);
    void onUpdated(const protocol::chat::Message &message);
    void applyNotifyLevel(const protocol::chat::NotifyPref &pref);
    void setLevel(const protocol::chat::NotifyPref &pref);
    /// Whether a live message from someone else should be announced, by its thread's or channel's level.
    bool wantsNotification(const protocol::chat::Message &message, bool mention) const;
    /// Persists the channel's revision mark when it moved.
    void noteRevision(qint64 channelId, qint64 rev);
    QString describeError(const QString &code, const QString &fallback) const;
    void flushOutbox();
    /// Loads the channel's window into the message model (see openChannel / openChannelAt).
    void load(qint64 channelId, qint64 focusSeq);
    /// The open channel is being looked at up to its newest message: tell the server (debounced).
    void markOpenChannelRead();
    void resumeAll(const QList<protocol::chat::Channel> &channels);

    ChatConnection &m_connection;
    LocalCache &m_cache;
    models::ChannelListModel &m_channels;
    models::ChatMessageModel &m_messages;
    QList<protocol::chat::Message> m_outbox; // typed order; mirrors chat_outbox
    qint64 m_myUserId = 0;
    QString m_myName;
    QTimer m_retryAfterLimit;
    QTimer m_readDebounce;
    QTimer m_typingExpiry;
    struct Typist
    {
        qint64 channelId = 0;
        QString name;
        qint64 untilMs = 0;
    };
    QHash<qint64, Typist> m_typists; // by user id
    QHash<qint64, QString> m_presence;
    bool m_away = false;
    bool m_loadingOlder = false;
    QString m_pendingDirect; // username asked for with openDirect, until its channel arrives
    RevisionTracker m_revisions;
    QHash<qint64, int> m_threadLevels;                 // thread root id -> level
    QList<protocol::chat::NotifyPref> m_pendingLevels; // set while offline, sent on connect
    QRegularExpression m_mention;
    QString m_mentionName;
    Link m_link = Link::Offline;
};

} // namespace guild::app
