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

} // namespace guild::protocol
