#pragma once

#include <QSqlDatabase>

#include <functional>

namespace guild::app {

/// Runs `work` on a read-only connection of its own to the cache file at `path` (another community's,
/// read from a pool thread while that community is not open), with Guild's tokenizer and functions
/// registered so its search indexes and packed bodies read as in its own cache. False when the file
/// cannot be opened or prepared; `work` is not run then.
bool readOnlyCache(const QString &path, const std::function<void(QSqlDatabase &)> &work);

} // namespace guild::app
