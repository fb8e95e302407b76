#pragma once

#include "protocol/chat.h"

#include <QAbstractListModel>

namespace guild::models {

/// The channels a member can read, with how many messages they have not read: the channel's last seq
/// minus the member's read marker, which the server keeps in step across the member's devices.
class ChannelListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        NameRole,
        TopicRole,
        UnreadRole,
        RequiredTierRole,
        DirectRole,
        MentionsRole,
        NotifyLevelRole
    };
    using NotifyLevel = protocol::chat::NotifyLevel;
    Q_ENUM(Role)

    explicit ChannelListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setChannels(const QList<protocol::chat::Channel> &channels);
    /// A message with `seq` exists in the channel; the member's own messages count as read.
    void noteMessage(qint64 channelId, qint64 seq, bool mine);
    /// The member's read marker for the channel (never moves back).
    void setRead(qint64 channelId, qint64 seq);
    /// A message mentioning the member arrived; cleared when the channel is read to its end.
    void addMention(qint64 channelId);
    /// Adds a channel at the end if it is not listed yet.
    /// Adds the channel, or takes its new name, topic and tier when it is already listed.
    void addChannel(const protocol::chat::Channel &channel);
    /// Takes a channel the member can no longer read off the list.
    void removeChannel(qint64 channelId);
    QList<protocol::chat::Channel> channels() const;
    void setNotifyLevel(qint64 channelId, NotifyLevel level);
    NotifyLevel notifyLevel(qint64 channelId) const;
    qint64 lastSeq(qint64 channelId) const;
    qint64 lastReadSeq(qint64 channelId) const;
    int rowOf(qint64 channelId) const;
    const protocol::chat::Channel *channelAt(int row) const;

private:
    struct Entry
    {
        protocol::chat::Channel channel;
        int mentions = 0;
        NotifyLevel level = NotifyLevel::All;
        int unread() const { return static_cast<int>(qMax<qint64>(0, channel.lastSeq - channel.lastReadSeq)); }
    };
    void changed(int row);
    QList<Entry> m_entries;
};

} // namespace guild::models
