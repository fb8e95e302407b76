#pragma once

#include "storage/databaseconfig.h"

#include <optional>

namespace guild::bench {

/// The database a server-side benchmark runs on: SQLite at `sqlitePath`, or with
/// GUILD_TEST_DATABASE=postgres the (empty) PostgreSQL database GUILD_TEST_PG_URL names.
inline std::optional<server::DatabaseConfig> benchDatabase(const QString &sqlitePath, QString *why)
{
    if (qEnvironmentVariable("GUILD_TEST_DATABASE") == QStringLiteral("postgres")) {
        return server::DatabaseConfig::fromUrl(qEnvironmentVariable("GUILD_TEST_PG_URL"), why);
    }
    return server::DatabaseConfig::sqlite(sqlitePath);
}

} // namespace guild::bench
