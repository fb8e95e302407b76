#pragma once

#include "protocol/chat.h"

#include <QObject>
#include <QTimer>

namespace guild::app {

class ChatConnection;
class LocalCache;
struct OutboxEntry;

/// The messages the member typed that the server has not acknowledged yet. Each is written to the
/// cache before it goes on the wire (so it survives a crash or a restart), sent in order with its
/// clientId whenever the link is live, and dropped only on its ack or a final refusal.
class ChatOutbox final : public QObject
{
    Q_OBJECT
public:
    ChatOutbox(ChatConnection &connection, LocalCache &cache, QObject *parent = nullptr);

    /// Who is typing: the sender shown on pending messages.
    void setSender(qint64 userId, const QString &name);
    /// What the cache still held at start.
    void restore(const QList<OutboxEntry> &entries);
    /// Queues a message; nullopt when it is empty or too long (nothing is queued then).
    std::optional<protocol::chat::Message> add(qint64 channelId, const QString &body, qint64 replyTo);
    /// Sends everything queued, in the order typed (after each (re)connect).
    void flush();
    /// The pending messages of one channel, in the order typed.
    QList<protocol::chat::Message> pendingIn(qint64 channelId) const;
    int size() const { return static_cast<int>(m_pending.size()); }

Q_SIGNALS:
    void changed(int pending);
    /// The server stored a pending message: `stored` carries its id and seq.
    void delivered(const guild::protocol::chat::Message &stored);
    /// The server refused a message for good (a closed channel, say); it stays visible as failed.
    void failed(const QString &clientId, const QString &message);

private:
    void onAcknowledged(const QString &clientId, const protocol::chat::Message &stored);
    void onRefused(const QString &clientId, const QString &code, const QString &message, int retryAfter);

    ChatConnection &m_connection;
    LocalCache &m_cache;
    QList<protocol::chat::Message> m_pending; // typed order; mirrors chat_outbox
    qint64 m_userId = 0;
    QString m_userName;
    QTimer m_retryAfterLimit;
};

} // namespace guild::app
