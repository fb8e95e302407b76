#pragma once

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace guild::test {

/// A TCP proxy in front of a test server that can lose answers: after dropAnswers(n), the server's next
/// n answers are cut after their first bytes and the client's connection closed, as when a network fails
/// after the server has done the work. The client cannot tell that from a request that never arrived.
class LossyProxy
{
public:
    explicit LossyProxy(quint16 upstreamPort)
        : m_upstreamPort(upstreamPort)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { accept(); });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    void dropAnswers(int count) { m_drop = count; }
    int dropped() const { return m_dropped; }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client); // goes with the client's connection
            upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
            QObject::connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
                upstream->write(client->readAll()); // buffered until connected
            });
            QObject::connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream] {
                const QByteArray data = upstream->readAll();
                if (m_drop <= 0) {
                    client->write(data);
                    return;
                }
                --m_drop;
                ++m_dropped;
                // A few bytes, so the client cannot mistake it for a connection that never got through.
                client->write(data.left(5));
                client->disconnectFromHost();
                upstream->abort();
            });
            QObject::connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        }
    }

    QTcpServer m_server;
    quint16 m_upstreamPort;
    int m_drop = 0;
    int m_dropped = 0;
};

} // namespace guild::test
