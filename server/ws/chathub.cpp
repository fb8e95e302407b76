#include "chathub.h"

#include "chatsession.h"
#include "domain/chatservice.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcChat, "guild.server.chat")

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol::chat;

ChatHub::ChatHub(AuthService &auth, ChatService &chat, Limits limits, QObject *parent)
    : QObject(parent)
    , m_auth(auth)
    , m_chat(chat)
    , m_limits(limits)
{
    m_pool.setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
    m_remotePool.setMaxThreadCount(1);
}

ChatHub::~ChatHub()
{
    drain();
    const auto sessions = m_sessions;
    for (ChatSession *session : sessions) {
        delete session;
    }
}

void ChatHub::drain()
{
    m_pool.waitForDone();
    m_remotePool.waitForDone();
}

void ChatHub::accept(std::unique_ptr<QWebSocket> socket)
{
    if (socket->requestUrl().path() != QString(Path)) {
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, u"unknown path"_s);
        socket.release()->deleteLater();
        return;
    }
    auto *session = new ChatSession(*this, std::move(socket));
    session->setParent(this);
    m_sessions.append(session);
    qCInfo(lcChat) << "connection opened;" << m_sessions.size() << "open";
}

void ChatHub::remove(ChatSession *session)
{
    if (m_sessions.removeOne(session)) {
        session->deleteLater();
        qCInfo(lcChat) << "connection closed;" << m_sessions.size() << "open";
    }
}

int ChatHub::takeSendToken(qint64 userId)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Bucket &bucket = m_buckets[userId];
    if (bucket.updatedMs == 0) {
        bucket.tokens = m_limits.burst;
    } else {
        bucket.tokens =
            qMin<double>(m_limits.burst, bucket.tokens + (now - bucket.updatedMs) / 1000.0 * m_limits.perSecond);
    }
    bucket.updatedMs = now;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return 0;
    }
    return static_cast<int>(std::ceil((1.0 - bucket.tokens) / m_limits.perSecond));
}

void ChatHub::broadcast(const Message &message)
{
    const QByteArray payload = frame(frames::MessageNew, {{u"message"_s, message.toJson()}});
    const auto sessions = m_sessions;
    for (ChatSession *session : sessions) {
        if (session->reads(message.channelId)) {
            session->deliver(payload);
        }
    }
}

void ChatHub::broadcastRead(qint64 userId, qint64 channelId, qint64 seq)
{
    const QByteArray payload = frame(frames::Read, {{u"channelId"_s, channelId}, {u"seq"_s, seq}});
    const auto sessions = m_sessions;
    for (ChatSession *session : sessions) {
        if (session->userId() == userId && session->reads(channelId)) {
            session->deliver(payload);
        }
    }
}

void ChatHub::deliverRemote(qint64 channelId, qint64 seq)
{
    m_remotePool.start([this, channelId, seq] {
        std::optional<Message> message;
        try {
            message = m_chat.messageAt(channelId, seq);
        } catch (const std::exception &e) {
            qCWarning(lcChat) << "cannot load remote message" << channelId << seq << e.what();
        }
        if (message) {
            QMetaObject::invokeMethod(this, [this, m = *message] { broadcast(m); });
        }
    });
}

} // namespace guild::server
