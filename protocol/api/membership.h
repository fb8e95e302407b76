#pragma once

#include "accounts.h"
#include "protocol/contract.h"
#include "protocol/engagement.h"
#include "protocol/types.h"

// Bodies of the membership routes: trials, checkout, redeem codes and the admins' member list.
namespace guild::protocol {

/// A tier by its code (free, member, premium): a trial of it, or an admin setting a member's.
struct TierRequest
{
    QString tier;
    int days = 0; ///< an admin's grant: how long (0: the tier's default)

    QJsonObject toJson() const;
    static std::optional<TierRequest> fromJson(const QJsonObject &json, ApiError *error);
};

/// Paying for a tier for a period, or for a course sold on its own (`courseId` set).
struct CheckoutRequest
{
    qint64 courseId = 0;
    QString tier;
    QString period; ///< month or year
    QString coupon;

    QJsonObject toJson() const;
    static std::optional<CheckoutRequest> fromJson(const QJsonObject &json, ApiError *error);
};

/// A payment begun: the member completes it at `url`.
struct CheckoutSession
{
    engagement::Payment payment;
    /// Absolute (a provider's page) or a path on this server (the demo page).
    QString url;

    QJsonObject toJson() const;
    static std::optional<CheckoutSession> fromJson(const QJsonObject &json);
};

/// What the payment provider posts (signed over its raw bytes): an event with its own id, so a
/// delivery repeated is handled once.
struct PaymentEvent
{
    QString id;
    QString type;      ///< checkout.completed is the one Guild acts on
    QString sessionId; ///< checkout.completed
    qint64 amountCents = 0;

    QJsonObject toJson() const;
    /// Strict: `id` and `type` always; `sessionId` and `amountCents` for checkout.completed.
    static std::optional<PaymentEvent> fromJson(const QJsonObject &json, ApiError *error);
};

/// What the server tells the payment provider about a webhook delivery: taken, and what came of it.
/// (The request is the provider's raw body, signed over its bytes: RawBody.)
struct WebhookReceipt
{
    bool duplicate = false;                     ///< this event was handled before
    bool ignored = false;                       ///< an event type Guild does not act on
    std::optional<engagement::Payment> payment; ///< the payment it completed

    QJsonObject toJson() const;
    static std::optional<WebhookReceipt> fromJson(const QJsonObject &json);
};

struct RedeemRequest
{
    QString code;

    QJsonObject toJson() const;
    static std::optional<RedeemRequest> fromJson(const QJsonObject &json, ApiError *error);
};

/// An admin makes a redeem code: `kind` days (of `tier`) or points, for `amount`.
struct CreateCodeRequest
{
    QString kind;
    QString tier;
    int amount = 0;
    int maxUses = 1;
    QDateTime expiresAt; ///< invalid: never

    QJsonObject toJson() const;
    static std::optional<CreateCodeRequest> fromJson(const QJsonObject &json, ApiError *error);
};

/// GET /admin/members: members whose name matches `search`.
struct MembersRequest
{
    QString search;
    int limit = 50;

    QUrlQuery toQuery() const;
    static std::optional<MembersRequest> fromQuery(const QUrlQuery &query, ApiError *error);
};

/// A member as the admins' list shows them.
struct MemberSummary
{
    qint64 id = 0;
    QString username;
    QString displayName;
    QString role;
    Membership membership;
    qint64 points = 0;
    QDateTime joinedAt;
    /// When the member's ban ends (invalid: not banned); year 9999 for good.
    QDateTime bannedUntil;
    QString banReason;

    QJsonObject toJson() const;
    static std::optional<MemberSummary> fromJson(const QJsonObject &json);
};

using CodeReply = One<QString, "code">;

/// A redeem code or coupon as admins list it: what it gives, how much of it is used; the code itself
/// is not kept, only its last four characters to tell it apart.
struct CodeSummary
{
    QString hint;
    QString kind; ///< days or percent
    QString tier;
    int amount = 0;
    int uses = 0;
    int maxUses = 1;
    QDateTime expiresAt; ///< invalid: never
    QDateTime createdAt;
    QString createdBy;

    QJsonObject toJson() const;
    static std::optional<CodeSummary> fromJson(const QJsonObject &json);
};
using CodeList = ListOf<CodeSummary, "codes">;
using MemberList = ListOf<MemberSummary, "members">;
using PaymentList = ListOf<engagement::Payment, "payments">;

} // namespace guild::protocol
