#include "engagement.h"

#include "protocol/jsonreader.h"
#include "protocol/limits.h"
#include "protocol/types.h"

using namespace Qt::StringLiterals;

namespace guild::protocol {

namespace {

constexpr qsizetype NoteMax = 280;
constexpr qsizetype PostMax = 32 * 1024;
constexpr qsizetype FeedbackMax = 8000;
constexpr int BountyMax = 10000;
constexpr int CapacityMax = 100000;
constexpr qsizetype UrlMax = 2000;
constexpr qsizetype ZoneMax = 64;

} // namespace

QJsonObject CheckInRequest::toJson() const
{
    return {{u"note"_s, note}};
}

std::optional<CheckInRequest> CheckInRequest::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    CheckInRequest r;
    r.note = reader.optionalString("note"_L1, NoteMax).value_or(QString());
    return finish(reader, r, error);
}

QUrlQuery CheckinsRequest::toQuery() const
{
    QUrlQuery query;
    if (!month.isEmpty()) {
        addQueryText(query, u"month"_s, month);
    }
    return query;
}

std::optional<CheckinsRequest> CheckinsRequest::fromQuery(const QUrlQuery &query, ApiError *error)
{
    QueryReader reader(query);
    CheckinsRequest r;
    r.month = reader.text("month"_L1, 16);
    return finish(reader, r, error);
}

QJsonObject TimezoneRequest::toJson() const
{
    return {{u"timezone"_s, timezone}};
}

std::optional<TimezoneRequest> TimezoneRequest::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    TimezoneRequest r;
    r.timezone = reader.requiredString("timezone"_L1, 1, ZoneMax);
    return finish(reader, r, error);
}

QUrlQuery LeaderboardRequest::toQuery() const
{
    QUrlQuery query;
    addQueryText(query, u"period"_s, period);
    return query;
}

std::optional<LeaderboardRequest> LeaderboardRequest::fromQuery(const QUrlQuery &query, ApiError *error)
{
    QueryReader reader(query);
    LeaderboardRequest r;
    const QString period = reader.text("period"_L1, 16);
    if (!period.isEmpty()) {
        r.period = period;
    }
    return finish(reader, r, error);
}

QJsonObject AskRequest::toJson() const
{
    QJsonObject json{{u"title"_s, title}, {u"body"_s, body}, {u"bounty"_s, bounty}};
    if (!expert.isEmpty()) {
        json.insert(u"expert"_s, expert);
    }
    if (requiredTier) {
        json.insert(u"requiredTier"_s, QString(tierCode(*requiredTier)));
    }
    return json;
}

std::optional<AskRequest> AskRequest::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    AskRequest r;
    r.title = reader.requiredString("title"_L1, 1, limits::TitleMax);
    r.body = reader.requiredString("body"_L1, 1, PostMax);
    r.expert = reader.optionalString("expert"_L1, limits::UsernameMax).value_or(QString());
    r.bounty = static_cast<int>(reader.optionalInteger("bounty"_L1, 0, BountyMax).value_or(0));
    r.requiredTier = reader.optionalTier("requiredTier"_L1);
    return finish(reader, r, error);
}

QJsonObject AnswerRequest::toJson() const
{
    return {{u"body"_s, body}};
}

std::optional<AnswerRequest> AnswerRequest::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    AnswerRequest r;
    r.body = reader.requiredString("body"_L1, 1, PostMax);
    return finish(reader, r, error);
}

QJsonObject VoteRequest::toJson() const
{
    return {{u"value"_s, value}};
}

std::optional<VoteRequest> VoteRequest::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    VoteRequest r;
    r.value = static_cast<int>(reader.requiredInteger("value"_L1, -1, 1));
    return finish(reader, r, error);
}

QJsonObject FeatureRequest::toJson() const
{
    return {{u"featured"_s, featured}};
}

std::optional<FeatureRequest> FeatureRequest::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    FeatureRequest r;
    r.featured = reader.requiredBool("featured"_L1);
    return finish(reader, r, error);
}

QJsonObject EventInput::toJson() const
{
    QJsonObject json{{u"title"_s, title},       {u"description"_s, description}, {u"startsAt"_s, toIsoUtc(startsAt)},
                     {u"timezone"_s, timezone}, {u"capacity"_s, capacity},       {u"joinUrl"_s, joinUrl}};
    if (capacity <= 0) {
        json.remove(u"capacity"_s);
    }
    if (requiredTier) {
        json.insert(u"requiredTier"_s, QString(tierCode(*requiredTier)));
    }
    return json;
}

std::optional<EventInput> EventInput::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    EventInput e;
    e.title = reader.requiredString("title"_L1, 1, limits::TitleMax);
    e.description = reader.optionalString("description"_L1, PostMax).value_or(QString());
    e.startsAt = reader.requiredTime("startsAt"_L1);
    e.timezone = reader.requiredString("timezone"_L1, 1, ZoneMax);
    e.capacity = static_cast<int>(reader.optionalInteger("capacity"_L1, 1, CapacityMax).value_or(0));
    e.joinUrl = reader.requiredString("joinUrl"_L1, 1, UrlMax);
    e.requiredTier = reader.optionalTier("requiredTier"_L1);
    return finish(reader, e, error);
}

QJsonObject RsvpRequest::toJson() const
{
    return {{u"going"_s, going}};
}

std::optional<RsvpRequest> RsvpRequest::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    RsvpRequest r;
    r.going = reader.optionalBool("going"_L1).value_or(true);
    return finish(reader, r, error);
}

QJsonObject FeedbackRequest::toJson() const
{
    return {{u"kind"_s, kind}, {u"body"_s, body}};
}

std::optional<FeedbackRequest> FeedbackRequest::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    FeedbackRequest r;
    r.kind = reader.requiredString("kind"_L1, 1, 16);
    r.body = reader.requiredString("body"_L1, 1, FeedbackMax);
    return finish(reader, r, error);
}

QJsonObject FeedbackAnswerRequest::toJson() const
{
    return {{u"answer"_s, answer}};
}

std::optional<FeedbackAnswerRequest> FeedbackAnswerRequest::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    FeedbackAnswerRequest r;
    r.answer = reader.requiredString("answer"_L1, 1, FeedbackMax);
    return finish(reader, r, error);
}

QUrlQuery EventsRequest::toQuery() const
{
    QUrlQuery query;
    if (past) {
        query.addQueryItem(u"past"_s, u"true"_s);
    }
    return query;
}

std::optional<EventsRequest> EventsRequest::fromQuery(const QUrlQuery &query, ApiError *error)
{
    QueryReader reader(query);
    EventsRequest r;
    r.past = reader.flag("past"_L1, false);
    return finish(reader, r, error);
}

} // namespace guild::protocol
