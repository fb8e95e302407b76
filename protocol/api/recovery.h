#pragma once

#include "protocol/contract.h"

#include <QDateTime>

// A forgotten password: a one-time code by email (when the server can send mail) or from an admin,
// exchanged for a new password. docs/api.md, "Forgotten passwords".
namespace guild::protocol {

/// Asks for a code by email: the account's username or email address.
struct ForgotRequest
{
    QString login;

    QJsonObject toJson() const;
    static std::optional<ForgotRequest> fromJson(const QJsonObject &json, ApiError *error);
};

/// A code (from the email or an admin) and the new password.
struct ResetRequest
{
    QString code;
    QString newPassword;

    QJsonObject toJson() const;
    static std::optional<ResetRequest> fromJson(const QJsonObject &json, ApiError *error);
};

/// A code an admin hands a member who cannot receive mail: shown once.
struct ResetCode
{
    QString code;
    QDateTime expiresAt;

    QJsonObject toJson() const;
    static std::optional<ResetCode> fromJson(const QJsonObject &json);
};

} // namespace guild::protocol
