#pragma once

#include "protocol/chat.h"

#include <QAbstractListModel>

namespace guild::models {

/// One channel's conversation: stored messages in seq order, then the member's own messages still
/// on their way (shown as sending, or failed). Merging by seq makes duplicates and out-of-order
/// arrivals harmless.
class ChatMessageModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        BodyRole = Qt::UserRole + 1,
        SenderRole,
        CreatedAtRole,
        SeqRole,
        ClientIdRole,
        StateRole,
        FirstOfGroupRole,
        FirstOfDayRole,
        MineRole,
        SenderIdRole,
        FirstUnreadRole,
        IdRole,
        ReplyToRole,
        /// "Sender: first words" of the message this one answers, when it is loaded.
        ReplyQuoteRole,
        /// The message this one answers was deleted (the quote then has the sender only).
        ReplyQuoteDeletedRole,
        EditedRole,
        DeletedRole,
        /// QVariantList of QVariantMap {emoji, count, mine}, in the order first chosen.
        ReactionsRole,
        /// Loaded replies to this message, when it starts a thread.
        ReplyCountRole,
    };
    Q_ENUM(Role)
    enum class State
    {
        Sent,
        Sending,
        Failed
    };
    Q_ENUM(State)

    struct Row
    {
        protocol::chat::Message message;
        State state = State::Sent;
    };

    explicit ChatMessageModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    qint64 channelId() const { return m_channelId; }
    void setMyUserId(qint64 id) { m_myUserId = id; }
    /// Replaces everything: the channel's stored messages (any order) and its pending ones (typed order).
    /// `hasOlder`: the history goes back further than `stored`; prependOlder() brings in more.
    void reset(qint64 channelId, QList<protocol::chat::Message> stored, const QList<protocol::chat::Message> &pending,
               bool hasOlder = false);
    /// Older messages (any order, all before the oldest shown) go on top.
    void prependOlder(QList<protocol::chat::Message> older, bool hasOlder);
    bool hasOlder() const { return m_hasOlder; }
    /// Marks where unread messages start (a "new" line is drawn above it); 0 for none.
    void setFirstUnreadSeq(qint64 seq);
    /// The row of the first unread message, or -1.
    int firstUnreadRow() const;
    /// The row of the stored message with `seq`, or -1.
    int rowOfSeq(qint64 seq) const;
    /// The loaded message with server id `id`, if any.
    const protocol::chat::Message *messageById(qint64 id) const;
    qint64 oldestSeq() const { return m_storedCount > 0 ? m_rows.first().message.seq : 0; }
    /// A stored message arrived (new, resent history, or the ack of a pending one): inserted by seq once;
    /// a copy with a newer revision replaces the one shown.
    void upsert(const protocol::chat::Message &message);
    /// A message was edited, deleted or reacted to: replaces it if it is loaded and `message` is newer.
    void update(const protocol::chat::Message &message);
    void addPending(const protocol::chat::Message &message);
    void markFailed(const QString &clientId);
    int pendingCount() const { return static_cast<int>(m_rows.size() - m_storedCount); }

private:
    qsizetype pendingIndex(const QString &clientId) const;
    /// Replaces the stored row and refreshes it and the rows quoting it.
    void replaceRow(int row, const protocol::chat::Message &message);
    void countReply(const protocol::chat::Message &message);
    const protocol::chat::Message *previous(int row) const;

    qint64 m_channelId = 0;
    qint64 m_myUserId = 0;
    QList<Row> m_rows; // [0, m_storedCount) stored by seq; then pending in typed order
    qsizetype m_storedCount = 0;
    bool m_hasOlder = false;
    qint64 m_firstUnreadSeq = 0;
    QHash<qint64, int> m_replyCounts; // thread root id -> loaded replies
};

} // namespace guild::models
