#pragma once

#include "protocol/contract.h"
#include "protocol/types.h"

// Bodies of the account routes: registration, sign-in, token refresh, the caller and the tiers.
namespace guild::protocol {

struct RegisterRequest
{
    QString username;
    QString email;
    QString password;
    QString displayName; ///< empty: the username

    QJsonObject toJson() const;
    static std::optional<RegisterRequest> fromJson(const QJsonObject &json, ApiError *error);
};

struct LoginRequest
{
    QString username;
    QString password;

    QJsonObject toJson() const;
    static std::optional<LoginRequest> fromJson(const QJsonObject &json, ApiError *error);
};

struct RefreshRequest
{
    QString refreshToken;

    QJsonObject toJson() const;
    static std::optional<RefreshRequest> fromJson(const QJsonObject &json, ApiError *error);
};

/// The caller as GET /me shows them: the account and the tier in force.
struct CurrentUser
{
    User user;
    Tier tier = Tier::Free;

    QJsonObject toJson() const;
    static std::optional<CurrentUser> fromJson(const QJsonObject &json);
};

using HealthReply = One<QString, "status">;
using UserReply = One<User, "user">;
using CurrentUserReply = One<CurrentUser, "user">;
using MembershipReply = One<Membership, "membership">;
using TierList = ListOf<TierInfo, "tiers">;

} // namespace guild::protocol
