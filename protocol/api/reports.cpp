#include "reports.h"

#include "protocol/jsonreader.h"
#include "protocol/types.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace guild::protocol {

namespace {
constexpr qsizetype ReasonMax = 500;
} // namespace

QStringList reportKinds()
{
    return {u"comment"_s, u"answer"_s, u"question"_s, u"message"_s};
}

QJsonObject FlagRequest::toJson() const
{
    return {{u"kind"_s, kind}, {u"id"_s, id}, {u"reason"_s, reason}};
}

std::optional<FlagRequest> FlagRequest::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    FlagRequest r;
    r.kind = reader.requiredChoice("kind"_L1, reportKinds());
    r.id = reader.requiredInteger("id"_L1, 1, std::numeric_limits<qint64>::max());
    r.reason = reader.requiredString("reason"_L1, 1, ReasonMax).trimmed();
    if (reader.ok() && r.reason.isEmpty()) {
        reader.fail("reason"_L1, u"must say what is wrong"_s);
    }
    return finish(reader, r, error);
}

QJsonObject ModerationReport::toJson() const
{
    return {{u"id"_s, id},
            {u"kind"_s, kind},
            {u"subjectId"_s, subjectId},
            {u"excerpt"_s, excerpt},
            {u"author"_s, authorName},
            {u"authorId"_s, authorId},
            {u"reporter"_s, reporterName},
            {u"reason"_s, reason},
            {u"status"_s, status},
            {u"resolution"_s, resolution},
            {u"resolvedBy"_s, resolvedBy},
            {u"createdAt"_s, toIsoUtc(createdAt)}};
}

std::optional<ModerationReport> ModerationReport::fromJson(const QJsonObject &json)
{
    if (!json.value(u"id"_s).isDouble() || !json.value(u"kind"_s).isString() || !json.value(u"status"_s).isString()) {
        return std::nullopt;
    }
    ModerationReport r;
    r.id = json.value(u"id"_s).toInteger();
    r.kind = json.value(u"kind"_s).toString();
    r.subjectId = json.value(u"subjectId"_s).toInteger();
    r.excerpt = json.value(u"excerpt"_s).toString();
    r.authorName = json.value(u"author"_s).toString();
    r.authorId = json.value(u"authorId"_s).toInteger();
    r.reporterName = json.value(u"reporter"_s).toString();
    r.reason = json.value(u"reason"_s).toString();
    r.status = json.value(u"status"_s).toString();
    r.resolution = json.value(u"resolution"_s).toString();
    r.resolvedBy = json.value(u"resolvedBy"_s).toString();
    r.createdAt = fromIsoUtc(json.value(u"createdAt"_s).toString());
    return r;
}

QUrlQuery QueueRequest::toQuery() const
{
    QUrlQuery query;
    if (all) {
        query.addQueryItem(u"all"_s, u"true"_s);
    }
    return query;
}

std::optional<QueueRequest> QueueRequest::fromQuery(const QUrlQuery &query, ApiError *error)
{
    QueryReader reader(query);
    QueueRequest r;
    r.all = reader.flag("all"_L1, false);
    return finish(reader, r, error);
}

QJsonObject ResolveRequest::toJson() const
{
    return {{u"action"_s, action}, {u"reason"_s, reason}};
}

std::optional<ResolveRequest> ResolveRequest::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    ResolveRequest r;
    r.action = reader.requiredChoice("action"_L1, {u"hide"_s, u"dismiss"_s});
    r.reason = reader.optionalString("reason"_L1, ReasonMax).value_or(QString()).trimmed();
    if (reader.ok() && r.action == u"hide"_s && r.reason.isEmpty()) {
        reader.fail("reason"_L1, u"must tell the author why their words were hidden"_s);
    }
    return finish(reader, r, error);
}

} // namespace guild::protocol
