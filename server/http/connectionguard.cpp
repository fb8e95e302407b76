#include "connectionguard.h"

#include "protocol/apierror.h"
#include "protocol/errorcodes.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcAccess)

namespace guild::server {

using namespace protocol;

namespace {
constexpr int DrainTimeoutMs = 10000;
} // namespace

void ConnectionGuard::attach(QTcpSocket *socket, Limits limits)
{
    new ConnectionGuard(socket, limits); // owned by the socket
}

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, Limits limits)
    : QObject(socket)
    , m_socket(socket)
    , m_reader(limits)
{
    // Connected before QHttpServer's own slot (it connects after nextPendingConnection returns), so
    // the guard sees every byte first, with peek(), and can consume a rejected request whole.
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
}

void ConnectionGuard::onReadyRead()
{
    if (m_rejected) {
        m_drainRemaining -= m_socket->readAll().size();
        if (m_drainRemaining <= 0) {
            m_socket->disconnectFromHost();
        }
        return;
    }
    const RequestHeadReader::Verdict verdict = m_reader.feed(m_socket->peek(m_socket->bytesAvailable()));
    switch (verdict.kind) {
    case RequestHeadReader::Verdict::Kind::Continue:
        return;
    case RequestHeadReader::Verdict::Kind::Upgrade:
        disconnect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
        return;
    case RequestHeadReader::Verdict::Kind::Reject:
        m_drainRemaining = verdict.drainBytes;
        reject(verdict.status, verdict.reason, verdict.code, verdict.message);
        return;
    }
}

void ConnectionGuard::reject(int status, QByteArrayView reason, QLatin1StringView code, const QString &message)
{
    m_rejected = true;
    const QByteArray body =
        QJsonDocument(ApiError{status, QString(code), message}.toJson()).toJson(QJsonDocument::Compact);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason.toByteArray() +
                          "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
                          "\r\nConnection: close\r\n\r\n" + body;
    m_socket->readAll(); // consumed here, so the HTTP parser never sees the rejected request
    m_socket->write(response);
    qCInfo(lcAccess).noquote() << u"method=- path=- status=%1 ip=%2 rejected=%3"_s.arg(status).arg(
        m_socket->peerAddress().toString(), QString(code));
    if (m_drainRemaining <= 0) {
        m_socket->disconnectFromHost();
    } else {
        // Never wait on a slow uploader for long.
        QTimer::singleShot(DrainTimeoutMs, m_socket, [socket = m_socket] { socket->abort(); });
    }
}

QTcpSocket *GuardedTcpServer::nextPendingConnection()
{
    QTcpSocket *socket = QTcpServer::nextPendingConnection();
    if (socket) {
        ConnectionGuard::attach(socket, m_limits);
    }
    return socket;
}

QTcpSocket *GuardedSslServer::nextPendingConnection()
{
    QTcpSocket *socket = QSslServer::nextPendingConnection();
    if (socket) {
        ConnectionGuard::attach(socket, m_limits);
    }
    return socket;
}

} // namespace guild::server
