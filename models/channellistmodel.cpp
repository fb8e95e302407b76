#include "channellistmodel.h"

namespace guild::models {

ChannelListModel::ChannelListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int ChannelListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant ChannelListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return e.channel.name;
    case Qt::ToolTipRole:
    case TopicRole:
        return e.channel.topic;
    case IdRole:
        return e.channel.id;
    case UnreadRole:
        return e.unread;
    case RequiredTierRole:
        return static_cast<int>(e.channel.requiredTier);
    default:
        return {};
    }
}

QHash<int, QByteArray> ChannelListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "channelId"},
                  {NameRole, "name"},
                  {TopicRole, "topic"},
                  {UnreadRole, "unread"},
                  {RequiredTierRole, "requiredTier"}});
    return names;
}

void ChannelListModel::setChannels(const QList<protocol::chat::Channel> &channels)
{
    QHash<qint64, int> unread;
    for (const Entry &e : std::as_const(m_entries)) {
        unread.insert(e.channel.id, e.unread);
    }
    beginResetModel();
    m_entries.clear();
    for (const auto &c : channels) {
        m_entries.append({c, unread.value(c.id)});
    }
    endResetModel();
}

int ChannelListModel::rowOf(qint64 channelId) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).channel.id == channelId) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

const protocol::chat::Channel *ChannelListModel::channelAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row).channel : nullptr;
}

void ChannelListModel::addUnread(qint64 channelId, int count)
{
    const int row = rowOf(channelId);
    if (row >= 0) {
        m_entries[row].unread += count;
        Q_EMIT dataChanged(index(row), index(row), {UnreadRole});
    }
}

void ChannelListModel::clearUnread(qint64 channelId)
{
    const int row = rowOf(channelId);
    if (row >= 0 && m_entries[row].unread != 0) {
        m_entries[row].unread = 0;
        Q_EMIT dataChanged(index(row), index(row), {UnreadRole});
    }
}

} // namespace guild::models
