#include "serverframes.h"

#include "contract.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

using namespace Qt::StringLiterals;

namespace guild::protocol::chat {

namespace {

/// Every item of `json[key]` that reads as a T (a newer server's additions are left out).
template <typename T>
QList<T> items(const QJsonObject &json, const QString &key)
{
    QList<T> out;
    for (const QJsonValue &v : json.value(key).toArray()) {
        if (auto item = T::fromJson(v.toObject())) {
            out.append(*item);
        }
    }
    return out;
}

bool isId(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() >= 1 && value.toDouble() == static_cast<double>(value.toInteger());
}

/// Each frame's type and fields.
struct Encoder
{
    std::pair<QLatin1StringView, QJsonObject> operator()(const ReadyFrame &f) const
    {
        return {frames::Ready,
                {{u"protocol"_s, f.protocol},
                 {u"user"_s, f.user.toJson()},
                 {u"channels"_s, jsonArray(f.channels)},
                 {u"notify"_s, jsonArray(f.notify)},
                 {u"online"_s, jsonArray(f.online)}}};
    }
    std::pair<QLatin1StringView, QJsonObject> operator()(const AckFrame &f) const
    {
        return {frames::Ack,
                {{u"clientId"_s, f.clientId},
                 {u"id"_s, f.id},
                 {u"channelId"_s, f.channelId},
                 {u"seq"_s, f.seq},
                 {u"createdAt"_s, toIsoUtc(f.createdAt)},
                 {u"duplicate"_s, f.duplicate}}};
    }
    std::pair<QLatin1StringView, QJsonObject> operator()(const MessageNewFrame &f) const
    {
        return {frames::MessageNew, {{u"message"_s, f.message.toJson()}}};
    }
    std::pair<QLatin1StringView, QJsonObject> operator()(const MessageUpdatedFrame &f) const
    {
        return {frames::MessageUpdated, {{u"message"_s, f.message.toJson()}}};
    }
    std::pair<QLatin1StringView, QJsonObject> operator()(const ChangesFrame &f) const
    {
        return {frames::Changes,
                {{u"channelId"_s, f.channelId},
                 {u"messages"_s, jsonArray(f.messages)},
                 {u"rev"_s, f.rev},
                 {u"hasMore"_s, f.hasMore}}};
    }
    std::pair<QLatin1StringView, QJsonObject> operator()(const HistoryFrame &f) const
    {
        return {frames::History,
                {{u"channelId"_s, f.channelId}, {u"messages"_s, jsonArray(f.messages)}, {u"hasMore"_s, f.hasMore}}};
    }
    std::pair<QLatin1StringView, QJsonObject> operator()(const ChannelNewFrame &f) const
    {
        return {frames::ChannelNew, {{u"channel"_s, f.channel.toJson()}}};
    }
    std::pair<QLatin1StringView, QJsonObject> operator()(const ChannelRemovedFrame &f) const
    {
        return {frames::ChannelRemoved, {{u"channelId"_s, f.channelId}, {u"reason"_s, f.reason}}};
    }
    std::pair<QLatin1StringView, QJsonObject> operator()(const TypingNotice &f) const
    {
        return {frames::Typing, {{u"channelId"_s, f.channelId}, {u"userId"_s, f.userId}, {u"name"_s, f.name}}};
    }
    std::pair<QLatin1StringView, QJsonObject> operator()(const PresenceNotice &f) const
    {
        return {frames::Presence, f.toJson()};
    }
    std::pair<QLatin1StringView, QJsonObject> operator()(const ReadNotice &f) const
    {
        return {frames::Read, {{u"channelId"_s, f.channelId}, {u"seq"_s, f.seq}}};
    }
    std::pair<QLatin1StringView, QJsonObject> operator()(const NotifyPref &f) const
    {
        return {frames::Notify, f.toJson()};
    }
    std::pair<QLatin1StringView, QJsonObject> operator()(const PongFrame &f) const
    {
        return {frames::Pong, {{u"ref"_s, f.ref}}};
    }
    std::pair<QLatin1StringView, QJsonObject> operator()(const RenewedFrame &f) const
    {
        return {frames::Renewed, {{u"expiresAt"_s, toIsoUtc(f.expiresAt)}}};
    }
    std::pair<QLatin1StringView, QJsonObject> operator()(const ErrorFrame &f) const
    {
        QJsonObject fields{{u"code"_s, f.code}, {u"message"_s, f.message}};
        if (!f.ref.isEmpty()) {
            fields.insert(u"ref"_s, f.ref);
        }
        if (f.retryAfter > 0) {
            fields.insert(u"retryAfter"_s, f.retryAfter);
        }
        return {frames::Error, fields};
    }
};

using Decoded = std::optional<ServerFrame>;
using Decoder = std::function<Decoded(const QJsonObject &)>;

Decoded decodeReady(const QJsonObject &f)
{
    const auto user = User::fromJson(f.value(u"user"_s).toObject());
    if (!user || !f.value(u"channels"_s).isArray()) {
        return std::nullopt;
    }
    return ReadyFrame{f.value(u"protocol"_s).toInt(), *user, items<Channel>(f, u"channels"_s),
                      items<NotifyPref>(f, u"notify"_s), items<PresenceNotice>(f, u"online"_s)};
}

Decoded decodeAck(const QJsonObject &f)
{
    if (!f.value(u"clientId"_s).isString() || !isId(f.value(u"id"_s)) || !isId(f.value(u"channelId"_s))) {
        return std::nullopt;
    }
    return AckFrame{f.value(u"clientId"_s).toString(),
                    f.value(u"id"_s).toInteger(),
                    f.value(u"channelId"_s).toInteger(),
                    f.value(u"seq"_s).toInteger(),
                    fromIsoUtc(f.value(u"createdAt"_s).toString()),
                    f.value(u"duplicate"_s).toBool()};
}

template <typename T>
Decoded decodeMessage(const QJsonObject &f)
{
    if (auto m = Message::fromJson(f.value(u"message"_s).toObject())) {
        return T{*m};
    }
    return std::nullopt;
}

Decoded decodeChanges(const QJsonObject &f)
{
    if (!isId(f.value(u"channelId"_s))) {
        return std::nullopt;
    }
    return ChangesFrame{f.value(u"channelId"_s).toInteger(), items<Message>(f, u"messages"_s),
                        f.value(u"rev"_s).toInteger(), f.value(u"hasMore"_s).toBool()};
}

Decoded decodeHistory(const QJsonObject &f)
{
    if (!isId(f.value(u"channelId"_s))) {
        return std::nullopt;
    }
    return HistoryFrame{f.value(u"channelId"_s).toInteger(), items<Message>(f, u"messages"_s),
                        f.value(u"hasMore"_s).toBool()};
}

Decoded decodeChannelNew(const QJsonObject &f)
{
    if (auto c = Channel::fromJson(f.value(u"channel"_s).toObject())) {
        return ChannelNewFrame{*c};
    }
    return std::nullopt;
}

Decoded decodeChannelRemoved(const QJsonObject &f)
{
    if (!isId(f.value(u"channelId"_s))) {
        return std::nullopt;
    }
    return ChannelRemovedFrame{f.value(u"channelId"_s).toInteger(), f.value(u"reason"_s).toString()};
}

Decoded decodeTyping(const QJsonObject &f)
{
    if (!isId(f.value(u"channelId"_s)) || !isId(f.value(u"userId"_s))) {
        return std::nullopt;
    }
    return TypingNotice{f.value(u"channelId"_s).toInteger(), f.value(u"userId"_s).toInteger(),
                        f.value(u"name"_s).toString()};
}

Decoded decodeRead(const QJsonObject &f)
{
    if (!isId(f.value(u"channelId"_s)) || !f.value(u"seq"_s).isDouble()) {
        return std::nullopt;
    }
    return ReadNotice{f.value(u"channelId"_s).toInteger(), f.value(u"seq"_s).toInteger()};
}

Decoded decodeError(const QJsonObject &f)
{
    if (!f.value(u"code"_s).isString()) {
        return std::nullopt;
    }
    return ErrorFrame{f.value(u"code"_s).toString(), f.value(u"message"_s).toString(), f.value(u"ref"_s).toString(),
                      f.value(u"retryAfter"_s).toInt()};
}

template <typename T>
Decoded decodeWith(const QJsonObject &f)
{
    if (auto value = T::fromJson(f)) {
        return *value;
    }
    return std::nullopt;
}

const QHash<QString, Decoder> &decoders()
{
    static const QHash<QString, Decoder> table{
        {QString(frames::Ready), decodeReady},
        {QString(frames::Ack), decodeAck},
        {QString(frames::MessageNew), decodeMessage<MessageNewFrame>},
        {QString(frames::MessageUpdated), decodeMessage<MessageUpdatedFrame>},
        {QString(frames::Changes), decodeChanges},
        {QString(frames::History), decodeHistory},
        {QString(frames::ChannelNew), decodeChannelNew},
        {QString(frames::ChannelRemoved), decodeChannelRemoved},
        {QString(frames::Typing), decodeTyping},
        {QString(frames::Presence), decodeWith<PresenceNotice>},
        {QString(frames::Read), decodeRead},
        {QString(frames::Notify), decodeWith<NotifyPref>},
        {QString(frames::Pong), [](const QJsonObject &f) -> Decoded { return PongFrame{f.value(u"ref"_s)}; }},
        {QString(frames::Renewed),
         [](const QJsonObject &f) -> Decoded { return RenewedFrame{fromIsoUtc(f.value(u"expiresAt"_s).toString())}; }},
        {QString(frames::Error), decodeError},
    };
    return table;
}

} // namespace

QJsonObject PresenceNotice::toJson() const
{
    return {{u"userId"_s, userId}, {u"name"_s, name}, {u"status"_s, status}};
}

std::optional<PresenceNotice> PresenceNotice::fromJson(const QJsonObject &json)
{
    const QString status = json.value(u"status"_s).toString();
    if (!isId(json.value(u"userId"_s)) || (status != u"online"_s && status != u"away"_s && status != u"offline"_s)) {
        return std::nullopt;
    }
    return PresenceNotice{json.value(u"userId"_s).toInteger(), json.value(u"name"_s).toString(), status};
}

QByteArray encode(const ServerFrame &frame)
{
    auto [type, fields] = std::visit(Encoder{}, frame);
    fields.insert(u"type"_s, QString(type));
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

std::optional<ServerFrame> decodeServerFrame(QByteArrayView text)
{
    const QJsonObject f = QJsonDocument::fromJson(text.toByteArray()).object();
    const auto decoder = decoders().constFind(f.value(u"type"_s).toString());
    return decoder == decoders().cend() ? std::nullopt : (*decoder)(f);
}

} // namespace guild::protocol::chat
