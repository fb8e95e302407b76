#include "chatsession.h"

#include "chathub.h"
#include "domain/authservice.h"
#include "domain/chatservice.h"
#include "protocol/chat.h"
#include "protocol/chatframes.h"
#include "protocol/serverframes.h"
#include "protocol/types.h"
#include "storage/sql.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QWebSocket>

#include <limits>

Q_DECLARE_LOGGING_CATEGORY(lcChat)

using namespace Qt::StringLiterals;

namespace guild::server {

using namespace protocol;
using namespace protocol::chat;

namespace {

// Work results carried back to the session's thread.
struct AuthOutcome
{
    std::optional<AuthUser> user;
    QList<Channel> channels;
    QList<NotifyPref> notify;
    QString error;
};

struct SendResult
{
    std::optional<SendOutcome> outcome;
    std::optional<ApiError> error;
};

constexpr int ResumePagesMax = 10;

QByteArray changesFrame(ChatService &chat, const AuthUser &user, qint64 channelId, qint64 afterRev, qint64 uptoSeq)
{
    Result<ChangesPage> page = [&]() -> Result<ChangesPage> {
        try {
            return chat.changes(user, channelId, afterRev, uptoSeq);
        } catch (const std::exception &) {
            return ApiError::internal();
        }
    }();
    if (!page.ok()) {
        return encode(ErrorFrame{page.error().code, page.error().message, QString::number(channelId), 0});
    }
    return encode(ChangesFrame{channelId, page.value().messages, page.value().rev, page.value().hasMore});
}

} // namespace

ChatSession::ChatSession(ChatHub &hub, std::unique_ptr<QWebSocket> socket)
    : m_hub(hub)
    , m_socket(std::move(socket))
{
    // QWebSocket itself refuses anything over 1 MiB; between our 64 KiB limit and that, the client
    // gets a too_large error frame and stays connected.
    m_socket->setMaxAllowedIncomingMessageSize(1 << 20);
    m_socket->setMaxAllowedIncomingFrameSize(1 << 20);
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &ChatSession::onText);
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this,
            [this](const QByteArray &) { fail(QString(errors::BadFrame), u"Frames are JSON text."_s); });
    connect(m_socket.get(), &QWebSocket::pong, this, [this] { m_sinceLastPong.restart(); });
    connect(m_socket.get(), &QWebSocket::disconnected, this, [this] { m_hub.remove(this); });

    m_authTimer.setSingleShot(true);
    m_authTimer.setInterval(m_hub.limits().authTimeoutMs);
    connect(&m_authTimer, &QTimer::timeout, this, [this] {
        fail(QString(errors::AuthRequired), u"Send an auth frame first."_s);
        close(Closing::Graceful);
    });
    m_authTimer.start();
    m_heartbeat.setInterval(m_hub.limits().heartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &ChatSession::heartbeat);
    m_sinceLastPong.start();
    m_heartbeat.start();
}

ChatSession::~ChatSession()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void ChatSession::heartbeat()
{
    if (m_sinceLastPong.elapsed() > m_hub.limits().deadAfterMs) {
        qCInfo(lcChat) << "dropping a connection that stopped answering pings";
        close(Closing::Abort);
        return;
    }
    m_socket->ping();
}

void ChatSession::close(Closing how, int code, const QString &reason)
{
    if (m_closing) {
        return;
    }
    m_closing = true;
    m_live = false;
    if (how == Closing::Graceful) {
        // Lets the last frame (the reason) reach the client; the hub lets go once it is disconnected,
        // or after a short grace period if the client never completes the close handshake.
        m_socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
        QTimer::singleShot(2000, this, [this] {
            m_socket->abort();
            m_hub.remove(this);
        });
        return;
    }
    m_socket->abort();
    m_hub.remove(this);
}

void ChatSession::deliver(const QByteArray &frameBytes)
{
    if (!m_closing) {
        deliverText(QString::fromUtf8(frameBytes));
    }
}

void ChatSession::deliverText(const QString &frame)
{
    if (m_closing) {
        return;
    }
    if (m_socket->bytesToWrite() > m_hub.limits().maxPendingBytes) {
        // It is not reading: cut it off rather than let its backlog grow or hold the others up.
        qCWarning(lcChat) << "cutting off a slow consumer of user" << m_user.id << "with" << m_socket->bytesToWrite()
                          << "bytes unsent";
        close(Closing::Abort);
        return;
    }
    m_socket->sendTextMessage(frame);
    // Written now rather than when the event loop next finds the socket writable: a broadcast to
    // thousands of sockets would otherwise arm a write notifier on each and cost a poll() over all of
    // them plus an event per socket before the first byte left.
    m_socket->flush();
}

void ChatSession::fail(const QString &code, const QString &message, const QString &ref, int retryAfter)
{
    deliver(encode(ErrorFrame{code, message, ref, retryAfter}));
}

void ChatSession::onText(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    auto decoded = decodeClientFrame(bytes);
    if (const auto *error = std::get_if<FrameError>(&decoded); error && object.isEmpty()) {
        fail(error->code, error->message); // not a frame at all: said at once
        return;
    }
    const QString type = object.value(u"type"_s).toString();
    if (const auto *ping = std::get_if<ClientFrame>(&decoded); ping && std::holds_alternative<PingFrame>(*ping)) {
        deliver(encode(PongFrame{std::get<PingFrame>(*ping).ref}));
        return;
    }
    if (type == frames::Send || type == frames::Edit || type == frames::Delete || type == frames::React) {
        // Rate limiting happens on arrival, before any queueing or database work.
        if (m_live) {
            if (const int wait = m_hub.takeSendToken(m_user.id); wait > 0) {
                fail(QString(errors::RateLimited), u"Slow down: too many messages."_s,
                     object.value(u"clientId"_s).toString(), wait);
                return;
            }
        }
    }
    m_queue.enqueue({type, std::move(decoded)});
    next();
}

void ChatSession::next()
{
    if (m_busy || m_closing) {
        return;
    }
    if (m_recheckWanted) {
        // Before any frame that arrived after the news: a send must not slip in under the old tier.
        m_recheckWanted = false;
        runRecheck();
        return;
    }
    if (!m_queue.isEmpty()) {
        handle(m_queue.dequeue());
    }
}

qint64 ChatSession::deadline() const
{
    const qint64 token = m_user.accessExpiresAt > 0 ? m_user.accessExpiresAt : std::numeric_limits<qint64>::max();
    const qint64 tier = m_user.tierUntil > 0 ? m_user.tierUntil : std::numeric_limits<qint64>::max();
    return std::min(token, tier);
}

void ChatSession::recheck()
{
    if (!m_live || m_closing) {
        return;
    }
    m_recheckWanted = true;
    next();
}

template <typename R>
void ChatSession::runAsMember(std::function<R(const AuthUser &)> work, std::function<void(R)> done, bool followStanding)
{
    struct Checked
    {
        std::optional<AuthUser> user;
        QString refusal;
        std::optional<R> result;
    };
    m_busy = true;
    AuthService &auth = m_hub.auth();
    m_hub.run<Checked>(
        this,
        [&auth, token = m_token, work = std::move(work)] {
            Checked out;
            try {
                // One indexed lookup per frame: whatever happened to the account on any process is
                // seen here, without waiting for the news to arrive.
                const Result<AuthUser> user = auth.authenticate(token);
                if (!user.ok()) {
                    out.refusal = user.error().code;
                    return out;
                }
                out.user = user.value();
            } catch (const std::exception &e) {
                qCWarning(lcChat) << "cannot check a session's token:" << e.what();
                out.refusal = QString(errors::Internal);
                return out;
            }
            out.result = work(*out.user);
            return out;
        },
        [this, done = std::move(done), followStanding](Checked out) {
            m_busy = false;
            if (out.refusal == errors::Internal) {
                fail(QString(errors::Internal), u"Something went wrong on the server."_s);
                next();
                return;
            }
            if (!out.user) {
                end(out.refusal);
                return;
            }
            if (followStanding && (out.user->tier != m_user.tier || out.user->role != m_user.role)) {
                m_recheckWanted = true; // the channel list follows before the next frame
            }
            m_user = *out.user;
            done(std::move(*out.result));
        });
}

void ChatSession::runRecheck()
{
    ChatService &chat = m_hub.chat();
    runAsMember<std::optional<QList<Channel>>>(
        [&chat](const AuthUser &user) -> std::optional<QList<Channel>> {
            try {
                return chat.readableChannels(user);
            } catch (const std::exception &e) {
                qCWarning(lcChat) << "cannot list a member's channels again:" << e.what();
                return std::nullopt;
            }
        },
        [this](std::optional<QList<Channel>> readable) {
            if (readable) {
                applyChannels(*readable);
            } else {
                // The database did not answer: keep the old view a moment and ask again (frames meanwhile
                // are still checked one by one).
                QTimer::singleShot(1000, this, &ChatSession::recheck);
            }
            next();
        },
        false); // this is the check: a changed tier is what it is here to follow
}

void ChatSession::applyChannels(const QList<Channel> &readable)
{
    QSet<qint64> now;
    for (const Channel &c : readable) {
        now.insert(c.id);
    }
    const QSet<qint64> before = m_channels;
    for (qint64 id : before) {
        if (!now.contains(id)) {
            m_channels.remove(id);
            deliver(encode(ChannelRemovedFrame{id, QString(errors::MembershipRequired)}));
        }
    }
    for (const Channel &c : readable) {
        subscribe(c);
    }
}

void ChatSession::end(const QString &code)
{
    if (code == errors::AccountBanned) {
        qCInfo(lcChat) << "ending the chat session of banned user" << m_user.id;
        fail(QString(errors::SessionEnded), u"This account is banned."_s);
        close(Closing::Graceful, closecodes::Banned, QString(errors::AccountBanned));
        return;
    }
    const bool expired = code == errors::TokenExpired; // the REST code has the same name
    const QString reason = expired ? QString(errors::TokenExpired) : QString(errors::SessionEnded);
    qCInfo(lcChat) << "ending the chat session of user" << m_user.id << "(" << code << ")";
    fail(reason, expired ? u"The access token expired; renew it and connect again."_s
                         : u"This session was ended; please sign in again."_s);
    close(Closing::Graceful, expired ? closecodes::TokenExpired : closecodes::SessionEnded, reason);
}

void ChatSession::handle(const Queued &queued)
{
    const auto *error = std::get_if<FrameError>(&queued.decoded);
    if (queued.type == frames::Auth) {
        if (error) {
            fail(QString(m_live ? errors::BadFrame : errors::AuthFailed), error->message);
            next();
        } else if (m_live) {
            handleRenewal(std::get<AuthFrame>(std::get<ClientFrame>(queued.decoded)).token);
        } else {
            handleAuth(std::get<AuthFrame>(std::get<ClientFrame>(queued.decoded)).token);
        }
        return;
    }
    if (!m_live) {
        fail(QString(errors::AuthRequired), u"Send an auth frame first."_s);
        next();
        return;
    }
    if (error) {
        fail(error->code, error->message, error->ref);
        next();
        return;
    }
    std::visit(
        [this](const auto &f) {
            using T = std::decay_t<decltype(f)>;
            if constexpr (std::is_same_v<T, SendFrame>) {
                handleSend(f);
            } else if constexpr (std::is_same_v<T, ResumeFrame>) {
                handleResume(f);
            } else if constexpr (std::is_same_v<T, ReadFrame>) {
                handleRead(f);
            } else if constexpr (std::is_same_v<T, DirectFrame>) {
                handleDirect(f);
            } else if constexpr (std::is_same_v<T, ChangeFrame>) {
                handleChange(f);
            } else if constexpr (std::is_same_v<T, NotifyPref>) {
                handleNotify(f);
            } else if constexpr (std::is_same_v<T, TypingFrame>) {
                handleTyping(f);
                next();
            } else if constexpr (std::is_same_v<T, PresenceFrame>) {
                handlePresence(f);
                next();
            } else {
                next(); // auth and ping were dealt with above
            }
        },
        std::get<ClientFrame>(queued.decoded));
}

void ChatSession::handleAuth(const QString &token)
{
    m_busy = true;
    AuthService &auth = m_hub.auth();
    ChatService &chat = m_hub.chat();
    m_hub.run<AuthOutcome>(
        this,
        [&auth, &chat, token] {
            AuthOutcome out;
            try {
                const Result<AuthUser> user = auth.authenticate(token);
                if (!user.ok()) {
                    out.error = user.error().code;
                    return out;
                }
                out.user = user.value();
                out.channels = chat.readableChannels(user.value());
                out.notify = chat.notifyLevels(user.value());
            } catch (const std::exception &e) {
                out.error = QString(errors::Internal);
            }
            return out;
        },
        [this, token](AuthOutcome out) {
            m_busy = false;
            if (!out.user) {
                fail(QString(errors::AuthFailed), u"The access token was refused (%1)."_s.arg(out.error));
                close(Closing::Graceful);
                return;
            }
            m_authTimer.stop();
            m_user = *out.user;
            m_token = token;
            m_live = true;
            for (const Channel &c : std::as_const(out.channels)) {
                m_channels.insert(c.id);
            }
            deliver(
                encode(ReadyFrame{ProtocolVersion, User{m_user.id, m_user.username, m_user.displayName, m_user.role},
                                  out.channels, out.notify, m_hub.presenceSnapshot()}));
            m_hub.joined(this);
            m_hub.sessionPresenceChanged(m_user.id, userName());
            next();
        });
}

void ChatSession::handleRenewal(const QString &token)
{
    // A live connection takes a refreshed access token of the same member, so it outlives the old one.
    m_busy = true;
    AuthService &auth = m_hub.auth();
    m_hub.run<Result<AuthUser>>(
        this,
        [&auth, token]() -> Result<AuthUser> {
            try {
                return auth.authenticate(token);
            } catch (const std::exception &) {
                return ApiError::internal();
            }
        },
        [this, token](Result<AuthUser> user) {
            m_busy = false;
            if (!user.ok()) {
                fail(QString(errors::AuthFailed), u"The new access token was refused (%1)."_s.arg(user.error().code));
            } else if (user.value().id != m_user.id) {
                fail(QString(errors::BadFrame), u"A connection stays with the member who opened it."_s);
            } else {
                if (user.value().tier != m_user.tier || user.value().role != m_user.role) {
                    m_recheckWanted = true;
                }
                m_user = user.value();
                m_token = token;
                deliver(encode(RenewedFrame{QDateTime::fromMSecsSinceEpoch(m_user.accessExpiresAt, Qt::UTC)}));
            }
            next();
        });
}

void ChatSession::handleSend(const SendFrame &f)
{
    ChatHub &hub = m_hub;
    runAsMember<SendResult>(
        [&hub, f](const AuthUser &user) {
            SendResult result;
            // Stored with whatever else is waiting in one commit, and fanned out in commit order.
            const Result<SendOutcome> sent = hub.sendGroup().send({user, f.channelId, f.clientId, f.body, f.replyTo});
            if (sent.ok()) {
                result.outcome = sent.value();
            } else {
                result.error = sent.error();
            }
            return result;
        },
        [this, client = f.clientId](SendResult result) {
            if (result.error) {
                fail(result.error->code, result.error->message, client);
            } else {
                const Message &m = result.outcome->message;
                deliver(encode(AckFrame{m.clientId, m.id, m.channelId, m.seq, m.createdAt, result.outcome->duplicate}));
            }
            next();
        });
}

void ChatSession::subscribe(const Channel &channel, bool announceAnyway)
{
    // A channel an admin renamed, retopiced or re-tiered is announced again with what changed.
    const QString stamp = channel.name + u'\n' + channel.topic + u'\n' + QString::number(int(channel.requiredTier));
    const auto known = m_stamps.constFind(channel.id);
    const bool changed = known != m_stamps.cend() && *known != stamp;
    if (m_channels.contains(channel.id) && !announceAnyway && !changed) {
        m_stamps.insert(channel.id, stamp); // first seen in `ready`: nothing to announce
        return;
    }
    m_channels.insert(channel.id);
    m_stamps.insert(channel.id, stamp);
    deliver(encode(ChannelNewFrame{channel}));
}

void ChatSession::handleDirect(const DirectFrame &f)
{
    ChatService &chat = m_hub.chat();
    runAsMember<Result<DirectOutcome>>(
        [&chat, name = f.username](const AuthUser &user) -> Result<DirectOutcome> {
            try {
                return chat.openDirect(user, name);
            } catch (const std::exception &) {
                return ApiError::internal();
            }
        },
        [this, name = f.username](Result<DirectOutcome> outcome) {
            if (outcome.ok()) {
                m_hub.addDirect(outcome.value().channelId, m_user.id, outcome.value().peerId,
                                QPointer<ChatSession>(this));
            } else {
                fail(outcome.error().code, outcome.error().message, name.left(64));
            }
            next();
        });
}

void ChatSession::handleChange(const ChangeFrame &f)
{
    const QString ref = QString::number(f.messageId);
    ChatHub &hub = m_hub;
    runAsMember<Result<ChangeOutcome>>(
        [&hub, f](const AuthUser &user) -> Result<ChangeOutcome> {
            try {
                // Under the send lock, like sends: local readers see changes in revision order.
                QMutexLocker order(&hub.sendOrder());
                using Kind = ChangeFrame::Kind;
                Result<ChangeOutcome> outcome = f.kind == Kind::Edit ? hub.chat().edit(user, f.messageId, f.body)
                                                : f.kind == Kind::Delete
                                                    ? hub.chat().remove(user, f.messageId)
                                                    : hub.chat().react(user, f.messageId, f.emoji, f.on);
                if (outcome.ok() && outcome.value().changed) {
                    QMetaObject::invokeMethod(&hub, [&hub, m = outcome.value().message] { hub.broadcastUpdate(m); });
                }
                return outcome;
            } catch (const std::exception &e) {
                qCWarning(lcChat) << "change to message" << f.messageId << "failed:" << e.what();
                return ApiError::internal();
            }
        },
        [this, ref](Result<ChangeOutcome> outcome) {
            if (!outcome.ok()) {
                fail(outcome.error().code, outcome.error().message, ref);
            } else if (!outcome.value().changed) {
                // Nothing changed, so nothing was broadcast: this connection still hears the message as it is.
                deliver(encode(MessageUpdatedFrame{outcome.value().message}));
            }
            next();
        });
}

void ChatSession::handleNotify(const NotifyPref &pref)
{
    ChatService &chat = m_hub.chat();
    runAsMember<Result<NotifyPref>>(
        [&chat, wanted = pref](const AuthUser &user) -> Result<NotifyPref> {
            try {
                return chat.setNotifyLevel(user, wanted);
            } catch (const std::exception &) {
                return ApiError::internal();
            }
        },
        [this](Result<NotifyPref> stored) {
            if (stored.ok()) {
                m_hub.broadcastNotify(m_user.id, stored.value());
            } else {
                fail(stored.error().code, stored.error().message);
            }
            next();
        });
}

void ChatSession::handleTyping(const TypingFrame &f)
{
    const qint64 channel = f.channelId;
    if (!m_channels.contains(channel)) {
        fail(QString(errors::NoSuchChannel), u"Not a channel of yours."_s, QString::number(channel));
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastTypingMs.value(channel) < 2000) {
        return; // thinned, not an error: clients may send on every keystroke
    }
    m_lastTypingMs.insert(channel, now);
    m_hub.broadcastTyping(channel, m_user.id, userName(), true);
}

void ChatSession::handlePresence(const PresenceFrame &f)
{
    m_status = f.away ? u"away"_s : u"online"_s;
    m_hub.sessionPresenceChanged(m_user.id, userName());
}

void ChatSession::handleRead(const ReadFrame &f)
{
    ChatService &chat = m_hub.chat();
    runAsMember<Result<qint64>>(
        [&chat, channel = f.channelId, upTo = f.seq](const AuthUser &user) -> Result<qint64> {
            try {
                return chat.markRead(user, channel, upTo);
            } catch (const std::exception &) {
                return ApiError::internal();
            }
        },
        [this, channel = f.channelId](Result<qint64> marker) {
            if (marker.ok()) {
                m_hub.broadcastRead(m_user.id, channel, marker.value());
            } else {
                fail(marker.error().code, marker.error().message, QString::number(channel));
            }
            next();
        });
}

void ChatSession::handleResume(const ResumeFrame &f)
{
    ChatService &chat = m_hub.chat();
    runAsMember<QList<QByteArray>>(
        [&chat, positions = f.channels](const AuthUser &user) {
            QList<QByteArray> out;
            for (const ResumeFrame::Position &position : positions) {
                const qint64 channelId = position.channelId; // plain copies: lambdas below capture them
                const qint64 lastSeq = position.lastSeq;
                const std::optional<qint64> lastRev = position.lastRev;
                if (lastRev) {
                    // Changes to what the client already has come first: the new messages that follow
                    // carry their current state anyway.
                    out.append(changesFrame(chat, user, channelId, *lastRev, lastSeq));
                }
                qint64 after = lastSeq;
                for (int page = 0; page < ResumePagesMax; ++page) {
                    Result<HistoryPage> history = [&]() -> Result<HistoryPage> {
                        try {
                            return chat.history(user, channelId,
                                                protocol::HistoryRequest{after, 0, limits::HistoryPageMax});
                        } catch (const std::exception &) {
                            return ApiError::internal();
                        }
                    }();
                    if (!history.ok()) {
                        out.append(encode(
                            ErrorFrame{history.error().code, history.error().message, QString::number(channelId), 0}));
                        break;
                    }
                    const QList<Message> &messages = history.value().messages;
                    if (!messages.isEmpty()) {
                        after = messages.last().seq;
                    }
                    const bool more = history.value().hasMore;
                    out.append(encode(HistoryFrame{channelId, messages, more && page + 1 == ResumePagesMax}));
                    if (!more) {
                        break;
                    }
                }
            }
            return out;
        },
        [this](QList<QByteArray> replies) {
            for (const QByteArray &out : std::as_const(replies)) {
                deliver(out);
            }
            next();
        });
}

} // namespace guild::server
