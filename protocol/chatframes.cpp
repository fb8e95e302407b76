#include "chatframes.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

using namespace Qt::StringLiterals;

namespace guild::protocol::chat {

namespace {

bool isInteger(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == static_cast<double>(value.toInteger());
}

FrameError bad(const QString &message, const QString &ref = {})
{
    return {QString(errors::BadFrame), message, ref};
}

using Result = std::variant<ClientFrame, FrameError>;
using Decoder = std::function<Result(const QJsonObject &)>;

Result decodeAuth(const QJsonObject &f)
{
    const QJsonValue token = f.value(u"token"_s);
    if (!token.isString()) {
        return FrameError{QString(errors::AuthFailed), u"'token' must be a string."_s, {}};
    }
    return AuthFrame{token.toString()};
}

Result decodeSend(const QJsonObject &f)
{
    const QJsonValue channelId = f.value(u"channelId"_s);
    const QJsonValue clientId = f.value(u"clientId"_s);
    const QJsonValue body = f.value(u"body"_s);
    const QJsonValue replyTo = f.value(u"replyTo"_s);
    if (!isInteger(channelId) || !clientId.isString() || !body.isString() ||
        (!replyTo.isUndefined() && !isInteger(replyTo))) {
        return bad(u"'send' needs channelId (integer), clientId (string) and body (string)."_s, clientId.toString());
    }
    return SendFrame{channelId.toInteger(), clientId.toString(), body.toString(), replyTo.toInteger()};
}

Result decodeResume(const QJsonObject &f)
{
    const QJsonValue channels = f.value(u"channels"_s);
    if (!channels.isArray() || channels.toArray().size() > ResumeFrame::ChannelsMax) {
        return bad(u"'resume' needs channels: [{channelId, lastSeq}] (at most %1)."_s.arg(ResumeFrame::ChannelsMax));
    }
    ResumeFrame resume;
    for (const QJsonValue &v : channels.toArray()) {
        const QJsonValue id = v.toObject().value(u"channelId"_s);
        const QJsonValue last = v.toObject().value(u"lastSeq"_s);
        const QJsonValue rev = v.toObject().value(u"lastRev"_s);
        if (!isInteger(id) || !isInteger(last) || last.toInteger() < 0 ||
            (!rev.isUndefined() && (!isInteger(rev) || rev.toInteger() < 0))) {
            return bad(u"Each resume entry needs integer channelId, lastSeq >= 0 and optionally lastRev >= 0."_s);
        }
        resume.channels.append(
            {id.toInteger(), last.toInteger(), rev.isUndefined() ? std::nullopt : std::optional(rev.toInteger())});
    }
    return resume;
}

Result decodeRead(const QJsonObject &f)
{
    const QJsonValue channelId = f.value(u"channelId"_s);
    const QJsonValue seq = f.value(u"seq"_s);
    if (!isInteger(channelId) || !isInteger(seq) || seq.toInteger() < 0) {
        return bad(u"'read' needs integer channelId and seq >= 0."_s);
    }
    return ReadFrame{channelId.toInteger(), seq.toInteger()};
}

Result decodeTyping(const QJsonObject &f)
{
    const QJsonValue channelId = f.value(u"channelId"_s);
    if (!isInteger(channelId)) {
        return bad(u"'typing' needs an integer channelId."_s);
    }
    return TypingFrame{channelId.toInteger()};
}

Result decodePresence(const QJsonObject &f)
{
    const QString status = f.value(u"status"_s).toString();
    if (status != u"online"_s && status != u"away"_s) {
        return bad(u"'presence' status is online or away."_s);
    }
    return PresenceFrame{status == u"away"_s};
}

Result decodeDirect(const QJsonObject &f)
{
    const QJsonValue username = f.value(u"username"_s);
    if (!username.isString() || username.toString().size() > 64) {
        return bad(u"'direct' needs the other member's username."_s);
    }
    return DirectFrame{username.toString()};
}

Result decodeChange(ChangeFrame::Kind kind, const QJsonObject &f)
{
    const QJsonValue messageId = f.value(u"messageId"_s);
    const QJsonValue body = f.value(u"body"_s);
    const QJsonValue emoji = f.value(u"emoji"_s);
    const QJsonValue on = f.value(u"on"_s);
    const QString ref = isInteger(messageId) ? QString::number(messageId.toInteger()) : QString();
    const bool valid = isInteger(messageId) && (kind != ChangeFrame::Kind::Edit || body.isString()) &&
                       (kind != ChangeFrame::Kind::React || (emoji.isString() && (on.isUndefined() || on.isBool())));
    if (!valid) {
        const QString type = f.value(u"type"_s).toString();
        return bad(u"'%1' needs an integer messageId%2."_s.arg(
                       type, kind == ChangeFrame::Kind::Edit    ? u" and a string body"_s
                             : kind == ChangeFrame::Kind::React ? u", a string emoji and optionally a boolean on"_s
                                                                : QString()),
                   ref);
    }
    return ChangeFrame{kind, messageId.toInteger(), body.toString(), emoji.toString(), on.toBool(true)};
}

Result decodeNotify(const QJsonObject &f)
{
    if (const auto pref = NotifyPref::fromJson(f)) {
        return *pref;
    }
    return bad(u"'notify' needs channelId, optionally threadId, and level: all, mentions or muted."_s);
}

const QHash<QString, Decoder> &decoders()
{
    static const QHash<QString, Decoder> table{
        {QString(frames::Auth), decodeAuth},
        {QString(frames::Send), decodeSend},
        {QString(frames::Resume), decodeResume},
        {QString(frames::Ping), [](const QJsonObject &f) -> Result { return PingFrame{f.value(u"ref"_s)}; }},
        {QString(frames::Read), decodeRead},
        {QString(frames::Typing), decodeTyping},
        {QString(frames::Presence), decodePresence},
        {QString(frames::Direct), decodeDirect},
        {QString(frames::Edit), [](const QJsonObject &f) { return decodeChange(ChangeFrame::Kind::Edit, f); }},
        {QString(frames::Delete), [](const QJsonObject &f) { return decodeChange(ChangeFrame::Kind::Delete, f); }},
        {QString(frames::React), [](const QJsonObject &f) { return decodeChange(ChangeFrame::Kind::React, f); }},
        {QString(frames::Notify), decodeNotify},
    };
    return table;
}

/// Each frame's type and fields.
struct Encoder
{
    std::pair<QLatin1StringView, QJsonObject> operator()(const AuthFrame &f) const
    {
        return {frames::Auth, {{u"token"_s, f.token}}};
    }
    std::pair<QLatin1StringView, QJsonObject> operator()(const SendFrame &f) const
    {
        QJsonObject fields{{u"channelId"_s, f.channelId}, {u"clientId"_s, f.clientId}, {u"body"_s, f.body}};
        if (f.replyTo > 0) {
            fields.insert(u"replyTo"_s, f.replyTo);
        }
        return {frames::Send, fields};
    }
    std::pair<QLatin1StringView, QJsonObject> operator()(const ResumeFrame &f) const
    {
        QJsonArray channels;
        for (const ResumeFrame::Position &p : f.channels) {
            QJsonObject entry{{u"channelId"_s, p.channelId}, {u"lastSeq"_s, p.lastSeq}};
            if (p.lastRev) {
                entry.insert(u"lastRev"_s, *p.lastRev);
            }
            channels.append(entry);
        }
        return {frames::Resume, {{u"channels"_s, channels}}};
    }
    std::pair<QLatin1StringView, QJsonObject> operator()(const PingFrame &f) const
    {
        return {frames::Ping, f.ref.isUndefined() || f.ref.isNull() ? QJsonObject() : QJsonObject{{u"ref"_s, f.ref}}};
    }
    std::pair<QLatin1StringView, QJsonObject> operator()(const ReadFrame &f) const
    {
        return {frames::Read, {{u"channelId"_s, f.channelId}, {u"seq"_s, f.seq}}};
    }
    std::pair<QLatin1StringView, QJsonObject> operator()(const TypingFrame &f) const
    {
        return {frames::Typing, {{u"channelId"_s, f.channelId}}};
    }
    std::pair<QLatin1StringView, QJsonObject> operator()(const PresenceFrame &f) const
    {
        return {frames::Presence, {{u"status"_s, f.away ? u"away"_s : u"online"_s}}};
    }
    std::pair<QLatin1StringView, QJsonObject> operator()(const DirectFrame &f) const
    {
        return {frames::Direct, {{u"username"_s, f.username}}};
    }
    std::pair<QLatin1StringView, QJsonObject> operator()(const ChangeFrame &f) const
    {
        switch (f.kind) {
        case ChangeFrame::Kind::Edit:
            return {frames::Edit, {{u"messageId"_s, f.messageId}, {u"body"_s, f.body}}};
        case ChangeFrame::Kind::Delete:
            return {frames::Delete, {{u"messageId"_s, f.messageId}}};
        case ChangeFrame::Kind::React:
            break;
        }
        return {frames::React, {{u"messageId"_s, f.messageId}, {u"emoji"_s, f.emoji}, {u"on"_s, f.on}}};
    }
    std::pair<QLatin1StringView, QJsonObject> operator()(const NotifyPref &f) const
    {
        return {frames::Notify, f.toJson()};
    }
};

} // namespace

QByteArray encode(const ClientFrame &frame)
{
    auto [type, fields] = std::visit(Encoder{}, frame);
    fields.insert(u"type"_s, QString(type));
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

std::variant<ClientFrame, FrameError> decodeClientFrame(const QJsonObject &frame)
{
    const QString type = frame.value(u"type"_s).toString();
    const auto decoder = decoders().constFind(type);
    if (decoder == decoders().cend()) {
        return FrameError{QString(errors::UnknownType), u"Unknown frame type '%1'."_s.arg(type.left(32)), {}};
    }
    return (*decoder)(frame);
}

std::variant<ClientFrame, FrameError> decodeClientFrame(QByteArrayView text)
{
    if (text.size() > limits::FrameBytesMax) {
        return FrameError{
            QString(errors::TooLarge), u"Frames are limited to %1 bytes."_s.arg(limits::FrameBytesMax), {}};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return bad(u"A frame is one JSON object."_s);
    }
    return decodeClientFrame(doc.object());
}

} // namespace guild::protocol::chat
