#pragma once

#include "domain/authuser.h"
#include "protocol/chat.h"
#include "protocol/chatframes.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QQueue>
#include <QSet>
#include <QTimer>

#include <memory>

class QWebSocket;

namespace guild::server {

class ChatHub;

/// One chat connection: waits for the auth frame, then handles the member's frames one at a time
/// (so their messages are stored in the order sent), keeps the link alive with pings, and is cut off
/// if it stops reading. It follows the account rather than trusting what it read at `auth`: every
/// frame that touches the database is handled as the token's owner stands now, and news of a change
/// (tier, sign-out, revocation) or a deadline passing makes it check at once, leave channels the member
/// can no longer read, join new ones, or close.
class ChatSession final : public QObject
{
    Q_OBJECT
public:
    ChatSession(ChatHub &hub, std::unique_ptr<QWebSocket> socket);
    ~ChatSession() override;

    bool isLive() const { return m_live; }
    bool reads(qint64 channelId) const { return m_live && m_channels.contains(channelId); }
    qint64 userId() const { return m_user.id; }
    /// Adds a channel to what this connection reads and tells the client (once).
    void subscribe(const protocol::chat::Channel &channel, bool announceAnyway = false);
    QString userName() const { return m_user.displayName.isEmpty() ? m_user.username : m_user.displayName; }
    QString status() const { return m_status; }
    /// Queues a frame for the client; cuts the connection off when it has stopped reading.
    void deliver(const QByteArray &frame);
    /// The same, for a frame already made text once for many connections.
    void deliverText(const QString &frame);
    enum class Closing
    {
        Graceful,
        Abort
    };
    void close(Closing how, int code = 1008, const QString &reason = {});
    /// The account changed somewhere: check the token and tier again before the next frame.
    void recheck();
    /// When the token or the tier read last lapses (ms since the epoch, on the server's clock).
    qint64 deadline() const;

private:
    void onText(const QString &text);
    void next();
    /// A frame as it arrived: its type and what decoding it gave.
    struct Queued
    {
        QString type;
        std::variant<protocol::chat::ClientFrame, protocol::chat::FrameError> decoded;
    };
    void handle(const Queued &queued);
    void handleAuth(const QString &token);
    void handleRenewal(const QString &token);
    void runRecheck();
    /// Follows the account's channels as they are now: leaves those no longer readable, joins new ones.
    void applyChannels(const QList<protocol::chat::Channel> &readable);
    /// The token was refused (`code` from AuthService): says why and closes with the matching code.
    void end(const QString &code);
    /// Runs `work` on the chat pool as the token's owner stands now; a refused token ends the session
    /// instead. `work` returns what `done` gets back on this thread. With `followStanding`, a changed
    /// tier or role has the channel list checked before the next frame.
    template <typename R>
    void runAsMember(std::function<R(const AuthUser &)> work, std::function<void(R)> done, bool followStanding = true);
    void handleSend(const protocol::chat::SendFrame &frame);
    void handleResume(const protocol::chat::ResumeFrame &frame);
    void handleRead(const protocol::chat::ReadFrame &frame);
    void handleTyping(const protocol::chat::TypingFrame &frame);
    void handlePresence(const protocol::chat::PresenceFrame &frame);
    void handleDirect(const protocol::chat::DirectFrame &frame);
    /// edit, delete and react: the changed message goes to every reader as message.updated.
    void handleChange(const protocol::chat::ChangeFrame &frame);
    void handleNotify(const protocol::chat::NotifyPref &pref);
    void fail(const QString &code, const QString &message, const QString &ref = {}, int retryAfter = 0);
    void heartbeat();

    ChatHub &m_hub;
    std::unique_ptr<QWebSocket> m_socket;
    AuthUser m_user;
    QString m_token; // kept in memory only, to check the account again
    bool m_live = false;
    bool m_busy = false;
    bool m_closing = false;
    bool m_recheckWanted = false;
    QSet<qint64> m_channels;
    QHash<qint64, QString> m_stamps; // what each channel was last announced as
    QQueue<Queued> m_queue;
    QTimer m_authTimer;
    QTimer m_heartbeat;
    QElapsedTimer m_sinceLastPong;
    QString m_status = QStringLiteral("online");
    QHash<qint64, qint64> m_lastTypingMs; // per channel: typing signals are thinned to one per 2 s
};

} // namespace guild::server
