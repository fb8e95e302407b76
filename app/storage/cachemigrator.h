#pragma once

#include <QSqlDatabase>

namespace guild::app {

/// Brings the cache schema up to date from the numbered scripts in :/guild/client/migrations, each in one
/// transaction that ends by setting PRAGMA user_version, after preparing the connection (WAL, foreign keys,
/// Guild's search tokenizer, the functions that pack article bodies). A cache newer than this build is refused.
class CacheMigrator final
{
public:
    explicit CacheMigrator(QSqlDatabase db)
        : m_db(std::move(db))
    {}
    /// Empty on success, else a message for the member.
    QString migrate() { return migrate(latestVersion()); }
    /// Stops after migration `version` (golden tests fill an old schema with data this way).
    QString migrate(int version);
    static int latestVersion();

private:
    /// Gives back to the disk what a table-rebuilding migration left free (VACUUM), when that is a lot.
    void reclaimFreePages();

    QSqlDatabase m_db;
};

} // namespace guild::app
