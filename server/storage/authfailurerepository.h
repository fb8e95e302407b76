#pragma once

#include <QSqlDatabase>

#include <optional>

namespace guild::server {

/// Failed attempts (sign-in, redeem codes), by scope, account and address (auth_failures): shared by
/// every server process on one database.
class AuthFailureRepository final
{
public:
    AuthFailureRepository(QSqlDatabase db, QString scope)
        : m_db(std::move(db))
        , m_scope(std::move(scope))
    {}

    void record(const QString &account, const QString &address, qint64 at);
    /// Forgets the account's failures (it succeeded).
    void clear(const QString &account);
    /// Drops failures from before `before`.
    void purge(qint64 before);

    struct AccountFailures
    {
        int count = 0;
        qint64 last = 0;
    };
    /// The account's failures since `since`.
    AccountFailures ofAccount(const QString &account, qint64 since);
    /// When the address failed for the `n`th-newest time since `since`; nullopt when it failed fewer times.
    std::optional<qint64> nthNewestOfAddress(const QString &address, qint64 since, int n);

private:
    QSqlDatabase m_db;
    QString m_scope;
};

} // namespace guild::server
