#include "membership.h"

#include "protocol/jsonreader.h"
#include "protocol/limits.h"

using namespace Qt::StringLiterals;

namespace guild::protocol {

namespace {

constexpr qsizetype CodeMax = 64;
constexpr int CodeAmountMax = 100000;
constexpr int GrantDaysMax = 100000;
constexpr int MembersPageMax = 500;
constexpr qsizetype SearchMax = 64;

} // namespace

QJsonObject TierRequest::toJson() const
{
    QJsonObject json{{u"tier"_s, tier}};
    if (days > 0) {
        json.insert(u"days"_s, days);
    }
    return json;
}

std::optional<TierRequest> TierRequest::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    TierRequest r;
    r.tier = reader.requiredString("tier"_L1, 1, 16);
    r.days = static_cast<int>(reader.optionalInteger("days"_L1, 0, GrantDaysMax).value_or(0));
    return finish(reader, r, error);
}

QJsonObject CheckoutRequest::toJson() const
{
    if (courseId > 0) {
        return {{u"courseId"_s, courseId}};
    }
    QJsonObject json{{u"tier"_s, tier}, {u"period"_s, period}};
    if (!coupon.isEmpty()) {
        json.insert(u"coupon"_s, coupon);
    }
    return json;
}

std::optional<CheckoutRequest> CheckoutRequest::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    CheckoutRequest r;
    if (json.contains(u"courseId"_s)) {
        r.courseId = reader.requiredInteger("courseId"_L1, 1, std::numeric_limits<qint64>::max());
        return finish(reader, r, error);
    }
    r.tier = reader.requiredString("tier"_L1, 1, 16);
    r.period = reader.requiredString("period"_L1, 1, 16);
    r.coupon = reader.optionalString("coupon"_L1, CodeMax).value_or(QString());
    return finish(reader, r, error);
}

QJsonObject CheckoutSession::toJson() const
{
    return {{u"payment"_s, payment.toJson()}, {u"url"_s, url}};
}

std::optional<CheckoutSession> CheckoutSession::fromJson(const QJsonObject &json)
{
    const auto payment = engagement::Payment::fromJson(json.value(u"payment"_s).toObject());
    const QString url = json.value(u"url"_s).toString();
    if (!payment || url.isEmpty()) {
        return std::nullopt;
    }
    return CheckoutSession{*payment, url};
}

QJsonObject PaymentEvent::toJson() const
{
    QJsonObject json{{u"id"_s, id}, {u"type"_s, type}};
    if (!sessionId.isEmpty()) {
        json.insert(u"sessionId"_s, sessionId);
        json.insert(u"amountCents"_s, amountCents);
    }
    return json;
}

std::optional<PaymentEvent> PaymentEvent::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    PaymentEvent e;
    e.id = reader.requiredString("id"_L1, 1, 100);
    e.type = reader.requiredString("type"_L1, 1, 64);
    if (reader.ok() && e.type == u"checkout.completed"_s) {
        e.sessionId = reader.requiredString("sessionId"_L1, 1, 100);
        e.amountCents = reader.requiredInteger("amountCents"_L1, 0, std::numeric_limits<qint64>::max() / 2);
    }
    return finish(reader, e, error);
}

QJsonObject WebhookReceipt::toJson() const
{
    QJsonObject json{{u"received"_s, true}};
    if (duplicate) {
        json.insert(u"duplicate"_s, true);
    }
    if (ignored) {
        json.insert(u"ignored"_s, true);
    }
    if (payment) {
        json.insert(u"payment"_s, payment->toJson());
    }
    return json;
}

std::optional<WebhookReceipt> WebhookReceipt::fromJson(const QJsonObject &json)
{
    if (!json.value(u"received"_s).toBool()) {
        return std::nullopt;
    }
    WebhookReceipt r;
    r.duplicate = json.value(u"duplicate"_s).toBool();
    r.ignored = json.value(u"ignored"_s).toBool();
    if (json.contains(u"payment"_s)) {
        r.payment = engagement::Payment::fromJson(json.value(u"payment"_s).toObject());
        if (!r.payment) {
            return std::nullopt;
        }
    }
    return r;
}

QJsonObject RedeemRequest::toJson() const
{
    return {{u"code"_s, code}};
}

std::optional<RedeemRequest> RedeemRequest::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    RedeemRequest r;
    r.code = reader.requiredString("code"_L1, 1, CodeMax);
    return finish(reader, r, error);
}

QJsonObject CreateCodeRequest::toJson() const
{
    QJsonObject json{{u"kind"_s, kind}, {u"tier"_s, tier}, {u"amount"_s, amount}, {u"maxUses"_s, maxUses}};
    if (expiresAt.isValid()) {
        json.insert(u"expiresAt"_s, toIsoUtc(expiresAt));
    }
    return json;
}

std::optional<CreateCodeRequest> CreateCodeRequest::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    CreateCodeRequest r;
    r.kind = reader.requiredString("kind"_L1, 1, 16);
    r.tier = reader.requiredString("tier"_L1, 1, 16);
    r.amount = static_cast<int>(reader.requiredInteger("amount"_L1, 1, CodeAmountMax));
    r.maxUses = static_cast<int>(reader.optionalInteger("maxUses"_L1, 1, CodeAmountMax).value_or(1));
    r.expiresAt = reader.optionalTime("expiresAt"_L1).value_or(QDateTime());
    return finish(reader, r, error);
}

QUrlQuery MembersRequest::toQuery() const
{
    QUrlQuery query;
    addQueryText(query, u"q"_s, search);
    query.addQueryItem(u"limit"_s, QString::number(limit));
    return query;
}

std::optional<MembersRequest> MembersRequest::fromQuery(const QUrlQuery &query, ApiError *error)
{
    QueryReader reader(query);
    MembersRequest r;
    r.search = reader.text("q"_L1, SearchMax);
    r.limit = reader.integer("limit"_L1, 50, 1, MembersPageMax);
    return finish(reader, r, error);
}

QJsonObject MemberSummary::toJson() const
{
    QJsonObject json{{u"id"_s, id},
                     {u"username"_s, username},
                     {u"displayName"_s, displayName},
                     {u"role"_s, role},
                     {u"membership"_s, membership.toJson()},
                     {u"points"_s, points},
                     {u"joinedAt"_s, toIsoUtc(joinedAt)}};
    if (bannedUntil.isValid()) {
        json.insert(u"bannedUntil"_s, toIsoUtc(bannedUntil));
        json.insert(u"banReason"_s, banReason);
    }
    return json;
}

std::optional<MemberSummary> MemberSummary::fromJson(const QJsonObject &json)
{
    MemberSummary m;
    m.id = json.value(u"id"_s).toInteger();
    m.username = json.value(u"username"_s).toString();
    if (m.id <= 0 || m.username.isEmpty()) {
        return std::nullopt;
    }
    m.displayName = json.value(u"displayName"_s).toString();
    m.role = json.value(u"role"_s).toString();
    m.membership = Membership::fromJson(json.value(u"membership"_s).toObject()).value_or(Membership{});
    m.points = json.value(u"points"_s).toInteger();
    m.joinedAt = fromIsoUtc(json.value(u"joinedAt"_s).toString());
    m.bannedUntil = fromIsoUtc(json.value(u"bannedUntil"_s).toString());
    m.banReason = json.value(u"banReason"_s).toString();
    return m;
}

QJsonObject CodeSummary::toJson() const
{
    QJsonObject json{{u"hint"_s, hint},
                     {u"kind"_s, kind},
                     {u"tier"_s, tier},
                     {u"amount"_s, amount},
                     {u"uses"_s, uses},
                     {u"maxUses"_s, maxUses},
                     {u"createdAt"_s, toIsoUtc(createdAt)},
                     {u"createdBy"_s, createdBy}};
    json.insert(u"expiresAt"_s, expiresAt.isValid() ? QJsonValue(toIsoUtc(expiresAt)) : QJsonValue());
    return json;
}

std::optional<CodeSummary> CodeSummary::fromJson(const QJsonObject &json)
{
    if (!json.value(u"kind"_s).isString() || !json.value(u"uses"_s).isDouble()) {
        return std::nullopt;
    }
    CodeSummary c;
    c.hint = json.value(u"hint"_s).toString();
    c.kind = json.value(u"kind"_s).toString();
    c.tier = json.value(u"tier"_s).toString();
    c.amount = json.value(u"amount"_s).toInt();
    c.uses = json.value(u"uses"_s).toInt();
    c.maxUses = json.value(u"maxUses"_s).toInt();
    c.expiresAt = fromIsoUtc(json.value(u"expiresAt"_s).toString());
    c.createdAt = fromIsoUtc(json.value(u"createdAt"_s).toString());
    c.createdBy = json.value(u"createdBy"_s).toString();
    return c;
}

} // namespace guild::protocol
