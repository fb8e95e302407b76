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

/// What the server vouches for, so paid content stays readable offline only while it should: member
/// `memberId` may read content up to `tier` until `validUntil` (the membership's end with its grace;
/// limits::LeaseHorizonMs ahead for a tier or role that does not end). Signed with the community's
/// Ed25519 key over signedBytes(), so the copy a client keeps cannot be stretched by editing it.
struct EntitlementLease
{
    qint64 memberId = 0;
    Tier tier = Tier::Free;
    qint64 issuedAt = 0;   ///< the server's clock when it signed, ms since the epoch
    qint64 validUntil = 0; ///< ms since the epoch
    QByteArray publicKey;  ///< 32 bytes; base64url in JSON
    QByteArray signature;  ///< 64 bytes over signedBytes(); base64url in JSON

    /// What the signature covers: a fixed label, then every field but the key and the signature.
    QByteArray signedBytes() const;
    QJsonObject toJson() const;
    static std::optional<EntitlementLease> fromJson(const QJsonObject &json);
};

using HealthReply = One<QString, "status">;
using UserReply = One<User, "user">;
using CurrentUserReply = One<CurrentUser, "user">;
using MembershipReply = One<Membership, "membership">;
using LeaseReply = One<EntitlementLease, "lease">;
using TierList = ListOf<TierInfo, "tiers">;

} // namespace guild::protocol
