#pragma once

#include "tier.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLatin1StringView>

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
inline constexpr QLatin1StringView Read{"read"};              // both ways: the member read up to seq
inline constexpr QLatin1StringView Typing{"typing"};          // both ways: someone is typing in a channel
inline constexpr QLatin1StringView Presence{"presence"};      // both ways: online / away / offline
inline constexpr QLatin1StringView Direct{"direct"};          // client: open a direct conversation
inline constexpr QLatin1StringView ChannelNew{"channel.new"}; // server: a channel the member can now read
// server -> client
inline constexpr QLatin1StringView Ready{"ready"};
inline constexpr QLatin1StringView Ack{"ack"};
inline constexpr QLatin1StringView MessageNew{"message.new"};
inline constexpr QLatin1StringView History{"history"};
inline constexpr QLatin1StringView Pong{"pong"};
inline constexpr QLatin1StringView Error{"error"};
} // namespace frames

namespace errors {
inline constexpr QLatin1StringView BadFrame{"bad_frame"};
inline constexpr QLatin1StringView UnknownType{"unknown_type"};
inline constexpr QLatin1StringView TooLarge{"too_large"};
inline constexpr QLatin1StringView AuthRequired{"auth_required"};
inline constexpr QLatin1StringView AuthFailed{"auth_failed"};
inline constexpr QLatin1StringView NoSuchChannel{"no_such_channel"};
inline constexpr QLatin1StringView NoSuchMember{"no_such_member"};
inline constexpr QLatin1StringView MembershipRequired{"membership_required"};
inline constexpr QLatin1StringView RateLimited{"rate_limited"};
inline constexpr QLatin1StringView SlowConsumer{"slow_consumer"};
inline constexpr QLatin1StringView Internal{"internal"};
} // namespace errors

namespace limits {
inline constexpr qsizetype MessageBodyMax = 4000;
inline constexpr qsizetype FrameBytesMax = 64 * 1024;
inline constexpr qsizetype ClientIdMax = 64;
inline constexpr int HistoryPageMax = 200;
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
    /// A direct conversation with one other member: `name` is then that member's display name.
    bool direct = false;
    qint64 peerId = 0;

    QJsonObject toJson() const;
    static std::optional<Channel> fromJson(const QJsonObject &json);
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

    QJsonObject toJson() const;
    static std::optional<Message> fromJson(const QJsonObject &json);
};

/// A frame: {"type": ..., ...fields}.
QByteArray frame(QLatin1StringView type, QJsonObject fields = {});
QByteArray errorFrame(const QString &code, const QString &message, const QString &ref = {}, int retryAfter = 0);

} // namespace guild::protocol::chat
