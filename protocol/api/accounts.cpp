#include "accounts.h"

#include "protocol/jsonreader.h"
#include "protocol/limits.h"

using namespace Qt::StringLiterals;

namespace guild::protocol {

QJsonObject RegisterRequest::toJson() const
{
    QJsonObject json{{u"username"_s, username}, {u"email"_s, email}, {u"password"_s, password}};
    if (!displayName.isEmpty()) {
        json.insert(u"displayName"_s, displayName);
    }
    return json;
}

std::optional<RegisterRequest> RegisterRequest::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    RegisterRequest r;
    r.username = reader.requiredString("username"_L1, 1, limits::UsernameMax);
    r.email = reader.requiredString("email"_L1, 3, limits::EmailMax);
    r.password = reader.requiredString("password"_L1, 1, limits::PasswordMaxBytes);
    r.displayName = reader.optionalString("displayName"_L1, limits::DisplayNameMax).value_or(QString());
    return finish(reader, r, error);
}

QJsonObject LoginRequest::toJson() const
{
    return {{u"username"_s, username}, {u"password"_s, password}};
}

std::optional<LoginRequest> LoginRequest::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    LoginRequest r;
    r.username = reader.requiredString("username"_L1, 1, limits::UsernameMax);
    r.password = reader.requiredString("password"_L1, 1, limits::PasswordMaxBytes);
    return finish(reader, r, error);
}

QJsonObject RefreshRequest::toJson() const
{
    return {{u"refreshToken"_s, refreshToken}};
}

std::optional<RefreshRequest> RefreshRequest::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    RefreshRequest r;
    r.refreshToken = reader.requiredString("refreshToken"_L1, 1, limits::TokenMax);
    return finish(reader, r, error);
}

QJsonObject CurrentUser::toJson() const
{
    QJsonObject json = user.toJson();
    json.insert(u"tier"_s, tierCode(tier));
    return json;
}

std::optional<CurrentUser> CurrentUser::fromJson(const QJsonObject &json)
{
    const auto user = User::fromJson(json);
    const auto tier = tierFromCode(json.value(u"tier"_s).toString());
    if (!user || !tier) {
        return std::nullopt;
    }
    return CurrentUser{*user, *tier};
}

namespace {
constexpr auto Base64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
constexpr qsizetype PublicKeyBytes = 32;
constexpr qsizetype SignatureBytes = 64;

std::optional<QByteArray> fromBase64(const QJsonValue &value, qsizetype size)
{
    auto decoded =
        QByteArray::fromBase64Encoding(value.toString().toLatin1(), Base64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != size) {
        return std::nullopt;
    }
    return decoded.decoded;
}
} // namespace

QByteArray EntitlementLease::signedBytes() const
{
    return "guild-lease/1\n" + QByteArray::number(memberId) + '\n' + tierCode(tier).toLatin1() + '\n' +
           QByteArray::number(issuedAt) + '\n' + QByteArray::number(validUntil);
}

QJsonObject EntitlementLease::toJson() const
{
    return {{u"memberId"_s, memberId},
            {u"tier"_s, tierCode(tier)},
            {u"issuedAt"_s, issuedAt},
            {u"validUntil"_s, validUntil},
            {u"publicKey"_s, QString::fromLatin1(publicKey.toBase64(Base64))},
            {u"signature"_s, QString::fromLatin1(signature.toBase64(Base64))}};
}

std::optional<EntitlementLease> EntitlementLease::fromJson(const QJsonObject &json)
{
    EntitlementLease lease;
    lease.memberId = json.value(u"memberId"_s).toInteger();
    lease.issuedAt = json.value(u"issuedAt"_s).toInteger();
    lease.validUntil = json.value(u"validUntil"_s).toInteger();
    const auto tier = tierFromCode(json.value(u"tier"_s).toString());
    const auto key = fromBase64(json.value(u"publicKey"_s), PublicKeyBytes);
    const auto signature = fromBase64(json.value(u"signature"_s), SignatureBytes);
    if (lease.memberId <= 0 || lease.issuedAt <= 0 || lease.validUntil <= 0 || !tier || !key || !signature) {
        return std::nullopt;
    }
    lease.tier = *tier;
    lease.publicKey = *key;
    lease.signature = *signature;
    return lease;
}

} // namespace guild::protocol
