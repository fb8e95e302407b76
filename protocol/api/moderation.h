#pragma once

#include "protocol/contract.h"
#include "protocol/types.h"

#include <QDateTime>
#include <QUrlQuery>

// Running members' accounts from the client (admins): bans, roles, and the audit log of every admin
// action. The routes are listed in docs/api.md under "Administration".
namespace guild::protocol {

/// Bans a member for `days` (0: for good), with the reason they are shown at sign-in.
struct BanRequest
{
    int days = 0;
    QString reason;
    /// Also hide everything they wrote: comments, questions, answers and chat messages.
    bool hideContent = false;

    QJsonObject toJson() const;
    static std::optional<BanRequest> fromJson(const QJsonObject &json, ApiError *error);
};

/// A member's new role: "admin", "author" or "member".
struct RoleRequest
{
    QString role;

    QJsonObject toJson() const;
    static std::optional<RoleRequest> fromJson(const QJsonObject &json, ApiError *error);
};

/// What an admin sets on a tier (PUT /admin/tiers/{code}): everything but its place on the ladder.
/// `currency` is the whole catalogue's: changing it on one tier changes it on all.
struct TierInput
{
    QString name;
    QString description;
    QStringList benefits;
    qint64 monthlyPriceCents = 0;
    qint64 yearlyPriceCents = 0;
    QString currency;
    int trialDays = 0;
    QStringList features; ///< "qa", "events": the lowest tier listing one is its default
    bool retired = false;

    QJsonObject toJson() const;
    static std::optional<TierInput> fromJson(const QJsonObject &json, ApiError *error);
};

/// True for three capital letters, the shape of an ISO 4217 code ("CNY", "USD", "EUR").
bool isCurrencyCode(const QString &code);

/// One administrative action: who (a member's username, or "command line"), what, to whom, when.
struct AuditEntry
{
    qint64 id = 0;
    QString actor;
    QString action; ///< "ban", "unban", "set-role", "create-user", "reset-password", "revoke-sessions", …
    QString target;
    QString detail;
    QDateTime at;

    QJsonObject toJson() const;
    static std::optional<AuditEntry> fromJson(const QJsonObject &json);
};

/// A page of the audit log, newest first: entries older than `before` (an entry id; 0 from the newest).
struct AuditRequest
{
    qint64 before = 0;
    int limit = 100;

    QUrlQuery toQuery() const;
    static std::optional<AuditRequest> fromQuery(const QUrlQuery &query, ApiError *error);
};

using AuditList = ListOf<AuditEntry, "entries">;

/// A member changes their own password: the current one proves it is them.
struct PasswordChange
{
    QString currentPassword;
    QString newPassword;

    QJsonObject toJson() const;
    static std::optional<PasswordChange> fromJson(const QJsonObject &json, ApiError *error);
};

/// A member's own profile: the name others see.
struct ProfileChange
{
    QString displayName;

    QJsonObject toJson() const;
    static std::optional<ProfileChange> fromJson(const QJsonObject &json, ApiError *error);
};

/// One signed-in device of the member: a login that has not ended.
struct DeviceSession
{
    QString id; ///< names the login (not a credential)
    QDateTime startedAt;
    QDateTime refreshedAt;
    QDateTime expiresAt;
    bool current = false; ///< the login making this request

    QJsonObject toJson() const;
    static std::optional<DeviceSession> fromJson(const QJsonObject &json);
};

using DeviceSessionList = ListOf<DeviceSession, "sessions">;

} // namespace guild::protocol
