#pragma once

#include "databaseconfig.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QStringList>

namespace guild::server {

/// Hands each thread its own connection to the configured database (Qt SQL connections are
/// per-thread), tuned the same way every time: WAL and foreign keys on SQLite, UTC on PostgreSQL.
class Database final
{
public:
    explicit Database(DatabaseConfig config);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    /// The calling thread's connection, opened on first use. Throws sql::Error if it cannot open.
    QSqlDatabase connection();
    bool isPostgres() const { return m_config.engine == DatabaseConfig::Engine::Postgres; }
    const DatabaseConfig &config() const { return m_config; }

private:
    QSqlDatabase open(const QString &name);

    DatabaseConfig m_config;
    QString m_prefix;
    QMutex m_mutex;
    QStringList m_names;
};

} // namespace guild::server
