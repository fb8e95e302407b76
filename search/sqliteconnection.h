#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace guild::search {

/// The SQLite connection behind a QSQLITE database, for what Qt's driver cannot do (tokenizers, SQL
/// functions); nullptr when the database is closed or not SQLite.
sqlite3 *sqliteConnection(QSqlDatabase &db);

} // namespace guild::search
