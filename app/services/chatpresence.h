#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>

namespace guild::app {

class ChatConnection;

/// Who is online and who is typing, from the link's ephemeral frames, and the member's own
/// presence (away while Guild is in the background).
class ChatPresence final : public QObject
{
    Q_OBJECT
public:
    explicit ChatPresence(ChatConnection &connection, QObject *parent = nullptr);

    void setMe(qint64 userId) { m_me = userId; }
    /// The app lost or regained the member's attention.
    void setAway(bool away);
    /// The member is typing in `channelId` (call on every edit; the link thins it out).
    void typing(qint64 channelId);
    /// Names of members typing in `channelId` in the last few seconds, sorted.
    QStringList typingIn(qint64 channelId) const;
    /// "online", "away", or "offline" when unknown.
    QString presenceOf(qint64 userId) const;
    /// A message from `userId` arrived in `channelId`: it ends their typing line.
    void messageFrom(qint64 userId, qint64 channelId);

Q_SIGNALS:
    void typingChanged(qint64 channelId);
    void presenceChanged(qint64 userId);

private:
    void expireTypists();

    struct Typist
    {
        qint64 channelId = 0;
        QString name;
        qint64 untilMs = 0;
    };
    ChatConnection &m_connection;
    QHash<qint64, Typist> m_typists; // by user id
    QHash<qint64, QString> m_presence;
    QTimer m_typingExpiry;
    qint64 m_me = 0;
    bool m_away = false;
};

} // namespace guild::app
