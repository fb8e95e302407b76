#include "chatsearchmodel.h"

using namespace Qt::StringLiterals;

namespace guild::models {

ChatSearchModel::ChatSearchModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int ChatSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_results.size());
}

QVariant ChatSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const protocol::chat::Message &m = m_results.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return u"#%1 · %2: %3"_s.arg(m_channelNames.value(m.channelId), m.senderName, m.body.simplified().left(160));
    case Qt::ToolTipRole:
    case BodyRole:
        return m.body;
    case ChannelIdRole:
        return m.channelId;
    case SeqRole:
        return m.seq;
    case SenderRole:
        return m.senderName;
    case ChannelNameRole:
        return m_channelNames.value(m.channelId);
    default:
        return {};
    }
}

QHash<int, QByteArray> ChatSearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{ChannelIdRole, "channelId"},
                  {SeqRole, "seq"},
                  {SenderRole, "sender"},
                  {BodyRole, "body"},
                  {ChannelNameRole, "channelName"}});
    return names;
}

void ChatSearchModel::setResults(const QList<protocol::chat::Message> &results,
                                 const QHash<qint64, QString> &channelNames)
{
    beginResetModel();
    m_results = results;
    m_channelNames = channelNames;
    endResetModel();
}

} // namespace guild::models
