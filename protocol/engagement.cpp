#include "engagement.h"

#include "types.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace guild::protocol::engagement {

namespace {
QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(toIsoUtc(t)) : QJsonValue();
}
} // namespace

QJsonObject Payment::toJson() const
{
    return {{u"id"_s, id},
            {u"sessionId"_s, sessionId},
            {u"tier"_s, tierCode(tier)},
            {u"period"_s, period},
            {u"amountCents"_s, amountCents},
            {u"currency"_s, currency},
            {u"status"_s, status},
            {u"createdAt"_s, time(createdAt)},
            {u"paidAt"_s, time(paidAt)},
            {u"courseId"_s, courseId > 0 ? QJsonValue(courseId) : QJsonValue()},
            {u"courseTitle"_s, courseId > 0 ? QJsonValue(courseTitle) : QJsonValue()}};
}

std::optional<Payment> Payment::fromJson(const QJsonObject &json)
{
    const auto tier = tierFromCode(json.value(u"tier"_s).toString());
    if (!json.value(u"id"_s).isDouble() || !tier) {
        return std::nullopt;
    }
    Payment p;
    p.id = json.value(u"id"_s).toInteger();
    p.sessionId = json.value(u"sessionId"_s).toString();
    p.tier = *tier;
    p.period = json.value(u"period"_s).toString();
    p.amountCents = json.value(u"amountCents"_s).toInteger();
    p.currency = json.value(u"currency"_s).toString();
    p.status = json.value(u"status"_s).toString();
    p.createdAt = fromIsoUtc(json.value(u"createdAt"_s).toString());
    p.paidAt = fromIsoUtc(json.value(u"paidAt"_s).toString());
    p.courseId = json.value(u"courseId"_s).toInteger();
    p.courseTitle = json.value(u"courseTitle"_s).toString();
    return p;
}

QJsonObject PointsEntry::toJson() const
{
    return {{u"action"_s, action}, {u"points"_s, points}, {u"day"_s, day}, {u"createdAt"_s, time(createdAt)}};
}

std::optional<PointsEntry> PointsEntry::fromJson(const QJsonObject &json)
{
    if (!json.value(u"action"_s).isString() || !json.value(u"points"_s).isDouble()) {
        return std::nullopt;
    }
    return PointsEntry{json.value(u"action"_s).toString(), json.value(u"points"_s).toInt(),
                       json.value(u"day"_s).toString(), fromIsoUtc(json.value(u"createdAt"_s).toString())};
}

QJsonObject Standing::toJson() const
{
    return {{u"points"_s, points},           {u"level"_s, level},
            {u"nextLevelAt"_s, nextLevelAt}, {u"badges"_s, QJsonArray::fromStringList(badges)},
            {u"streak"_s, streak},           {u"checkedInToday"_s, checkedInToday}};
}

std::optional<Standing> Standing::fromJson(const QJsonObject &json)
{
    if (!json.value(u"points"_s).isDouble() || !json.value(u"level"_s).isDouble()) {
        return std::nullopt;
    }
    Standing s;
    s.points = json.value(u"points"_s).toInteger();
    s.level = json.value(u"level"_s).toInt();
    s.nextLevelAt = json.value(u"nextLevelAt"_s).toInteger();
    for (const QJsonValue &b : json.value(u"badges"_s).toArray()) {
        s.badges.append(b.toString());
    }
    s.streak = json.value(u"streak"_s).toInt();
    s.checkedInToday = json.value(u"checkedInToday"_s).toBool();
    return s;
}

std::optional<LeaderboardEntry> LeaderboardEntry::fromJson(const QJsonObject &json)
{
    if (!json.value(u"userId"_s).isDouble()) {
        return std::nullopt;
    }
    return LeaderboardEntry{json.value(u"userId"_s).toInteger(), json.value(u"name"_s).toString(),
                            json.value(u"points"_s).toInteger()};
}

QJsonObject LeaderboardEntry::toJson() const
{
    return {{u"userId"_s, userId}, {u"name"_s, name}, {u"points"_s, points}};
}

QJsonObject Answer::toJson() const
{
    return {
        {u"id"_s, id},       {u"authorId"_s, authorId}, {u"author"_s, authorName},         {u"body"_s, body},
        {u"score"_s, score}, {u"accepted"_s, accepted}, {u"createdAt"_s, time(createdAt)}, {u"featured"_s, featured}};
}

QJsonObject Question::toJson() const
{
    QJsonObject json{{u"id"_s, id},
                     {u"askerId"_s, askerId},
                     {u"asker"_s, askerName},
                     {u"expert"_s, expertName},
                     {u"title"_s, title},
                     {u"body"_s, body},
                     {u"bounty"_s, bounty},
                     {u"acceptedAnswerId"_s, acceptedAnswerId},
                     {u"answerCount"_s, answerCount},
                     {u"createdAt"_s, time(createdAt)},
                     {u"requiredTier"_s, tierCode(requiredTier)},
                     {u"locked"_s, locked}};
    if (!answers.isEmpty()) {
        QJsonArray list;
        for (const Answer &a : answers) {
            list.append(a.toJson());
        }
        json.insert(u"answers"_s, list);
    }
    return json;
}

std::optional<Answer> Answer::fromJson(const QJsonObject &json)
{
    if (!json.value(u"id"_s).isDouble() || !json.value(u"body"_s).isString()) {
        return std::nullopt;
    }
    return Answer{json.value(u"id"_s).toInteger(),
                  json.value(u"authorId"_s).toInteger(),
                  json.value(u"author"_s).toString(),
                  json.value(u"body"_s).toString(),
                  json.value(u"score"_s).toInt(),
                  json.value(u"accepted"_s).toBool(),
                  fromIsoUtc(json.value(u"createdAt"_s).toString()),
                  json.value(u"featured"_s).toBool()};
}

std::optional<Question> Question::fromJson(const QJsonObject &json)
{
    if (!json.value(u"id"_s).isDouble() || !json.value(u"title"_s).isString()) {
        return std::nullopt;
    }
    Question q;
    q.id = json.value(u"id"_s).toInteger();
    q.askerId = json.value(u"askerId"_s).toInteger();
    q.askerName = json.value(u"asker"_s).toString();
    q.expertName = json.value(u"expert"_s).toString();
    q.title = json.value(u"title"_s).toString();
    q.body = json.value(u"body"_s).toString();
    q.bounty = json.value(u"bounty"_s).toInt();
    q.acceptedAnswerId = json.value(u"acceptedAnswerId"_s).toInteger();
    q.answerCount = json.value(u"answerCount"_s).toInt();
    q.createdAt = fromIsoUtc(json.value(u"createdAt"_s).toString());
    q.requiredTier = tierFromCode(json.value(u"requiredTier"_s).toString()).value_or(Tier::Premium);
    q.locked = json.value(u"locked"_s).toBool();
    for (const QJsonValue &v : json.value(u"answers"_s).toArray()) {
        if (const auto a = Answer::fromJson(v.toObject())) {
            q.answers.append(*a);
        }
    }
    return q;
}

std::optional<Event> Event::fromJson(const QJsonObject &json)
{
    if (!json.value(u"id"_s).isDouble() || !json.value(u"title"_s).isString()) {
        return std::nullopt;
    }
    Event e{json.value(u"id"_s).toInteger(),         json.value(u"title"_s).toString(),
            json.value(u"description"_s).toString(), fromIsoUtc(json.value(u"startsAt"_s).toString()),
            json.value(u"timezone"_s).toString(),    json.value(u"capacity"_s).toInt(),
            json.value(u"attending"_s).toInt(),      json.value(u"going"_s).toBool(),
            json.value(u"joinUrl"_s).toString()};
    e.requiredTier = tierFromCode(json.value(u"requiredTier"_s).toString()).value_or(Tier::Premium);
    e.locked = json.value(u"locked"_s).toBool();
    return e;
}

QJsonObject Event::toJson() const
{
    return {{u"id"_s, id},
            {u"title"_s, title},
            {u"description"_s, description},
            {u"startsAt"_s, time(startsAt)},
            {u"timezone"_s, timezone},
            {u"capacity"_s, capacity},
            {u"attending"_s, attending},
            {u"going"_s, going},
            {u"joinUrl"_s, joinUrl},
            {u"requiredTier"_s, tierCode(requiredTier)},
            {u"locked"_s, locked}};
}

QJsonObject Feedback::toJson() const
{
    return {{u"id"_s, id},     {u"member"_s, memberName}, {u"kind"_s, kind},
            {u"body"_s, body}, {u"answer"_s, answer},     {u"createdAt"_s, time(createdAt)}};
}

std::optional<Feedback> Feedback::fromJson(const QJsonObject &json)
{
    if (!json.value(u"id"_s).isDouble() || !json.value(u"body"_s).isString()) {
        return std::nullopt;
    }
    return Feedback{json.value(u"id"_s).toInteger(),    json.value(u"member"_s).toString(),
                    json.value(u"kind"_s).toString(),   json.value(u"body"_s).toString(),
                    json.value(u"answer"_s).toString(), fromIsoUtc(json.value(u"createdAt"_s).toString())};
}

} // namespace guild::protocol::engagement
