#include "chat.h"

#include "codetable.h"
#include "types.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace guild::protocol::chat {

QJsonObject Channel::toJson() const
{
    return {{u"id"_s, id},           {u"name"_s, name},
            {u"topic"_s, topic},     {u"requiredTier"_s, tierCode(requiredTier)},
            {u"lastSeq"_s, lastSeq}, {u"lastReadSeq"_s, lastReadSeq},
            {u"lastRev"_s, lastRev}, {u"kind"_s, direct ? u"direct"_s : u"public"_s},
            {u"peerId"_s, peerId}};
}

std::optional<Channel> Channel::fromJson(const QJsonObject &json)
{
    const auto tier = tierFromCode(json.value(u"requiredTier"_s).toString());
    if (!json.value(u"id"_s).isDouble() || !json.value(u"name"_s).isString() || !tier) {
        return std::nullopt;
    }
    Channel c;
    c.id = json.value(u"id"_s).toInteger();
    c.name = json.value(u"name"_s).toString();
    c.topic = json.value(u"topic"_s).toString();
    c.requiredTier = *tier;
    c.lastSeq = json.value(u"lastSeq"_s).toInteger();
    c.lastReadSeq = json.value(u"lastReadSeq"_s).toInteger();
    c.lastRev = json.value(u"lastRev"_s).toInteger();
    c.direct = json.value(u"kind"_s).toString() == u"direct"_s;
    c.peerId = json.value(u"peerId"_s).toInteger();
    return c;
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
    json.insert(u"rev"_s, rev);
    if (editedAt.isValid()) {
        json.insert(u"editedAt"_s, toIsoUtc(editedAt));
    }
    if (deleted) {
        json.insert(u"deleted"_s, true);
    }
    if (!reactions.isEmpty()) {
        QJsonArray list;
        for (const Reaction &r : reactions) {
            QJsonArray users;
            for (qint64 user : r.userIds) {
                users.append(user);
            }
            list.append(QJsonObject{{u"emoji"_s, r.emoji}, {u"users"_s, users}});
        }
        json.insert(u"reactions"_s, list);
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
    m.rev = json.value(u"rev"_s).toInteger();
    if (json.contains(u"editedAt"_s)) {
        m.editedAt = fromIsoUtc(json.value(u"editedAt"_s).toString());
    }
    m.deleted = json.value(u"deleted"_s).toBool();
    for (const QJsonValue &v : json.value(u"reactions"_s).toArray()) {
        Reaction r{v.toObject().value(u"emoji"_s).toString(), {}};
        for (const QJsonValue &user : v.toObject().value(u"users"_s).toArray()) {
            r.userIds.append(user.toInteger());
        }
        if (!r.emoji.isEmpty() && !r.userIds.isEmpty()) {
            m.reactions.append(r);
        }
    }
    return m;
}

namespace {
constexpr CodeTable<NotifyLevel, 3> NotifyLevels{{{{NotifyLevel::All, QLatin1StringView("all")},
                                                   {NotifyLevel::Mentions, QLatin1StringView("mentions")},
                                                   {NotifyLevel::Muted, QLatin1StringView("muted")}}}};
} // namespace

QString notifyLevelCode(NotifyLevel level)
{
    return NotifyLevels.code(level);
}

std::optional<NotifyLevel> notifyLevelFromCode(const QString &code)
{
    return NotifyLevels.parse(code);
}

QJsonObject NotifyPref::toJson() const
{
    return {{u"channelId"_s, channelId}, {u"threadId"_s, threadId}, {u"level"_s, notifyLevelCode(level)}};
}

std::optional<NotifyPref> NotifyPref::fromJson(const QJsonObject &json)
{
    const QJsonValue channel = json.value(u"channelId"_s);
    const QJsonValue thread = json.value(u"threadId"_s);
    const auto level = notifyLevelFromCode(json.value(u"level"_s).toString());
    const auto isId = [](const QJsonValue &v) {
        return v.isDouble() && v.toDouble() == static_cast<double>(v.toInteger()) && v.toInteger() >= 0;
    };
    if (!isId(channel) || channel.toInteger() == 0 || (!thread.isUndefined() && !isId(thread)) || !level) {
        return std::nullopt;
    }
    return NotifyPref{channel.toInteger(), thread.toInteger(), *level};
}

bool isValidEmoji(const QString &emoji)
{
    if (emoji.isEmpty() || emoji.size() > limits::EmojiMax) {
        return false;
    }
    for (const QChar c : emoji) {
        if (c.isSpace() || c.category() == QChar::Other_Control || (c.unicode() < 0x80 && c.isLetterOrNumber()) ||
            c.isNull()) {
            return false;
        }
    }
    return true;
}

} // namespace guild::protocol::chat
