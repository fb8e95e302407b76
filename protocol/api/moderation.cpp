#include "moderation.h"

#include "protocol/jsonreader.h"
#include "protocol/tier.h"

using namespace Qt::StringLiterals;

namespace guild::protocol {

namespace {
constexpr int BanDaysMax = 36500;
constexpr qsizetype ReasonMax = 500;
constexpr int AuditPageMax = 1000;
} // namespace

QJsonObject BanRequest::toJson() const
{
    return {{u"days"_s, days}, {u"reason"_s, reason}};
}

std::optional<BanRequest> BanRequest::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    BanRequest r;
    r.days = static_cast<int>(reader.optionalInteger("days"_L1, 0, BanDaysMax).value_or(0));
    r.reason = reader.optionalString("reason"_L1, ReasonMax).value_or(QString());
    return finish(reader, r, error);
}

QJsonObject RoleRequest::toJson() const
{
    return {{u"role"_s, role}};
}

std::optional<RoleRequest> RoleRequest::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    RoleRequest r;
    r.role = reader.requiredChoice("role"_L1, {u"admin"_s, u"author"_s, u"member"_s});
    return finish(reader, r, error);
}

QJsonObject AuditEntry::toJson() const
{
    return {{u"id"_s, id},         {u"actor"_s, actor},   {u"action"_s, action},
            {u"target"_s, target}, {u"detail"_s, detail}, {u"at"_s, toIsoUtc(at)}};
}

std::optional<AuditEntry> AuditEntry::fromJson(const QJsonObject &json)
{
    AuditEntry e;
    e.id = json.value(u"id"_s).toInteger();
    e.action = json.value(u"action"_s).toString();
    if (e.id <= 0 || e.action.isEmpty()) {
        return std::nullopt;
    }
    e.actor = json.value(u"actor"_s).toString();
    e.target = json.value(u"target"_s).toString();
    e.detail = json.value(u"detail"_s).toString();
    e.at = fromIsoUtc(json.value(u"at"_s).toString());
    return e;
}

QUrlQuery AuditRequest::toQuery() const
{
    QUrlQuery query;
    if (before > 0) {
        query.addQueryItem(u"before"_s, QString::number(before));
    }
    query.addQueryItem(u"limit"_s, QString::number(limit));
    return query;
}

std::optional<AuditRequest> AuditRequest::fromQuery(const QUrlQuery &query, ApiError *error)
{
    QueryReader reader(query);
    AuditRequest r;
    r.before = reader.optionalInteger("before"_L1, 1, std::numeric_limits<qint64>::max()).value_or(0);
    r.limit = static_cast<int>(reader.integer("limit"_L1, 100, 1, AuditPageMax));
    return finish(reader, r, error);
}

} // namespace guild::protocol
