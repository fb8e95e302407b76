#include "recovery.h"

#include "protocol/jsonreader.h"
#include "protocol/limits.h"
#include "protocol/types.h"

using namespace Qt::StringLiterals;

namespace guild::protocol {

QJsonObject ForgotRequest::toJson() const
{
    return {{u"login"_s, login}};
}

std::optional<ForgotRequest> ForgotRequest::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    ForgotRequest r;
    r.login = reader.requiredString("login"_L1, 1, limits::EmailMax).trimmed();
    return finish(reader, r, error);
}

QJsonObject ResetRequest::toJson() const
{
    return {{u"code"_s, code}, {u"newPassword"_s, newPassword}};
}

std::optional<ResetRequest> ResetRequest::fromJson(const QJsonObject &json, ApiError *error)
{
    JsonReader reader(json);
    ResetRequest r;
    r.code = reader.requiredString("code"_L1, 1, 64);
    r.newPassword = reader.requiredString("newPassword"_L1, 1, limits::PasswordMaxBytes);
    return finish(reader, r, error);
}

QJsonObject ResetCode::toJson() const
{
    return {{u"code"_s, code}, {u"expiresAt"_s, toIsoUtc(expiresAt)}};
}

std::optional<ResetCode> ResetCode::fromJson(const QJsonObject &json)
{
    if (!json.value(u"code"_s).isString()) {
        return std::nullopt;
    }
    return ResetCode{json.value(u"code"_s).toString(), fromIsoUtc(json.value(u"expiresAt"_s).toString())};
}

} // namespace guild::protocol
