#pragma once

#include "chat.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

// The frames a chat client sends, as values: the client encodes them, the server decodes them with one
// strict decoder that holds its rules for each field (docs/chat-protocol.md describes them; the
// server's frames are in serverframes.h).
namespace guild::protocol::chat {

struct AuthFrame
{
    QString token;
};

struct SendFrame
{
    qint64 channelId = 0;
    QString clientId;
    QString body;
    qint64 replyTo = 0; ///< 0: not a reply
};

struct ResumeFrame
{
    struct Position
    {
        qint64 channelId = 0;
        qint64 lastSeq = 0;
        std::optional<qint64> lastRev;
    };
    QList<Position> channels;
    static constexpr qsizetype ChannelsMax = 100;
};

struct PingFrame
{
    QJsonValue ref;
};

struct ReadFrame
{
    qint64 channelId = 0;
    qint64 seq = 0;
};

struct TypingFrame
{
    qint64 channelId = 0;
};

struct PresenceFrame
{
    bool away = false;
};

struct DirectFrame
{
    QString username;
};

/// edit, delete and react: one change to one message.
struct ChangeFrame
{
    enum class Kind
    {
        Edit,
        Delete,
        React
    };
    Kind kind = Kind::Edit;
    qint64 messageId = 0;
    QString body;   ///< edit
    QString emoji;  ///< react
    bool on = true; ///< react: add (true) or take back
};

using ClientFrame = std::variant<AuthFrame, SendFrame, ResumeFrame, PingFrame, ReadFrame, TypingFrame, PresenceFrame,
                                 DirectFrame, ChangeFrame, NotifyPref>;

/// Why a frame was refused: the error frame's code and message, and what it is about (`ref`).
struct FrameError
{
    QString code;
    QString message;
    QString ref;
};

/// The frame as its text on the wire.
QByteArray encode(const ClientFrame &frame);

/// Decodes one frame a client sent, by its `type`: wrong types, missing fields and values out of range
/// give the FrameError to answer with; an unknown type gives unknown_type.
std::variant<ClientFrame, FrameError> decodeClientFrame(const QJsonObject &frame);
/// The same from the frame's text: not JSON, not an object or too large are errors too.
std::variant<ClientFrame, FrameError> decodeClientFrame(QByteArrayView text);

} // namespace guild::protocol::chat
