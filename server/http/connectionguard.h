#pragma once

#include "requestheadreader.h"

#include <QSslServer>
#include <QTcpServer>

namespace guild::server {

/// Transport limits Qt HttpServer 6.4 lacks: it buffers any body whole before a handler runs. The
/// guard reads each request head as it arrives, ahead of the HTTP parser, and answers 413 (body over
/// the cap), 431 (head over the cap) or 411 (chunked, unbounded) before the body is buffered, then
/// closes the connection.
class ConnectionGuard final : public QObject
{
    Q_OBJECT
public:
    using Limits = RequestHeadReader::Limits;
    static void attach(QTcpSocket *socket, Limits limits);

private:
    ConnectionGuard(QTcpSocket *socket, Limits limits);
    void onReadyRead();
    void reject(int status, QByteArrayView reason, QLatin1StringView code, const QString &message);

    QTcpSocket *m_socket;
    RequestHeadReader m_reader;
    qint64 m_drainRemaining = 0;
    bool m_rejected = false;
};

/// A plain TCP listener whose connections carry a ConnectionGuard.
class GuardedTcpServer final : public QTcpServer
{
public:
    GuardedTcpServer(ConnectionGuard::Limits limits, QObject *parent)
        : QTcpServer(parent)
        , m_limits(limits)
    {}
    QTcpSocket *nextPendingConnection() override;

private:
    ConnectionGuard::Limits m_limits;
};

/// The TLS listener counterpart of GuardedTcpServer.
class GuardedSslServer final : public QSslServer
{
public:
    GuardedSslServer(ConnectionGuard::Limits limits, QObject *parent)
        : QSslServer(parent)
        , m_limits(limits)
    {}
    QTcpSocket *nextPendingConnection() override;

private:
    ConnectionGuard::Limits m_limits;
};

} // namespace guild::server
