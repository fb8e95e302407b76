#include "chatconnection.h"

#include "protocol/types.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
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
        sendFrame(frames::Ping, {});
    });
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        setState(State::Authenticating);
        m_lastFrameMs = QDateTime::currentMSecsSinceEpoch();
        sendFrame(frames::Auth, {{u"token"_s, m_token()}});
    });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        m_heartbeat.stop();
        const int code = static_cast<int>(m_socket.closeCode());
        if (code == closecodes::TokenExpired || code == closecodes::SessionEnded) {
            // The next attempt needs a fresh token (or, when the login itself ended, a new sign-in).
            Q_EMIT authenticationFailed();
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

void ChatConnection::sendFrame(QLatin1StringView type, const QJsonObject &fields)
{
    m_socket.sendTextMessage(QString::fromUtf8(frame(type, fields)));
}

void ChatConnection::send(qint64 channelId, const QString &clientId, const QString &body, qint64 replyTo)
{
    QJsonObject fields{{u"channelId"_s, channelId}, {u"clientId"_s, clientId}, {u"body"_s, body}};
    if (replyTo > 0) {
        fields.insert(u"replyTo"_s, replyTo);
    }
    sendFrame(frames::Send, fields);
}

void ChatConnection::resume(const QList<ResumePoint> &points)
{
    QJsonArray channels;
    for (const ResumePoint &p : points) {
        QJsonObject entry{{u"channelId"_s, p.channelId}, {u"lastSeq"_s, p.lastSeq}};
        if (p.lastRev) {
            entry.insert(u"lastRev"_s, *p.lastRev);
        }
        channels.append(entry);
    }
    sendFrame(frames::Resume, {{u"channels"_s, channels}});
}

void ChatConnection::edit(qint64 messageId, const QString &body)
{
    m_changeRefs.insert(QString::number(messageId));
    sendFrame(frames::Edit, {{u"messageId"_s, messageId}, {u"body"_s, body}});
}

void ChatConnection::remove(qint64 messageId)
{
    m_changeRefs.insert(QString::number(messageId));
    sendFrame(frames::Delete, {{u"messageId"_s, messageId}});
}

void ChatConnection::react(qint64 messageId, const QString &emoji, bool on)
{
    m_changeRefs.insert(QString::number(messageId));
    sendFrame(frames::React, {{u"messageId"_s, messageId}, {u"emoji"_s, emoji}, {u"on"_s, on}});
}

void ChatConnection::setNotifyLevel(const NotifyPref &pref)
{
    QJsonObject fields = pref.toJson();
    sendFrame(frames::Notify, fields);
}

void ChatConnection::markRead(qint64 channelId, qint64 seq)
{
    sendFrame(frames::Read, {{u"channelId"_s, channelId}, {u"seq"_s, seq}});
}

void ChatConnection::sendTyping(qint64 channelId)
{
    if (m_state == State::Live) {
        sendFrame(frames::Typing, {{u"channelId"_s, channelId}});
    }
}

void ChatConnection::openDirect(const QString &username)
{
    sendFrame(frames::Direct, {{u"username"_s, username}});
}

void ChatConnection::renewToken(const QString &accessToken)
{
    if (m_state == State::Live && !accessToken.isEmpty()) {
        sendFrame(frames::Auth, {{u"token"_s, accessToken}});
    }
}

void ChatConnection::sendPresence(bool away)
{
    if (m_state == State::Live) {
        sendFrame(frames::Presence, {{u"status"_s, away ? u"away"_s : u"online"_s}});
    }
}

void ChatConnection::onText(const QString &text)
{
    m_lastFrameMs = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject f = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = f.value(u"type"_s).toString();
    if (type == frames::Ready) {
        QList<Channel> channels;
        for (const QJsonValue &v : f.value(u"channels"_s).toArray()) {
            if (auto c = Channel::fromJson(v.toObject())) {
                channels.append(*c);
            }
        }
        QList<NotifyPref> levels;
        for (const QJsonValue &v : f.value(u"notify"_s).toArray()) {
            if (auto pref = NotifyPref::fromJson(v.toObject())) {
                levels.append(*pref);
            }
        }
        m_backoff.reset();
        m_heartbeat.start();
        m_changeRefs.clear();
        setState(State::Live);
        Q_EMIT ready(channels, levels);
        for (const QJsonValue &v : f.value(u"online"_s).toArray()) {
            Q_EMIT presence(v[u"userId"_s].toInteger(), v[u"name"_s].toString(), v[u"status"_s].toString());
        }
    } else if (type == frames::MessageNew) {
        if (auto m = Message::fromJson(f.value(u"message"_s).toObject())) {
            Q_EMIT messageReceived(*m);
        }
    } else if (type == frames::MessageUpdated) {
        if (auto m = Message::fromJson(f.value(u"message"_s).toObject())) {
            m_changeRefs.remove(QString::number(m->id));
            Q_EMIT messageUpdated(*m);
        }
    } else if (type == frames::Changes) {
        QList<Message> messages;
        for (const QJsonValue &v : f.value(u"messages"_s).toArray()) {
            if (auto m = Message::fromJson(v.toObject())) {
                messages.append(*m);
            }
        }
        Q_EMIT changesReceived(f.value(u"channelId"_s).toInteger(), messages, f.value(u"rev"_s).toInteger(),
                               f.value(u"hasMore"_s).toBool());
    } else if (type == frames::Notify) {
        if (auto pref = NotifyPref::fromJson(f)) {
            Q_EMIT notifyLevelChanged(*pref);
        }
    } else if (type == frames::Ack) {
        Message stored;
        stored.id = f.value(u"id"_s).toInteger();
        stored.channelId = f.value(u"channelId"_s).toInteger();
        stored.seq = f.value(u"seq"_s).toInteger();
        stored.clientId = f.value(u"clientId"_s).toString();
        stored.createdAt = protocol::fromIsoUtc(f.value(u"createdAt"_s).toString());
        Q_EMIT acknowledged(stored.clientId, stored);
    } else if (type == frames::History) {
        QList<Message> messages;
        for (const QJsonValue &v : f.value(u"messages"_s).toArray()) {
            if (auto m = Message::fromJson(v.toObject())) {
                messages.append(*m);
            }
        }
        Q_EMIT historyReceived(f.value(u"channelId"_s).toInteger(), messages, f.value(u"hasMore"_s).toBool());
    } else if (type == frames::ChannelNew) {
        if (auto channel = Channel::fromJson(f.value(u"channel"_s).toObject())) {
            Q_EMIT channelAdded(*channel);
        }
    } else if (type == frames::ChannelRemoved) {
        if (const qint64 id = f.value(u"channelId"_s).toInteger(); id > 0) {
            Q_EMIT channelRemoved(id);
        }
    } else if (type == frames::Typing) {
        Q_EMIT typing(f.value(u"channelId"_s).toInteger(), f.value(u"userId"_s).toInteger(),
                      f.value(u"name"_s).toString());
    } else if (type == frames::Presence) {
        Q_EMIT presence(f.value(u"userId"_s).toInteger(), f.value(u"name"_s).toString(),
                        f.value(u"status"_s).toString());
    } else if (type == frames::Read) {
        Q_EMIT readMarker(f.value(u"channelId"_s).toInteger(), f.value(u"seq"_s).toInteger());
    } else if (type == frames::Error) {
        const QString code = f.value(u"code"_s).toString();
        if (code == errors::AuthFailed) {
            Q_EMIT authenticationFailed();
        } else if (code == errors::NoSuchMember || m_changeRefs.remove(f.value(u"ref"_s).toString()) ||
                   (f.value(u"ref"_s).toString().isEmpty() && code != errors::BadFrame)) {
            // Not about a send: a direct message, a change to a message, a notification level.
            Q_EMIT requestFailed(code, f.value(u"message"_s).toString());
        } else if (!f.value(u"ref"_s).toString().isEmpty()) {
            Q_EMIT sendRefused(f.value(u"ref"_s).toString(), code, f.value(u"message"_s).toString(),
                               f.value(u"retryAfter"_s).toInt());
        } else {
            qCInfo(lcNet) << "chat error frame:" << code << f.value(u"message"_s).toString();
        }
    }
}

} // namespace guild::app
