#pragma once

#include <QMap>
#include <QObject>

class QTcpSocket;

namespace guild::server {

/// Keeps replies on one connection in request order. Handlers finish on worker threads in any order;
/// a client that pipelines requests on a keep-alive connection must still get its answers in sequence.
class ReplySequencer final : public QObject
{
    Q_OBJECT
public:
    /// The sequencer of `socket`, created on first use and owned by the socket.
    static ReplySequencer *of(QTcpSocket *socket);

    quint64 reserve() { return m_next++; }
    /// Writes `bytes` once every earlier reservation on this connection has been written.
    void complete(quint64 ticket, QByteArray bytes);

private:
    explicit ReplySequencer(QTcpSocket *socket);

    QTcpSocket *m_socket;
    quint64 m_next = 0;
    quint64 m_written = 0;
    QMap<quint64, QByteArray> m_ready;
};

} // namespace guild::server
