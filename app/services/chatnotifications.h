#pragma once

#include "protocol/chat.h"

#include <QHash>
#include <QObject>
#include <QRegularExpression>

namespace guild::app {

class ChatConnection;
class LocalCache;

/// Which live messages the member wants to hear about: mentions of their name, direct messages, and
/// the notification level of each channel and thread. Levels live on the server so all of a
/// member's devices share them; one chosen offline is kept here and sent on the next connect.
class ChatNotifications final : public QObject
{
    Q_OBJECT
public:
    using Level = protocol::chat::NotifyLevel;

    ChatNotifications(ChatConnection &connection, LocalCache &cache, QObject *parent = nullptr);

    /// The member's username: messages with "@username" in them are mentions.
    void setMentionName(const QString &username);
    /// "@username", or empty before sign-in.
    QString mentionNeedle() const;
    bool mentions(const QString &body) const;

    void setChannelLevel(qint64 channelId, Level level);
    /// A thread's own level (threadId: its first message) wins over its channel's.
    void setThreadLevel(qint64 channelId, qint64 threadId, Level level);
    Level channelLevel(qint64 channelId) const;
    /// The thread's own level, if the member chose one.
    std::optional<Level> threadLevel(qint64 threadId) const;

    /// The levels the cache held at start.
    void restore(const QList<protocol::chat::NotifyPref> &cached);
    /// The server's levels on (re)connect: they replace ours, then what was chosen here while
    /// offline is sent and goes on top. Returns the member's levels now.
    QList<protocol::chat::NotifyPref> adopt(const QList<protocol::chat::NotifyPref> &server);

    /// A live message from someone else arrived in `channel`: announces it if its thread's or
    /// channel's level asks for it. True when it is addressed to the member (a mention, or any
    /// message in a direct conversation).
    bool consider(const protocol::chat::Message &message, const protocol::chat::Channel *channel);

Q_SIGNALS:
    /// A channel's (threadId 0) or a thread's level changed, here or on another device.
    void levelChanged(const guild::protocol::chat::NotifyPref &pref);
    /// A live message the member's levels say to announce (never for a muted channel).
    void notificationWanted(const guild::protocol::chat::Message &message, const QString &channelName, bool mention);

private:
    void setLevel(const protocol::chat::NotifyPref &pref);
    void apply(const protocol::chat::NotifyPref &pref);

    ChatConnection &m_connection;
    LocalCache &m_cache;
    QHash<qint64, Level> m_channelLevels;        // absent: All
    QHash<qint64, Level> m_threadLevels;         // thread root id -> level
    QList<protocol::chat::NotifyPref> m_pending; // set while offline, sent on connect
    QRegularExpression m_mention;
    QString m_mentionName;
};

} // namespace guild::app
