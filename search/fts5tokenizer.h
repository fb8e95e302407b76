#pragma once

class QSqlDatabase;

namespace guild::search {

/// The name FTS5 tables use for Guild's tokenizer: `tokenize = 'guild'`.
inline constexpr char TokenizerName[] = "guild";

/// Registers Guild's tokenizer (search/tokenizer.h) with the FTS5 of this SQLite connection, through
/// the QSQLITE driver's handle. Each connection needs it before it creates or touches a table that
/// uses it; registering twice is harmless. False if `db` is not an open SQLite connection with FTS5.
bool registerTokenizer(QSqlDatabase &db);

} // namespace guild::search
