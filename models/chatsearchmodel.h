#pragma once

#include "protocol/chat.h"

#include <QAbstractListModel>
#include <QHash>

namespace guild::models {

/// Results of a search through cached chat messages, newest first.
class ChatSearchModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        ChannelIdRole = Qt::UserRole + 1,
        SeqRole,
        SenderRole,
        BodyRole,
        ChannelNameRole
    };
    Q_ENUM(Role)

    explicit ChatSearchModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setResults(const QList<protocol::chat::Message> &results, const QHash<qint64, QString> &channelNames);

private:
    QList<protocol::chat::Message> m_results;
    QHash<qint64, QString> m_channelNames;
};

} // namespace guild::models
