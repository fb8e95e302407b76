#pragma once

#include <QString>

namespace guild::server {

class Database;

/// Applies the numbered migrations in :/guild/server/migrations in order, each in its own transaction
/// that also records its version; refuses a database whose schema is newer than this binary knows.
class Migrator final
{
public:
    explicit Migrator(Database &database);

    /// Returns an empty string on success, else the reason (also logged).
    QString migrate() { return migrate(latestVersion()); }
    /// Stops after migration `version` (golden tests fill an old schema with data this way).
    QString migrate(int version);
    int currentVersion();
    static int latestVersion();

private:
    QString dialect(QString statement) const;

    Database &m_database;
};

} // namespace guild::server
