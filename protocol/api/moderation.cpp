#include "moderation.h"

#include "protocol/jsonreader.h"
#include "protocol/limits.h"
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

QJsonObject PasswordChange::toJson() const
{
    return {{u"currentPassword"_s, currentPassword}, {u"newPassword"_s, newPassword}};
}

std::optional<PasswordChange> PasswordChange::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    PasswordChange r;
    r.currentPassword = reader.requiredString("currentPassword"_L1, 1, limits::PasswordMaxBytes);
    r.newPassword = reader.requiredString("newPassword"_L1, limits::PasswordMin, limits::PasswordMaxBytes);
    return finish(reader, r, error);
}

QJsonObject ProfileChange::toJson() const
{
    return {{u"displayName"_s, displayName}};
}

std::optional<ProfileChange> ProfileChange::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    ProfileChange r;
    r.displayName = reader.requiredString("displayName"_L1, 1, limits::DisplayNameMax);
    if (reader.ok() && r.displayName.trimmed().isEmpty()) {
        reader.fail("displayName"_L1, u"must not be blank"_s);
    }
    return finish(reader, r, error);
}

QJsonObject DeviceSession::toJson() const
{
    return {{u"id"_s, id},
            {u"startedAt"_s, toIsoUtc(startedAt)},
            {u"refreshedAt"_s, toIsoUtc(refreshedAt)},
            {u"expiresAt"_s, toIsoUtc(expiresAt)},
            {u"current"_s, current}};
}

std::optional<DeviceSession> DeviceSession::fromJson(const QJsonObject &json)
{
    DeviceSession d;
    d.id = json.value(u"id"_s).toString();
    if (d.id.isEmpty()) {
        return std::nullopt;
    }
    d.startedAt = fromIsoUtc(json.value(u"startedAt"_s).toString());
    d.refreshedAt = fromIsoUtc(json.value(u"refreshedAt"_s).toString());
    d.expiresAt = fromIsoUtc(json.value(u"expiresAt"_s).toString());
    d.current = json.value(u"current"_s).toBool();
    return d;
}

} // namespace guild::protocol
