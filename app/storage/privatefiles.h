#pragma once

#include <QString>

// Paid content on disk is for the member alone: every folder Guild keeps it in is 0700 and every file
// 0600, whatever the umask, so other local users cannot read a cache or a downloaded lesson.
namespace guild::app::privatefiles {

/// Creates `path` (and missing parents) and makes it owner-only. False when that cannot be done.
bool ensureDirectory(const QString &path);
/// Creates `path` empty if it does not exist and makes it owner-only (before SQLite opens it, so its
/// journal and WAL files, which SQLite creates with the database file's mode, are owner-only too).
bool ensureFile(const QString &path);
/// Makes an existing file owner-only; true when it does not exist.
bool restrict(const QString &path);

} // namespace guild::app::privatefiles
