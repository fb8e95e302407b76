#pragma once

#include "tier.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLatin1StringView>

#include <array>
#include <optional>

// Chat over WebSocket: frame types and the values they carry. docs/chat-protocol.md is the reference.
namespace guild::protocol::chat {

inline constexpr int ProtocolVersion = 1;
inline constexpr QLatin1StringView Path{"/ws"};

namespace frames {
// client -> server
inline constexpr QLatin1StringView Auth{"auth"};
inline constexpr QLatin1StringView Send{"send"};
inline constexpr QLatin1StringView Resume{"resume"};
inline constexpr QLatin1StringView Ping{"ping"};
inline constexpr QLatin1StringView Read{"read"};                      // both ways: the member read up to seq
inline constexpr QLatin1StringView Typing{"typing"};                  // both ways: someone is typing in a channel
inline constexpr QLatin1StringView Presence{"presence"};              // both ways: online / away / offline
inline constexpr QLatin1StringView Direct{"direct"};                  // client: open a direct conversation
inline constexpr QLatin1StringView ChannelNew{"channel.new"};         // server: a channel the member can now read
inline constexpr QLatin1StringView ChannelRemoved{"channel.removed"}; // server: one they can no longer read
inline constexpr QLatin1StringView Edit{"edit"};                      // client: the author changes a message's body
inline constexpr QLatin1StringView Delete{"delete"};                  // client: the author (or an admin) removes one
inline constexpr QLatin1StringView React{"react"};                    // client: add or take back a reaction
inline constexpr QLatin1StringView Notify{"notify"};                  // both ways: a channel's or thread's level
/// Every type a client may send; anything else is refused with unknown_type (the authorization matrix
/// test walks this list).
inline constexpr std::array ClientTypes{Auth,     Send,   Resume, Ping,   Read,  Typing,
                                        Presence, Direct, Edit,   Delete, React, Notify};
// server -> client
inline constexpr QLatin1StringView Ready{"ready"};
inline constexpr QLatin1StringView Ack{"ack"};
inline constexpr QLatin1StringView MessageNew{"message.new"};
inline constexpr QLatin1StringView MessageUpdated{"message.updated"}; // edited, deleted or reacted to
inline constexpr QLatin1StringView Changes{"changes"};                // resume: what changed while away
inline constexpr QLatin1StringView History{"history"};
inline constexpr QLatin1StringView Pong{"pong"};
inline constexpr QLatin1StringView Error{"error"};
inline constexpr QLatin1StringView Renewed{"auth.renewed"}; // a live connection's token was replaced
} // namespace frames

namespace errors {
inline constexpr QLatin1StringView BadFrame{"bad_frame"};
inline constexpr QLatin1StringView UnknownType{"unknown_type"};
inline constexpr QLatin1StringView TooLarge{"too_large"};
inline constexpr QLatin1StringView AuthRequired{"auth_required"};
inline constexpr QLatin1StringView AuthFailed{"auth_failed"};
inline constexpr QLatin1StringView NoSuchChannel{"no_such_channel"};
inline constexpr QLatin1StringView NoSuchMember{"no_such_member"};
inline constexpr QLatin1StringView NoSuchMessage{"no_such_message"};
inline constexpr QLatin1StringView NotAllowed{"not_allowed"};
inline constexpr QLatin1StringView MembershipRequired{"membership_required"};
inline constexpr QLatin1StringView RateLimited{"rate_limited"};
inline constexpr QLatin1StringView SlowConsumer{"slow_consumer"};
inline constexpr QLatin1StringView Internal{"internal"};
inline constexpr QLatin1StringView SessionEnded{"session_ended"};
inline constexpr QLatin1StringView TokenExpired{"token_expired"};
/// The account was banned (the REST code of the same name; the connection then closes with 4003).
inline constexpr QLatin1StringView AccountBanned{"account_banned"};
} // namespace errors

/// Close codes (WebSocket application range) that say why the server ended a connection.
namespace closecodes {
/// Signed out, sessions revoked, or a reused refresh token ended the login: sign in again.
inline constexpr int SessionEnded = 4001;
/// The access token expired without being renewed: refresh it and reconnect.
inline constexpr int TokenExpired = 4002;
/// The account was banned.
inline constexpr int Banned = 4003;
/// The server process is shutting down (a restart, a deploy): reconnect after a jittered delay, to it
/// or to another process behind the proxy. (Not WebSocket's 1012, which Qt's client rejects as invalid.)
inline constexpr int ServerRestarting = 4010;
} // namespace closecodes

namespace limits {
inline constexpr qsizetype MessageBodyMax = 4000;
inline constexpr qsizetype FrameBytesMax = 64 * 1024;
inline constexpr qsizetype ClientIdMax = 64;
inline constexpr int HistoryPageMax = 200;
inline constexpr qsizetype EmojiMax = 16;   ///< UTF-16 units: one emoji with its modifiers
inline constexpr int ReactionKindsMax = 20; ///< different emoji on one message
} // namespace limits

struct Channel
{
    qint64 id = 0;
    QString name;
    QString topic;
    Tier requiredTier = Tier::Free;
    qint64 lastSeq = 0;
    /// How far the member has read (in ready and GET /channels); 0 when never opened.
    qint64 lastReadSeq = 0;
    /// The channel's revision: every new, edited, deleted or reacted-to message takes the next one.
    qint64 lastRev = 0;
    /// A direct conversation with one other member: `name` is then that member's display name.
    bool direct = false;
    qint64 peerId = 0;

    QJsonObject toJson() const;
    static std::optional<Channel> fromJson(const QJsonObject &json);
};

/// One emoji on a message and who chose it, in the order they did.
struct Reaction
{
    QString emoji;
    QList<qint64> userIds;

    friend bool operator==(const Reaction &, const Reaction &) = default;
};

struct Message
{
    qint64 id = 0;
    qint64 channelId = 0;
    qint64 seq = 0;
    QString clientId;
    qint64 senderId = 0;
    QString senderName;
    QString body;
    qint64 replyTo = 0;
    QDateTime createdAt;
    /// The channel revision of this message's latest change (see Channel::lastRev).
    qint64 rev = 0;
    /// Invalid unless the body was edited.
    QDateTime editedAt;
    /// Deleted messages keep their place (seq) with an empty body.
    bool deleted = false;
    QList<Reaction> reactions;

    QJsonObject toJson() const;
    static std::optional<Message> fromJson(const QJsonObject &json);
};

/// How much of a channel or thread the member wants to hear about.
enum class NotifyLevel
{
    All = 0,
    Mentions = 1,
    Muted = 2
};
QString notifyLevelCode(NotifyLevel level);
std::optional<NotifyLevel> notifyLevelFromCode(const QString &code);

/// A member's notification choice for a channel (threadId 0) or for one thread in it (threadId: the
/// id of the thread's first message).
struct NotifyPref
{
    qint64 channelId = 0;
    qint64 threadId = 0;
    NotifyLevel level = NotifyLevel::All;

    QJsonObject toJson() const;
    static std::optional<NotifyPref> fromJson(const QJsonObject &json);
    friend bool operator==(const NotifyPref &, const NotifyPref &) = default;
};

/// Valid as a reaction: 1 to EmojiMax characters, no spaces, controls or ASCII letters and digits
/// (so reactions stay pictures, not words).
bool isValidEmoji(const QString &emoji);

} // namespace guild::protocol::chat
