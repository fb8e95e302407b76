#pragma once

#include <QJsonObject>
#include <QStringList>

namespace guild::server {

class Database;

/// A whole community as one JSON document, for moving it between servers (SQLite or PostgreSQL, in
/// either direction): every table the migrations make, in the order they make them, row by row.
/// Left out: what belongs to one server process or one login (sessions and tokens, idempotency keys,
/// sign-in failure counts, unfinished uploads, the media-signing key, cached report figures). Lesson
/// videos stay files: copy the media directory beside the export.
class CommunityDump final
{
public:
    /// The tables a dump holds, parents before the tables that refer to them.
    static QStringList tables();

    /// Reads everything in one transaction, so the dump is one moment of the community.
    static QJsonObject exportAll(Database &database);
    /// Writes `dump` into a database with no members yet (made by the same schema version), replacing
    /// what the migrations seeded, in one transaction: all or nothing. Empty on success, else why.
    static QString importAll(Database &database, const QJsonObject &dump);
    /// Rows per table, for checking an import against its export.
    static QHash<QString, qint64> counts(Database &database);
    /// All the rows of `counts`.
    static qint64 total(const QHash<QString, qint64> &counts);
    /// A SHA-256 per table over its rows in a canonical order (each row as compact JSON, sorted), so
    /// two dumps of the same community compare equal whatever engine or row order they came from.
    static QHash<QString, QByteArray> checksums(const QJsonObject &dump);
};

} // namespace guild::server
