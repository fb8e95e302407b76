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
        return e.unread();
    case RequiredTierRole:
        return static_cast<int>(e.channel.requiredTier);
    case MentionsRole:
        return e.unread() > 0 ? e.mentions : 0;
    case DirectRole:
        return e.channel.direct;
    case NotifyLevelRole:
        return static_cast<int>(e.level);
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
                  {RequiredTierRole, "requiredTier"},
                  {MentionsRole, "mentions"},
                  {NotifyLevelRole, "notifyLevel"},
                  {DirectRole, "direct"}});
    return names;
}

void ChannelListModel::setChannels(const QList<protocol::chat::Channel> &channels)
{
    // What is already known locally (messages seen, markers set) is kept if it is further along.
    QHash<qint64, Entry> known;
    for (const Entry &e : std::as_const(m_entries)) {
        known.insert(e.channel.id, e);
    }
    beginResetModel();
    m_entries.clear();
    for (const protocol::chat::Channel &c : channels) {
        Entry entry{c};
        if (const auto it = known.constFind(c.id); it != known.cend()) {
            entry.channel.lastSeq = qMax(c.lastSeq, it->channel.lastSeq);
            entry.channel.lastReadSeq = qMax(c.lastReadSeq, it->channel.lastReadSeq);
            entry.level = it->level;
            // Mentions not yet read stay flagged across a reconnect.
            entry.mentions = entry.unread() > 0 ? it->mentions : 0;
        }
        m_entries.append(entry);
    }
    endResetModel();
}

void ChannelListModel::changed(int row)
{
    Q_EMIT dataChanged(index(row), index(row), {UnreadRole, MentionsRole});
}

qint64 ChannelListModel::lastReadSeq(qint64 channelId) const
{
    const int row = rowOf(channelId);
    return row >= 0 ? m_entries.at(row).channel.lastReadSeq : 0;
}

qint64 ChannelListModel::lastSeq(qint64 channelId) const
{
    const int row = rowOf(channelId);
    return row >= 0 ? m_entries.at(row).channel.lastSeq : 0;
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

void ChannelListModel::noteMessage(qint64 channelId, qint64 seq, bool mine)
{
    const int row = rowOf(channelId);
    if (row < 0) {
        return;
    }
    protocol::chat::Channel &c = m_entries[row].channel;
    c.lastSeq = qMax(c.lastSeq, seq);
    if (mine) {
        c.lastReadSeq = qMax(c.lastReadSeq, seq);
    }
    changed(row);
}

void ChannelListModel::setRead(qint64 channelId, qint64 seq)
{
    const int row = rowOf(channelId);
    if (row >= 0 && seq > m_entries[row].channel.lastReadSeq) {
        m_entries[row].channel.lastReadSeq = seq;
        if (m_entries[row].unread() == 0) {
            m_entries[row].mentions = 0;
        }
        changed(row);
    }
}

void ChannelListModel::setNotifyLevel(qint64 channelId, NotifyLevel level)
{
    const int row = rowOf(channelId);
    if (row >= 0 && m_entries[row].level != level) {
        m_entries[row].level = level;
        Q_EMIT dataChanged(index(row), index(row), {NotifyLevelRole});
    }
}

ChannelListModel::NotifyLevel ChannelListModel::notifyLevel(qint64 channelId) const
{
    const int row = rowOf(channelId);
    return row >= 0 ? m_entries.at(row).level : NotifyLevel::All;
}

void ChannelListModel::addChannel(const protocol::chat::Channel &channel)
{
    if (const int row = rowOf(channel.id); row >= 0) {
        // Announced again: an admin renamed it, or changed its topic or tier. Progress stays.
        Entry &entry = m_entries[row];
        entry.channel.name = channel.name;
        entry.channel.topic = channel.topic;
        entry.channel.requiredTier = channel.requiredTier;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    const int row = static_cast<int>(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append({channel});
    endInsertRows();
}

void ChannelListModel::removeChannel(qint64 channelId)
{
    const int row = rowOf(channelId);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
}

QList<protocol::chat::Channel> ChannelListModel::channels() const
{
    QList<protocol::chat::Channel> list;
    for (const Entry &e : m_entries) {
        list.append(e.channel);
    }
    return list;
}

void ChannelListModel::addMention(qint64 channelId)
{
    const int row = rowOf(channelId);
    if (row >= 0) {
        ++m_entries[row].mentions;
        changed(row);
    }
}

} // namespace guild::models
