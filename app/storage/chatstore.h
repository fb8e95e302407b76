#pragma once

#include "models/searchresultmodel.h"
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
    /// A lapsed lease: channels above `open` leave, with their messages (and so the index); the next
    /// channel list brings back what the member may read. The number of messages removed, or nothing.
    std::optional<int> closeAbove(protocol::Tier open);
    bool setReadMarker(qint64 channelId, qint64 seq);
    /// The member's notification levels per channel (threadId 0) and per thread, as the server last said.
    QList<protocol::chat::NotifyPref> notifyPrefs();
    bool setNotifyPref(const protocol::chat::NotifyPref &pref);
    bool replaceNotifyPrefs(const QList<protocol::chat::NotifyPref> &prefs);
    /// Per channel: the revision up to which every change has been applied here (absent: never synced).
    QHash<qint64, qint64> revisions();
    bool setRevision(qint64 channelId, qint64 rev);
    bool hasMessages(qint64 channelId);
    /// New messages are inserted once; known ones take the state of a newer revision.
    bool storeMessages(const QList<protocol::chat::Message> &messages);
    /// Edited, deleted or reacted-to messages: replaces those stored here with an older revision.
    bool applyChanges(const QList<protocol::chat::Message> &messages);
    /// Bodies of unread messages from others that contain `needle` (the caller checks for a real
    /// mention), with their channel: mention badges survive a restart.
    QList<std::pair<qint64, QString>> unreadContaining(qint64 myUserId, const QString &needle);
    /// A thread's first message and its stored replies, by seq.
    QList<protocol::chat::Message> thread(qint64 rootId);
    /// The newest `limit` messages before `beforeSeq` (0: the very newest), oldest first.
    QList<protocol::chat::Message> messages(qint64 channelId, qint64 beforeSeq = 0, int limit = 500);
    /// The seq to resume from: the end of the first unbroken run of stored messages (0 when none).
    qint64 resumePoint(qint64 channelId);
    qint64 lastStoredSeq(qint64 channelId);
    /// Cached messages matching `text` (words of 3+ characters through FTS, shorter ones by substring), newest first.
    /// The search box's message hits: best first (recent ahead), each with its matched passage.
    QList<models::SearchHit> hits(const QString &typed, int limit, const models::SearchFilter &filter = {});
    QList<protocol::chat::Message> search(const QString &text, int limit);

    bool enqueue(const OutboxEntry &entry);
    bool dequeue(const QString &clientId);
    /// In the order typed.
    QList<OutboxEntry> outbox();

private:
    /// Applies a newer state of a stored message: true if it did, false if none, nullopt on failure.
    std::optional<bool> applyChange(const protocol::chat::Message &message);

    QSqlDatabase m_db;
};

} // namespace guild::app
