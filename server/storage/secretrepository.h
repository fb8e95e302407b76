#pragma once

#include <QSqlDatabase>

namespace guild::server {

/// Keys the server makes for itself and every process shares (server_secrets).
class SecretRepository final
{
public:
    explicit SecretRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    /// The secret called `name`: `fresh` if none was stored yet, else the one stored first (whoever
    /// starts first creates it; everyone then reads the same).
    QByteArray getOrCreate(const QString &name, const QByteArray &fresh);

private:
    QSqlDatabase m_db;
};

} // namespace guild::server
