#pragma once

#include "protocol/chat.h"

#include <QSqlDatabase>

namespace guild::app {

/// A message typed on this computer that the server has not acknowledged yet.
struct OutboxEntry
{
    QString clientId;
    qint64 channelId = 0;
    QString body;
    qint64 replyTo = 0;
    QDateTime queuedAt;
};

/// Cached chat: channels, messages and the outbox. Runs only on the LocalCache worker thread.
class ChatStore final
{
public:
    explicit ChatStore(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    bool saveChannels(const QList<protocol::chat::Channel> &channels);
    QList<protocol::chat::Channel> channels();
    bool setReadMarker(qint64 channelId, qint64 seq);
    /// Per channel: 0 all messages, 1 mentions only, 2 muted (a choice of this device).
    QHash<qint64, int> notifyLevels();
    bool setNotifyLevel(qint64 channelId, int level);
    bool storeMessages(const QList<protocol::chat::Message> &messages);
    /// The newest `limit` messages before `beforeSeq` (0: the very newest), oldest first.
    QList<protocol::chat::Message> messages(qint64 channelId, qint64 beforeSeq = 0, int limit = 500);
    /// The seq to resume from: the end of the first unbroken run of stored messages (0 when none).
    qint64 resumePoint(qint64 channelId);
    qint64 lastStoredSeq(qint64 channelId);
    /// Cached messages matching `text` (words of 3+ characters through FTS, shorter ones by substring), newest first.
    QList<protocol::chat::Message> search(const QString &text, int limit);

    bool enqueue(const OutboxEntry &entry);
    bool dequeue(const QString &clientId);
    /// In the order typed.
    QList<OutboxEntry> outbox();

private:
    QSqlDatabase m_db;
};

} // namespace guild::app
