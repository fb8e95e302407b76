#include "moderation.h"

#include "protocol/jsonreader.h"
#include "protocol/limits.h"
#include "protocol/tier.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace guild::protocol {

namespace {
constexpr int BanDaysMax = 36500;
constexpr qsizetype ReasonMax = 500;
constexpr int AuditPageMax = 1000;
} // namespace

QJsonObject BanRequest::toJson() const
{
    return {{u"days"_s, days}, {u"reason"_s, reason}, {u"hideContent"_s, hideContent}};
}

std::optional<BanRequest> BanRequest::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    BanRequest r;
    r.days = static_cast<int>(reader.optionalInteger("days"_L1, 0, BanDaysMax).value_or(0));
    r.reason = reader.optionalString("reason"_L1, ReasonMax).value_or(QString());
    r.hideContent = reader.optionalBool("hideContent"_L1).value_or(false);
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

bool isCurrencyCode(const QString &code)
{
    return code.size() == 3 && std::all_of(code.begin(), code.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
}

QJsonObject TierInput::toJson() const
{
    return {{u"name"_s, name},
            {u"description"_s, description},
            {u"benefits"_s, QJsonArray::fromStringList(benefits)},
            {u"monthlyPriceCents"_s, monthlyPriceCents},
            {u"yearlyPriceCents"_s, yearlyPriceCents},
            {u"currency"_s, currency},
            {u"trialDays"_s, trialDays},
            {u"features"_s, QJsonArray::fromStringList(features)},
            {u"retired"_s, retired}};
}

std::optional<TierInput> TierInput::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    TierInput r;
    r.name = reader.requiredString("name"_L1, 1, 40).trimmed();
    r.description = reader.optionalString("description"_L1, 500).value_or(QString()).trimmed();
    r.benefits = reader.optionalStringList("benefits"_L1, 12, 100).value_or(QStringList());
    // A price up to a million in the main unit: more is a typo, not a tier.
    r.monthlyPriceCents = reader.requiredInteger("monthlyPriceCents"_L1, 0, 100'000'000);
    r.yearlyPriceCents = reader.requiredInteger("yearlyPriceCents"_L1, 0, 100'000'000);
    r.currency = reader.requiredString("currency"_L1, 3, 3);
    r.trialDays = int(reader.optionalInteger("trialDays"_L1, 0, 90).value_or(0));
    r.features = reader.optionalStringList("features"_L1, 2, 10).value_or(QStringList());
    r.retired = reader.optionalBool("retired"_L1).value_or(false);
    if (reader.ok() && !isCurrencyCode(r.currency)) {
        reader.fail("currency"_L1, u"must be an ISO 4217 code such as CNY, USD or EUR"_s);
    }
    for (const QString &f : std::as_const(r.features)) {
        if (reader.ok() && f != u"qa"_s && f != u"events"_s) {
            reader.fail("features"_L1, u"lists only \"qa\" and \"events\""_s);
        }
    }
    if (reader.ok() && r.name.isEmpty()) {
        reader.fail("name"_L1, u"must not be blank"_s);
    }
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
