#pragma once

#include <QSqlDatabase>

#include <optional>

namespace guild::server {

/// One-time password reset codes, kept as hashes (password_resets).
class PasswordResetRepository final
{
public:
    explicit PasswordResetRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    void insert(qint64 userId, const QString &codeHash, const QString &via, qint64 now, qint64 expiresAt);
    /// Codes asked for by email for this member since `since` (to limit how many mails one address gets).
    int countSince(qint64 userId, const QString &via, qint64 since);
    /// The member a live code belongs to, marking it used: nullopt for an unknown, used or expired code.
    std::optional<qint64> consume(const QString &codeHash, qint64 now);
    /// Codes of this member that were never used stop working (a new password makes them pointless).
    void retireAll(qint64 userId, qint64 now);
    /// The account with this email address (lower-cased), if any.
    std::optional<qint64> userByEmail(const QString &email);

private:
    QSqlDatabase m_db;
};

} // namespace guild::server
