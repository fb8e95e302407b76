#include "chatconnection.h"

#include "protocol/types.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSslConfiguration>

Q_DECLARE_LOGGING_CATEGORY(lcNet)

using namespace Qt::StringLiterals;

namespace guild::app {

using namespace protocol::chat;

ChatConnection::ChatConnection(std::function<QString()> token, QObject *parent)
    : QObject(parent)
    , m_token(std::move(token))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ChatConnection::connectNow);
    m_heartbeat.setInterval(20000);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        if (QDateTime::currentMSecsSinceEpoch() - m_lastFrameMs > m_deadAfterMs) {
            qCInfo(lcNet) << "chat link silent for too long; reconnecting";
            m_socket.abort(); // disconnected() schedules the reconnect
            return;
        }
        sendFrame(PingFrame{});
    });
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        setState(State::Authenticating);
        m_lastFrameMs = QDateTime::currentMSecsSinceEpoch();
        sendFrame(AuthFrame{m_token()});
    });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        m_heartbeat.stop();
        const int code = static_cast<int>(m_socket.closeCode());
        if (code == closecodes::TokenExpired || code == closecodes::SessionEnded || code == closecodes::Banned) {
            // The next attempt needs a fresh token (or, when the login itself ended, a new sign-in).
            Q_EMIT authenticationFailed();
        } else if (code == closecodes::ServerRestarting) {
            // Every client of that process hears this at once: the backoff's jitter spreads them out.
            qCInfo(lcNet) << "chat server restarting; reconnecting";
        }
        if (m_wanted) {
            scheduleReconnect();
        } else {
            setState(State::Disconnected);
        }
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &ChatConnection::onText);
    connect(&m_socket, &QWebSocket::pong, this, [this] { m_lastFrameMs = QDateTime::currentMSecsSinceEpoch(); });
}

ChatConnection::~ChatConnection()
{
    m_wanted = false;
    m_socket.disconnect(this);
    m_socket.abort();
}

void ChatConnection::setServer(const QUrl &httpBase)
{
    m_url = httpBase;
    m_url.setScheme(httpBase.scheme() == u"https"_s ? u"wss"_s : u"ws"_s);
    m_url.setPath(QString(Path));
}

void ChatConnection::setHeartbeat(int intervalMs, int deadAfterMs)
{
    m_heartbeat.setInterval(intervalMs);
    m_deadAfterMs = deadAfterMs;
}

void ChatConnection::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

void ChatConnection::start()
{
    m_wanted = true;
    if (m_state == State::Disconnected || m_state == State::Backoff) {
        m_retry.stop();
        connectNow();
    }
}

void ChatConnection::stop()
{
    m_wanted = false;
    m_retry.stop();
    m_heartbeat.stop();
    m_socket.abort();
    setState(State::Disconnected);
}

void ChatConnection::connectNow()
{
    if (!m_wanted) {
        return;
    }
    setState(State::Connecting);
    QNetworkRequest request(m_url);
    if (!m_extraCa.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraCa);
        m_socket.setSslConfiguration(tls);
    }
    m_socket.open(request);
}

void ChatConnection::scheduleReconnect()
{
    const int delay = m_backoff.next();
    qCInfo(lcNet) << "chat reconnect in" << delay << "ms";
    setState(State::Backoff);
    m_retry.start(delay);
}

void ChatConnection::sendFrame(const ClientFrame &frame)
{
    m_socket.sendTextMessage(QString::fromUtf8(encode(frame)));
}

void ChatConnection::send(qint64 channelId, const QString &clientId, const QString &body, qint64 replyTo)
{
    sendFrame(SendFrame{channelId, clientId, body, replyTo});
}

void ChatConnection::resume(const QList<ResumePoint> &points)
{
    sendFrame(ResumeFrame{points});
}

void ChatConnection::edit(qint64 messageId, const QString &body)
{
    m_changeRefs.insert(QString::number(messageId));
    sendFrame(ChangeFrame{ChangeFrame::Kind::Edit, messageId, body, {}, true});
}

void ChatConnection::remove(qint64 messageId)
{
    m_changeRefs.insert(QString::number(messageId));
    sendFrame(ChangeFrame{ChangeFrame::Kind::Delete, messageId, {}, {}, true});
}

void ChatConnection::react(qint64 messageId, const QString &emoji, bool on)
{
    m_changeRefs.insert(QString::number(messageId));
    sendFrame(ChangeFrame{ChangeFrame::Kind::React, messageId, {}, emoji, on});
}

void ChatConnection::setNotifyLevel(const NotifyPref &pref)
{
    sendFrame(pref);
}

void ChatConnection::markRead(qint64 channelId, qint64 seq)
{
    sendFrame(ReadFrame{channelId, seq});
}

void ChatConnection::sendTyping(qint64 channelId)
{
    if (m_state == State::Live) {
        sendFrame(TypingFrame{channelId});
    }
}

void ChatConnection::openDirect(const QString &username)
{
    sendFrame(DirectFrame{username});
}

void ChatConnection::renewToken(const QString &accessToken)
{
    if (m_state == State::Live && !accessToken.isEmpty()) {
        sendFrame(AuthFrame{accessToken});
    }
}

void ChatConnection::sendPresence(bool away)
{
    if (m_state == State::Live) {
        sendFrame(PresenceFrame{away});
    }
}

void ChatConnection::onText(const QString &text)
{
    m_lastFrameMs = QDateTime::currentMSecsSinceEpoch();
    // A frame this version cannot read (a newer server's) is left alone.
    if (const auto frame = decodeServerFrame(text.toUtf8())) {
        std::visit([this](const auto &f) { on(f); }, *frame);
    }
}

void ChatConnection::on(const ReadyFrame &f)
{
    m_backoff.reset();
    m_heartbeat.start();
    m_changeRefs.clear();
    setState(State::Live);
    Q_EMIT ready(f.channels, f.notify);
    for (const PresenceNotice &p : f.online) {
        on(p);
    }
}

void ChatConnection::on(const AckFrame &f)
{
    Message stored;
    stored.id = f.id;
    stored.channelId = f.channelId;
    stored.seq = f.seq;
    stored.clientId = f.clientId;
    stored.createdAt = f.createdAt;
    Q_EMIT acknowledged(f.clientId, stored);
}

void ChatConnection::on(const MessageNewFrame &f)
{
    Q_EMIT messageReceived(f.message);
}

void ChatConnection::on(const MessageUpdatedFrame &f)
{
    m_changeRefs.remove(QString::number(f.message.id));
    Q_EMIT messageUpdated(f.message);
}

void ChatConnection::on(const ChangesFrame &f)
{
    Q_EMIT changesReceived(f.channelId, f.messages, f.rev, f.hasMore);
}

void ChatConnection::on(const HistoryFrame &f)
{
    Q_EMIT historyReceived(f.channelId, f.messages, f.hasMore);
}

void ChatConnection::on(const ChannelNewFrame &f)
{
    Q_EMIT channelAdded(f.channel);
}

void ChatConnection::on(const ChannelRemovedFrame &f)
{
    Q_EMIT channelRemoved(f.channelId);
}

void ChatConnection::on(const TypingNotice &f)
{
    Q_EMIT typing(f.channelId, f.userId, f.name);
}

void ChatConnection::on(const PresenceNotice &f)
{
    Q_EMIT presence(f.userId, f.name, f.status);
}

void ChatConnection::on(const ReadNotice &f)
{
    Q_EMIT readMarker(f.channelId, f.seq);
}

void ChatConnection::on(const NotifyPref &f)
{
    Q_EMIT notifyLevelChanged(f);
}

void ChatConnection::on(const ErrorFrame &f)
{
    if (f.code == errors::AuthFailed) {
        Q_EMIT authenticationFailed();
    } else if (f.code == errors::NoSuchMember || m_changeRefs.remove(f.ref) ||
               (f.ref.isEmpty() && f.code != errors::BadFrame)) {
        // Not about a send: a direct message, a change to a message, a notification level.
        Q_EMIT requestFailed(f.code, f.message);
    } else if (!f.ref.isEmpty()) {
        Q_EMIT sendRefused(f.ref, f.code, f.message, f.retryAfter);
    } else {
        qCInfo(lcNet) << "chat error frame:" << f.code << f.message;
    }
}

} // namespace guild::app
