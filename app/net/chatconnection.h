#pragma once

#include "backoff.h"
#include "protocol/chatframes.h"
#include "protocol/serverframes.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <functional>

namespace guild::app {

/// The client's chat link: one WebSocket with explicit states, authentication by first frame,
/// heartbeats that notice a dead link, and reconnection with exponential backoff and jitter.
/// It knows frames, not storage: ChatService decides what to resume and what to resend.
class ChatConnection final : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Disconnected,
        Connecting,
        Authenticating,
        Live,
        Backoff
    };
    Q_ENUM(State)

    /// `token` is asked for on every connect, so a refreshed access token is picked up.
    ChatConnection(std::function<QString()> token, QObject *parent = nullptr);
    ~ChatConnection() override;

    void setServer(const QUrl &httpBase);
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates) { m_extraCa = certificates; }
    void start();
    void stop();
    State state() const { return m_state; }
    Backoff &backoff() { return m_backoff; }
    void setHeartbeat(int intervalMs, int deadAfterMs);

    void send(qint64 channelId, const QString &clientId, const QString &body, qint64 replyTo = 0);
    /// Where to pick a channel up; with lastRev set, also the changes (edits, deletes, reactions) after it.
    using ResumePoint = protocol::chat::ResumeFrame::Position;
    void resume(const QList<ResumePoint> &points);
    void edit(qint64 messageId, const QString &body);
    void remove(qint64 messageId);
    void react(qint64 messageId, const QString &emoji, bool on);
    void setNotifyLevel(const protocol::chat::NotifyPref &pref);
    void markRead(qint64 channelId, qint64 seq);
    void sendTyping(qint64 channelId);
    void sendPresence(bool away);
    /// Asks for the direct conversation with `username`; the answer is channelAdded (or an error).
    void openDirect(const QString &username);
    /// Hands a refreshed access token to the live connection, so it outlives the old one.
    void renewToken(const QString &accessToken);

Q_SIGNALS:
    void stateChanged(guild::app::ChatConnection::State state);
    void ready(const QList<guild::protocol::chat::Channel> &channels,
               const QList<guild::protocol::chat::NotifyPref> &notifyLevels);
    /// A message was edited, deleted or reacted to (or a change asked for here was a no-op).
    void messageUpdated(const guild::protocol::chat::Message &message);
    /// Resume's answer about changes: messages changed while away, and the revision now covered.
    void changesReceived(qint64 channelId, const QList<guild::protocol::chat::Message> &messages, qint64 rev,
                         bool hasMore);
    /// The member set a notification level (here or on another device).
    void notifyLevelChanged(const guild::protocol::chat::NotifyPref &pref);
    void messageReceived(const guild::protocol::chat::Message &message);
    void acknowledged(const QString &clientId, const guild::protocol::chat::Message &stored);
    void historyReceived(qint64 channelId, const QList<guild::protocol::chat::Message> &messages, bool hasMore);
    void sendRefused(const QString &clientId, const QString &code, const QString &message, int retryAfter);
    /// The member's read marker moved (on this device or another one).
    void readMarker(qint64 channelId, qint64 seq);
    /// A channel the member can now read (a direct conversation someone opened, a tier gained).
    void channelAdded(const guild::protocol::chat::Channel &channel);
    /// A channel the member can no longer read (their tier lapsed or was taken away).
    void channelRemoved(qint64 channelId);
    /// An error about a request that was not a send (for example an unknown member for a direct message).
    void requestFailed(const QString &code, const QString &message);
    void typing(qint64 channelId, qint64 userId, const QString &name);
    /// status: "online", "away" or "offline".
    void presence(qint64 userId, const QString &name, const QString &status);
    /// The server refused the token, or closed the link because it expired or the login ended: the owner
    /// should refresh it (or sign in again); the connection retries with backoff.
    void authenticationFailed();

private:
    void setState(State state);
    void connectNow();
    void scheduleReconnect();
    void onText(const QString &text);
    void sendFrame(const protocol::chat::ClientFrame &frame);
    // One handler per frame the server sends (protocol/serverframes.h).
    void on(const protocol::chat::ReadyFrame &f);
    void on(const protocol::chat::AckFrame &f);
    void on(const protocol::chat::MessageNewFrame &f);
    void on(const protocol::chat::MessageUpdatedFrame &f);
    void on(const protocol::chat::ChangesFrame &f);
    void on(const protocol::chat::HistoryFrame &f);
    void on(const protocol::chat::ChannelNewFrame &f);
    void on(const protocol::chat::ChannelRemovedFrame &f);
    void on(const protocol::chat::TypingNotice &f);
    void on(const protocol::chat::PresenceNotice &f);
    void on(const protocol::chat::ReadNotice &f);
    void on(const protocol::chat::NotifyPref &f);
    void on(const protocol::chat::PongFrame &) {}
    void on(const protocol::chat::RenewedFrame &) {}
    void on(const protocol::chat::ErrorFrame &f);

    std::function<QString()> m_token;
    QUrl m_url;
    QList<QSslCertificate> m_extraCa;
    QWebSocket m_socket;
    State m_state = State::Disconnected;
    bool m_wanted = false;
    Backoff m_backoff;
    QTimer m_retry;
    QTimer m_heartbeat;
    qint64 m_lastFrameMs = 0;
    int m_deadAfterMs = 45000;
    QSet<QString> m_changeRefs; // message ids with an edit, delete or reaction in flight
};

} // namespace guild::app
