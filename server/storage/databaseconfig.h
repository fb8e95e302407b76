#pragma once

#include <QString>

#include <optional>

namespace guild::server {

/// Where the server keeps its data: an SQLite file (the default) or a PostgreSQL database.
struct DatabaseConfig
{
    enum class Engine
    {
        Sqlite,
        Postgres
    };
    Engine engine = Engine::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;

    static DatabaseConfig sqlite(const QString &path);
    /// Parses postgresql://user:password@host:port/dbname; nullopt with a reason when malformed.
    static std::optional<DatabaseConfig> fromUrl(const QString &url, QString *why);
    /// Human description without the password, for logs.
    QString describe() const;
};

} // namespace guild::server
