#pragma once

#include <QString>

namespace guild::server {

/// A consistent copy of the server's SQLite database taken while servers keep writing to it, through
/// SQLite's online backup API: the copy is one moment of the database, written beside the target and
/// renamed over it only once whole and checked, readable by its owner only (it holds password hashes).
class OnlineBackup final
{
public:
    /// Copies the SQLite file `source` to `target`. Empty on success, else why (and no file at `target`
    /// was changed).
    static QString copy(const QString &source, const QString &target);
};

} // namespace guild::server
