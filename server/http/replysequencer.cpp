#include "replysequencer.h"

#include <QTcpSocket>

namespace guild::server {

ReplySequencer::ReplySequencer(QTcpSocket *socket)
    : QObject(socket)
    , m_socket(socket)
{}

ReplySequencer *ReplySequencer::of(QTcpSocket *socket)
{
    if (auto *existing = socket->findChild<ReplySequencer *>(QString(), Qt::FindDirectChildrenOnly)) {
        return existing;
    }
    return new ReplySequencer(socket);
}

void ReplySequencer::complete(quint64 ticket, QByteArray bytes)
{
    m_ready.insert(ticket, std::move(bytes));
    for (auto it = m_ready.begin(); it != m_ready.end() && it.key() == m_written; it = m_ready.erase(it)) {
        m_socket->write(it.value());
        ++m_written;
    }
}

} // namespace guild::server
