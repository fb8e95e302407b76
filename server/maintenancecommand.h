#pragma once

#include <QStringList>

class QTextStream;

namespace guild::server {

/// The owner's maintenance from the shell: `guild-server migrate` moves a whole community from one
/// database to another (SQLite to PostgreSQL, checked table by table) and `guild-server backup` takes a
/// consistent copy of the SQLite database while servers run. Exit codes as `admin`'s: 0 done,
/// 1 refused or not matching, 2 usage, 3 database.
class MaintenanceCommand final
{
public:
    static int migrate(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int backup(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace guild::server
