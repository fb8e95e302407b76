#pragma once

#include "domain/authuser.h"
#include "presenceboard.h"
#include "protocol/serverframes.h"
#include "sendgroup.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

class QWebSocket;

namespace guild::server {

class AuthService;
class ChatService;
class ChatSession;
class Metrics;

/// Owns the chat connections of this server process: accepts WebSockets, runs their database work on
/// a worker pool, fans new messages out to every subscribed connection, and, on PostgreSQL, to the
/// connections of the other server processes through LISTEN/NOTIFY.
class ChatHub final : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        int burst = 10;                   ///< messages a member may send at once
        double perSecond = 2.0;           ///< sustained rate after the burst
        qint64 maxPendingBytes = 4 << 20; ///< a connection with more unsent data is cut off
        int authTimeoutMs = 10000;
        int heartbeatMs = 15000;
        int deadAfterMs = 45000;
        /// How often connections look for a token or a tier that lapsed with time alone.
        int deadlineSweepMs = 5000;
        int presenceBeatMs = 30000;
        int presenceSilentMs = 75000;
    };

    ChatHub(AuthService &auth, ChatService &chat, Limits limits, QObject *parent = nullptr);
    ~ChatHub() override;

    void accept(std::unique_ptr<QWebSocket> socket);
    /// Another process committed message `seq` of `channelId`: load it and deliver it here.
    void deliverRemote(qint64 channelId, qint64 seq);
    int connectionCount() const { return static_cast<int>(m_sessions.size()); }
    /// Counts fan-out into `metrics` and shows the open connections there.
    void setMetrics(Metrics *metrics);
    /// Shutdown: refuses new connections and closes every open one with "server restarting", so
    /// clients come back, spread out by their jittered backoff, to this process or another.
    void closeAllForRestart();
    const Limits &limits() const { return m_limits; }
    AuthService &auth() { return m_auth; }
    ChatService &chat() { return m_chat; }

    /// Runs `work` on the chat pool, then `done` on this thread if `context` still exists.
    template <typename R>
    void run(QObject *context, std::function<R()> work, std::function<void(R)> done);
    /// Sends are stored and fanned out one at a time, so local subscribers see seq order.
    QMutex &sendOrder() { return m_sendOrder; }
    /// Where sends are stored, in groups (group commit); fanned out here in commit order.
    SendGroup &sendGroup() { return m_sendGroup; }
    /// Token bucket per member (shared by all their connections). Returns seconds to wait, 0 if allowed.
    int takeSendToken(qint64 userId);
    void broadcast(const protocol::chat::Message &message);
    /// message.updated to every connection reading the message's channel.
    void broadcastUpdate(const protocol::chat::Message &message);
    /// Another process changed message `messageId`: load it and deliver it here.
    void deliverRemoteUpdate(qint64 messageId);
    /// Tells every connection of `userId` here about a notification level they set.
    void broadcastNotify(qint64 userId, const protocol::chat::NotifyPref &pref);
    /// Tells every connection of `userId` (on this process) how far they have read `channelId`.
    void broadcastRead(qint64 userId, qint64 channelId, qint64 seq);
    /// A direct channel between a and b exists: their connections here subscribe and hear channel.new.
    /// `requester`, if given, hears channel.new even when it already had the channel (it asked).
    void addDirect(qint64 channelId, qint64 userA, qint64 userB, QPointer<ChatSession> requester = {});
    /// Ephemeral signals, to the other members' connections on this process, and to other processes.
    void broadcastTyping(qint64 channelId, qint64 userId, const QString &name, bool relay);
    /// Another process's member changed status there (relayed): this process's connections hear
    /// what that changes of the member's status in the whole community.
    void remotePresence(const QString &process, qint64 userId, const QString &name, const QString &status);
    /// Tells the other processes every member connected here (another process started, or the beat).
    void relayPresence();
    /// Members online or away on any process, and their status (the `ready` frame's list).
    QList<protocol::chat::PresenceNotice> presenceSnapshot() const { return m_presence.everyone(); }
    /// Called by a session when it has authenticated, before it reports its presence.
    void joined(ChatSession *session);
    /// Called by sessions when they go live or away, or close: keeps per-member presence.
    void sessionPresenceChanged(qint64 userId, const QString &name);
    /// Where ephemeral events go to reach other processes (set by PgFanout).
    void setRelay(std::function<void(const QString &payload)> relay);
    void drain();
    /// The account of `userId` changed (here or on another process): their connections check it again.
    void accountChanged(qint64 userId);
    /// Connections whose token or tier lapsed by the server's clock check again (run every few seconds,
    /// and at once when a test moves the clock).
    void sweepDeadlines();

    void remove(ChatSession *session);

private:
    void showPresence(const protocol::chat::PresenceNotice &notice);

    AuthService &m_auth;
    ChatService &m_chat;
    Limits m_limits;
    QThreadPool m_pool;
    QThreadPool m_remotePool; // one thread: remote messages keep their commit order
    QMutex m_sendOrder;
    SendGroup m_sendGroup;
    QList<ChatSession *> m_sessions;
    /// Authenticated sessions by member: a member's presence is worked out from theirs alone (every
    /// session, in a storm of thousands, made each connection's presence cost them all).
    QHash<qint64, QSet<ChatSession *>> m_byMember;
    Metrics *m_metrics = nullptr;
    std::atomic<int> m_openSockets{0}; ///< m_sessions.size() for readers on other threads (/metrics)
    bool m_closingForRestart = false;
    PresenceBoard m_presence;
    /// With other processes: repeat our members every 30 s, forget a process silent for 75 s.
    QTimer m_presenceBeat;
    std::function<void(const QString &)> m_relay;
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    QHash<qint64, Bucket> m_buckets;
    QTimer m_deadlineSweep;
};

template <typename R>
void ChatHub::run(QObject *context, std::function<R()> work, std::function<void(R)> done)
{
    QPointer<QObject> guard(context);
    m_pool.start([this, guard, work = std::move(work), done = std::move(done)] {
        auto result = std::make_shared<R>(work());
        QMetaObject::invokeMethod(this, [guard, done, result] {
            if (guard) {
                done(std::move(*result));
            }
        });
    });
}

} // namespace guild::server
