#include "chat.h"

#include "types.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace guild::protocol::chat {

QJsonObject Channel::toJson() const
{
    return {{u"id"_s, id},
            {u"name"_s, name},
            {u"topic"_s, topic},
            {u"requiredTier"_s, tierCode(requiredTier)},
            {u"lastSeq"_s, lastSeq},
            {u"lastReadSeq"_s, lastReadSeq},
            {u"kind"_s, direct ? u"direct"_s : u"public"_s},
            {u"peerId"_s, peerId}};
}

std::optional<Channel> Channel::fromJson(const QJsonObject &json)
{
    const auto tier = tierFromCode(json.value(u"requiredTier"_s).toString());
    if (!json.value(u"id"_s).isDouble() || !json.value(u"name"_s).isString() || !tier) {
        return std::nullopt;
    }
    return Channel{json.value(u"id"_s).toInteger(),
                   json.value(u"name"_s).toString(),
                   json.value(u"topic"_s).toString(),
                   *tier,
                   json.value(u"lastSeq"_s).toInteger(),
                   json.value(u"lastReadSeq"_s).toInteger(),
                   json.value(u"kind"_s).toString() == u"direct"_s,
                   json.value(u"peerId"_s).toInteger()};
}

QJsonObject Message::toJson() const
{
    QJsonObject json{{u"id"_s, id},
                     {u"channelId"_s, channelId},
                     {u"seq"_s, seq},
                     {u"clientId"_s, clientId},
                     {u"senderId"_s, senderId},
                     {u"sender"_s, senderName},
                     {u"body"_s, body},
                     {u"createdAt"_s, toIsoUtc(createdAt)}};
    if (replyTo > 0) {
        json.insert(u"replyTo"_s, replyTo);
    }
    return json;
}

std::optional<Message> Message::fromJson(const QJsonObject &json)
{
    if (!json.value(u"id"_s).isDouble() || !json.value(u"seq"_s).isDouble() || !json.value(u"body"_s).isString()) {
        return std::nullopt;
    }
    Message m;
    m.id = json.value(u"id"_s).toInteger();
    m.channelId = json.value(u"channelId"_s).toInteger();
    m.seq = json.value(u"seq"_s).toInteger();
    m.clientId = json.value(u"clientId"_s).toString();
    m.senderId = json.value(u"senderId"_s).toInteger();
    m.senderName = json.value(u"sender"_s).toString();
    m.body = json.value(u"body"_s).toString();
    m.replyTo = json.value(u"replyTo"_s).toInteger();
    m.createdAt = fromIsoUtc(json.value(u"createdAt"_s).toString());
    return m;
}

QByteArray frame(QLatin1StringView type, QJsonObject fields)
{
    fields.insert(u"type"_s, QString(type));
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

QByteArray errorFrame(const QString &code, const QString &message, const QString &ref, int retryAfter)
{
    QJsonObject fields{{u"code"_s, code}, {u"message"_s, message}};
    if (!ref.isEmpty()) {
        fields.insert(u"ref"_s, ref);
    }
    if (retryAfter > 0) {
        fields.insert(u"retryAfter"_s, retryAfter);
    }
    return frame(frames::Error, fields);
}

} // namespace guild::protocol::chat
