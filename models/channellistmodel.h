#pragma once

#include "protocol/chat.h"

#include <QAbstractListModel>

namespace guild::models {

/// The channels a member can read, with how many messages arrived since they last looked.
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
        RequiredTierRole
    };
    Q_ENUM(Role)

    explicit ChannelListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setChannels(const QList<protocol::chat::Channel> &channels);
    void addUnread(qint64 channelId, int count = 1);
    void clearUnread(qint64 channelId);
    int rowOf(qint64 channelId) const;
    const protocol::chat::Channel *channelAt(int row) const;

private:
    struct Entry
    {
        protocol::chat::Channel channel;
        int unread = 0;
    };
    QList<Entry> m_entries;
};

} // namespace guild::models
