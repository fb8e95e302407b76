#pragma once

#include "chat.h"
#include "types.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>

#include <optional>
#include <variant>

// The frames the chat server sends, as values: the server encodes them, the client decodes them with
// one table keyed on `type` (docs/chat-protocol.md describes each).
namespace guild::protocol::chat {

/// Who is online, in `ready` and as a `presence` frame.
struct PresenceNotice
{
    qint64 userId = 0;
    QString name;
    QString status; ///< online, away or offline

    QJsonObject toJson() const;
    static std::optional<PresenceNotice> fromJson(const QJsonObject &json);
};

/// The connection is live: who the member is, the channels they read, their notification levels and
/// who else is online.
struct ReadyFrame
{
    int protocol = ProtocolVersion;
    User user;
    QList<Channel> channels;
    QList<NotifyPref> notify;
    QList<PresenceNotice> online;
};

/// A sent message was stored (or had been: `duplicate`).
struct AckFrame
{
    QString clientId;
    qint64 id = 0;
    qint64 channelId = 0;
    qint64 seq = 0;
    QDateTime createdAt;
    bool duplicate = false;
};

struct MessageNewFrame
{
    Message message;
};

/// Edited, deleted or reacted to.
struct MessageUpdatedFrame
{
    Message message;
};

/// Resume's answer about changes: messages changed while away, and the revision now covered.
struct ChangesFrame
{
    qint64 channelId = 0;
    QList<Message> messages;
    qint64 rev = 0;
    bool hasMore = false;
};

/// Resume's answer about new messages, oldest first.
struct HistoryFrame
{
    qint64 channelId = 0;
    QList<Message> messages;
    bool hasMore = false;
};

/// A channel the member can now read.
struct ChannelNewFrame
{
    Channel channel;
};

/// A channel the member can no longer read.
struct ChannelRemovedFrame
{
    qint64 channelId = 0;
    QString reason; ///< an error code: membership_required
};

/// Someone is typing in a channel the member reads.
struct TypingNotice
{
    qint64 channelId = 0;
    qint64 userId = 0;
    QString name;
};

/// The member's read marker moved (on this device or another one).
struct ReadNotice
{
    qint64 channelId = 0;
    qint64 seq = 0;
};

struct PongFrame
{
    QJsonValue ref;
};

/// The connection took a refreshed access token.
struct RenewedFrame
{
    QDateTime expiresAt;
};

/// A refusal: `ref` names what it is about (a send's clientId, a message or channel id).
struct ErrorFrame
{
    QString code;
    QString message;
    QString ref;
    int retryAfter = 0;
};

using ServerFrame = std::variant<ReadyFrame, AckFrame, MessageNewFrame, MessageUpdatedFrame, ChangesFrame, HistoryFrame,
                                 ChannelNewFrame, ChannelRemovedFrame, TypingNotice, PresenceNotice, ReadNotice,
                                 NotifyPref, PongFrame, RenewedFrame, ErrorFrame>;

/// The frame as its text on the wire.
QByteArray encode(const ServerFrame &frame);
/// The frame a server sent; nullopt for text that is not one (an unknown type from a newer server, a
/// missing field): the client leaves it alone.
std::optional<ServerFrame> decodeServerFrame(QByteArrayView text);

} // namespace guild::protocol::chat
