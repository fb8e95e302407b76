#include "chathub.h"

#include "chatsession.h"
#include "domain/chatservice.h"
#include "domain/clock.h"
#include "observe/metrics.h"

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
    , m_sendGroup(chat, m_sendOrder, [this](const Message &message) {
        QMetaObject::invokeMethod(this, [this, message] { broadcast(message); });
    })
{
    // Sends wait on a lock while a group commits (SendGroup): more threads than cores let the next
    // group gather while one commits, and keep reads (a storm's authentications) moving meanwhile.
    m_pool.setMaxThreadCount(qMax(8, 4 * QThread::idealThreadCount()));
    m_remotePool.setMaxThreadCount(1);
    m_deadlineSweep.setInterval(m_limits.deadlineSweepMs);
    connect(&m_deadlineSweep, &QTimer::timeout, this, &ChatHub::sweepDeadlines);
    m_deadlineSweep.start();
    connect(&m_presenceBeat, &QTimer::timeout, this, [this] {
        relayPresence();
        for (const PresenceNotice &notice :
             m_presence.forgetSilent(QDateTime::currentMSecsSinceEpoch() - m_limits.presenceSilentMs)) {
            showPresence(notice);
        }
    });
}

void ChatHub::accountChanged(qint64 userId)
{
    const auto sessions = m_sessions;
    for (ChatSession *session : sessions) {
        // AccountEvents::Everyone (0): what anybody may read changed, every session looks again.
        if (userId == 0 || session->userId() == userId) {
            session->recheck();
        }
    }
}

void ChatHub::sweepDeadlines()
{
    const qint64 now = nowMs();
    const auto sessions = m_sessions;
    for (ChatSession *session : sessions) {
        if (session->isLive() && session->deadline() <= now) {
            session->recheck();
        }
    }
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

void ChatHub::setMetrics(Metrics *metrics)
{
    m_metrics = metrics;
    metrics->gauge("guild_websockets_open", "Chat connections open on this process.",
                   [this] { return double(m_openSockets.load()); });
}

void ChatHub::closeAllForRestart()
{
    m_closingForRestart = true;
    const auto sessions = m_sessions;
    for (ChatSession *session : sessions) {
        session->close(ChatSession::Closing::Graceful, closecodes::ServerRestarting, u"server restarting"_s);
    }
}

void ChatHub::accept(std::unique_ptr<QWebSocket> socket)
{
    if (m_closingForRestart) {
        socket->close(static_cast<QWebSocketProtocol::CloseCode>(closecodes::ServerRestarting), u"server restarting"_s);
        socket.release()->deleteLater();
        return;
    }
    if (socket->requestUrl().path() != QString(Path)) {
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, u"unknown path"_s);
        socket.release()->deleteLater();
        return;
    }
    auto *session = new ChatSession(*this, std::move(socket));
    session->setParent(this);
    m_sessions.append(session);
    ++m_openSockets;
    qCInfo(lcChat) << "connection opened;" << m_sessions.size() << "open";
}

void ChatHub::joined(ChatSession *session)
{
    m_byMember[session->userId()].insert(session);
}

void ChatHub::remove(ChatSession *session)
{
    if (m_sessions.removeOne(session)) {
        --m_openSockets;
        if (const auto mine = m_byMember.find(session->userId()); mine != m_byMember.end()) {
            mine->remove(session);
            if (mine->isEmpty()) {
                m_byMember.erase(mine);
            }
        }
        session->deleteLater();
        qCInfo(lcChat) << "connection closed;" << m_sessions.size() << "open";
        if (session->userId() != 0) {
            sessionPresenceChanged(session->userId(), session->userName());
        }
    }
}

void ChatHub::sessionPresenceChanged(qint64 userId, const QString &name)
{
    // A member is online if any live connection says so, away if all say away, offline with none.
    // Walked in place and left at the first "online": one member with thousands of connections (a
    // benchmark's, or a bot's) made a storm of connections quadratic through copies of this set.
    QString status = u"offline"_s;
    if (const auto sessions = m_byMember.constFind(userId); sessions != m_byMember.cend()) {
        for (const ChatSession *s : *sessions) {
            if (!s->isLive()) {
                continue;
            }
            if (s->status() == u"online"_s) {
                status = u"online"_s;
                break;
            }
            status = u"away"_s;
        }
    }
    if (m_presence.localStatus(userId) == status) {
        return;
    }
    const auto notice = m_presence.setLocal(userId, name, status);
    if (m_relay) {
        m_relay(u"p:%1:%2:%3"_s.arg(userId).arg(status, name));
    }
    if (notice) {
        showPresence(*notice);
    }
}

void ChatHub::remotePresence(const QString &process, qint64 userId, const QString &name, const QString &status)
{
    if (const auto notice = m_presence.setRemote(process, userId, name, status, QDateTime::currentMSecsSinceEpoch())) {
        showPresence(*notice);
    }
}

void ChatHub::relayPresence()
{
    if (!m_relay) {
        return;
    }
    for (const PresenceNotice &member : m_presence.local()) {
        m_relay(u"p:%1:%2:%3"_s.arg(member.userId).arg(member.status, member.name));
    }
}

void ChatHub::setRelay(std::function<void(const QString &payload)> relay)
{
    m_relay = std::move(relay);
    if (!m_relay) {
        m_presenceBeat.stop();
        return;
    }
    // A process just started knows nobody elsewhere: it asks, and every other process repeats its own.
    m_relay(u"q"_s);
    m_presenceBeat.start(m_limits.presenceBeatMs);
}

void ChatHub::showPresence(const PresenceNotice &notice)
{
    // Here and in every fan-out below, a frame is made text once for all the connections it goes to
    // (QWebSocket takes a QString), not once per connection.
    const QString payload = QString::fromUtf8(encode(notice));
    const auto sessions = m_sessions;
    for (ChatSession *session : sessions) {
        if (session->isLive() && session->userId() != notice.userId) {
            session->deliverText(payload);
        }
    }
}

void ChatHub::broadcastTyping(qint64 channelId, qint64 userId, const QString &name, bool relay)
{
    const QString payload = QString::fromUtf8(encode(TypingNotice{channelId, userId, name}));
    const auto sessions = m_sessions;
    for (ChatSession *session : sessions) {
        if (session->userId() != userId && session->reads(channelId)) {
            session->deliverText(payload);
        }
    }
    if (relay && m_relay) {
        m_relay(u"t:%1:%2:%3"_s.arg(channelId).arg(userId).arg(name));
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
    const QString payload = QString::fromUtf8(encode(MessageNewFrame{message}));
    const auto sessions = m_sessions;
    for (ChatSession *session : sessions) {
        if (session->reads(message.channelId)) {
            session->deliverText(payload);
        }
    }
    if (m_metrics && message.createdAt.isValid()) {
        m_metrics->chatFanOut(double(QDateTime::currentMSecsSinceEpoch() - message.createdAt.toMSecsSinceEpoch()) /
                              1000.0);
    }
}

void ChatHub::broadcastUpdate(const Message &message)
{
    const QString payload = QString::fromUtf8(encode(MessageUpdatedFrame{message}));
    const auto sessions = m_sessions;
    for (ChatSession *session : sessions) {
        if (session->reads(message.channelId)) {
            session->deliverText(payload);
        }
    }
}

void ChatHub::deliverRemoteUpdate(qint64 messageId)
{
    m_remotePool.start([this, messageId] {
        std::optional<Message> message;
        try {
            message = m_chat.messageById(messageId);
        } catch (const std::exception &e) {
            qCWarning(lcChat) << "cannot load changed message" << messageId << e.what();
        }
        if (message) {
            QMetaObject::invokeMethod(this, [this, m = *message] { broadcastUpdate(m); });
        }
    });
}

void ChatHub::broadcastNotify(qint64 userId, const NotifyPref &pref)
{
    const QString payload = QString::fromUtf8(encode(ServerFrame{pref}));
    const auto sessions = m_sessions;
    for (ChatSession *session : sessions) {
        if (session->userId() == userId && session->isLive()) {
            session->deliverText(payload);
        }
    }
}

void ChatHub::addDirect(qint64 channelId, qint64 userA, qint64 userB, QPointer<ChatSession> requester)
{
    m_pool.start([this, channelId, userA, userB, requester] {
        QList<std::pair<qint64, Channel>> views;
        try {
            for (qint64 user : {userA, userB}) {
                if (auto channel = m_chat.channelFor(user, channelId)) {
                    views.append({user, *channel});
                }
            }
        } catch (const std::exception &e) {
            qCWarning(lcChat) << "cannot load direct channel" << channelId << e.what();
        }
        QMetaObject::invokeMethod(this, [this, views, requester] {
            const auto sessions = m_sessions;
            for (const auto &[user, channel] : views) {
                for (ChatSession *session : sessions) {
                    if (session->userId() == user && session->isLive()) {
                        session->subscribe(channel, session == requester.data());
                    }
                }
            }
        });
    });
}

void ChatHub::broadcastRead(qint64 userId, qint64 channelId, qint64 seq)
{
    const QString payload = QString::fromUtf8(encode(ReadNotice{channelId, seq}));
    const auto sessions = m_sessions;
    for (ChatSession *session : sessions) {
        if (session->userId() == userId && session->reads(channelId)) {
            session->deliverText(payload);
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
