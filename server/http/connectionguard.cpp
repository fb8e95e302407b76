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
constexpr qint64 MaxDrainBytes = 8 * 1024 * 1024;
constexpr int DrainTimeoutMs = 10000;
} // namespace

void ConnectionGuard::attach(QTcpSocket *socket, Limits limits)
{
    new ConnectionGuard(socket, limits); // owned by the socket
}

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, Limits limits)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
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
    QByteArray data = m_socket->peek(m_socket->bytesAvailable());
    while (!data.isEmpty()) {
        if (m_bodyRemaining > 0) {
            const qint64 take = qMin<qint64>(m_bodyRemaining, data.size());
            m_bodyRemaining -= take;
            data.remove(0, take);
            continue;
        }
        m_head.append(data);
        data.clear();
        while (m_head.startsWith("\r\n")) {
            m_head.remove(0, 2);
        }
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_head.size() > m_limits.maxHeaderBytes) {
                reject(431, "Request Header Fields Too Large", errors::HeadersTooLarge,
                       u"The request head exceeds %1 bytes."_s.arg(m_limits.maxHeaderBytes));
            }
            return;
        }
        if (end > m_limits.maxHeaderBytes) {
            reject(431, "Request Header Fields Too Large", errors::HeadersTooLarge,
                   u"The request head exceeds %1 bytes."_s.arg(m_limits.maxHeaderBytes));
            return;
        }
        qint64 length = 0;
        bool chunked = false;
        bool upgrade = false;
        const QList<QByteArray> lines = m_head.left(end).split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed().toLower();
            if (name == "content-length") {
                bool ok = false;
                length = value.toLongLong(&ok);
                if (!ok || length < 0) {
                    length = m_limits.maxBodyBytes + 1;
                }
            } else if (name == "transfer-encoding" && value != "identity") {
                chunked = true;
            } else if (name == "upgrade") {
                upgrade = true;
            }
        }
        if (chunked) {
            reject(411, "Length Required", errors::LengthRequired,
                   u"Send a Content-Length; chunked bodies are not accepted."_s);
            return;
        }
        if (length > m_limits.maxBodyBytes) {
            // Clients that are still uploading only read the answer once their upload is done, so a
            // moderately oversized body is read and thrown away; anything larger gets cut off.
            const qint64 pending = m_head.size() - (end + 4);
            m_drainRemaining = length <= MaxDrainBytes ? length - pending : 0;
            reject(413, "Payload Too Large", errors::PayloadTooLarge,
                   u"The request body exceeds %1 bytes."_s.arg(m_limits.maxBodyBytes));
            return;
        }
        data = m_head.mid(end + 4);
        m_head.clear();
        m_bodyRemaining = length;
        if (upgrade) {
            // A WebSocket takes the connection over; frames are limited by the socket layer.
            disconnect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
            return;
        }
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
